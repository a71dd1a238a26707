/**
 * Exact comparisons and ratios of whole amounts of won, in integers. A share check is a
 * comparison of two products (public × 100 ≤ 75 × total), and a share is printed by long
 * division: both exact, without a decimal object per step. (The tests check every ratio against
 * decimal.js.)
 */

/**
 * Whether a × p ≤ b × q, exactly, for non-negative safe integers: in plain numbers while the
 * products stay below 2^53, in bigints beyond.
 */
export function productAtMost(a: number, p: number, b: number, q: number): boolean {
  const left = a * p;
  const right = b * q;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left <= right;
  return BigInt(a) * BigInt(p) <= BigInt(b) * BigInt(q);
}

/** ⌊a × b ÷ c⌋ exactly for non-negative safe integers (c > 0), in bigints when a × b is not safe. */
export function floorOfProduct(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

const SIGNIFICANT = 20;
const CHUNK = 1e6; // six digits at a time: rest × 10⁶ stays below 2^53 while the denominator ≤ 9·10⁹

/**
 * The ratio of two whole amounts as an exact decimal string in plain notation (`'0.75'`,
 * `'0.33333333333333333333'`): terminating ratios in full, others rounded half-even to 20
 * significant digits. `null` when the denominator is zero.
 *
 * @param numerator - a non-negative safe integer.
 * @param denominator - a non-negative safe integer.
 */
export function ratioText(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  if (numerator === 0) return '0';
  // Plan amounts (up to 9 billion won a participant) take the fast path in plain numbers.
  return denominator <= 9e9 && numerator <= 2 ** 52
    ? ratioInNumbers(numerator, denominator)
    : ratioInBigints(BigInt(numerator), BigInt(denominator));
}

// Why ⌊a ÷ b⌋ in floating point is exact here. Say a ÷ b lies just below an integer k. Then
// k − a/b ≥ 1/b, and the double nearest a/b can only be k if k − a/b ≤ ulp(k)/2 ≤ k·2^−53, which
// needs k·b ≥ 2^53. But k·b < a + b, and every division below has a + b < 2^53 (a ≤ 2^52 and
// b ≤ 9·10⁹, or a < 9·10¹⁵ after scaling). So no correction step is needed.
function ratioInNumbers(numerator: number, denominator: number): string {
  const whole = Math.floor(numerator / denominator);
  let rest = numerator - whole * denominator;
  const wholeText = String(whole);
  let fraction = '';
  let significant = whole === 0 ? 0 : wholeText.length;
  while (rest !== 0 && significant <= SIGNIFICANT) {
    const scaled = rest * CHUNK; // < 9·10⁹ × 10⁶ < 2^53
    const chunk = Math.floor(scaled / denominator);
    rest = scaled - chunk * denominator;
    const text = String(chunk).padStart(6, '0');
    fraction += text;
    significant = significant === 0 ? (chunk === 0 ? 0 : String(chunk).length) : significant + 6;
  }
  return rounded(wholeText, fraction, rest !== 0);
}

function ratioInBigints(numerator: bigint, denominator: bigint): string {
  const wholeText = String(numerator / denominator);
  let rest = numerator % denominator;
  let fraction = '';
  let significant = wholeText === '0' ? 0 : wholeText.length;
  while (rest !== 0n && significant <= SIGNIFICANT) {
    rest *= 10n;
    const digit = rest / denominator;
    rest -= digit * denominator;
    fraction += String(digit);
    if (significant > 0 || digit !== 0n) significant += 1;
  }
  return rounded(wholeText, fraction, rest !== 0n);
}

/**
 * Prints whole and fraction digits rounded half-even to 20 significant digits. `sticky` says
 * whether anything non-zero follows the digits given.
 */
function rounded(wholeText: string, fraction: string, sticky: boolean): string {
  // Significant digits start at the whole part, or at the first non-zero fraction digit.
  let lead = 0;
  if (wholeText === '0') while (fraction.charCodeAt(lead) === 48) lead += 1;
  const keep = (wholeText === '0' ? lead : -wholeText.length) + SIGNIFICANT; // fraction digits kept
  if (fraction.length <= keep) return joined(wholeText, fraction);
  const guard = fraction.charCodeAt(keep) - 48;
  let kept = fraction.slice(0, keep);
  let whole = wholeText;
  // keep ≥ 1: a whole part has at most 16 digits (it is below 2^53), so digits of the fraction are kept.
  const last = fraction.charCodeAt(keep - 1) - 48;
  const beyond = sticky || /[1-9]/u.test(fraction.slice(keep + 1));
  if (guard > 5 || (guard === 5 && (beyond || last % 2 === 1))) {
    const up = increment(whole + kept);
    whole = up.slice(0, up.length - kept.length);
    kept = up.slice(up.length - kept.length);
  }
  return joined(whole, kept);
}

function joined(whole: string, fraction: string): string {
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1;
  return end === 0 ? whole : `${whole}.${fraction.slice(0, end)}`;
}

/**
 * Adds one to a string of decimal digits. The carry never runs off the front: a ratio of safe
 * integers cannot have twenty leading nines (it would need a denominator above 10^16), and a
 * ratio below one starts with the whole part '0'.
 */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (digits[i] === '9') i -= 1;
  return `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${'0'.repeat(digits.length - 1 - i)}`;
}

/** A percent from the rule data (75) as the decimal ratio it means (`'0.75'`). */
export function percentText(percent: number): string {
  return ratioText(percent, 100) as string; // never null: the denominator is 100
}
