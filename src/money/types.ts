/**
 * Anything that holds an amount of won for the library: an integer `number`, a `bigint`, a numeric
 * or Korean string (`'300,000,000'`, `'3억원'`, `'1조 234억'`), or a decimal.js `Decimal` (any
 * object with `isInteger`, `isNegative`, `isFinite` and `toFixed`). Read with `parseKRW`.
 *
 * @example
 * ```ts
 * import type { MoneyInput } from 'regional-innovation-rnd/money';
 * const amount: MoneyInput = '3억원';
 * ```
 */
export type MoneyInput = number | bigint | string | DecimalLike;

/**
 * The part of a decimal.js `Decimal` the library reads, so that money inputs can be Decimals
 * without the library importing decimal.js.
 *
 * @example
 * ```ts
 * import type { DecimalLike } from 'regional-innovation-rnd/money';
 * import { Decimal } from 'decimal.js';
 * const amount: DecimalLike = new Decimal('700000000');
 * ```
 */
export interface DecimalLike {
  /** Whether the value is whole. */
  isInteger(): boolean;
  /** Whether the value is below zero. */
  isNegative(): boolean;
  /** Whether the value is finite. */
  isFinite(): boolean;
  /** The value in plain decimal notation. */
  toFixed(): string;
}
