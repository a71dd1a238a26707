// Reads the ```ts blocks of the @example tags in the TSDoc of src/ and prepares each twice: as
// written, to be type-checked, and with its stated results turned into checks, to be run. The
// rules are documented at the top of test/docs/tsdoc-examples.test.ts.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { inspect, isDeepStrictEqual, promisify } from 'node:util';
import ts from 'typescript';
import { root, sourceFiles } from './importGraph';

/** One ```ts block of an @example. */
export interface TsdocExample {
  /** The file that holds it, from the repository root: `'src/money/parseKRW.ts'`. */
  readonly file: string;
  /** The line (1-based) of the block's first line of code in that file. */
  readonly line: number;
  /** The declaration the comment documents. */
  readonly name: string;
  /** The code, with the comment's ` * ` margin removed. */
  readonly code: string;
  /** `'src/money/parseKRW.ts:75 parseKRW'`. */
  readonly label: string;
}

/** An @example that this test cannot check: no ```ts block, another language, an open fence. */
export interface MalformedExample {
  readonly at: string;
  readonly problem: string;
}

/** A result an example states in a comment, turned into a check. */
export interface StatedResult {
  readonly id: number;
  /** `'src/money/parseKRW.ts:77'`. */
  readonly at: string;
  /** The expression (value) or statement (throws), as written. */
  readonly source: string;
  readonly kind: 'value' | 'throws';
  /** The literal a value must equal, as written. */
  readonly literal?: string;
  /** The issue code the error must have, when the comment names one. */
  readonly code?: string;
}

/** What the instrumented example recorded when it ran. */
export type Outcome =
  | { readonly id: number; readonly actual: unknown; readonly expected: unknown }
  | { readonly id: number; readonly threw: false }
  | { readonly id: number; readonly threw: true; readonly error: unknown };

/** An example written out: its two files and the results it states. */
export interface PreparedExample {
  readonly example: TsdocExample;
  /** The block as written (relative imports re-pointed), for `tsc`. */
  readonly checkFile: string;
  /** The block with its stated results as checks, for `import()`. */
  readonly runFile: string;
  readonly stated: readonly StatedResult[];
}

const run = promisify(execFile);

const lineOf = (text: string, pos: number): number => text.slice(0, pos).split('\n').length;

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = ts.isVariableStatement(node)
    ? node.declarationList.declarations[0]
    : (node as ts.Node & { name?: ts.Node });
  const name = named?.name;
  return name ? name.getText(source) : (node.getText(source).split('\n')[0] ?? '').slice(0, 40);
}

/** The TSDoc comments of a file, each with the name of what it documents. */
function tsdocComments(file: string, text: string): { pos: number; end: number; owner: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Map<number, { pos: number; end: number; owner: string }>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      // The outermost node a comment leads is visited first: the declaration, not its modifiers.
      if (text.startsWith('/**', range.pos) && !found.has(range.pos)) {
        found.set(range.pos, { pos: range.pos, end: range.end, owner: nameOf(node, source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return [...found.values()];
}

/** Every ```ts block of an @example in the TSDoc of src/, and the @example tags without one. */
export function extractExamples(): { examples: TsdocExample[]; malformed: MalformedExample[] } {
  const examples: TsdocExample[] = [];
  const malformed: MalformedExample[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const comment of tsdocComments(file, text)) {
      const first = lineOf(text, comment.pos);
      const lines = text
        .slice(comment.pos, comment.end)
        .replace(/^\/\*\*/u, '')
        .replace(/\*\/$/u, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/u, ''));
      let example: { line: number; blocks: number } | undefined;
      let fence: { line: number; code: string[] } | undefined;
      const endExample = (): void => {
        if (example?.blocks === 0) {
          malformed.push({ at: `${file}:${example.line}`, problem: '@example without a ```ts block' });
        }
        example = undefined;
      };
      lines.forEach((line, index) => {
        const at = first + index;
        if (fence) {
          if (line.trim() === '```') {
            examples.push({
              file,
              line: fence.line,
              name: comment.owner,
              code: `${fence.code.join('\n')}\n`,
              label: `${file}:${fence.line} ${comment.owner}`,
            });
            fence = undefined;
          } else {
            fence.code.push(line);
          }
        } else if (/^@example\b/u.test(line.trim())) {
          endExample();
          example = { line: at, blocks: 0 };
        } else if (/^@\w/u.test(line.trim())) {
          endExample();
        } else if (example && line.trim().startsWith('```')) {
          const language = line.trim().slice(3).trim();
          if (language !== 'ts') {
            malformed.push({
              at: `${file}:${at}`,
              problem: `a \`\`\`${language} block: examples are \`\`\`ts`,
            });
          }
          example.blocks += 1;
          fence = { line: at + 1, code: [] };
        }
      });
      if (fence)
        malformed.push({ at: `${file}:${fence.line - 1}`, problem: 'a ```ts block that is not closed' });
      endExample();
    }
  }
  return { examples, malformed };
}

// The whole comment is a literal: no calls, names or operators but a minus sign on a number.
function isLiteral(node: ts.Expression): boolean {
  if (
    ts.isNumericLiteral(node) ||
    ts.isBigIntLiteral(node) ||
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isIdentifier(node)) return ['undefined', 'NaN', 'Infinity'].includes(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && isLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        ts.isPropertyAssignment(property) &&
        (ts.isIdentifier(property.name) ||
          ts.isStringLiteral(property.name) ||
          ts.isNumericLiteral(property.name)) &&
        isLiteral(property.initializer),
    );
  }
  return false;
}

/** The comment's text when it is, as a whole, a JavaScript literal; otherwise `undefined`. */
export function literalOf(comment: string): string | undefined {
  if (comment.includes('…')) return undefined;
  const text = `(${comment});\n`;
  const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true });
  if (diagnostics.length > 0) return undefined;
  const source = ts.createSourceFile('literal.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [statement] = source.statements;
  const ok =
    source.statements.length === 1 &&
    statement !== undefined &&
    ts.isExpressionStatement(statement) &&
    ts.isParenthesizedExpression(statement.expression) &&
    isLiteral(statement.expression.expression);
  return ok ? comment : undefined;
}

const CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/u;

/** The line comment that states a statement's result: at the end of its last line, or alone on the next. */
function statingComment(code: string, statement: ts.Statement): string | undefined {
  const text = (range: ts.CommentRange): string | undefined =>
    range.kind === ts.SyntaxKind.SingleLineCommentTrivia
      ? code.slice(range.pos + 2, range.end).trim()
      : undefined;
  const [trailing] = ts.getTrailingCommentRanges(code, statement.end) ?? [];
  if (trailing) return text(trailing);
  const [next] = ts.getLeadingCommentRanges(code, statement.end) ?? [];
  if (!next) return undefined;
  const lineBetween = code.slice(statement.end, next.pos);
  return /^[ \t]*\r?\n[ \t]*$/u.test(lineBetween) ? text(next) : undefined;
}

// One line, put before the first line of the block, so that lines keep their numbers.
const PRELUDE = [
  'const __tsdoc = []; export { __tsdoc };',
  'const __value = (id, actual, expected) => { __tsdoc.push({ id, actual, expected }); };',
  'const __throws = (id, run) => { try { run(); __tsdoc.push({ id, threw: false }); }',
  'catch (error) { __tsdoc.push({ id, threw: true, error }); } };',
].join(' ');

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const applyEdits = (code: string, edits: readonly Edit[]): string =>
  [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);

/**
 * The block's relative imports re-pointed from `outDir` (they are written from the src file that
 * holds the example), and the edits that turn its stated results into checks.
 */
function analyse(
  example: TsdocExample,
  outDir: string,
): { imports: Edit[]; checks: Edit[]; stated: StatedResult[] } {
  const { code } = example;
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: Edit[] = [];
  const checks: Edit[] = [];
  const stated: StatedResult[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text.startsWith('.')
    ) {
      const target = resolve(root, dirname(example.file), node.moduleSpecifier.text);
      const specifier = relative(outDir, target).split(sep).join('/');
      imports.push({
        start: node.moduleSpecifier.getStart(source),
        end: node.moduleSpecifier.end,
        text: `'${specifier.startsWith('.') ? specifier : `./${specifier}`}'`,
      });
      return;
    }
    if (ts.isExpressionStatement(node)) {
      const comment = statingComment(code, node);
      const at = `${example.file}:${example.line + source.getLineAndCharacterOfPosition(node.getStart(source)).line}`;
      const start = node.getStart(source);
      const id = stated.length;
      if (comment !== undefined && /^throws\b/u.test(comment)) {
        const statement = code.slice(start, node.end);
        const issueCode = CODE.exec(comment)?.[0];
        stated.push({ id, at, source: statement, kind: 'throws', ...(issueCode ? { code: issueCode } : {}) });
        checks.push({ start, end: node.end, text: `__throws(${id}, () => { ${statement} });` });
        return;
      }
      const literal = comment === undefined ? undefined : literalOf(comment);
      if (literal !== undefined) {
        const expression = node.expression.getText(source);
        stated.push({ id, at, source: expression, kind: 'value', literal });
        checks.push({ start, end: node.end, text: `__value(${id}, (${expression}), (${literal}));` });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, checks, stated };
}

/** A file name for an example: `money.parseKRW.L75.ts`. */
const fileNameOf = (example: TsdocExample): string =>
  `${example.file
    .replace(/^src\//u, '')
    .replace(/\.ts$/u, '')
    .replaceAll('/', '.')}.L${example.line}.ts`;

/**
 * Writes each example into `dir`: `check/<name>.ts` as written, `run/<name>.ts` with its stated
 * results as checks, and `tsconfig.json` that type-checks the `check/` files with the project's
 * settings.
 */
export function writeExamples(examples: readonly TsdocExample[], dir: string): PreparedExample[] {
  for (const sub of ['check', 'run']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ extends: relative(dir, join(root, 'tsconfig.json')), include: ['check/*.ts'] }, null, 2)}\n`,
  );
  return examples.map((example) => {
    const checkFile = join(dir, 'check', fileNameOf(example));
    const runFile = join(dir, 'run', fileNameOf(example));
    const { imports, checks, stated } = analyse(example, dirname(checkFile));
    writeFileSync(checkFile, applyEdits(example.code, imports));
    writeFileSync(runFile, PRELUDE + applyEdits(example.code, [...imports, ...checks]));
    return { example, checkFile, runFile, stated };
  });
}

/** What is wrong with a run's outcomes: a stated result not reached, a value that differs, a throw that did not happen. */
export function verify(stated: readonly StatedResult[], outcomes: readonly Outcome[]): string[] {
  const show = (value: unknown): string => inspect(value, { depth: 6, breakLength: Infinity });
  return stated.flatMap((result) => {
    const outcome = outcomes.find((candidate) => candidate.id === result.id);
    const what = `${result.at} ${result.source}`;
    if (!outcome) return [`${what}: never ran, so its stated result is not shown`];
    if ('actual' in outcome) {
      return isDeepStrictEqual(outcome.actual, outcome.expected)
        ? []
        : [`${what}: is ${show(outcome.actual)}, the comment says ${result.literal ?? ''}`];
    }
    if (!outcome.threw) return [`${what}: did not throw`];
    const thrown = (outcome.error as { code?: unknown } | null)?.code;
    return result.code === undefined || thrown === result.code
      ? []
      : [`${what}: threw ${show(thrown ?? outcome.error)}, the comment says ${result.code}`];
  });
}

/**
 * Type-checks the `check/` files of `dir` in one `tsc --noEmit` run and gives the errors in them,
 * each at its line in src/. Errors in other files (src/ itself) are the project type check's
 * business and are left out; an error tsc reports without a file (a bad tsconfig) is kept.
 */
export async function typeCheck(dir: string, prepared: readonly PreparedExample[]): Promise<string[]> {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  let output: string;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [tsc, '-p', join(dir, 'tsconfig.json'), '--noEmit', '--pretty', 'false'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    output = `${stdout}${stderr}`;
  } catch (error) {
    // tsc exits with 1 or 2 when it reports errors; anything else is a crash.
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (![1, 2].includes(Number(failed.code))) throw error;
    output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  const byFile = new Map(prepared.map((entry) => [entry.checkFile, entry.example]));
  const errors: string[] = [];
  let kept = false;
  for (const line of output.split('\n')) {
    const located = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/u.exec(line);
    if (located) {
      const [, file = '', row = '0', column = '0', code = '', message = ''] = located;
      const example = byFile.get(resolve(root, file));
      kept = example !== undefined;
      if (example)
        errors.push(`${example.file}:${example.line + Number(row) - 1}:${column} ${code} ${message}`);
    } else if (/^error TS\d+/u.test(line)) {
      kept = true;
      errors.push(line);
    } else if (kept && /^\s+\S/u.test(line)) {
      // The further lines of a message (what it elaborates) are indented.
      const last = errors.length - 1;
      errors[last] = `${errors[last] ?? ''}\n${line}`;
    }
  }
  return errors;
}
