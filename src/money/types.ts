/**
 * Anything that holds an amount of won for the library: an integer `number`, a `bigint`, a numeric
 * or Korean string (`'300,000,000'`, `'3억원'`, `'1조 234억'`), or a decimal.js `Decimal` (any
 * object with `isInteger`, `isNegative`, `isFinite` and `toFixed`). Read with `parseKRW`.
 */
export type MoneyInput = number | bigint | string | DecimalLike;

/**
 * The part of a decimal.js `Decimal` the library reads, so that money inputs can be Decimals
 * without the library importing decimal.js.
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
