/**
 * Exact comparisons and ratios of whole amounts: the one way the library compares a share with a
 * limit (a product against a product, public × 100 ≤ 75 × total) and writes a share as a decimal.
 * All in plain numbers, every step exact below 2^53, for any safe integers: nothing is rounded but
 * the 20th digit of a share that does not terminate. (The tests check every answer against
 * bigints and decimal.js.)
 *
 * @module
 */

/**
 * Whether a ÷ b ≤ c ÷ d, for non-negative safe integers with b, d > 0. Compares the whole parts;
 * when they are equal, compares the remainders through their reciprocals, which are the steps of
 * Euclid's algorithm: it ends within about 80 steps and never forms a product.
 */
function quotientAtMost(a: number, b: number, c: number, d: number): boolean {
  const restA = a % b;
  const restC = c % d;
  const wholeA = (a - restA) / b;
  const wholeC = (c - restC) / d;
  if (wholeA !== wholeC) return wholeA < wholeC;
  if (restA === 0) return true;
  if (restC === 0) return false;
  return quotientAtMost(d, restC, b, restA); // restA ÷ b ≤ restC ÷ d ⇔ d ÷ restC ≤ b ÷ restA
}

/**
 * Whether a × p ≤ b × q, exactly, for non-negative safe integers, however far past 2^53 the
 * products go.
 *
 * @example
 * ```ts
 * import { productAtMost } from './ratio';
 * productAtMost(750_000_000, 100, 1_000_000_000, 75); // true — exactly 75%
 * productAtMost(750_000_001, 100, 1_000_000_000, 75); // false
 * productAtMost(Number.MAX_SAFE_INTEGER, 3, 6_755_399_441_055_743, 4); // false — by 1, past 2^54
 * ```
 */
export function productAtMost(a: number, p: number, b: number, q: number): boolean {
  if (a === 0 || p === 0) return true;
  if (b === 0 || q === 0) return false;
  return quotientAtMost(a, b, q, p);
}

/**
 * ⌊a × b ÷ c⌋ for non-negative safe integers (c > 0), exactly whenever the result is a safe
 * integer.
 *
 * @example
 * ```ts
 * import { floorOfProduct } from './ratio';
 * floorOfProduct(30, 7, 100); // 2
 * floorOfProduct(3, Number.MAX_SAFE_INTEGER, 4); // 6755399441055743
 * ```
 */
export function floorOfProduct(a: number, b: number, c: number): number {
  // a = whole × c + rest, so ⌊a × b ÷ c⌋ = whole × b + ⌊rest × b ÷ c⌋, the last one below b. The
  // floating-point quotient is within a unit of it, and productAtMost settles it exactly.
  const rest = a % c;
  let below = Math.floor((rest * b) / c);
  while (!productAtMost(below, c, rest, b)) below -= 1;
  while (productAtMost(below + 1, c, rest, b)) below += 1;
  return ((a - rest) / c) * b + below;
}

/**
 * ⌈a × b ÷ c⌉ for non-negative safe integers (c > 0), exactly whenever the result is a safe
 * integer: the least whole amount that is at least that share.
 *
 * @example
 * ```ts
 * import { ceilOfProduct } from './ratio';
 * ceilOfProduct(700_000_000, 25, 75); // 233333334
 * ceilOfProduct(300, 10, 100); // 30
 * ```
 */
export function ceilOfProduct(a: number, b: number, c: number): number {
  const below = floorOfProduct(a, b, c);
  // below × c ≤ a × b always; equal exactly when the share is whole.
  return productAtMost(a, b, below, c) ? below : below + 1;
}

const SIGNIFICANT = 20;

/**
 * The ratio of two whole amounts as an exact decimal in plain notation: a ratio that terminates
 * is written in full (`'0.125'`, `'0.0009765625'`), any other rounded half-even to 20
 * significant digits (`'0.33333333333333333333'`). `null` when the denominator is zero.
 *
 * @param numerator - a non-negative safe integer.
 * @param denominator - a non-negative safe integer.
 *
 * @example
 * ```ts
 * import { ratioText } from './ratio';
 * ratioText(3, 4); // '0.75'
 * ratioText(2, 3); // '0.66666666666666666667'
 * ratioText(1, 2 ** 40); // '0.0000000000009094947017729282379150390625'
 * ratioText(1, 0); // null
 * ```
 */
export function ratioText(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  // Long division, six fraction digits at a time, until the ratio ends, or until the digit after
  // the 20th significant one is known and the ratio is found not to end.
  let rest = numerator % denominator;
  const whole = (numerator - rest) / denominator;
  let significant = whole === 0 ? 0 : String(whole).length; // significant digits found so far
  let fraction = '';
  let terminates: boolean | undefined; // asked once, when the digits pass the 20th
  while (rest !== 0 && (significant <= SIGNIFICANT || (terminates ??= endsWithin(rest, denominator)))) {
    const next = millionTimesModulo(rest, denominator);
    const chunk = Math.round((rest * 1e6 - next) / denominator); // exact: it is a whole number below 10⁶
    fraction += String(chunk).padStart(6, '0');
    significant = significant > 0 ? significant + 6 : chunk === 0 ? 0 : String(chunk).length;
    rest = next;
  }
  if (rest !== 0) {
    // Cut after the 20th significant digit. A ratio that does not terminate is never exactly
    // halfway, so half-even rounds up exactly when the next digit is 5 or more.
    const cut = fraction.length - significant + SIGNIFICANT;
    const kept = fraction.slice(0, cut);
    fraction = fraction.charCodeAt(cut) >= 53 ? increment(kept) : kept;
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1;
  return end === 0 ? String(whole) : `${String(whole)}.${fraction.slice(0, end)}`;
}

/**
 * rest × 10⁶ mod d, exactly for 0 ≤ rest < d ≤ 2^53, although rest × 10⁶ passes 2^53. With
 * rest × 2⁶ = high × 2²⁰ + low, rest × 10⁶ = high × 5⁶ × 2²⁰ + low × 5⁶: each term is a product
 * below 2^53 times a power of two, so an exact double, and `%` on doubles is exact.
 */
function millionTimesModulo(rest: number, d: number): number {
  const shifted = rest * 2 ** 6;
  const high = Math.floor(shifted / 2 ** 20);
  const first = (high * 5 ** 6 * 2 ** 20) % d;
  const second = ((shifted - high * 2 ** 20) * 5 ** 6) % d;
  return first >= d - second ? first - (d - second) : first + second; // their sum may pass 2^53
}

/**
 * Whether rest ÷ d terminates: when the part of d prime to 10 divides rest. It then ends within 53
 * decimals, since d < 2^53 has at most 53 factors 2 and 22 factors 5.
 */
function endsWithin(rest: number, d: number): boolean {
  let coprime = d;
  while (coprime % 2 === 0) coprime /= 2;
  while (coprime % 5 === 0) coprime /= 5;
  return rest % coprime === 0;
}

/**
 * Adds one to a string of digits. Some digit is not a 9: the digits kept reach from the first
 * significant one to the 20th, and twenty nines there would put a ratio of safe integers within
 * 10^-20 of a power of ten, closer than 1 ÷ denominator allows (and never carry into the whole
 * part, for the same reason).
 */
function increment(digits: string): string {
  let last = digits.length - 1;
  while (digits.charCodeAt(last) === 57) last -= 1;
  return `${digits.slice(0, last)}${String(Number(digits[last]) + 1)}${'0'.repeat(digits.length - 1 - last)}`;
}
