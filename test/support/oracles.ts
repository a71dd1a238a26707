// Independent oracles shared by tests: decimal.js at ample precision for exact ratios.
import { Decimal } from 'decimal.js';

const Oracle = Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -80,
  toExpPos: 80,
});

/** n ÷ d rounded half-even to 20 significant digits, in plain notation: what ratioText must give. */
export const oracleRatio = (n: number | bigint, d: number | bigint): string =>
  new Oracle(n.toString()).div(d.toString()).toSignificantDigits(20).toString();
