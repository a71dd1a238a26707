/**
 * Amounts of won as Koreans write them: {@link parseKRW} reads `'3억원'`, `'1조 234억'`,
 * `'3억 5,000만원'` or `'300,000,000'` exactly into a safe integer, and {@link formatKRW} writes
 * an amount back as `'1조 234억원'` or `'1,023,400,000,000원'`. Loads no decimal.js.
 *
 * @module money
 */
export { parseKRW } from './parseKRW';
export { formatKRW } from './formatKRW';
export type { FormatKRWOptions, KRWStyle } from './formatKRW';
export type { MoneyInput, DecimalLike } from './types';
