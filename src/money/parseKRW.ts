import type { MoneyInvalidReason } from '../rules/codes';
import { moneyInvalidError } from '../locales/errors';
import { wholeWon } from './internal';

/** A whole amount of won, or why the input is not one. */
type Outcome = number | MoneyInvalidReason;

/**
 * The part of decimal.js's `Decimal` that parseKRW relies on. Typed structurally so that the
 * module never loads decimal.js: any copy or clone of it (or a look-alike) works.
 */
interface DecimalLike {
  /** decimal.js's exponent: the power of ten of the first digit. */
  readonly e?: unknown;
  isFinite(): boolean;
  isInteger(): boolean;
  isNegative?(): boolean;
  isNeg?(): boolean;
  toFixed(): unknown;
}

/** A number as written: integer digits without leading zeros, fraction digits without trailing zeros. */
interface Written {
  readonly int: string;
  readonly frac: string;
}

/** A written number and the power of ten it counts in (`5천만` is 5 at place 7). */
interface Term extends Written {
  readonly place: number;
}

/** A number waiting for the 만/억/조/경 that closes its group, with its 천/백/십 exponent. */
interface GroupTerm {
  readonly written: Written;
  readonly exp: number;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// 10^16 is the first power of ten past Number.MAX_SAFE_INTEGER (about 9.007 × 10^15).
const UNSAFE_PLACE = 16;
// A number of up to 15 digits is exact as a double, so plain digits that short skip the bigint work.
const EXACT_DIGITS = 15;
// Above every unit, so that the first unit of an amount is always in order.
const NO_UNIT = 20;
// The exponent every 만/억/조/경 group starts from: its 천/백/십 must come in descending order below it.
const GROUP_WIDTH = 4;
const ONE: Written = { int: '1', frac: '' };
const PLAIN_DIGITS = /^[0-9]+$/u;
const DECIMAL_TEXT = /^-?[0-9]+(?:\.[0-9]+)?$/u;
const WHITESPACE = /\s/u;
const ZERO = 0x30;
const NINE = 0x39;
const COMMA = 0x2c;
const DOT = 0x2e;

/**
 * Reads an amount of won from a number, a bigint, a decimal.js `Decimal` or a string as Koreans
 * write amounts: `'300000000'`, `'300,000,000원'`, `'3억원'`, `'1조 234억'`, `'1억 2천만원'`,
 * `'3억 5,000만원'`, `'1.25억'`.
 *
 * Strings are read exactly, with bigint arithmetic, and by these rules:
 *
 * - Surrounding whitespace and one trailing `원` (after optional whitespace) are ignored, and the
 *   text is normalised to NFC, so decomposed (NFD) Hangul reads the same.
 * - Numbers are ASCII digits, optionally with thousands commas in groups of three
 *   (`'7,00'` is refused) and a decimal point.
 * - Units are 경 (10^16), 조 (10^12), 억 (10^8) and 만 (10^4), each at most once and in descending
 *   order; within each of their groups, 천 (1000), 백 (100) and 십 (10), likewise. A unit without
 *   a number counts once (`'만원'` is 10,000; `'천만원'` is 10,000,000).
 * - Whitespace may follow a unit only (`'1억 2천만'`, `'1억2천만'`), never split a number from its
 *   unit (`'7 억'` is refused).
 * - After the first, each number must fit below the unit before it: `'1억 2,345만'` and
 *   `'90조 0719억'` are fine, `'1억 12,000만'` and `'3만 15000'` are refused as syntax errors.
 * - A decimal point is allowed where the number still comes to whole won: `'1.25억'` is
 *   125,000,000, `'0.00001만'` is refused as fractional.
 * - A leading minus sign is refused as negative, except on zero (`'-0'` is 0, as `-0` is).
 *
 * Numbers and bigints must be whole, non-negative and at most `Number.MAX_SAFE_INTEGER`. A
 * `Decimal` is recognised by its methods, so decimal.js is never loaded by this module.
 *
 * @param input - the amount, in any of the forms above.
 * @returns the amount in won, a non-negative safe integer.
 * @throws {@link rules!RulesError} `MONEY_INVALID` with `params.input` (the input echoed) and
 * `params.reason`: `'type'` (not a number, bigint, string or Decimal), `'empty'` (a blank string),
 * `'syntax'`, `'negative'`, `'fractional'`, `'not-finite'` (NaN, ±Infinity) or `'unsafe'` (past
 * `Number.MAX_SAFE_INTEGER`).
 *
 * @example
 * ```ts
 * import { parseKRW } from 'regional-innovation-rnd/money';
 * parseKRW('3억원'); // 300_000_000
 * parseKRW('1조 234억원'); // 1_023_400_000_000
 * parseKRW('1억 2천만원'); // 120_000_000
 * parseKRW('300,000,000'); // 300_000_000
 * parseKRW(5_000n); // 5_000
 * parseKRW('1억억'); // throws RulesError MONEY_INVALID, params.reason 'syntax'
 * ```
 */
export function parseKRW(input: unknown): number {
  const outcome = toWon(input);
  if (typeof outcome === 'number') return outcome;
  throw moneyInvalidError(input, outcome);
}

function toWon(input: unknown): Outcome {
  switch (typeof input) {
    case 'number':
    case 'bigint':
      return wholeWon(input);
    case 'string':
      return fromText(input);
    case 'object':
      // Stryker disable next-line ConditionalExpression: reading a method of null throws, and fromObject's catch answers 'type' as well
      return input === null ? 'type' : fromObject(input);
    default:
      return 'type';
  }
}

function fromObject(value: object): Outcome {
  try {
    return isDecimalLike(value) ? fromDecimal(value) : 'type';
  } catch {
    // A revoked proxy or a throwing getter is no amount either; the caller gets MONEY_INVALID,
    // not a TypeError from deep inside.
    return 'type';
  }
}

function isDecimalLike(value: object): value is DecimalLike {
  const candidate = value as { [K in keyof DecimalLike]?: unknown };
  return (
    typeof candidate.isInteger === 'function' &&
    (typeof candidate.isNegative === 'function' || typeof candidate.isNeg === 'function') &&
    typeof candidate.isFinite === 'function' &&
    typeof candidate.toFixed === 'function'
  );
}

function fromDecimal(value: DecimalLike): Outcome {
  if (!value.isFinite()) return 'not-finite';
  // toFixed writes every digit, and a Decimal's exponent reaches ±9e15: such a value would make a
  // string too long to build. Far from whole won on either side, it is decided without one.
  if (typeof value.e === 'number' && (value.e >= UNSAFE_PLACE || value.e < 0)) {
    if (value.isNegative ? value.isNegative() : value.isNeg?.()) return 'negative';
    return value.isInteger() ? 'unsafe' : 'fractional';
  }
  const text = value.toFixed();
  // The digits are read by the string rules, so a Decimal and its toFixed() string always agree.
  return typeof text === 'string' && DECIMAL_TEXT.test(text) ? fromText(text) : 'type';
}

function fromText(input: string): Outcome {
  let text = input.normalize('NFC').trim();
  if (text === '') return 'empty';
  if (text.endsWith('원')) text = text.slice(0, -1).trimEnd();
  if (text.startsWith('-') || text.startsWith('\u2212')) {
    const magnitude = fromUnsigned(text.slice(1));
    // The sign is the first thing wrong with '-1.5' or '-1경', but '-0' is zero, as -0 is.
    if (magnitude === 'syntax' || magnitude === 0) return magnitude;
    return 'negative';
  }
  return fromUnsigned(text);
}

function fromUnsigned(text: string): Outcome {
  if (text.length <= EXACT_DIGITS && PLAIN_DIGITS.test(text)) return Number(text);
  const terms = readTerms(text);
  if (terms === undefined) return 'syntax';
  // Fractional before unsafe, as for numbers: every term is checked for whole won first.
  if (terms.some((term) => term.frac.length > term.place)) return 'fractional';
  let total = 0n;
  for (const { int, frac, place } of terms) {
    // Decided on the digit count, so that a megabyte of digits never becomes a bigint.
    if (int.length > 0 && int.length - 1 + place >= UNSAFE_PLACE) return 'unsafe';
    // The digits of the term followed by its zeros: exact, with no bigint exponentiation.
    total += BigInt(`${int}${frac}${'0'.repeat(place - frac.length)}`);
  }
  return total > MAX_SAFE ? 'unsafe' : Number(total);
}

/**
 * Splits an amount into its terms with their places, or `undefined` when it is not well formed.
 * One pass: numbers wait in `pending`, 천/백/십 add them to the open group, and 만/억/조/경 (or
 * the end of the text) close the group and give its terms their places.
 */
function readTerms(text: string): Term[] | undefined {
  const terms: Term[] = [];
  let group: GroupTerm[] = [];
  let pending: Written | undefined;
  let lastBig = NO_UNIT;
  let lastSmall = GROUP_WIDTH;
  let previousPlace = Number.POSITIVE_INFINITY;
  let afterUnit = false;

  const closeGroup = (big: number): boolean => {
    for (const { written, exp } of group) {
      const place = big + exp;
      // A number after the first must fit below the place of the one before it, so that the
      // 2,345 of '1억 2,345만' is read but the 12,000 of '1억 12,000만' is refused.
      if (written.int.length + place > previousPlace) return false;
      terms.push({ int: written.int, frac: written.frac, place });
      previousPlace = place;
    }
    group = [];
    return true;
  };

  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (isDigitCode(char.charCodeAt(0))) {
      const read = readNumber(text, index);
      if (read === undefined) return undefined;
      pending = read.written;
      index = read.end;
      afterUnit = false;
      continue;
    }
    const small = smallUnit(char);
    const big = bigUnit(char);
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      group.push({ written: pending ?? ONE, exp: small });
      lastSmall = small;
    } else if (big !== undefined) {
      if (big >= lastBig) return undefined;
      if (pending !== undefined) group.push({ written: pending, exp: 0 });
      else if (group.length === 0) group.push({ written: ONE, exp: 0 });
      if (!closeGroup(big)) return undefined;
      lastBig = big;
      lastSmall = GROUP_WIDTH;
      // Stryker disable next-line BlockStatement: emptied, it falls through to the step below, which skips the same whitespace one character at a time
    } else if (afterUnit && WHITESPACE.test(char)) {
      // Whitespace only after a unit: it may part '1억' from '2천만' but never 7 from its 억.
      index += 1;
      while (WHITESPACE.test(text.charAt(index))) index += 1;
      // Stryker disable next-line BooleanLiteral: the whole run of whitespace is skipped, so the next character is a digit or unit that sets afterUnit, or is refused
      afterUnit = false;
      continue;
    } else {
      return undefined;
    }
    pending = undefined;
    afterUnit = true;
    index += 1;
  }
  if (pending !== undefined) group.push({ written: pending, exp: 0 });
  // The text is trimmed, so it never ends on whitespace; an empty text has no terms.
  return closeGroup(0) && terms.length > 0 ? terms : undefined;
}

/** Reads the number that starts at `start` (a digit), with its thousands commas and decimals. */
function readNumber(text: string, start: number): { written: Written; end: number } | undefined {
  let index = start;
  let run = 0;
  let commas = 0;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) {
      run += 1;
    } else if (code === COMMA) {
      // The first group before a comma has one to three digits, every later one exactly three.
      if (commas === 0 ? run > 3 : run !== 3) return undefined;
      commas += 1;
      run = 0;
    } else {
      break;
    }
  }
  if (commas > 0 && (run !== 3 || text.charCodeAt(start) === ZERO)) return undefined;
  const digits = text.slice(start, index);
  let frac = '';
  if (text.charCodeAt(index) === DOT) {
    const fracStart = index + 1;
    index = fracStart;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt is NaN, which is no digit and stops the loop anyway
    while (index < text.length && isDigitCode(text.charCodeAt(index))) index += 1;
    if (index === fracStart) return undefined;
    frac = text.slice(fracStart, index);
  }
  return {
    written: {
      int: stripLeadingZeros(commas > 0 ? digits.replaceAll(',', '') : digits),
      frac: stripTrailingZeros(frac),
    },
    end: index,
  };
}

function isDigitCode(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (digits.charCodeAt(start) === ZERO) start += 1;
  return digits.slice(start);
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === ZERO) end -= 1;
  return digits.slice(0, end);
}

function smallUnit(char: string): number | undefined {
  switch (char) {
    case '천':
      return 3;
    case '백':
      return 2;
    case '십':
      return 1;
    // Stryker disable next-line ConditionalExpression: an empty default falls off the end and returns undefined as well
    default:
      return undefined;
  }
}

function bigUnit(char: string): number | undefined {
  switch (char) {
    case '경':
      return 16;
    case '조':
      return 12;
    case '억':
      return 8;
    case '만':
      return 4;
    // Stryker disable next-line ConditionalExpression: an empty default falls off the end and returns undefined as well
    default:
      return undefined;
  }
}
