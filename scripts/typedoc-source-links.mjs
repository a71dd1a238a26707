// A typedoc plugin: in the guides, a Markdown link to the TypeScript file that declares an export
// goes to the export's API page, as {@link} does.
//
// The guides (docs/guides/) link an export the way GitHub and editors can follow it, to the file
// that declares it: [`assessEligibility`](../../../src/eligibility/assessEligibility.ts), or,
// where the label is other text, with the export's name as the fragment:
// [the assessment](../../../src/eligibility/types.ts#EligibilityAssessment). A dotted name
// (`RuleRef.sources`) names a member. Left alone, typedoc would copy the .ts file into the site
// and link to the copy. This plugin finds the exported reflection of that name declared in that
// file and puts in the link's place the {@linkcode} (code-span label) or {@link} (other label)
// typedoc would have made, so the site's links, their kind colours and typedoc's link checks stay
// as they were. A link to a source file that names no such export is a warning (an error with
// treatWarningsAsErrors): a renamed or moved export fails the build instead of linking raw source.
// The form is described in scripts/guide-includes.ts; test/docs/guide-examples.test.ts checks it.
import { Converter, ReflectionKind } from 'typedoc';

const SOURCE = /\.[cm]?tsx?$/u;

/**
 * The label of the Markdown link whose destination is `parts[index]`: the parts from its '['
 * to its '](' (the text parts at both ends cut), or undefined when the parts are not that shape.
 */
function labelOf(parts, index) {
  const close = parts[index - 1];
  const after = parts[index + 1];
  if (
    close?.kind !== 'text' ||
    !close.text.endsWith('](') ||
    after?.kind !== 'text' ||
    !after.text.startsWith(')')
  ) {
    return undefined;
  }
  const inner = [{ kind: 'text', text: close.text.slice(0, -2) }];
  for (let at = index - 1; at >= 0; at -= 1) {
    const part = at === index - 1 ? inner[0] : parts[at];
    if (at !== index - 1) inner.unshift(part);
    if (part.kind !== 'text') continue;
    const open = part.text.lastIndexOf('[');
    if (open === -1) continue;
    inner[0] = { kind: 'text', text: part.text.slice(open + 1) };
    return { start: at, open, inner: inner.filter((item) => item.text !== '') };
  }
  return undefined;
}

/** The exported reflection named `name` (dotted for a member) declared in the file `path`. */
function findExport(project, path, name) {
  const [head, ...members] = name.split('.');
  const candidates = project
    .getReflectionsByKind(ReflectionKind.SomeExport)
    .filter(
      (reflection) =>
        reflection.name === head &&
        !reflection.kindOf(ReflectionKind.Reference) &&
        reflection.parent?.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project) &&
        (reflection.sources ?? []).some((source) => source.fullFileName === path),
    );
  if (candidates.length !== 1) return { found: undefined, count: candidates.length };
  let found = candidates[0];
  for (const member of members) found = found?.getChildByName([member]);
  return { found, count: 1 };
}

/** Rewrites the source-file links of one document's parts; returns the problems found. */
function rewrite(project, parts) {
  const problems = [];
  for (let index = parts.length - 1; index >= 0; index -= 1) {
    const part = parts[index];
    if (part.kind !== 'relative-link' || typeof part.target !== 'number') continue;
    const path = project.files.resolvePath(part.target);
    if (path === undefined || !SOURCE.test(path)) continue;
    const label = labelOf(parts, index);
    const span =
      label?.inner.length === 1 && label.inner[0].kind === 'code'
        ? /^`([^`]+)`$/u.exec(label.inner[0].text)
        : null;
    const name = part.targetAnchor ?? span?.[1];
    // A plain link to an entry point's index.ts already goes to its module's page.
    if (name === undefined && typeof project.files.resolve(part.target, project) === 'object') continue;
    if (label === undefined || name === undefined) {
      problems.push(`the link to ${part.text} must be [\`name\`](file.ts) or [label](file.ts#name)`);
      continue;
    }
    const { found, count } = findExport(project, path, name);
    if (found === undefined) {
      problems.push(
        count > 1
          ? `the link to ${part.text} matches ${count} exports named '${name}'`
          : `the link to ${part.text} names '${name}', but no export of that name is declared there`,
      );
      continue;
    }
    const start = parts[label.start];
    const link =
      span !== null && !part.targetAnchor
        ? { kind: 'inline-tag', tag: '@linkcode', text: span[1], target: found }
        : {
            kind: 'inline-tag',
            tag: '@link',
            text: label.inner.map((item) => item.text).join(''),
            target: found,
          };
    parts.splice(
      label.start,
      index + 2 - label.start,
      { kind: 'text', text: start.text.slice(0, label.open) },
      link,
      { kind: 'text', text: parts[index + 1].text.slice(1) },
    );
    index = label.start;
  }
  return problems;
}

/** Called by typedoc when it loads the plugin. */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const { project } = context;
    for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
      for (const problem of rewrite(project, document.content)) {
        app.logger.warn(`${document.getFriendlyFullName()}: ${problem}`);
      }
    }
  });
}
