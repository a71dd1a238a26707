// Independent oracles shared by tests: decimal.js at ample precision for exact ratios.
import { Decimal } from 'decimal.js';

const Oracle = Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -80,
  toExpPos: 80,
});

/**
 * n ÷ d in plain notation, what ratioText must give: in full when it terminates (80 digits hold
 * any ratio of safe integers that does), else rounded half-even to 20 significant digits.
 */
export const oracleRatio = (n: number | bigint, d: number | bigint): string => {
  const ratio = new Oracle(n.toString()).div(d.toString());
  const terminates = (BigInt(n) * 10n ** 53n) % BigInt(d) === 0n;
  return (terminates ? ratio : ratio.toSignificantDigits(20)).toString();
};
