import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { decimalOf, decimalText, percentText } from '../../src/money/decimalText';
import { floorOfProduct, productAtMost, ratioText } from '../../src/money/ratio';
import { oracleRatio } from '../support/oracles';

const MAX = Number.MAX_SAFE_INTEGER;
const exactFloor = (a: number, b: number, c: number): bigint => (BigInt(a) * BigInt(b)) / BigInt(c);

describe('ratioText', () => {
  it.each([
    [3, 4, '0.75'],
    [1, 3, '0.33333333333333333333'],
    [2, 3, '0.66666666666666666667'],
    [750_000_001, 1_000_000_000, '0.750000001'],
    [1, 1, '1'],
    [5, 2, '2.5'],
    [0, 7, '0'],
    [3, 6, '0.5'],
    [1, MAX, '0.00000000000000011102230246251566637'],
    [MAX, 3, '3002399751580330.3333'],
    [MAX, 1, '9007199254740991'],
  ])('%d ÷ %d → %s', (n, d, text) => {
    expect(ratioText(n, d)).toBe(text);
    expect(ratioText(n, d)).toBe(oracleRatio(n, d));
  });

  it('is null for a zero denominator', () => {
    expect(ratioText(5, 0)).toBeNull();
    expect(ratioText(0, 0)).toBeNull();
  });

  it('writes a ratio that terminates in full, however many digits it has', () => {
    expect(ratioText(1, 1024)).toBe('0.0009765625');
    expect(ratioText(1, 2 ** 40)).toBe('0.0000000000009094947017729282379150390625');
    expect(ratioText(1, 2 ** 53)).toBe('0.00000000000000011102230246251565404236316680908203125');
    expect(ratioText(1, 5 ** 22)).toBe('0.0000000000000004194304');
    // 21 and 22 significant digits, ending in 5: in full, not rounded at the 20th.
    expect(ratioText(209_717, 2 ** 21)).toBe('0.100000858306884765625');
    expect(ratioText(4_503_599_627_370_497, 128)).toBe('35184372088832.0078125');
    expect(ratioText(MAX, 2 ** 52)).toBe('1.9999999999999997779553950749686919152736663818359375');
  });

  it('rounds a ratio that does not terminate at its 20th significant digit, up from a 5', () => {
    // 1 ÷ 7 = 0.142857 142857 142857 14|2857…: down; 2 ÷ 7 = …57142857 1|42…: down; 6 ÷ 7 = …42857 14|28: down.
    expect(ratioText(1, 7)).toBe('0.14285714285714285714');
    // 1 ÷ 6 = 0.1666…|6: up. 5 ÷ 11 = 0.4545…45|45…: the 21st digit is 5 and more follows: up.
    expect(ratioText(1, 6)).toBe('0.16666666666666666667');
    expect(ratioText(5, 11)).toBe('0.45454545454545454545');
    expect(ratioText(6, 11)).toBe('0.54545454545454545455');
    // A 4 at the 21st digit with digits after it: down.
    expect(ratioText(4, 9)).toBe('0.44444444444444444444');
  });

  it('carries a rounding through a run of nines into the digits before it', () => {
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
    // 0.12499999999912499999|999124…: the 5 after the 20th digit carries through eight nines.
    expect(ratioText(124_999_999_999, 999_999_999_999)).toBe('0.124999999999125');
    // 0.99999999998000000000|0199…: down, and the zeros are dropped.
    expect(ratioText(99_999_999_999, 100_000_000_001)).toBe('0.99999999998');
  });

  it('finds the first significant digit after any number of leading zeros', () => {
    for (let zeros = 0; zeros <= 15; zeros += 1) {
      const d = 3 * 10 ** zeros;
      expect(ratioText(1, d)).toBe(oracleRatio(1, d));
      expect(ratioText(2, d)).toBe(oracleRatio(2, d));
    }
    expect(ratioText(1, 99_999)).toBe('0.00001000010000100001');
    expect(ratioText(1_000, 99_999)).toBe('0.01000010000100001');
  });

  it('writes plain notation, never an exponent', () => {
    for (const [n, d] of [
      [1, 10_000_000],
      [123_456_789_012_345, 1_000],
      [1_234_567_890_123_456, 1_000],
      [7, 8_000_000],
      [1, MAX],
      [MAX, 1],
    ] as const) {
      const text = ratioText(n, d) as string;
      expect(text).toBe(oracleRatio(n, d));
      expect(text).not.toMatch(/e/u);
    }
  });

  it('agrees with decimal.js for any safe amounts, plan-sized ones and denominators that terminate', () => {
    fc.assert(
      fc.property(fc.nat({ max: MAX }), fc.integer({ min: 1, max: MAX }), (n, d) => {
        expect(ratioText(n, d)).toBe(oracleRatio(n, d));
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.nat({ max: 9_000_000_000 }), fc.integer({ min: 1, max: 9_000_000_000 }), (n, d) => {
        expect(ratioText(n, d)).toBe(oracleRatio(n, d));
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(
        fc.nat({ max: MAX }),
        fc.integer({ min: 0, max: 53 }),
        fc.integer({ min: 0, max: 22 }),
        (n, twos, fives) => {
          const d = 2 ** twos * 5 ** fives;
          fc.pre(d <= MAX);
          expect(ratioText(n, d)).toBe(oracleRatio(n, d));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('productAtMost', () => {
  it('decides a × p ≤ b × q exactly on both sides of equality', () => {
    expect(productAtMost(750_000_000, 100, 1_000_000_000, 75)).toBe(true);
    expect(productAtMost(750_000_001, 100, 1_000_000_000, 75)).toBe(false);
    expect(productAtMost(749_999_999, 100, 1_000_000_000, 75)).toBe(true);
    expect(productAtMost(6, 5, 10, 3)).toBe(true);
    expect(productAtMost(7, 5, 10, 3)).toBe(false);
    expect(productAtMost(10, 3, 7, 5)).toBe(true);
  });

  it('treats zero factors on either side', () => {
    expect(productAtMost(0, 5, 0, 5)).toBe(true);
    expect(productAtMost(5, 0, 0, 5)).toBe(true);
    expect(productAtMost(5, 5, 0, 5)).toBe(false);
    expect(productAtMost(5, 5, 5, 0)).toBe(false);
    expect(productAtMost(0, 0, 0, 0)).toBe(true);
    expect(productAtMost(1, 1, 1, 1)).toBe(true);
  });

  it('tells apart products that differ by less than a double can show', () => {
    // (2^53 − 1) × 3 and 6,755,399,441,055,743 × 4 differ by one but round to the same double.
    const b = 6_755_399_441_055_743;
    expect(BigInt(MAX) * 3n - BigInt(b) * 4n).toBe(1n);
    expect(MAX * 3).toBe(b * 4);
    expect(productAtMost(MAX, 3, b, 4)).toBe(false);
    expect(productAtMost(b, 4, MAX, 3)).toBe(true);
    expect(productAtMost(MAX, 3, MAX, 3)).toBe(true);
    expect(productAtMost(MAX, MAX, MAX, MAX)).toBe(true);
    expect(productAtMost(MAX, MAX, MAX - 1, MAX)).toBe(false);
  });

  it('catches a public share a hair above 75% of a huge total', () => {
    // 4P − 3T = 1, so 100·P exceeds 75·T by 25: well below the spacing of doubles up there.
    const total = MAX - 2;
    const publicFunding = Number((3n * BigInt(total) + 1n) / 4n);
    expect(BigInt(publicFunding) * 100n - BigInt(total) * 75n).toBe(25n);
    expect(productAtMost(publicFunding, 100, total, 75)).toBe(false);
    expect(productAtMost(publicFunding - 1, 100, total, 75)).toBe(true);
  });

  it('agrees with bigints for any safe integers, small and large factors alike', () => {
    const factor = fc.oneof(fc.nat({ max: MAX }), fc.nat({ max: 100 }), fc.nat({ max: 2 ** 33 }));
    fc.assert(
      fc.property(factor, factor, factor, factor, (a, p, b, q) => {
        expect(productAtMost(a, p, b, q)).toBe(BigInt(a) * BigInt(p) <= BigInt(b) * BigInt(q));
      }),
      { numRuns: 5_000 },
    );
    // Products equal up to a few units, far past 2^53.
    fc.assert(
      fc.property(fc.integer({ min: 2 ** 40, max: MAX }), fc.integer({ min: -3, max: 3 }), (a, delta) => {
        const b = a + delta;
        fc.pre(b >= 0 && b <= MAX);
        expect(productAtMost(a, b, b, a + 1)).toBe(BigInt(a) * BigInt(b) <= BigInt(b) * BigInt(a + 1));
        expect(productAtMost(a, a, b, b)).toBe(BigInt(a) * BigInt(a) <= BigInt(b) * BigInt(b));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('floorOfProduct', () => {
  it('gives ⌊a × b ÷ c⌋ exactly', () => {
    expect(floorOfProduct(30, 7, 100)).toBe(2);
    expect(floorOfProduct(30, 10, 100)).toBe(3);
    expect(floorOfProduct(75, 1, 25)).toBe(3);
    expect(floorOfProduct(0, 5, 3)).toBe(0);
    expect(floorOfProduct(5, 0, 3)).toBe(0);
    expect(floorOfProduct(3, MAX, 4)).toBe(6_755_399_441_055_743);
  });

  it('corrects a floating-point quotient that lands one above or one below the floor', () => {
    // Cases where Math.floor(a × b ÷ c) in doubles is wrong, found by search: both directions occur.
    let high = 0;
    let low = 0;
    for (let i = 0; i < 20_000 && (high < 20 || low < 20); i += 1) {
      const a = 1 + ((i * 7_919) % 97);
      const b = MAX - i * 104_729;
      const c = 2 + ((i * 31) % 89);
      const exact = exactFloor(a, b, c);
      if (exact > BigInt(MAX)) continue;
      const naive = BigInt(Math.floor((a * b) / c));
      if (naive > exact) high += 1;
      if (naive < exact) low += 1;
      if (naive !== exact) expect(floorOfProduct(a, b, c)).toBe(Number(exact));
    }
    expect([high, low].every((count) => count > 0)).toBe(true);
  });

  it('agrees with bigints whenever the result is a safe integer', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: MAX }), fc.nat({ max: 100 })),
        fc.oneof(fc.nat({ max: MAX }), fc.nat({ max: 100 })),
        fc.oneof(fc.integer({ min: 1, max: MAX }), fc.integer({ min: 1, max: 100 })),
        (a, b, c) => {
          const exact = exactFloor(a, b, c);
          fc.pre(exact <= BigInt(MAX));
          expect(floorOfProduct(a, b, c)).toBe(Number(exact));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('decimalOf', () => {
  it('reads a number as the decimal it prints as, with the fewest places', () => {
    expect(decimalOf(30)).toEqual({ numerator: 30n, scale: 0 });
    expect(decimalOf(33.3)).toEqual({ numerator: 333n, scale: 1 });
    expect(decimalOf(0.1)).toEqual({ numerator: 1n, scale: 1 });
    expect(decimalOf(12.345678)).toEqual({ numerator: 12_345_678n, scale: 6 });
    expect(decimalOf(1e-7)).toEqual({ numerator: 1n, scale: 7 });
    expect(decimalOf(-1.5e-7)).toEqual({ numerator: -15n, scale: 8 });
    expect(decimalOf(1e21)).toEqual({ numerator: 10n ** 21n, scale: 0 });
    expect(decimalOf(0.1 + 0.2)).toEqual({ numerator: 30_000_000_000_000_004n, scale: 17 });
    expect(decimalOf('33.25')).toEqual({ numerator: 3325n, scale: 2 });
  });

  it('refuses what is not a finite decimal', () => {
    expect(() => decimalOf(Number.NaN)).toThrow(RangeError);
    expect(() => decimalOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => decimalOf('1,5')).toThrow(RangeError);
  });
});

// decimal.js in plain notation, exact for these sizes: the oracle of the decimal reader and writer.
const Plain = Decimal.clone({ precision: 200, toExpNeg: -200, toExpPos: 200 });

describe('decimalText', () => {
  it.each([
    [5n, 0, '5'],
    [5n, 2, '0.05'],
    [-1250n, 2, '-12.5'],
    [5n, -2, '500'],
    [-5n, -1, '-50'],
    [0n, 3, '0'],
    [-0n, 0, '0'],
    [1000n, 3, '1'],
    [-1n, 30, '-0.000000000000000000000000000001'],
  ])('writes %s ÷ 10^%s as %s', (numerator, scale, text) => {
    expect(decimalText(numerator, scale)).toBe(text);
  });

  it('writes every decimal as decimal.js does, signs and trailing zeros included', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: -5, max: 40 }),
        (n, scale) => {
          expect(decimalText(n, scale)).toBe(
            new Plain(n.toString()).div(new Plain(10).pow(scale)).toString(),
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('reads back what it writes, and what numbers print as', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const { numerator, scale } = decimalOf(value);
        expect(new Plain(decimalText(numerator, scale)).eq(new Plain(String(value)))).toBe(true);
        expect(scale).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('percentText', () => {
  it('writes percents as the ratios they mean, decimals exactly', () => {
    expect([75, 70, 50, 100, 10, 13, 15, 12.5, 33.3, 0.000001].map(percentText)).toEqual([
      '0.75',
      '0.7',
      '0.5',
      '1',
      '0.1',
      '0.13',
      '0.15',
      '0.125',
      '0.333',
      '0.00000001',
    ]);
  });

  it('writes a percent with more decimals in full', () => {
    expect(percentText(12.3456789)).toBe('0.123456789');
  });
});
