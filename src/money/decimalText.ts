/**
 * Ratios given as JavaScript numbers, read as the decimals they print as: `0.05` is 5 ÷ 10²
 * exactly, not the binary fraction nearest to it. With the integer products of `ratio.ts`, this is
 * how the library reads, compares and writes ratios exactly, without a decimal object: eligibility's
 * ratios, tiering's and the grant rules' percents alike. Not a public entry point.
 *
 * @internal
 * @module
 */

/**
 * A decimal as an integer over a power of ten: `numerator` ÷ 10^`scale`.
 *
 * @internal
 */
export interface DecimalFraction {
  /** The digits, with the sign. */
  readonly numerator: bigint;
  /** The decimal places, at least 0. */
  readonly scale: number;
}

// What String(number) and ratioText print: digits with an optional point, an optional exponent.
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u;

/**
 * Reads a finite number as the decimal it prints as (`String(value)`), or a decimal text in the
 * same notation, exactly: `0.05` is 5 ÷ 10², `1e-7` is 1 ÷ 10⁷, `0.1 + 0.2` is
 * 30000000000000004 ÷ 10¹⁷, `1e21` is 10²¹ ÷ 10⁰. Printing keeps the order of numbers, so two
 * numbers compare as their decimals do.
 *
 * @param value - a finite number, or a decimal text such as `'0.125'` or `'-5e-7'`.
 * @returns the decimal as a fraction over a power of ten.
 * @throws a `RangeError` for a non-finite number or a text that is not a decimal: callers read
 * their input first.
 *
 * @internal
 * @example
 * ```ts
 * import { decimalOf } from './decimalText'; // private: from inside src/ only
 * decimalOf(0.05); // { numerator: 5n, scale: 2 }
 * decimalOf(-1.5e-7); // { numerator: -15n, scale: 8 }
 * decimalOf(1e21); // { numerator: 1000000000000000000000n, scale: 0 }
 * decimalOf('33.25'); // { numerator: 3325n, scale: 2 }
 * ```
 */
export function decimalOf(value: number | string): DecimalFraction {
  const match = DECIMAL.exec(String(value));
  if (match === null) throw new RangeError(`not a finite decimal: ${String(value)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const places = fraction.length - Number(exponent);
  const digits = `${sign}${whole}${fraction}`;
  // A negative number of places (1e21) is zeros to append.
  return { numerator: BigInt(digits) * 10n ** BigInt(Math.max(0, -places)), scale: Math.max(0, places) };
}

/**
 * Writes `numerator` ÷ 10^`scale` in plain notation, without trailing zeros (`'0.05'`, `'-50'`,
 * `'12.5'`); a negative scale multiplies by a power of ten.
 *
 * @param numerator - the digits, with the sign.
 * @param scale - the decimal places (negative: zeros to append).
 * @returns the decimal text.
 *
 * @internal
 * @example
 * ```ts
 * import { decimalText } from './decimalText'; // private: from inside src/ only
 * decimalText(5n, 0); // '5'
 * decimalText(5n, 2); // '0.05'
 * decimalText(-1250n, 2); // '-12.5'
 * decimalText(5n, -2); // '500'
 * ```
 */
export function decimalText(numerator: bigint, scale: number): string {
  if (scale <= 0) return String(numerator * 10n ** BigInt(-scale));
  const negative = numerator < 0n;
  const digits = String(negative ? -numerator : numerator).padStart(scale + 1, '0');
  const point = digits.length - scale;
  let end = digits.length;
  while (end > point && digits.charCodeAt(end - 1) === 48) end -= 1;
  const text =
    end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * A percent as the decimal ratio it means, exactly: `75` is `'0.75'`, `12.5` is `'0.125'`.
 *
 * @param percent - a finite number, as the rule data and the options give percents.
 * @returns the ratio in plain notation.
 *
 * @internal
 * @example
 * ```ts
 * import { percentText } from './decimalText'; // private: from inside src/ only
 * percentText(75); // '0.75'
 * percentText(33.3); // '0.333'
 * percentText(0.000001); // '0.00000001'
 * ```
 */
export function percentText(percent: number): string {
  const { numerator, scale } = decimalOf(percent);
  return decimalText(numerator, scale + 2);
}
