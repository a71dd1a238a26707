// parseKRW on Decimal look-alikes that are not quite one, and on units and commas that only look
// well formed.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseKRW } from 'regional-innovation-rnd/money';
import { isRulesError } from 'regional-innovation-rnd/rules';

/** The reason parseKRW gives for refusing an input, or the amount when it reads one. */
function outcome(input: unknown): number | string {
  try {
    return parseKRW(input);
  } catch (error) {
    if (!isRulesError(error, 'MONEY_INVALID')) throw error;
    return error.params.reason;
  }
}

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
