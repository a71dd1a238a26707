import { describeInput } from '../rules/describeInput';
import { guarded } from '../rules/guarded';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { KTOP_GRADE_INVALID } from '../rules/issues/ktop';
import { ORIGINALITY_LETTER_SCALE } from './scales';
import type { FormatGradeOptions, GradeStyle, OriginalityGrade, OriginalityGradeReading } from './types';

const LETTERS = ORIGINALITY_LETTER_SCALE.value;
// 1 to 10 without leading zeros, optionally followed by 등급 (spaces allowed before it).
const NUMBERED = /^(10|[1-9])(?:\s*등급)?$/u;
const LETTERED = /^[A-D]{1,3}$/u;
const STYLES: readonly GradeStyle[] = ['number', 'korean', 'letter'];

const isGrade = (value: unknown): value is OriginalityGrade =>
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number, so the typeof check changes nothing
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;

/** The grade a value names, or `undefined`. */
function readGrade(input: unknown): OriginalityGrade | undefined {
  if (isGrade(input)) return input;
  if (typeof input !== 'string') return undefined;
  const text = input.normalize('NFC').trim();
  const numbered = NUMBERED.exec(text);
  if (numbered !== null) return Number(numbered[1]) as OriginalityGrade;
  const letters = text.toUpperCase();
  // Stryker disable next-line ConditionalExpression: every letter grade of the scale matches LETTERED, so indexOf below refuses the same texts
  if (!LETTERED.test(letters)) return undefined;
  const index = LETTERS.indexOf(letters as (typeof LETTERS)[number]);
  return index === -1 ? undefined : ((index + 1) as OriginalityGrade);
}

/**
 * Reads a K-TOP originality grade (개발기술의 원천성 평가, 10 grades; 1 the best, by convention).
 *
 * Accepted: an integer number 1 to 10; a string holding one (`'3'`, `' 3 '`), with or without
 * 등급 (`'3등급'`, `'3 등급'`); or a letter grade of KIBO's KTRS scale, AAA (1) to D (10), in any
 * case. Strings are NFC-normalised and trimmed first. Not accepted: leading zeros (`'03'`),
 * decimals (`2.5`, `'3.0'`), full-width digits, bigints and boxed numbers.
 *
 * The letters are a **convention, not confirmed for K-TOP** (see {@link ORIGINALITY_LETTER_SCALE}); the
 * numbered forms rest on the Ministry's ten-grade scale. {@link readOriginalityGrade} tells them apart.
 *
 * @param input - the grade as given.
 * @returns the grade, 1 to 10.
 * @throws {@link rules!RulesError} `KTOP_GRADE_INVALID` for anything else (`0`, `11`, `2.5`, `''`,
 * `'AAAA'`, `'11등급'`, `NaN`, `null`, objects).
 *
 * @example
 * ```ts
 * import { parseOriginalityGrade } from 'regional-innovation-rnd/ktop';
 * parseOriginalityGrade(3); // 3
 * parseOriginalityGrade(' 3 등급 '); // 3
 * parseOriginalityGrade('bbb'); // 4 — KTRS convention
 * parseOriginalityGrade('11등급'); // throws RulesError KTOP_GRADE_INVALID
 * ```
 */
export function parseOriginalityGrade(input: unknown): OriginalityGrade {
  const grade = readGrade(input);
  if (grade === undefined) throw rulesError(KTOP_GRADE_INVALID, { input: describeInput(input) });
  return grade;
}

/** The style of the options (which default to `{}`), `'number'` when absent. */
function readStyle(options: unknown): GradeStyle {
  const refused = (): never => {
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(options),
      expected: "an object such as { style: 'korean' }",
    });
  };
  // Not an object, or one whose style cannot be read: null, a throwing getter, a revoked proxy.
  const style =
    typeof options === 'object' ? guarded(() => (options as { style?: unknown }).style, refused) : refused();
  // Stryker disable next-line StringLiteral: formatOriginalityGrade writes any style but 'letter' and 'korean' as a plain number, so '' writes the same as 'number'
  if (style === undefined) return 'number';
  if (STYLES.includes(style as GradeStyle)) return style as GradeStyle;
  throw rulesError(
    OPTIONS_INVALID,
    { option: 'style', input: describeInput(style), expected: "'number' | 'korean' | 'letter'" },
    ['style'],
  );
}

/**
 * Writes a K-TOP originality grade: `'3'` (`style: 'number'`, the default), `'3등급'`
 * (`'korean'`) or `'A'` (`'letter'`, the KTRS convention — not confirmed for K-TOP; see
 * {@link ORIGINALITY_LETTER_SCALE}). {@link parseOriginalityGrade} reads every form back.
 *
 * @param grade - the grade, an integer 1 to 10 (a string is not taken here: parse it first).
 * @param options - `style`, `'number'` by default.
 * @returns the grade, written.
 * @throws {@link rules!RulesError} `KTOP_GRADE_INVALID` for a grade that is not an integer 1 to
 * 10; `OPTIONS_INVALID` for options that are not an object or a style not in the list.
 *
 * @example
 * ```ts
 * import { formatOriginalityGrade } from 'regional-innovation-rnd/ktop';
 * formatOriginalityGrade(3); // '3'
 * formatOriginalityGrade(3, { style: 'korean' }); // '3등급'
 * formatOriginalityGrade(3, { style: 'letter' }); // 'A'
 * formatOriginalityGrade(10, { style: 'letter' }); // 'D'
 * ```
 */
export function formatOriginalityGrade(grade: OriginalityGrade, options: FormatGradeOptions = {}): string {
  if (!isGrade(grade)) throw rulesError(KTOP_GRADE_INVALID, { input: describeInput(grade) });
  const style = readStyle(options);
  if (style === 'letter') return LETTERS[grade - 1] as string;
  return style === 'korean' ? `${grade}등급` : String(grade);
}

/**
 * Compares two K-TOP originality grades for sorting, best first: negative when `a` is better
 * (a lower grade number: 1 is taken as the best, the Korean convention — see
 * {@link ORIGINALITY_GRADE_SCALE}'s `order`), `0` when equal, positive when `b` is better. Takes every form
 * {@link parseOriginalityGrade} takes, so `3`, `'3등급'` and `'A'` are equal.
 *
 * @param a - a grade in any accepted form.
 * @param b - another.
 * @returns `grade(a) − grade(b)`.
 * @throws {@link rules!RulesError} `KTOP_GRADE_INVALID` when either is not a grade.
 *
 * @example
 * ```ts
 * import { compareOriginalityGrades } from 'regional-innovation-rnd/ktop';
 * compareOriginalityGrades(1, '3등급'); // -2 — grade 1 is better
 * compareOriginalityGrades('A', 3); // 0
 * ['5등급', 2, 'AAA'].sort(compareOriginalityGrades); // ['AAA', 2, '5등급']
 * ```
 */
export function compareOriginalityGrades(a: unknown, b: unknown): number {
  return parseOriginalityGrade(a) - parseOriginalityGrade(b);
}

/**
 * Reads a K-TOP originality grade as {@link parseOriginalityGrade} does, and says which form it was
 * read from, so that a caller can see a grade that rests on the KTRS letter convention.
 *
 * `gradeFrom` is `'letter'` for a KTRS letter (`'A'`, `'bbb'`) and `'number'` for every numbered
 * form (`3`, `'3'`, `'3등급'`). `labelConfirmed` is `false` for a letter: KTRS's letters are not
 * known to be K-TOP's labels (see {@link ORIGINALITY_LETTER_SCALE}), so a grade read from one is
 * the library's reading, not K-TOP's. It is `true` for the numbered forms of the ten grades the
 * Ministry states.
 *
 * @param input - the grade as given.
 * @returns the grade, the form it was read from, and whether that form is confirmed for K-TOP.
 * @throws {@link rules!RulesError} `KTOP_GRADE_INVALID` for anything that is not a grade, as
 * {@link parseOriginalityGrade} does.
 *
 * @example
 * ```ts
 * import { readOriginalityGrade } from 'regional-innovation-rnd/ktop';
 * readOriginalityGrade('3등급'); // { grade: 3, gradeFrom: 'number', labelConfirmed: true }
 * readOriginalityGrade('A'); // { grade: 3, gradeFrom: 'letter', labelConfirmed: false }
 * ```
 */
export function readOriginalityGrade(input: unknown): OriginalityGradeReading {
  const grade = parseOriginalityGrade(input);
  // Only a letter grade holds a Latin letter; every numbered form is digits, spaces and 등급.
  return /[a-d]/iu.test(String(input))
    ? { grade, gradeFrom: 'letter', labelConfirmed: false }
    : { grade, gradeFrom: 'number', labelConfirmed: true };
}
