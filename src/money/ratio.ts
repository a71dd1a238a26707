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
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: bigints give the same answer, and a product past 2^53 stays above a safe one as a double too; the check only picks plain numbers for speed
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left <= right;
  return BigInt(a) * BigInt(p) <= BigInt(b) * BigInt(q);
}

/** ⌊a × b ÷ c⌋ exactly for non-negative safe integers (c > 0), in bigints when a × b is not safe. */
export function floorOfProduct(a: number, b: number, c: number): number {
  const product = a * b;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bigint path gives the same floor; this only skips it for speed
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

const SIGNIFICANT = 20;
const CHUNK = 1e6; // six digits at a time: rest × 10⁶ stays below 2^53 while the denominator ≤ 9·10⁹

/**
 * The ratio of two whole amounts as an exact decimal string in plain notation (`'0.125'`,
 * `'0.33333333333333333333'`): terminating ratios in full, others rounded half-even to 20
 * significant digits. `null` when the denominator is zero.
 *
 * @param numerator - a non-negative safe integer.
 * @param denominator - a non-negative safe integer.
 */
export function ratioText(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  // Stryker disable next-line ConditionalExpression: both paths print a zero numerator as '0' as well
  if (numerator === 0) return '0';
  // Plan amounts (up to 9 billion won a participant) take the fast path in plain numbers.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: both paths are exact for every safe numerator (the floor of a correctly rounded a ÷ b is exact for a < 2^53); the bounds only pick the faster one
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
  if (rest === 0) return String(whole);
  // The fraction, six digits a chunk, until the digit after the 20th significant one (the guard) is
  // known or the ratio ends. Chunks stay numbers; the text is built once, at the end.
  const wholeDigits = whole === 0 ? 0 : String(whole).length;
  const chunks: number[] = [];
  let zeros = 0; // fraction digits before the first significant one, while the whole part is 0
  let significant = wholeDigits;
  // Stryker disable next-line ConditionalExpression: once the ratio ends the loop only adds zero chunks, which the printing drops
  while (rest !== 0 && significant <= SIGNIFICANT) {
    const scaled = rest * CHUNK; // < 9·10⁹ × 10⁶ < 2^53
    const chunk = Math.floor(scaled / denominator);
    rest = scaled - chunk * denominator;
    chunks.push(chunk);
    if (significant > 0) {
      significant += 6;
    } else {
      const digits = digitsOf(chunk);
      zeros += 6 - digits;
      significant = digits;
    }
  }
  const keep = zeros + SIGNIFICANT - wholeDigits; // fraction digits kept; ≥ 4 (whole < 2^53)
  if (chunks.length * 6 <= keep) {
    // The ratio ended. A decimal of at most 15 significant digits, at least 10⁻⁶, is exactly
    // what the engine prints for the double nearest to it (no shorter decimal rounds to the same
    // double), which is the quotient of the two amounts.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: fractionText prints the same exact digits; the engine is only a shortcut
    return significant <= 15 && (whole > 0 || zeros < 6)
      ? String(numerator / denominator)
      : fractionText(whole, chunks, chunks.length, 0, 0);
  }
  // Round half-even at digit `keep`: chunk j holds the last kept digits (`width` of them, in
  // `head`), then the guard digit, then the rest.
  const j = Math.floor(keep / 6);
  const width = keep - j * 6;
  const unit = POWERS[6 - width] as number;
  const chunk = chunks[j] as number;
  let head = Math.floor(chunk / unit);
  const tail = chunk - head * unit;
  const guard = Math.floor((tail * 10) / unit);
  if (guard >= 5) {
    // keep ≥ 4, so with no digits of chunk j kept (width 0) the last kept digit ends chunk j − 1.
    const last = width > 0 ? head : (chunks[j - 1] as number);
    let beyond = rest !== 0 || tail * 10 !== guard * unit;
    // Stryker disable next-line BooleanLiteral,ConditionalExpression,AssignmentOperator,EqualityOperator: chunk j is always the last chunk (the loop above stops at the guard digit), so this loop never runs
    for (let i = j + 1; !beyond && i < chunks.length; i += 1) beyond = chunks[i] !== 0;
    // Stryker disable next-line ConditionalExpression: a ratio in this path that ends at its 21st significant digit ends in 5, so a guard above 5 always has `beyond` set
    if (guard > 5 || beyond || last % 2 === 1) {
      // Add one at the last kept digit, carrying through the chunks (never into the whole part:
      // see ROUNDING_STAYS_IN_FRACTION).
      let carry = 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with width 0, head is 0 and adding one to it carries exactly as skipping it does
      if (width > 0) {
        head += 1;
        carry = head === POWERS[width] ? 1 : 0;
        if (carry === 1) head = 0;
      }
      // Stryker disable next-line ConditionalExpression: the carry never runs past chunk 0 (ROUNDING_STAYS_IN_FRACTION)
      for (let i = j - 1; carry === 1 && i >= 0; i -= 1) {
        const up = (chunks[i] as number) + 1;
        carry = up === CHUNK ? 1 : 0;
        chunks[i] = carry === 1 ? 0 : up;
      }
    }
  }
  return fractionText(whole, chunks, j, head, width);
}

// ROUNDING_STAYS_IN_FRACTION. The fraction f = r ÷ d (1 ≤ r < d) lies in [1/d, 1 − 1/d]. A carry
// into the whole part needs 1 − f < 10^−keep, and kept digits that are all zero need f < 10^−keep;
// both need d > 10^keep. With a whole part W of w digits, keep = 20 − w and the numerator is at
// least W·d > 10^(w−1) · 10^(20−w) = 10^19 > 2^52, outside this path; with no whole part,
// keep ≥ 20 and d > 10^20 is outside it too. So neither happens here.
const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/** How many digits a whole chunk below 10⁶ has; 0 for 0 (no significant digit yet). */
function digitsOf(chunk: number): number {
  return chunk >= 1e3
    ? chunk >= 1e5
      ? 6
      : chunk >= 1e4
        ? 5
        : 4
    : chunk >= 100
      ? 3
      : chunk >= 10
        ? 2
        : chunk >= 1
          ? 1
          : 0;
}

/**
 * `whole.fraction` from `count` six-digit chunks and a last part `head` of `width` digits, without
 * trailing zeros (and without the point when the fraction is all zeros). Chunks are printed two
 * at a time, as twelve-digit numbers (below 2^53), to halve the string work.
 */
function fractionText(whole: number, chunks: number[], count: number, head: number, width: number): string {
  // The parts to print: `full` whole chunks, then `last` of `lastWidth` digits, trailing zeros off.
  let last = head;
  let lastWidth = width;
  let full = count;
  if (last === 0) {
    // Some chunk is not zero (ROUNDING_STAYS_IN_FRACTION).
    while (chunks[full - 1] === 0) full -= 1;
    full -= 1;
    last = chunks[full] as number;
    lastWidth = 6;
  }
  while (last % 10 === 0) {
    last /= 10;
    lastWidth -= 1;
  }
  let text = `${String(whole)}.`;
  let i = 0;
  for (; i + 1 < full; i += 2) {
    text += String((chunks[i] as number) * CHUNK + (chunks[i + 1] as number)).padStart(12, '0');
  }
  return i < full
    ? text + String((chunks[i] as number) * (POWERS[lastWidth] as number) + last).padStart(6 + lastWidth, '0')
    : text + String(last).padStart(lastWidth, '0');
}

function ratioInBigints(numerator: bigint, denominator: bigint): string {
  const wholeText = String(numerator / denominator);
  let rest = numerator % denominator;
  let fraction = '';
  // Stryker disable next-line ConditionalExpression: counting from 0 only computes more digits; rounded() places the cut from wholeText
  let significant = wholeText === '0' ? 0 : wholeText.length;
  // Stryker disable next-line ConditionalExpression: once the ratio ends the loop only appends zeros, which rounded() drops
  while (rest !== 0n && significant <= SIGNIFICANT) {
    rest *= 10n;
    const digit = rest / denominator;
    rest -= digit * denominator;
    fraction += String(digit);
    // Stryker disable next-line ConditionalExpression: counting only non-zero digits computes more digits; rounded() places the cut itself
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
  // Stryker disable next-line ConditionalExpression: lead is only used when the whole part is '0'
  if (wholeText === '0') while (fraction.charCodeAt(lead) === 48) lead += 1;
  const keep = (wholeText === '0' ? lead : -wholeText.length) + SIGNIFICANT; // fraction digits kept
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the last digit the guard reads NaN, so nothing is rounded and the same digits are joined
  if (fraction.length <= keep) return joined(wholeText, fraction);
  const guard = fraction.charCodeAt(keep) - 48;
  let kept = fraction.slice(0, keep);
  let whole = wholeText;
  // keep ≥ 1: a whole part has at most 16 digits (it is below 2^53), so digits of the fraction are kept.
  // Stryker disable next-line ArithmeticOperator: adding 48 instead of subtracting it keeps the parity of the digit
  const last = fraction.charCodeAt(keep - 1) - 48;
  // Stryker disable next-line Regex: the fraction ends at the guard digit, so the slice after it is empty and neither class matches
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at end 0, charCodeAt(-1) is NaN and stops the loop anyway
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

/** A percent from the rule data (12.5) as the decimal ratio it means (`'0.125'`). */
export function percentText(percent: number): string {
  return ratioText(percent, 100) as string; // never null: the denominator is 100
}
