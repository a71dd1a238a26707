// A typedoc plugin: make the site's search find Korean words.
//
// typedoc builds its search index with lunr's `trimmer`, which strips /\W/ from both ends of every
// token. In JavaScript \W is every character outside [A-Za-z0-9_], so a Korean token such as
// "선도기업" is trimmed to nothing and Korean text never reaches the index. This plugin swaps in a
// trimmer that strips only what is neither a letter nor a number in Unicode terms. It keeps the
// label 'trimmer', so the index the browser loads names a function its copy of lunr already has
// (the browser never runs it: typedoc's search queries are wildcards, which skip the pipeline).
import lunr from 'lunr';

const EDGES = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;

/** Called by typedoc when it loads the plugin. */
export function load() {
  /** @param {{ update: (fn: (text: string) => string) => unknown }} token */
  const unicodeTrimmer = (token) => token.update((text) => text.replace(EDGES, ''));
  // Registered under the existing label directly: registerFunction would warn about overwriting.
  Object.assign(unicodeTrimmer, { label: 'trimmer' });
  lunr.Pipeline.registeredFunctions['trimmer'] = unicodeTrimmer;
  lunr.trimmer = unicodeTrimmer;
}
