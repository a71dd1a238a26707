import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseKRW } from 'regional-innovation-rnd/money';
import { isRulesError } from 'regional-innovation-rnd/rules';
import { productAtMost, ratioText } from '../../src/money/ratio';
import { oracleRatio } from '../support/oracles';

/** The reason parseKRW gives for refusing an input, or the amount when it reads one. */
function outcome(input: unknown): number | string {
  try {
    return parseKRW(input);
  } catch (error) {
    if (!isRulesError(error, 'MONEY_INVALID')) throw error;
    return error.params.reason;
  }
}

describe('productAtMost past 2^53', () => {
  it('tells apart products that differ by less than a double can show', () => {
    // (2^53 − 1) × 3 and 6,755,399,441,055,743 × 4 differ by one but round to the same double.
    const a = Number.MAX_SAFE_INTEGER;
    const b = 6_755_399_441_055_743;
    expect(BigInt(a) * 3n - BigInt(b) * 4n).toBe(1n);
    expect(a * 3).toBe(b * 4);
    expect(productAtMost(a, 3, b, 4)).toBe(false);
    expect(productAtMost(b, 4, a, 3)).toBe(true);
    expect(productAtMost(a, 3, a, 3)).toBe(true);
  });

  it('catches a public share a hair above 75% of a huge total', () => {
    // 4P − 3T = 1, so 100·P exceeds 75·T by 25: well below the spacing of doubles up there.
    const total = Number.MAX_SAFE_INTEGER - 2;
    const publicFunding = Number((3n * BigInt(total) + 1n) / 4n);
    expect(BigInt(publicFunding) * 100n - BigInt(total) * 75n).toBe(25n);
    expect(productAtMost(publicFunding, 100, total, 75)).toBe(false);
    expect(productAtMost(publicFunding - 1, 100, total, 75)).toBe(true);
  });
});

describe('ratioText: where the first significant digit starts', () => {
  it.each([
    [1, 99_999, '0.00001000010000100001'], // first six digits 000010
    [1, 9_999, '0.00010001000100010001'], // 000100
    [10, 9_999, '0.0010001000100010001'], // 001000
    [1_000, 99_999, '0.01000010000100001'], // 010000
  ])('%d ÷ %d counts the leading zeros of a round first chunk', (n, d, text) => {
    expect(ratioText(n, d)).toBe(text);
    expect(ratioText(n, d)).toBe(oracleRatio(n, d));
  });
});

describe('ratioText: ties at the 21st significant digit', () => {
  /** Odd numerators from `from` on, `count` of them, skipping multiples of 5. */
  const odd = (from: number, count: number): number[] => {
    const out: number[] = [];
    for (let n = from % 2 === 0 ? from + 1 : from; out.length < count; n += 2) if (n % 5 !== 0) out.push(n);
    return out;
  };

  it('rounds half-even when the guard digit opens a six-digit chunk (plan-sized amounts)', () => {
    // n ÷ 2^19 with a two-digit whole part: 21 significant digits, the last a 5, the 20th the
    // last of a six-digit chunk of the fraction.
    const d = 2 ** 19;
    for (const n of odd(10 * d, 200)) expect(ratioText(n, d)).toBe(oracleRatio(n, d));
    // Fourteen-digit whole part, seven fraction digits: the same tie one chunk in.
    for (const n of odd(1_737_065_431_564_959, 200)) expect(ratioText(n, 128)).toBe(oracleRatio(n, 128));
    expect(ratioText(5_242_881, d)).toBe('10.000001907348632812'); // …281|25: stays on the even 2
    expect(ratioText(5_242_883, d)).toBe('10.000005722045898438'); // …437|5: up to the even 8
  });

  it('rounds half-even for amounts past 2^52 and denominators past 9·10⁹ (the exact path)', () => {
    // n ÷ 128 for odd n above 2^52: a fourteen-digit whole part, seven fraction digits, last a 5.
    for (const n of odd(2 ** 52 + 1, 300)) expect(ratioText(n, 128)).toBe(oracleRatio(n, 128));
    // n ÷ (2^21·5^6) = n·5^15 ÷ 10^21: 21 fraction digits, the last a 5.
    const d = 2 ** 21 * 5 ** 6;
    for (const n of odd(d / 2, 300)) expect(ratioText(n, d)).toBe(oracleRatio(n, d));
    expect(ratioText(4_503_599_627_370_497, 128)).toBe('35184372088832.007812'); // …0078125: down
    expect(ratioText(4_503_599_627_370_499, 128)).toBe('35184372088832.023438'); // …0234375: up
  });

  it('rounds up past a 5 followed by zeros when more digits come after them', () => {
    // The 21st significant digit is 5, the next ones in its chunk are 0, and the ratio goes on.
    for (const [n, d] of [
      [27_022_776, 5_749_335_953],
      [377_208_839, 4_452_925_120],
    ] as const) {
      expect(ratioText(n, d)).toBe(oracleRatio(n, d));
    }
    expect(ratioText(27_022_776, 5_749_335_953)).toBe('0.0047001560216531670819');
  });
});

describe('parseKRW: Decimal look-alikes that are not quite one', () => {
  const duck = (extra: object): Record<string, unknown> => ({
    isInteger: () => true,
    isNegative: () => false,
    isFinite: () => true,
    toFixed: () => '5000',
    ...extra,
  });
  const without = (name: string, extra: object = {}): Record<string, unknown> =>
    Object.fromEntries(Object.entries(duck(extra)).filter(([key]) => key !== name));

  it('refuses a look-alike without isInteger, whatever its other methods say', () => {
    expect(outcome(duck({}))).toBe(5_000);
    expect(outcome(without('isInteger'))).toBe('type');
    expect(outcome(without('isInteger', { e: 30, isNegative: () => true }))).toBe('type');
  });

  it('refuses a look-alike without toFixed, even when it is infinite or huge', () => {
    expect(outcome(without('toFixed', { isFinite: () => false }))).toBe('type');
    expect(outcome(without('toFixed', { e: 30 }))).toBe('type');
  });

  it('refuses a look-alike whose isFinite is gone by the time it is called', () => {
    let reads = 0;
    const fickle = without('isFinite');
    Object.defineProperty(fickle, 'isFinite', {
      get: () => {
        reads += 1;
        return reads === 1 ? () => true : undefined;
      },
    });
    expect(outcome(fickle)).toBe('type');
  });

  it('takes a huge look-alike whose sign methods are gone by the time they are called as not negative', () => {
    let reads = 0;
    const fickle = without('isNegative', { e: 30 });
    Object.defineProperty(fickle, 'isNegative', {
      get: () => {
        reads += 1;
        return reads === 1 ? () => true : undefined;
      },
    });
    expect(outcome(fickle)).toBe('unsafe');
  });

  it('reads toFixed() when the exponent is not a number', () => {
    expect(outcome(duck({ e: '20' }))).toBe(5_000);
    expect(outcome(duck({ e: 20n }))).toBe(5_000);
  });

  it('decides a look-alike of exponent 16 or more (from 10^16, past MAX_SAFE_INTEGER) without toFixed()', () => {
    const throwing = (): never => {
      throw new Error('toFixed must not be called');
    };
    expect(outcome(duck({ e: 16, toFixed: throwing }))).toBe('unsafe');
    expect(outcome(duck({ e: 16, toFixed: throwing, isInteger: () => false }))).toBe('fractional');
    expect(outcome(duck({ e: 15, toFixed: () => '5000' }))).toBe(5_000);
    expect(outcome(new Decimal('1e16'))).toBe('unsafe');
    expect(outcome(new Decimal('10000000000000000.5'))).toBe('fractional');
  });

  it('refuses a look-alike whose toFixed() gives a boxed String', () => {
    expect(outcome(duck({ toFixed: () => Object('5000') as unknown }))).toBe('type');
  });
});

describe('parseKRW: units and commas that only look well formed', () => {
  it.each([
    '0.5천0.5천', // 천 twice, the numbers too short for their places to clash
    '0.5천 0.5천',
    '0천0천',
    '0.5백0.5천', // 백 before 천
    '0.5억 0.5억', // 억 twice
    '0억 0억',
    '0.5만 0.5억', // 만 before 억
  ])('refuses %j as syntax', (text) => {
    expect(outcome(text)).toBe('syntax');
  });

  it.each(['1,23,456', '1,2345,678', '12,345,6,789', '1,000,00,000'])(
    'refuses %j: every group after a comma has three digits',
    (text) => {
      expect(outcome(text)).toBe('syntax');
    },
  );

  it('reads the same amounts when well formed', () => {
    expect(outcome('0.5천 5백')).toBe(1_000);
    expect(outcome('0.5억 5,000만')).toBe(100_000_000);
    expect(outcome('1,234,567')).toBe(1_234_567);
  });
});
