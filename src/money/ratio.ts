import { ExactDecimal } from './decimal';

/**
 * Whether a × p ≤ b × q, exactly, for non-negative safe integers: in plain numbers while the
 * products stay below 2^53, in bigints beyond. Cap and share checks are such comparisons
 * (public × 100 ≤ 75 × total), and this keeps them exact without a decimal per check.
 */
export function productAtMost(a: number, p: number, b: number, q: number): boolean {
  const left = a * p;
  const right = b * q;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left <= right;
  return BigInt(a) * BigInt(p) <= BigInt(b) * BigInt(q);
}

/**
 * The ratio of two whole amounts as an exact decimal string (`'0.75'`), through the private
 * decimal context; a ratio that does not terminate is rounded half-even to 20 significant digits.
 * `null` when the denominator is zero.
 */
export function ratioText(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  return new ExactDecimal(numerator).div(denominator).toSignificantDigits(20).toString();
}

/** A percent from the rule data (75) as the decimal ratio it means (`'0.75'`). */
export function percentText(percent: number): string {
  return new ExactDecimal(percent).div(100).toString();
}

/** ⌊a × b ÷ c⌋ exactly for non-negative safe integers (c > 0), in bigints when a × b is not safe. */
export function floorOfProduct(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}
