import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { MONEY_INVALID } from '../rules/issues/money';
import { readOption } from '../rules/issues/options';
import { wholeWon } from './internal';

/**
 * How {@link formatKRW} writes an amount: `'korean'` in 조·억·만 groups (`'1조 234억원'`), as
 * Korean documents and calls for proposals do, or `'digits'` with thousands commas
 * (`'1,023,400,000,000원'`), as budget tables do.
 */
export type KRWStyle = 'korean' | 'digits';

/**
 * Options of {@link formatKRW}.
 *
 * @example
 * ```ts
 * import { formatKRW, type FormatKRWOptions } from 'regional-innovation-rnd/money';
 * const options: FormatKRWOptions = { style: 'digits' };
 * formatKRW(300_000_000, options); // '300,000,000원'
 * ```
 */
export interface FormatKRWOptions {
  /** `'korean'` (default) or `'digits'`. */
  readonly style?: KRWStyle;
}

const STYLE_EXPECTED = "'korean' | 'digits'";
const OPTIONS_EXPECTED = `{ style?: ${STYLE_EXPECTED} }`;
// Largest first. A safe integer stays below 9,008조, so 조 is the largest unit ever needed.
const GROUPS: readonly (readonly [size: number, unit: string])[] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/**
 * Writes an amount of won as Koreans read it: `'1조 234억원'`, `'1억 2,345만 6,789원'`, or with
 * `{ style: 'digits' }` as `'1,023,400,000,000원'`.
 *
 * In the Korean style each 조·억·만 group is written with thousands commas, groups that are zero
 * are left out, groups are separated by single spaces and `원` ends the amount; zero is `'0원'`.
 * Both styles read back with {@link parseKRW} to the same amount.
 *
 * @param won - the amount: a whole, non-negative number or bigint, at most
 * `Number.MAX_SAFE_INTEGER` (`-0` is written as `'0원'`).
 * @param options - the style, `'korean'` by default.
 * @returns the amount, written out.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` (`params.option` `'style'` or `'options'`) when the
 * options are not as typed; then `MONEY_INVALID` with `params.reason` when the amount is
 * negative, fractional, not finite, past `Number.MAX_SAFE_INTEGER` or not a number or bigint.
 *
 * @example
 * ```ts
 * import { formatKRW } from 'regional-innovation-rnd/money';
 * formatKRW(1_023_400_000_000); // '1조 234억원'
 * formatKRW(300_000_000); // '3억원'
 * formatKRW(123_456_789); // '1억 2,345만 6,789원'
 * formatKRW(5_000n); // '5,000원'
 * formatKRW(1_023_400_000_000, { style: 'digits' }); // '1,023,400,000,000원'
 * ```
 */
export function formatKRW(won: number | bigint, options?: FormatKRWOptions): string {
  // Options first: a wrong option is a bug in the calling code, reported whatever the amount.
  const digits = wantsDigits(options);
  const amount = typeof won === 'number' || typeof won === 'bigint' ? wholeWon(won) : 'type';
  if (typeof amount !== 'number') {
    throw rulesError(MONEY_INVALID, {
      input: describeInput(won),
      reason: amount,
      position: null,
      expected: null,
    });
  }
  return digits ? `${withCommas(amount)}원` : inKoreanUnits(amount);
}

/** Whether the options ask for the digits style; the Korean style is the default. */
function wantsDigits(options: unknown): boolean {
  if (options === undefined) return false;
  if (typeof options !== 'object' || options === null) {
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(options),
      expected: OPTIONS_EXPECTED,
    });
  }
  const style = readOption(options, 'style');
  if (style === 'digits') return true;
  if (style === undefined || style === 'korean') return false;
  throw rulesError(OPTIONS_INVALID, {
    option: 'style',
    input: describeInput(style),
    expected: STYLE_EXPECTED,
  });
}

function inKoreanUnits(won: number): string {
  const parts: string[] = [];
  let rest = won;
  for (const [size, unit] of GROUPS) {
    // The remainder of a safe integer is exact, and so is dividing off a whole multiple: no
    // floating-point rounding to reason about, even next to 2^53.
    const remainder = rest % size;
    const count = (rest - remainder) / size;
    if (count > 0) parts.push(`${withCommas(count)}${unit}`);
    rest = remainder;
  }
  if (rest > 0 || parts.length === 0) parts.push(withCommas(rest));
  return `${parts.join(' ')}원`;
}

// Written out rather than with toLocaleString, whose output depends on the ICU data of the runtime.
function withCommas(value: number): string {
  const digits = String(value);
  const head = ((digits.length - 1) % 3) + 1;
  let text = digits.slice(0, head);
  for (let index = head; index < digits.length; index += 3) text += `,${digits.slice(index, index + 3)}`;
  return text;
}
