/**
 * Small pieces the messages share: amounts with thousands separators, exact shares as percents.
 *
 * @module
 */

/**
 * A whole number of won with thousands separators (`700,000,001`), the same on every runtime.
 * `toLocaleString` would do it too, but its output depends on the ICU data the runtime ships with,
 * and messages must not differ between machines.
 *
 * @param won - a whole number.
 * @returns its digits, grouped by three; anything that is not a plain run of digits as `String` prints it.
 *
 * @example
 * ```ts
 * import { groupedDigits } from './text';
 * groupedDigits(700_000_001); // '700,000,001'
 * ```
 */
export function groupedDigits(won: number): string {
  const digits = String(won);
  // Separators only where a run of three digits ends the number (never inside '1e+21' or '-').
  return /^\d+$/u.test(digits) ? digits.replace(/\B(?=(?:\d{3})+$)/gu, ',') : digits;
}

/**
 * An exact decimal ratio (`'0.800000001'`, as the grant checks write shares) as the percent it
 * means (`'80.0000001'`): the decimal point moved two places, digit for digit, so nothing is
 * rounded. Text that is not a plain decimal comes back as it is.
 *
 * @param ratio - a non-negative decimal in plain notation.
 * @returns the percent, without trailing zeros.
 *
 * @example
 * ```ts
 * import { percentOfRatio } from './text';
 * percentOfRatio('0.800000001'); // '80.0000001'
 * percentOfRatio('0.75'); // '75'
 * percentOfRatio('1'); // '100'
 * ```
 */
export function percentOfRatio(ratio: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(ratio);
  if (match === null) return ratio;
  const fraction = match[2] ?? '';
  const whole = `${match[1] as string}${fraction.slice(0, 2).padEnd(2, '0')}`.replace(/^0+(?=\d)/u, '');
  const rest = fraction.slice(2).replace(/0+$/u, '');
  return rest === '' ? whole : `${whole}.${rest}`;
}
