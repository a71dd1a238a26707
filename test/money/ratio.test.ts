import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorOfProduct, percentText, productAtMost, ratioText } from '../../src/money/ratio';

// The oracle: decimal.js at ample precision, rounded half-even to 20 significant digits.
const Oracle = Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -80,
  toExpPos: 80,
});
const oracleRatio = (n: number, d: number): string => new Oracle(n).div(d).toSignificantDigits(20).toString();

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
