/**
 * The guides (docs/guides/{ko,en}/*.md) in a form that reads on GitHub and in an editor, not only
 * on the built site:
 *
 * - Code: every example is a region of a file under examples/guides/ that the test suite runs.
 *   A guide shows it as a fenced block between markers that say where it comes from:
 *
 *       <!-- include: ../../../examples/guides/eligibility.ts#attest -->
 *
 *       ```ts
 *       …the region's code…
 *       ```
 *
 *       <!-- /include -->
 *
 *   `npm run docs:includes` rewrites every such block from the example files, and
 *   test/docs/guide-examples.test.ts fails when a block drifts from its region. The code is what
 *   typedoc's `{@includeCode file#region}` showed: the lines between `// #region name` and
 *   `// #endregion name`, dedented (imports inside the region stay).
 * - API links: a relative Markdown link to the file that declares the export, with the export's
 *   name as the label in a code span (`` [`assessEligibility`](../../../src/eligibility/assess.ts) ``),
 *   or, where the label is other text, the name as the fragment (`[the check](../../../src/x.ts#name)`).
 *   GitHub opens the source file; on the site, scripts/typedoc-source-links.mjs makes the link go
 *   to the export's API page.
 *
 * `npm run docs:includes` also turns the forms only typedoc reads (`{@includeCode …}` on a line
 * of its own, `{@link module!name | text}`) into these.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { ENTRIES, sourceOf } from './entries.mjs';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..');

const OPEN = /^<!-- include: (\S+) -->$/u;
const CLOSE = '<!-- /include -->';
const LEGACY_INCLUDE = /^\{@includeCode (\S+?)\}$/u;

/** One include block of a guide: where it is, what it includes and the code it holds now. */
export interface IncludeBlock {
  /** The reference as written: `../../../examples/guides/x.ts#region` (relative to the guide). */
  readonly ref: string;
  /** 1-based line of the opening marker. */
  readonly line: number;
  /** The code between the fences, or `undefined` when the block has no code yet. */
  readonly code: string | undefined;
  /** The fence's language, or `undefined` when the block has no code yet. */
  readonly lang: string | undefined;
}

/**
 * The code of one or more regions (`a,b`) of a file, as typedoc's `{@includeCode}` renders it:
 * the text between the `// #region name` line and the `// #endregion name` line, blank lines
 * at both ends dropped, dedented; several regions one after the other.
 */
export function regionCode(source: string, regions: string, where: string): string {
  const text = source.replaceAll('\r\n', '\n');
  let code = '';
  for (const name of regions.split(',').map((region) => region.trim())) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const starts = [...text.matchAll(new RegExp(`// *#region  *${escaped} *\n`, 'gu'))];
    const ends = [...text.matchAll(new RegExp(`// *#endregion  *${escaped} *\n`, 'gu'))];
    if (starts.length !== 1 || ends.length !== 1) {
      throw new Error(
        `${where}: region '${name}' must open and close exactly once (found ${starts.length} '// #region ${name}', ${ends.length} '// #endregion ${name}')`,
      );
    }
    const [start] = starts as [RegExpExecArray];
    const [end] = ends as [RegExpExecArray];
    const found = text.substring(start.index + start[0].length, end.index);
    if (found.trim() === '') throw new Error(`${where}: region '${name}' is empty`);
    code += `${dedent(found)}\n`;
  }
  return code.trimEnd();
}

/** typedoc's dedent: drop blank lines at both ends, then the smallest indentation of the rest. */
function dedent(text: string): string {
  const lines = text.split(/\r?\n/u);
  while (lines.length > 0 && (lines[0] as string).search(/\S/u) === -1) lines.shift();
  while (lines.length > 0 && (lines[lines.length - 1] as string).search(/\S/u) === -1) lines.pop();
  const indent = lines.reduce(
    (min, line) => (line.length > 0 ? Math.min(min, line.search(/\S/u)) : min),
    Number.POSITIVE_INFINITY,
  );
  return lines.map((line) => line.substring(indent)).join('\n');
}

/** The code an include reference stands for, read from the example file. */
export function includedCode(ref: string, guidePath: string): { code: string; lang: string } {
  const [file, regions, ...rest] = ref.split('#');
  if (file === undefined || file === '' || rest.length > 0 || regions === '') {
    throw new Error(`${guidePath}: '${ref}' is not file.ts or file.ts#region[,region]`);
  }
  const source = readFileSync(resolve(ROOT, dirname(guidePath), file), 'utf8');
  const lang = extname(file).slice(1);
  return {
    code: regions === undefined ? source.trimEnd() : regionCode(source, regions, `${guidePath}: ${ref}`),
    lang,
  };
}

/** A fenced code block: the fence is longer than any run of backticks in the code. */
function fence(lang: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/gu)].map((run) => run[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${code}\n${marks}`;
}

/** The lines of the include block for `ref`, markers included. */
export function includeBlockLines(ref: string, guidePath: string): string[] {
  const { code, lang } = includedCode(ref, guidePath);
  return [`<!-- include: ${ref} -->`, '', ...fence(lang, code).split('\n'), '', CLOSE];
}

/**
 * The include blocks of a guide. Throws when a marker has no closing one of its own, or when a
 * block holds anything but one fenced code block: rewriting it would lose what it holds.
 */
export function includeBlocks(text: string, guidePath: string): IncludeBlock[] {
  const lines = text.split('\n');
  const blocks: IncludeBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = OPEN.exec(lines[index] as string);
    if (open === null) {
      if ((lines[index] as string).includes(CLOSE)) {
        throw new Error(`${guidePath}:${index + 1}: '${CLOSE}' without an opening '<!-- include: … -->'`);
      }
      continue;
    }
    const close = lines.indexOf(CLOSE, index + 1);
    const inner = lines.slice(index + 1, close === -1 ? undefined : close).join('\n');
    if (close === -1 || /^<!-- include: /mu.test(inner)) {
      throw new Error(`${guidePath}:${index + 1}: '${lines[index] as string}' has no '${CLOSE}' of its own`);
    }
    const body = /^\s*(`{3,})(\w*)\n([\s\S]*?)\n\1\s*$/u.exec(inner);
    if (body === null && inner.trim() !== '') {
      throw new Error(
        `${guidePath}:${index + 1}: an include block holds one fenced code block and nothing else`,
      );
    }
    blocks.push({ ref: open[1] as string, line: index + 1, code: body?.[3], lang: body?.[2] });
    index = close;
  }
  return blocks;
}

/**
 * The guide with every include block rewritten from the example files, and every
 * `{@includeCode ref}` that stands on a line of its own turned into an include block.
 */
export function renderIncludes(text: string, guidePath: string): string {
  includeBlocks(text, guidePath); // throws on a malformed block before anything is rewritten
  const lines = text.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const open = OPEN.exec(line);
    const legacy = LEGACY_INCLUDE.exec(line);
    if (open !== null) {
      out.push(...includeBlockLines(open[1] as string, guidePath));
      index = lines.indexOf(CLOSE, index + 1);
    } else if (legacy !== null) {
      out.push(...includeBlockLines(legacy[1] as string, guidePath));
    } else if (line.includes('{@includeCode')) {
      throw new Error(`${guidePath}:${index + 1}: put {@includeCode …} on a line of its own, unindented`);
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** An API link of a guide: a Markdown link to a TypeScript file under src/. */
export interface SourceLink {
  /** The export it names: the fragment, or else the label's code span. */
  readonly name: string | undefined;
  /** The link's target without the fragment, as written (relative to the guide). */
  readonly file: string;
  readonly label: string;
  readonly line: number;
}

/** The Markdown links of a guide to TypeScript files under src/ (outside code). */
export function sourceLinks(text: string, guidePath: string): SourceLink[] {
  const links: SourceLink[] = [];
  const lines = withoutCode(text).split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/\[([^\]]*)\]\(([^)\s]+\.[cm]?tsx?)(?:#([^)\s]*))?\)/gu)) {
      const [, label = '', file = '', fragment] = match;
      const target = resolve(ROOT, dirname(guidePath), file);
      if (!target.startsWith(join(ROOT, 'src') + sep)) continue;
      const code = /^`([^`]+)`$/u.exec(label);
      links.push({ name: fragment ?? code?.[1], file, label, line: index + 1 });
    }
  });
  return links;
}

/** The text with its fenced code blocks blanked (line numbers kept). */
function withoutCode(text: string): string {
  return text.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gmu, (block) => block.replace(/[^\n]/gu, ' '));
}

/**
 * The public exports, module by module (the names typedoc gives the entry points: the subpath,
 * `regional-innovation-rnd` for '.'), each with the files that declare it (absolute paths).
 */
export function publicDeclarations(): Map<string, Map<string, string[]>> {
  const entries = ENTRIES.map(({ subpath }) => ({
    module: subpath === '.' ? 'regional-innovation-rnd' : subpath,
    file: join(ROOT, sourceOf(subpath)),
  }));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(
    entries.map(({ file }) => file),
    config.options,
  );
  const checker = program.getTypeChecker();
  const modules = new Map<string, Map<string, string[]>>();
  for (const { module, file } of entries) {
    const sourceFile = program.getSourceFile(file);
    const symbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (symbol === undefined) throw new Error(`${file} is not a module`);
    const exports = new Map<string, string[]>();
    for (const exported of checker.getExportsOfModule(symbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const files = (target.declarations ?? []).map((declaration) => declaration.getSourceFile().fileName);
      exports.set(exported.name, [...new Set(files.map((name) => resolve(name)))]);
    }
    modules.set(module, exports);
  }
  return modules;
}

/**
 * The guide with every `{@link module!name}` and `{@link module!name | text}` turned into a
 * Markdown link to the file that declares the export: `` [`name`](…/src/…/file.ts) `` when the
 * text is the name, `[text](…/src/…/file.ts#name)` otherwise.
 */
export function renderLinks(
  text: string,
  guidePath: string,
  declarations: Map<string, Map<string, string[]>>,
): string {
  return text.replace(
    /\{@link(?:code|plain)?\s+([^\s|}!]+)!([\w$.]+)\s*(?:\|\s*([^}]*?)\s*)?\}/gu,
    (whole, module: string, name: string, display: string | undefined) => {
      const [head = ''] = name.split('.');
      const files = declarations.get(module)?.get(head);
      if (files === undefined || files.length === 0) {
        throw new Error(`${guidePath}: ${whole}: no export '${head}' in module '${module}'`);
      }
      const file = relative(resolve(ROOT, dirname(guidePath)), files[0] as string)
        .split(sep)
        .join('/');
      const label = display ?? name;
      return label === name ? `[\`${name}\`](${file})` : `[${label}](${file}#${name})`;
    },
  );
}
