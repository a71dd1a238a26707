// What tierCohort does with items and options that fight back: throwing getters, throwing
// accessors, revoked proxies, holes and absurd lengths. Always a RulesError, at once: never another
// exception, a hang or a walk over the length an array claims.
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import { tierCohort, type TierCohortOptions } from 'regional-innovation-rnd/tiering';

interface Row {
  readonly c: string;
  readonly s: number;
}
const options: TierCohortOptions<Row> = { score: 's', cohort: 'c' };
const rows = (): Row[] => [
  { c: 'a', s: 1 },
  { c: 'a', s: 2 },
  { c: 'b', s: 3 },
];

/** An array whose index reads are counted, and whose `length` may lie. */
function counted(base: unknown[], length?: unknown): { list: unknown[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(base, {
    get: (target, key, receiver) => {
      if (key === 'length' && length !== undefined) return length;
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('tierCohort on items that throw when read', () => {
  it('refuses an item whose score getter throws as TIERING_INVALID_SCORE at its index', () => {
    const items = [
      { c: 'a', s: 1 },
      {
        c: 'b',
        get s(): number {
          throw new Error('no score');
        },
      },
    ];
    const error = caught(() => tierCohort(items, options));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'TIERING_INVALID_SCORE',
      { index: 1, cohort: 'b', input: '[unreadable]' },
      [1],
    ]);
  });

  it('refuses an item whose cohort getter throws as TIERING_INVALID_COHORT at its index', () => {
    const items = [
      {
        get c(): string {
          throw new TypeError('no cohort');
        },
        s: 1,
      },
    ];
    const error = caught(() => tierCohort(items, options));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'TIERING_INVALID_COHORT',
      { index: 0, input: '[unreadable]' },
      [0],
    ]);
  });

  it('refuses an accessor that throws, whatever it throws, as the item’s score or cohort', () => {
    for (const thrown of [new Error('x'), 'a string', undefined, null]) {
      const throwing = (): never => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- throwing what is not an Error is the point
        throw thrown;
      };
      expect(caught(() => tierCohort(rows(), { score: throwing }))?.params).toEqual({
        index: 0,
        cohort: null,
        input: '[unreadable]',
      });
      expect(caught(() => tierCohort(rows(), { score: 's', cohort: throwing }))?.code).toBe(
        'TIERING_INVALID_COHORT',
      );
    }
  });

  it('refuses a revoked proxy as an item, or as the whole input', () => {
    const { proxy, revoke } = Proxy.revocable({ c: 'a', s: 1 }, {});
    revoke();
    expect(caught(() => tierCohort([{ c: 'a', s: 2 }, proxy as Row], options))?.params).toMatchObject({
      index: 1,
    });
    const whole = Proxy.revocable(rows(), {});
    whole.revoke();
    expect(caught(() => tierCohort(whole.proxy, options))?.params).toMatchObject({
      option: 'items',
      expected: 'an array',
    });
  });

  it('refuses an array proxy whose index reads throw, at the first such index', () => {
    const list = new Proxy(rows(), {
      get: (target, key, receiver) => {
        if (key === '2') throw new Error('no item');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(caught(() => tierCohort(list, options))?.params).toEqual({
      index: 2,
      cohort: null,
      input: '[unreadable]',
    });
    const hasThrows = new Proxy(rows(), {
      has: () => {
        throw new Error('no has');
      },
    });
    expect(caught(() => tierCohort(hasThrows, options))?.params).toMatchObject({ index: 0 });
  });

  it('refuses options whose getters throw as OPTIONS_INVALID naming the option', () => {
    for (const key of ['score', 'cohort', 'ties', 'leadingPercent', 'potentialPercent', 'smallCohorts']) {
      const hostile = Object.defineProperty({ score: 's' }, key, {
        get: () => {
          throw new Error(key);
        },
      });
      const error = caught(() => tierCohort(rows(), hostile as TierCohortOptions<Row>));
      expect([error?.code, (error?.params as { option?: unknown } | undefined)?.option]).toEqual([
        'OPTIONS_INVALID',
        key,
      ]);
    }
  });
});

describe('tierCohort on holes and lengths', () => {
  it('refuses a hole as TIERING_INVALID_SCORE at its index, before reading its cohort', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const holed = [{ c: 'a', s: 1 }, , { c: 'b', s: 2 }] as Row[];
    const error = caught(() => tierCohort(holed, options));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'TIERING_INVALID_SCORE',
      { index: 1, cohort: null, input: 'undefined' },
      [1],
    ]);
    expect(caught(() => tierCohort(holed, { score: () => 5 }))?.params).toMatchObject({ index: 1 });
  });

  it('takes an item that is undefined (not a hole) when a function gives its score', () => {
    const results = tierCohort([undefined, undefined], { score: (_item, index) => index });
    expect(results.map((r) => [r.item, r.rank])).toEqual([
      [undefined, 2],
      [undefined, 1],
    ]);
  });

  it('refuses an array of 2^28 slots at once, without reading its items', () => {
    const huge = new Array<unknown>(2 ** 28);
    huge[0] = { c: 'a', s: 1 };
    const { list, reads } = counted(huge);
    const started = performance.now();
    const error = caught(() => tierCohort(list as Row[], options));
    expect([
      error?.code,
      (error?.params as { option?: unknown } | undefined)?.option,
      (error?.params as { expected?: unknown } | undefined)?.expected,
    ]).toEqual(['OPTIONS_INVALID', 'items', 'an array of at most 33554432 items']);
    expect(reads()).toBe(0);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses an array of 2^25 holes at its first hole, reading nothing else', () => {
    const { list, reads } = counted(new Array<unknown>(2 ** 25));
    expect(caught(() => tierCohort(list as Row[], options))?.params).toMatchObject({ index: 0 });
    expect(reads()).toBe(0);
  });

  it.each([
    ['2^32 − 1', 2 ** 32 - 1],
    ['2^25 + 1', 2 ** 25 + 1],
    ['NaN', Number.NaN],
    ['-1', -1],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '3'],
    ['1.5', 1.5],
  ])('refuses a proxy that claims a length of %s before reading any item', (_label, length) => {
    const { list, reads } = counted(rows(), length);
    const error = caught(() => tierCohort(list as Row[], options));
    expect([error?.code, (error?.params as { option?: unknown } | undefined)?.option]).toEqual([
      'OPTIONS_INVALID',
      'items',
    ]);
    expect(reads()).toBe(0);
  });

  it('takes a proxy that tells the truth, reading each item once', () => {
    const { list, reads } = counted(rows());
    expect(tierCohort(list as Row[], options).map((r) => r.rank)).toEqual([2, 1, 1]);
    expect(reads()).toBe(3);
  });
});
