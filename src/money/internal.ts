/**
 * What parseKRW and formatKRW share: the whole-won check for numbers and bigints.
 * Not a public entry point.
 *
 * @internal
 * @module
 */
import type { MoneyInvalidReason } from '../rules/codes';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Checks that a number or bigint is a whole, non-negative, safe amount of won. Returns the reason
 * instead of throwing, so that callers decide which input to echo in the error.
 *
 * @param value - the amount.
 * @returns the amount as a number (`-0` as `0`), or why it was refused.
 *
 * @internal
 * @example
 * ```ts
 * import { wholeWon } from './internal'; // inside src/money only
 * wholeWon(-0); // 0
 * wholeWon(1.5); // 'fractional'
 * wholeWon(2n ** 53n); // 'unsafe'
 * ```
 */
export function wholeWon(value: number | bigint): number | MoneyInvalidReason {
  if (typeof value === 'bigint') {
    if (value < 0n) return 'negative';
    return value > MAX_SAFE ? 'unsafe' : Number(value);
  }
  // The order of the checks decides the reason when several apply: -Infinity is not finite
  // before it is negative, and -1.5 is negative before it is fractional.
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  if (!Number.isInteger(value)) return 'fractional';
  if (value > Number.MAX_SAFE_INTEGER) return 'unsafe';
  // `+ 0` turns -0 into 0, so that no caller ever sees a negative zero amount.
  return value + 0;
}
