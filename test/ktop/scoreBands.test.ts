import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineScoreBands, mapScore, type ScoreBand, type ScoreBands } from 'regional-innovation-rnd/ktop';
import { en, ko } from 'regional-innovation-rnd/locales';
import type { ScoreBandsInvalidReason } from 'regional-innovation-rnd/ktop';
import { caughtRulesError } from '../support/errors';

const BANDS = [
  { min: 0, max: 60, value: 'C' },
  { min: 60, max: 80, value: 'B' },
  { min: 80, max: 100, value: 'A' },
] as const;

/** The code, params and path of the error defineScoreBands throws for `bands`. */
function refusal(bands: unknown): unknown {
  const error = caughtRulesError(() => defineScoreBands(bands as never));
  return error && { code: error.code, params: error.params, path: error.path };
}

const invalid = (index: number | null, reason: ScoreBandsInvalidReason) => ({
  code: 'KTOP_BANDS_INVALID',
  params: { index, reason },
  path: index === null ? [] : [index],
});

describe('defineScoreBands', () => {
  it('returns a frozen table with frozen copies of the bands, and its range', () => {
    const input = BANDS.map((band) => ({ ...band }));
    const table = defineScoreBands(input);
    expect(table.bands).toEqual(input);
    expect(table.min).toBe(0);
    expect(table.max).toBe(100);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.bands)).toBe(true);
    for (const band of table.bands) expect(Object.isFrozen(band)).toBe(true);
    expect(table.bands).not.toBe(input);
    table.bands.forEach((band, index) => {
      expect(band).not.toBe(input[index]);
    });
  });

  it('neither keeps nor changes the caller’s array, bands or values', () => {
    const value = { label: 'top' };
    const input = [
      { min: 0, max: 50, value: { label: 'low' } },
      { min: 50, max: 100, value },
    ];
    const before = structuredClone(input);
    const table = defineScoreBands(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(value)).toBe(false);
    input.push({ min: 100, max: 200, value: { label: 'x' } });
    (input[0] as { min: number }).min = 10;
    expect(table.bands).toHaveLength(2);
    expect(table.min).toBe(0);
    expect(mapScore(5, table)).toEqual({ label: 'low' });
    expect(mapScore(100, table)).toBe(value); // values are kept as given
  });

  it('takes a single band, negative and fractional bounds, and any value type', () => {
    expect(defineScoreBands([{ min: -1.5, max: 2.25, value: undefined }]).bands).toEqual([
      { min: -1.5, max: 2.25, value: undefined },
    ]);
    expect(mapScore(-1.5, defineScoreBands([{ min: -1.5, max: 2.25, value: null }]))).toBeNull();
  });

  it('refuses a table that is not an array, or empty, as a whole (index null, empty path)', () => {
    for (const bands of [undefined, null, 5, 'bands', {}, { length: 1, 0: BANDS[0] }, new Set(BANDS)]) {
      expect(refusal(bands)).toEqual(invalid(null, 'shape'));
    }
    expect(refusal([])).toEqual(invalid(null, 'empty'));
  });

  it.each([
    ['not an object', [BANDS[0], 5]],
    ['null', [BANDS[0], null]],
    ['a hole', [BANDS[0], , BANDS[2]]], // eslint-disable-line no-sparse-arrays
    ['without value', [BANDS[0], { min: 60, max: 100 }]],
    ['min a string', [BANDS[0], { min: '60', max: 100, value: 1 }]],
    ['max missing', [BANDS[0], { min: 60, value: 1 }]],
    ['max a bigint', [BANDS[0], { min: 60, max: 100n, value: 1 }]],
  ])('refuses a band that is %s: shape, at its index', (_, bands) => {
    expect(refusal(bands)).toEqual(invalid(1, 'shape'));
  });

  it.each([
    [{ min: Number.NaN, max: 1, value: 0 }],
    [{ min: 0, max: Number.NaN, value: 0 }],
    [{ min: Number.NEGATIVE_INFINITY, max: 0, value: 0 }],
    [{ min: 0, max: Number.POSITIVE_INFINITY, value: 0 }],
  ])('refuses a bound that is not finite: not-finite (%o)', (band) => {
    expect(refusal([band])).toEqual(invalid(0, 'not-finite'));
    expect(refusal([{ min: -10, max: 0, value: 0 }, band])).toEqual(invalid(1, 'not-finite'));
  });

  it('refuses a band whose min is not below its max: empty-band', () => {
    expect(refusal([{ min: 5, max: 5, value: 0 }])).toEqual(invalid(0, 'empty-band'));
    expect(refusal([BANDS[0], { min: 60, max: 59, value: 0 }])).toEqual(invalid(1, 'empty-band'));
  });

  it('refuses bands out of ascending order: unsorted', () => {
    expect(refusal([BANDS[1], BANDS[0]])).toEqual(invalid(1, 'unsorted'));
    expect(refusal([BANDS[0], BANDS[1], { min: 10, max: 20, value: 0 }])).toEqual(invalid(2, 'unsorted'));
    // A band that skips ahead is a gap before the band behind it is seen.
    expect(refusal([BANDS[0], BANDS[2], BANDS[1]])).toEqual(invalid(1, 'gap'));
    expect(refusal([BANDS[2], BANDS[1], BANDS[0]])).toEqual(invalid(1, 'unsorted'));
  });

  it('refuses a band that starts above the previous max: gap', () => {
    expect(refusal([BANDS[0], BANDS[2]])).toEqual(invalid(1, 'gap'));
    expect(refusal([BANDS[0], { min: 60.000001, max: 100, value: 0 }])).toEqual(invalid(1, 'gap'));
  });

  it('refuses a band that starts inside the previous one: overlap', () => {
    expect(refusal([BANDS[0], { min: 59.999999, max: 100, value: 0 }])).toEqual(invalid(1, 'overlap'));
    expect(refusal([BANDS[0], { min: 0, max: 100, value: 0 }])).toEqual(invalid(1, 'overlap'));
    expect(refusal([...BANDS, { min: 90, max: 120, value: 0 }])).toEqual(invalid(3, 'overlap'));
  });

  it('names the first bad band only', () => {
    expect(refusal([BANDS[0], { min: 70, max: 80, value: 0 }, null])).toEqual(invalid(1, 'gap'));
  });

  it('refuses bands it cannot read (throwing getters, revoked proxies) as shape', () => {
    const throwing = {
      get min(): number {
        throw new Error('no');
      },
      max: 1,
      value: 0,
    };
    expect(refusal([throwing])).toEqual(invalid(0, 'shape'));
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(refusal(revoked.proxy)).toEqual(invalid(null, 'shape'));
    const band = Proxy.revocable({ min: 0, max: 1, value: 0 }, {});
    band.revoke();
    expect(refusal([band.proxy])).toEqual(invalid(0, 'shape'));
  });

  it('words every reason differently in both locales, naming the band', () => {
    const reasons: ScoreBandsInvalidReason[] = [
      'shape',
      'empty',
      'not-finite',
      'empty-band',
      'unsorted',
      'gap',
      'overlap',
    ];
    for (const messages of [ko, en]) {
      const texts = reasons.map((reason) => messages.KTOP_BANDS_INVALID({ index: 7, reason }));
      expect(new Set(texts).size).toBe(reasons.length);
      for (const text of texts) expect(text).toContain('7');
      expect(messages.KTOP_BANDS_INVALID({ index: null, reason: 'empty' })).not.toMatch(/null/u);
    }
  });

  it('never throws anything but RulesError KTOP_BANDS_INVALID on random input (fast-check)', () => {
    const band = fc.record(
      {
        min: fc.oneof(fc.double(), fc.anything()),
        max: fc.oneof(fc.double(), fc.anything()),
        value: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(band, fc.anything())), fc.anything()), (bands) => {
        const error = caughtRulesError(() => defineScoreBands(bands as never));
        if (error !== undefined) expect(error.code).toBe('KTOP_BANDS_INVALID');
      }),
    );
  });
});

describe('mapScore', () => {
  const table = defineScoreBands(BANDS);

  it.each([
    [0, 'C'], // first min, inclusive
    [1e-9, 'C'],
    [59.999999, 'C'],
    [60, 'B'], // a max is exclusive: 60 belongs to the next band
    [79.99, 'B'],
    [80, 'A'],
    [99.999, 'A'],
    [100, 'A'], // the last max is inclusive
    [-0, 'C'],
  ])('maps %d to %s', (score, value) => {
    expect(mapScore(score, table)).toBe(value);
  });

  it.each([
    [-0.0001, '-0.0001'],
    [100.0001, '100.0001'],
    [-1, '-1'],
    [1_000, '1000'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['50', '"50"'],
    [null, 'null'],
    [undefined, 'undefined'],
    [50n, '50n'],
  ])('refuses %o with KTOP_SCORE_OUT_OF_BANDS, naming the range', (score, input) => {
    const error = caughtRulesError(() => mapScore(score as number, table));
    expect(error?.code).toBe('KTOP_SCORE_OUT_OF_BANDS');
    expect(error?.params).toEqual({ input, min: 0, max: 100 });
    expect(error?.path).toEqual([]);
  });

  it('maps every edge of every band right in a long table', () => {
    const bands = Array.from({ length: 37 }, (_, i) => ({
      min: i * 2.5 - 10,
      max: (i + 1) * 2.5 - 10,
      value: i,
    }));
    const long = defineScoreBands(bands);
    bands.forEach((band, i) => {
      expect(mapScore(band.min, long)).toBe(i);
      expect(mapScore((band.min + band.max) / 2, long)).toBe(i);
    });
    expect(mapScore(long.max, long)).toBe(36);
    expect(caughtRulesError(() => mapScore(long.min - 1e-9, long))?.code).toBe('KTOP_SCORE_OUT_OF_BANDS');
  });

  it('agrees with a linear scan on random contiguous tables (fast-check)', () => {
    const tableArb = fc
      .tuple(
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
      )
      .map(([start, widths]) => {
        const bands: ScoreBand<number>[] = [];
        let min = start;
        widths.forEach((width, value) => {
          bands.push({ min, max: min + width, value });
          min += width;
        });
        return bands;
      });
    fc.assert(
      fc.property(tableArb, fc.double({ min: -1_200, max: 1_800, noNaN: true }), (bands, score) => {
        const defined = defineScoreBands(bands);
        const last = bands.length - 1;
        const expected = bands.findIndex(
          (band, i) => score >= band.min && (score < band.max || (i === last && score <= band.max)),
        );
        const error = caughtRulesError(() => mapScore(score, defined));
        if (expected === -1) expect(error?.code).toBe('KTOP_SCORE_OUT_OF_BANDS');
        else expect(mapScore(score, defined)).toBe(expected);
      }),
    );
  });

  it('validates a table not made by defineScoreBands, on every call', () => {
    const handMade: ScoreBands<string> = { bands: [...BANDS], min: 0, max: 100 };
    expect(mapScore(60, handMade)).toBe('B');
    const broken = { bands: [BANDS[0], BANDS[2]], min: 0, max: 100 } as ScoreBands<string>;
    expect(caughtRulesError(() => mapScore(50, broken))?.params).toEqual({ index: 1, reason: 'gap' });
    // Its own min and max are not trusted: they are read from the bands.
    const lying = { bands: [BANDS[0]], min: 0, max: 1_000 } as ScoreBands<string>;
    expect(caughtRulesError(() => mapScore(500, lying))?.params).toEqual({ input: '500', min: 0, max: 60 });
  });

  it.each([[null], [undefined], [5], [{}], [{ bands: 'x' }], [[BANDS[0]]]])(
    'refuses the table %o with KTOP_BANDS_INVALID',
    (bands) => {
      const error = caughtRulesError(() => mapScore(50, bands as never));
      expect(error?.code).toBe('KTOP_BANDS_INVALID');
      expect(error?.params).toEqual({ index: null, reason: 'shape' });
    },
  );

  it('refuses a table whose bands cannot be read', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(caughtRulesError(() => mapScore(50, revoked.proxy as never))?.code).toBe('KTOP_BANDS_INVALID');
  });

  it('never throws anything but RulesError on random input (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(table), fc.anything()), (score, bands) => {
        const error = caughtRulesError(() => mapScore(score as number, bands as never));
        if (error !== undefined)
          expect(['KTOP_SCORE_OUT_OF_BANDS', 'KTOP_BANDS_INVALID']).toContain(error.code);
      }),
    );
  });
});

describe('defineScoreBands and mapScore: a band is a plain object', () => {
  it('refuses a function carrying min, max and value', () => {
    const band = Object.assign(() => undefined, { min: 0, max: 100, value: 'all' });
    const error = caughtRulesError(() => defineScoreBands([band]));
    expect(error?.code).toBe('KTOP_BANDS_INVALID');
    expect(error?.params).toEqual({ index: 0, reason: 'shape' });
  });

  it('refuses a band without a value in a hand-made table given to mapScore', () => {
    const table = { bands: [{ min: 0, max: 100 }], min: 0, max: 100 };
    const error = caughtRulesError(() => mapScore(50, table as never));
    expect(error?.code).toBe('KTOP_BANDS_INVALID');
    expect(error?.params).toEqual({ index: 0, reason: 'shape' });
  });
});

describe('tables that cannot be read as they claim', () => {
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  };

  it('refuses a revoked proxy as a table and as a list of bands, as a whole', () => {
    expect(refusal(revoked())).toEqual(invalid(null, 'shape'));
    expect(caughtRulesError(() => mapScore(50, revoked() as never))?.params).toEqual({
      index: null,
      reason: 'shape',
    });
    expect(caughtRulesError(() => mapScore(50, { bands: revoked() } as never))?.params).toEqual({
      index: null,
      reason: 'shape',
    });
  });

  it('names the band whose getter throws', () => {
    const bands = [{ ...BANDS[0] }, { ...BANDS[1] }, { ...BANDS[2] }];
    Object.defineProperty(bands[2], 'max', {
      get: () => {
        throw new Error('unreadable');
      },
    });
    expect(refusal(bands)).toEqual(invalid(2, 'shape'));
  });

  it('refuses a list whose length is not a count, without walking it', () => {
    let reads = 0;
    const lying = (length: unknown): unknown =>
      new Proxy([...BANDS], {
        get: (target, key, receiver) => {
          if (key === 'length') return length;
          if (typeof key === 'string' && /^\d+$/u.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    expect(refusal(lying(Number.NaN))).toEqual(invalid(null, 'shape'));
    expect(refusal(lying('3'))).toEqual(invalid(null, 'shape'));
    expect(refusal(lying(2 ** 32 - 1))).toEqual(invalid(null, 'shape'));
    expect(reads).toBe(0);
  });

  it('takes at most 1,000 bands, and refuses more without reading them', () => {
    const contiguous = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ min: i, max: i + 1, value: i }));
    const most = defineScoreBands(contiguous(1_000));
    expect(mapScore(999.5, most)).toBe(999);
    expect(most.max).toBe(1_000);
    expect(refusal(contiguous(1_001))).toEqual(invalid(null, 'shape'));
    const sparse: unknown[] = [{ ...BANDS[0] }];
    sparse.length = 2 ** 20;
    expect(refusal(sparse)).toEqual(invalid(null, 'shape'));
  });

  it('refuses a table whose bands list has a hole at its first hole', () => {
    const sparse: unknown[] = [{ ...BANDS[0] }];
    sparse.length = 3;
    expect(refusal(sparse)).toEqual(invalid(1, 'shape'));
  });
});
