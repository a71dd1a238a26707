import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { MONEY_AMBIGUOUS, MONEY_INVALID } from '../rules/issues/money';
import { readAmountText, type Outcome, type Refusal } from './amountText';
import { wholeWon } from './internal';

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

// 10^16 is the first power of ten past Number.MAX_SAFE_INTEGER (about 9.007 × 10^15).
const UNSAFE_PLACE = 16;
const DECIMAL_TEXT = /^-?[0-9]+(?:\.[0-9]+)?$/u;

/**
 * Reads an amount of won from a number, a bigint, a decimal.js `Decimal` or a string as Koreans,
 * spreadsheets and forms write amounts: `'300000000'`, `'300,000,000원'`, `'₩300,000,000'`,
 * `'3억원'`, `'1조 234억'`, `'1억 2천만원'`, `'3억 5,000만원'`, `'1.25억'`.
 *
 * Strings are read exactly, with bigint arithmetic, and by these rules:
 *
 * - Surrounding whitespace (any Unicode space, such as NBSP and the ideographic space U+3000) is
 *   ignored. The amount may have one currency mark: `₩`, `￦` or `KRW` before it, or `원` or `KRW`
 *   after it, each with or without a space (`'KRW 700,000,000'`, `'700,000,000 원'`).
 * - Numbers are digits, optionally with thousands commas in groups of three (`'7,00'` is refused)
 *   and a decimal point. Full-width digits, commas and signs (`'７억'`, `'７００，０００'`, `'￦'`)
 *   read as their ASCII forms, and decomposed (NFD) Hangul as composed.
 * - Units are 경 (10^16), 조 (10^12), 억 (10^8) and 만 (10^4), each at most once and in descending
 *   order; within each of their groups, 천 (1000), 백 (100) and 십 (10), likewise. A unit without
 *   a number counts once (`'만원'` is 10,000; `'천만원'` is 10,000,000).
 * - Whitespace may follow a unit (`'1억 2천만'`, `'1억2천만'`) and come before the trailing `원`
 *   or `KRW`, but never split a number from its unit (`'7 억'` is refused).
 * - After the first, each number must fit below the unit before it: `'1억 2,345만'` and
 *   `'90조 0719억'` are fine, `'1억 12,000만'` and `'3만 15000'` are refused as syntax errors.
 * - A decimal point is allowed where the number still comes to whole won: `'1.25억'` is
 *   125,000,000, `'0.00001만'` is refused as fractional.
 * - A leading minus sign (before or after the currency mark) is refused as negative, except on
 *   zero (`'-0'` is 0, as `-0` is).
 * - A last group that is not closed by 만 but follows 억, 조 or 경 may mean a unit lower, as people
 *   write `'7억5천'` for 7억 5천만: such an amount throws `MONEY_AMBIGUOUS` when its last group
 *   has 천, 백 or 십 (`'7억5천'`, `'3억5백'`, `'1조 5천'`, `'7억 5천원'` too), or is bare digits
 *   without `원` or `KRW` (`'2억 5,000'`, the 부동산 shorthand for 2억 5,000만). Digits followed by
 *   `원` count won (`'7억 5,000원'` is 700,005,000, as formatKRW writes it); after 만 a 천 is
 *   literal (`'5만5천'` is 55,000); `'5천'` alone is 5,000. When the reading a unit lower does not
 *   fit (`'7억 12천'`) or is past `Number.MAX_SAFE_INTEGER`, the literal reading is the only one.
 *
 * Numbers and bigints must be whole, non-negative and at most `Number.MAX_SAFE_INTEGER`. A
 * `Decimal` is recognised by its methods, so decimal.js is never loaded by this module.
 *
 * @param input - the amount, in any of the forms above.
 * @returns the amount in won, a non-negative safe integer.
 * @throws {@link rules!RulesError} `MONEY_INVALID` with `params.input` (the input echoed),
 * `params.reason`: `'type'` (not a number, bigint, string or Decimal), `'empty'` (a blank string),
 * `'syntax'`, `'negative'`, `'fractional'`, `'not-finite'` (NaN, ±Infinity) or `'unsafe'` (past
 * `Number.MAX_SAFE_INTEGER`), and for a string that is not blank `params.position` (0-based, in
 * the string as given: the first character that does not fit, the string's length when it stops
 * too early, the minus sign of a negative amount, the first digit below one won, or the first
 * number of an unsafe one) and `params.expected` (what a malformed amount needed there: `'digit'`,
 * `'unit'`, `'smaller-unit'`, `'smaller-number'`, `'comma-group'` or `'end'`; `null` when it is
 * well formed). Other inputs give `position` and `expected` `null`.
 * @throws {@link rules!RulesError} `MONEY_AMBIGUOUS` with `params.readings`, `[colloquial,
 * literal]` in won, for an amount that reads two ways (above).
 *
 * @example
 * ```ts
 * import { parseKRW } from 'regional-innovation-rnd/money';
 * parseKRW('3억원'); // 300_000_000
 * parseKRW('1조 234억원'); // 1_023_400_000_000
 * parseKRW('1억 2천만원'); // 120_000_000
 * parseKRW('300,000,000'); // 300_000_000
 * parseKRW('₩300,000,000'); // 300_000_000
 * parseKRW('7억 5,000원'); // 700_005_000
 * parseKRW(5_000n); // 5_000
 * parseKRW('1억억'); // throws RulesError MONEY_INVALID, params { reason: 'syntax', position: 2, expected: 'smaller-unit' }
 * parseKRW('7억5천'); // throws RulesError MONEY_AMBIGUOUS, params.readings [750_000_000, 700_005_000]
 * ```
 */
export function parseKRW(input: unknown): number {
  const outcome = toWon(input);
  if (typeof outcome === 'number') return outcome;
  if ('readings' in outcome) {
    throw rulesError(MONEY_AMBIGUOUS, { input: describeInput(input), readings: outcome.readings });
  }
  throw rulesError(MONEY_INVALID, {
    input: describeInput(input),
    reason: outcome.reason,
    position: outcome.position,
    expected: outcome.expected,
  });
}

function toWon(input: unknown): Outcome {
  switch (typeof input) {
    case 'number':
    case 'bigint':
      return unplaced(wholeWon(input));
    case 'string':
      return readAmountText(input);
    case 'object':
      return input === null ? unplaced('type') : fromObject(input);
    default:
      return unplaced('type');
  }
}

/** A refusal of a value that is not a string: there is no character to point at. */
function unplaced(outcome: number | Refusal['reason']): number | Refusal {
  return typeof outcome === 'number' ? outcome : { reason: outcome, position: null, expected: null };
}

function fromObject(value: object): Outcome {
  try {
    return isDecimalLike(value) ? fromDecimal(value) : unplaced('type');
  } catch {
    // A revoked proxy or a throwing getter is no amount either; the caller gets MONEY_INVALID,
    // not a TypeError from deep inside.
    return unplaced('type');
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
  if (!value.isFinite()) return unplaced('not-finite');
  // toFixed writes every digit, and a Decimal's exponent reaches ±9e15: such a value would make a
  // string too long to build. Far from whole won on either side, it is decided without one.
  if (typeof value.e === 'number' && (value.e >= UNSAFE_PLACE || value.e < 0)) {
    if (value.isNegative ? value.isNegative() : value.isNeg?.()) return unplaced('negative');
    return unplaced(value.isInteger() ? 'unsafe' : 'fractional');
  }
  const text = value.toFixed();
  if (typeof text !== 'string' || !DECIMAL_TEXT.test(text)) return unplaced('type');
  // The digits are read by the string rules, so a Decimal and its toFixed() string always agree;
  // plain digits never read two ways, and the position would be in a string the caller never saw.
  const outcome = readAmountText(text);
  return typeof outcome === 'number' || 'readings' in outcome ? outcome : unplaced(outcome.reason);
}
