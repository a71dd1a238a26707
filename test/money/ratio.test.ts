import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorOfProduct, percentText, productAtMost, ratioText } from '../../src/money/ratio';
import { oracleRatio } from '../support/oracles';

describe('ratioText', () => {
  it.each([
    [3, 4, '0.75'],
    [1, 3, '0.33333333333333333333'],
    [2, 3, '0.66666666666666666667'],
    [750_000_001, 1_000_000_000, '0.750000001'],
    [1, 1, '1'],
    [5, 2, '2.5'],
    [0, 7, '0'],
    [1, 9_007_199_254_740_991, '0.00000000000000011102230246251566637'],
    [9_007_199_254_740_991, 3, '3002399751580330.3333'],
  ])('%d ÷ %d → %s', (n, d, text) => {
    expect(ratioText(n, d)).toBe(text);
    expect(ratioText(n, d)).toBe(oracleRatio(n, d));
  });

  it('is null for a zero denominator', () => {
    expect(ratioText(5, 0)).toBeNull();
    expect(ratioText(0, 0)).toBeNull();
  });

  it('rounds half-even at the 20th significant digit, carrying into the whole part', () => {
    // 0.99999999999999999999|5 and friends: built so the 21st digit is exactly 5 or the carry runs through.
    for (const [n, d] of [
      [1, 8],
      [199_999, 200_000],
      [999_999_999_999, 1_000_000_000_000],
      [2, 7],
      [9_999_999, 9_999_998],
    ] as const) {
      expect(ratioText(n, d)).toBe(oracleRatio(n, d));
    }
  });

  it('breaks exact ties at the guard digit to the even neighbour, both ways', () => {
    // n ÷ 2^21 for an odd n ≥ 2^21 ÷ 10 has exactly 21 significant digits, the last a 5: a tie.
    const d = 2 ** 21;
    fc.assert(
      fc.property(fc.integer({ min: 104_858, max: d / 2 - 1 }), (half) => {
        const n = half * 2 + 1;
        const text = ratioText(n, d) as string;
        expect(text).toBe(oracleRatio(n, d));
      }),
      { numRuns: 500 },
    );
    expect(ratioText(209_717, d)).toBe('0.10000085830688476562'); // …562|5 stays on the even 2
    expect(ratioText(209_719, d)).toBe('0.10000181198120117188'); // …187|5 goes up to the even 8
  });

  it('rounds up a 5 at the guard digit when non-zero digits follow it in the same chunk', () => {
    // n ÷ 2^24 (n odd, ≥ 2^24 ÷ 10) has exactly 24 significant digits, so the guard (the 21st) and
    // the three after it share the last chunk and nothing is left beyond it: only those three can
    // tell a true tie from a value just above one. Their last is 5, so a guard 5 always rounds up.
    const d = 2 ** 24;
    let exercised = 0;
    for (let n = 1_677_723; n < d && exercised < 200; n += 2) {
      const digits = (BigInt(n) * 5n ** 24n).toString();
      if (digits[20] !== '5' || Number(digits[19]) % 2 === 1) continue;
      expect(ratioText(n, d)).toBe(oracleRatio(n, d));
      exercised += 1;
    }
    expect(exercised).toBe(200);
  });

  it('carries a rounding through runs of nines across six-digit chunks', () => {
    // n ÷ d whose digits after the first `shift` are 1 − gap ÷ d: a run of nines that starts at
    // any position and runs past the 20th significant digit. n solves n·10^shift ≡ −gap (mod d).
    const inverse = (a: bigint, m: bigint): bigint => {
      let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
      while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
      }
      return ((s0 % m) + m) % m;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 9_000_000_000 }).filter((d) => d % 2 !== 0 && d % 5 !== 0),
        fc.integer({ min: 1, max: 18 }),
        fc.integer({ min: 1, max: 50 }),
        (d, shift, gap) => {
          const m = BigInt(d);
          const n = Number((((m - BigInt(gap)) % m) * inverse(10n ** BigInt(shift), m)) % m);
          expect(ratioText(n, d)).toBe(oracleRatio(n, d));
        },
      ),
      { numRuns: 2_000 },
    );
    // One by hand: 0.12345678901|999999999… rounds up through chunk boundaries.
    expect(ratioText(1_234_567_891, 10_000_000_001)).toBe(oracleRatio(1_234_567_891, 10_000_000_001));
  });

  it('finds the first significant digit after any number of leading zeros', () => {
    for (let zeros = 0; zeros <= 12; zeros += 1) {
      const d = 3 * 10 ** zeros;
      expect(ratioText(1, d)).toBe(oracleRatio(1, d));
      expect(ratioText(2, d)).toBe(oracleRatio(2, d));
    }
  });

  it('prints short exact ratios, tiny ratios and large whole parts in plain notation', () => {
    for (const [n, d] of [
      [1, 1_000_000], // 0.000001: the smallest a six-digit chunk shows
      [1, 10_000_000], // 1e-7 in the engine's notation; here plain
      [123_456_789_012_345, 1_000], // fifteen significant digits
      [1_234_567_890_123_456, 1_000], // sixteen: past what a double prints exactly
      [7, 8_000_000], // 0.000000875
    ] as const) {
      const text = ratioText(n, d) as string;
      expect(text).toBe(oracleRatio(n, d));
      expect(text).not.toMatch(/e/u);
    }
  });

  it('agrees with decimal.js for any safe amounts, in both the number and the bigint path', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (n, d) => {
          expect(ratioText(n, d)).toBe(oracleRatio(n, d));
        },
      ),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.nat({ max: 9_000_000_000 }), fc.integer({ min: 1, max: 9_000_000_000 }), (n, d) => {
        expect(ratioText(n, d)).toBe(oracleRatio(n, d));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('productAtMost and floorOfProduct', () => {
  it('compare and divide exactly past 2^53', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 100 }),
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 100 }),
        (a, p, b, q) => {
          expect(productAtMost(a, p, b, q)).toBe(BigInt(a) * BigInt(p) <= BigInt(b) * BigInt(q));
          expect(floorOfProduct(a, p, q)).toBe(Number((BigInt(a) * BigInt(p)) / BigInt(q)));
        },
      ),
      { numRuns: 3_000 },
    );
    expect(productAtMost(750_000_000, 100, 1_000_000_000, 75)).toBe(true);
    expect(productAtMost(750_000_001, 100, 1_000_000_000, 75)).toBe(false);
  });

  it('writes percents as the ratios they mean', () => {
    expect([75, 70, 50, 100, 10, 13, 15].map(percentText)).toEqual([
      '0.75',
      '0.7',
      '0.5',
      '1',
      '0.1',
      '0.13',
      '0.15',
    ]);
  });
});
