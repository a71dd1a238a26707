// The ```ts block of every @example in the TSDoc of src/ is code a reader copies, so each is
// type-checked and run here, and the results it states in comments are checked.
//
// - Type check: every block as written, in ONE `tsc --noEmit` run with the project's tsconfig
//   (strict; `regional-innovation-rnd` and its subpaths map to src/).
// - Run: every block is a module of its own, imported through vitest (whose aliases map the
//   package's name to src/ too). It must not throw, except where a comment says it does (below).
//   A relative import (`'./amountText'`) is read from the src file that holds the example: such
//   examples show an internal module to contributors.
// - Stated results. An expression statement followed by a `//` comment, at the end of its last
//   line or alone on the line after it, states its result by the first rule that fits:
//   1. `// throws …`: the statement must throw; when the comment names an issue code
//      (SCREAMING_SNAKE, e.g. `MONEY_INVALID`), the error's `code` must be that code.
//   2. A comment that is, as a whole, a JavaScript literal — a number, a string in quotes,
//      `true`, `false`, `null`, `undefined`, `NaN`, or an array or object of these — is the value:
//      the expression must equal it (node's isDeepStrictEqual: deep, strict, prototypes too).
//   3. Anything else is prose and is not checked: a value with an explanation after it
//      (`// 'leading' — exactly 30%`, `// true (부산)`), an elision (`…`), `e.g.`, a sentence.
//   A stated result that the run never reaches (behind an `if` that is false) fails.
//
// The files are written to a folder of their own under build/tsdoc-examples/ (gitignored),
// removed afterwards.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/importGraph';
import {
  extractExamples,
  typeCheck,
  verify,
  writeExamples,
  type Outcome,
  type PreparedExample,
  type TsdocExample,
} from '../support/tsdocExamples';

const { examples, malformed } = extractExamples();

// Examples with known faults, run and type-checked beside the real ones: the checks must catch them.
const SELF_CHECK = 'src/__self-check__.ts';
const faulty: TsdocExample[] = [
  [
    "import { parseKRW } from 'regional-innovation-rnd/money';",
    "parseKRW('3억원'); // 300_000_001",
    "parseKRW('3억원'); // 300_000_000",
    "parseKRW('3억원'); // 300_000_001 — a value with an explanation is prose",
    "parseKRW('3억원'); // throws RulesError MONEY_INVALID",
    "parseKRW('1억억'); // throws RulesError MONEY_AMBIGUOUS",
    "parseKRW('1억억'); // throws RulesError MONEY_INVALID",
    "if (parseKRW('0') > 0) parseKRW('1'); // 1",
    "[parseKRW('1'), { a: parseKRW('2') }];",
    '// [1, { a: 2 }]',
  ],
  ["const n: number = 'one';"],
].map((lines, index) => ({
  file: SELF_CHECK,
  line: 100 * (index + 1),
  name: 'self-check',
  code: `${lines.join('\n')}\n`,
  label: `${SELF_CHECK}:${String(100 * (index + 1))}`,
}));

let dir = '';
let prepared = new Map<string, PreparedExample>();
let typeErrors: Promise<string[]> = Promise.resolve([]);

beforeAll(() => {
  const base = join(root, 'build', 'tsdoc-examples');
  mkdirSync(base, { recursive: true });
  // A folder per run: two runs at the same time do not write over each other.
  dir = mkdtempSync(join(base, 'run-'));
  const written = writeExamples([...examples, ...faulty], dir);
  prepared = new Map(written.map((entry) => [entry.example.label, entry]));
  // tsc starts now and works while the examples run; the last test waits for it.
  typeErrors = typeCheck(dir, written);
  // Settled here too, so that a failure before the last test is not an unhandled rejection.
  typeErrors.catch(() => undefined);
});

afterAll(async () => {
  await typeErrors.catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs a prepared example and gives what is wrong with it. */
async function problemsOf(label: string): Promise<string[]> {
  const entry = prepared.get(label);
  if (!entry) throw new Error(`${label} was not written`);
  let outcomes: readonly Outcome[];
  try {
    ({ __tsdoc: outcomes } = (await import(entry.runFile)) as { __tsdoc: readonly Outcome[] });
  } catch (error) {
    throw new Error(`${label}: the example threw ${String(error)}`, { cause: error });
  }
  return verify(entry.stated, outcomes);
}

describe('TSDoc examples', () => {
  it('every @example of src/ holds a ```ts block, and there are examples to check', () => {
    expect(malformed).toEqual([]);
    expect(examples.length).toBeGreaterThan(0);
  });

  it('the checks catch a wrong value, a missing or wrong throw and an unreached result, and skip prose', async () => {
    const label = faulty[0]?.label ?? '';
    expect(prepared.get(label)?.stated.map((result) => result.at)).toEqual(
      [101, 102, 104, 105, 106, 107, 108].map((line) => `${SELF_CHECK}:${String(line)}`),
    );
    const problems = await problemsOf(label);
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual(
      [101, 104, 105, 107].map((line) => `${SELF_CHECK}:${String(line)}`),
    );
    expect(problems[0]).toContain('is 300000000, the comment says 300_000_001');
    expect(problems[1]).toContain('did not throw');
    expect(problems[2]).toContain("threw 'MONEY_INVALID', the comment says MONEY_AMBIGUOUS");
    expect(problems[3]).toContain('never ran');
  });

  for (const example of examples) {
    it(`${example.label} runs and what its comments state holds`, async () => {
      expect(await problemsOf(example.label)).toEqual([]);
    });
  }

  it('every example type-checks with the project settings (one tsc run)', async () => {
    const errors = await typeErrors;
    // The faulty example's error shows that errors are found and placed at their line in src/.
    expect(errors.filter((error) => error.startsWith(SELF_CHECK))).toEqual([
      `${SELF_CHECK}:200:7 TS2322 Type 'string' is not assignable to type 'number'.`,
    ]);
    expect(errors.filter((error) => !error.startsWith(SELF_CHECK))).toEqual([]);
  });
});
