/**
 * The library's private decimal.js context, for validators that compute with amounts (ratios,
 * shares of a budget). Not exported from `regional-innovation-rnd/money`, so that parsing and
 * formatting never load decimal.js; modules that compute import this file directly.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { MONEY_INVALID } from '../rules/issues/money';
import { wholeWon } from './internal';

/**
 * A decimal.js constructor of its own, so that the library neither reads nor changes the
 * caller's global `Decimal` settings: 64 significant digits (an amount of won has at most 16, so
 * sums and products of amounts are exact, and quotients are rounded far below any share a rule
 * states), banker's rounding (ROUND_HALF_EVEN, which does not drift
 * upward over many roundings) and plain notation up to 64 digits, so that `toString()` never
 * writes an amount of won in exponent form.
 *
 * @example
 * ```ts
 * import { ExactDecimal } from '../money/decimal'; // private: from inside src/ only
 * new ExactDecimal(300_000_000).times('0.125').toString(); // '37500000'
 * ```
 */
export const ExactDecimal = /* @__PURE__ */ Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -64,
  toExpPos: 64,
});

/**
 * A value of {@link ExactDecimal}.
 */
export type ExactDecimal = InstanceType<typeof ExactDecimal>;

/**
 * Turns an amount of won into an {@link ExactDecimal}, after checking that it is one.
 *
 * @param won - a whole, non-negative number or bigint, at most `Number.MAX_SAFE_INTEGER`.
 * @returns the amount as an ExactDecimal.
 * @throws {@link rules!RulesError} `MONEY_INVALID` when `won` is not a whole, non-negative, safe amount.
 *
 * @example
 * ```ts
 * import { toDecimal } from '../money/decimal'; // private: from inside src/ only
 * toDecimal(200_000_000).div(3).toFixed(0); // '66666667'
 * ```
 */
export function toDecimal(won: number | bigint): ExactDecimal {
  const amount = wholeWon(won);
  if (typeof amount !== 'number') {
    throw rulesError(MONEY_INVALID, {
      input: describeInput(won),
      reason: amount,
      position: null,
      expected: null,
    });
  }
  return new ExactDecimal(amount);
}
