// tierCohortColumns: the ranks and tiers of tierCohort, as typed arrays, for callers who tier
// millions; checked against tierCohort itself, d3-array's rank and a brute-force oracle.
import { rank as d3rank } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import {
  TIER_OF_CODE,
  tierCohort,
  tierCohortColumns,
  type TiePolicy,
  type TierThresholds,
} from 'regional-innovation-rnd/tiering';
import { bruteForceRanks } from './oracles';

const POLICIES: readonly TiePolicy[] = ['min', 'max', 'average'];

describe('tierCohortColumns', () => {
  it('gives ranks, tier codes, cohort indices, cohort keys and sizes, item i at index i', () => {
    const columns = tierCohortColumns([10, 99, 1, 50, 70], { cohorts: ['a', 'a', 'b', 'a', 'b'] });
    expect(columns.rank).toBeInstanceOf(Float64Array);
    expect(columns.tier).toBeInstanceOf(Uint8Array);
    expect(Array.from(columns.rank)).toEqual([3, 1, 2, 2, 1]);
    expect(Array.from(columns.cohort)).toEqual([0, 0, 1, 0, 1]);
    expect(columns.cohortKeys).toEqual(['a', 'b']);
    expect(Array.from(columns.cohortSize)).toEqual([3, 2]);
    // 1 of 3 is 33.3% (potential), 2 of 3 none; 1 of 2 is 50% (potential), 2 of 2 none.
    expect(Array.from(columns.tier, (code) => TIER_OF_CODE[code])).toEqual([
      'none',
      'potential',
      'none',
      'none',
      'potential',
    ]);
  });

  it('puts every score in the one cohort named "" when no cohorts are given', () => {
    const columns = tierCohortColumns(Float64Array.of(5, 9, 7));
    expect(Array.from(columns.rank)).toEqual([3, 1, 2]);
    expect(columns.cohortKeys).toEqual(['']);
    expect(Array.from(columns.cohortSize)).toEqual([3]);
    expect(Array.from(columns.cohort)).toEqual([0, 0, 0]);
  });

  it('gives empty columns for no scores', () => {
    const columns = tierCohortColumns([]);
    expect([columns.rank.length, columns.tier.length, columns.cohort.length]).toEqual([0, 0, 0]);
    expect(columns.cohortKeys).toEqual(['']);
    expect(Array.from(columns.cohortSize)).toEqual([0]);
    expect(tierCohortColumns([], { cohorts: [] }).cohortKeys).toEqual([]);
  });

  it('takes the tie policy, the thresholds and the small-cohort policy as tierCohort does', () => {
    const scores = [90, 80, 80, 70];
    expect(Array.from(tierCohortColumns(scores, { ties: 'max' }).rank)).toEqual([1, 3, 3, 4]);
    expect(Array.from(tierCohortColumns(scores, { ties: 'average' }).rank)).toEqual([1, 2.5, 2.5, 4]);
    const stricter = tierCohortColumns(scores, { leadingPercent: 25, potentialPercent: 25 });
    expect(Array.from(stricter.tier)).toEqual([0, 2, 2, 2]);
    expect(Array.from(tierCohortColumns([3, 2, 1], { smallCohorts: 'at-least-one' }).tier)).toEqual([
      0, 1, 2,
    ]);
  });

  it('ties -0 and 0, and does not change the arrays it was given', () => {
    const scores = Float64Array.of(-0, 0, 1);
    const cohorts = Object.freeze(['x', 'x', 'x']);
    expect(Array.from(tierCohortColumns(scores, { cohorts }).rank)).toEqual([2, 2, 1]);
    expect(Object.is(scores[0], -0)).toBe(true);
  });

  it('names the tiers by code, best first, in a frozen list', () => {
    expect(TIER_OF_CODE).toEqual(['leading', 'potential', 'none']);
    expect(Object.isFrozen(TIER_OF_CODE)).toBe(true);
  });
});

describe('tierCohortColumns refuses', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '5'],
    ['undefined', undefined],
    ['null', null],
    ['a bigint', 5n],
  ])('a score of %s with TIERING_INVALID_SCORE naming its index and cohort', (_label, bad) => {
    const scores = [1, 2, bad, bad] as number[];
    const error = caught(() => tierCohortColumns(scores, { cohorts: ['a', 'b', 'c', 'd'] }));
    expect([error?.code, error?.path]).toEqual(['TIERING_INVALID_SCORE', [2]]);
    expect(error?.params).toMatchObject({ index: 2, cohort: 'c' });
    expect(caught(() => tierCohortColumns(scores))?.params).toMatchObject({ index: 2, cohort: null });
  });

  it('a hole in the scores as a score that is not a number', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const error = caught(() => tierCohortColumns([1, , 3] as number[]));
    expect([error?.code, error?.params]).toEqual([
      'TIERING_INVALID_SCORE',
      { index: 1, cohort: null, input: 'undefined' },
    ]);
  });

  it('a cohort key that is not a string with TIERING_INVALID_COHORT, before that item’s score', () => {
    const error = caught(() =>
      tierCohortColumns([1, Number.NaN], { cohorts: ['a', 7] as unknown as string[] }),
    );
    expect([error?.code, error?.params, error?.path]).toEqual([
      'TIERING_INVALID_COHORT',
      { index: 1, input: '7' },
      [1],
    ]);
  });

  it('cohorts that are not one key per score', () => {
    for (const cohorts of [['a'], ['a', 'b', 'c'], 'ab', 42, null]) {
      const error = caught(() => tierCohortColumns([1, 2], { cohorts: cohorts as unknown as string[] }));
      expect([error?.code, (error?.params as { option?: unknown } | undefined)?.option, error?.path]).toEqual(
        ['OPTIONS_INVALID', 'cohorts', ['cohorts']],
      );
    }
  });

  it('scores that are not an array, with the option named and an empty path', () => {
    for (const scores of [null, 5, 'abc', undefined]) {
      const error = caught(() => tierCohortColumns(scores as unknown as number[]));
      expect([error?.code, (error?.params as { option?: unknown } | undefined)?.option, error?.path]).toEqual(
        ['OPTIONS_INVALID', 'scores', []],
      );
    }
  });

  it('a score or a cohort key whose read throws, as that item’s, at once', () => {
    const scores = {
      length: 3,
      0: 1,
      get 1(): number {
        throw new Error('no');
      },
      2: 3,
    };
    const error = caught(() => tierCohortColumns(scores));
    expect([error?.code, error?.params]).toEqual([
      'TIERING_INVALID_SCORE',
      { index: 1, cohort: null, input: '[unreadable]' },
    ]);
    const cohorts = new Proxy(['a', 'b'], {
      get: (target, key, receiver) => {
        if (key === '1') throw new Error('no');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(caught(() => tierCohortColumns([1, 2], { cohorts }))?.params).toEqual({
      index: 1,
      input: '[unreadable]',
    });
  });

  it('a length past 2^25 before reading any score', () => {
    let reads = 0;
    const scores = new Proxy([1, 2, 3], {
      get: (target, key, receiver) => {
        if (key === 'length') return 2 ** 25 + 1;
        reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const error = caught(() => tierCohortColumns(scores));
    expect([
      error?.code,
      (error?.params as { option?: unknown } | undefined)?.option,
      (error?.params as { expected?: unknown } | undefined)?.expected,
    ]).toEqual(['OPTIONS_INVALID', 'scores', 'an array of at most 33554432 items']);
    expect(reads).toBe(0);
  });
});

// Properties against tierCohort and the independent oracles.
const scoreArb = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const rowsArb = fc.array(fc.record({ cohort: fc.constantFrom('a', 'b', 'c'), score: scoreArb }), {
  maxLength: 80,
});
const thresholdsArb: fc.Arbitrary<TierThresholds> = fc
  .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.boolean())
  .map(([leading, extra, atLeastOne]) => ({
    leadingPercent: leading / 10,
    potentialPercent: Math.min(1000, leading + extra) / 10,
    smallCohorts: atLeastOne ? 'at-least-one' : 'literal',
  }));

describe('tierCohortColumns against tierCohort and oracles', () => {
  it('gives every item the rank, tier, cohort and cohort size tierCohort gives it', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...POLICIES), thresholdsArb, (rows, ties, thresholds) => {
        const columns = tierCohortColumns(
          rows.map((r) => r.score),
          { cohorts: rows.map((r) => r.cohort), ties, ...thresholds },
        );
        const objects = tierCohort(rows, { score: 'score', cohort: 'cohort', ties, ...thresholds });
        expect(
          objects.map((r, i) => [
            r.rank,
            r.tier,
            r.cohort,
            r.cohortSize,
            columns.rank[i],
            TIER_OF_CODE[columns.tier[i] as number],
            columns.cohortKeys[columns.cohort[i] as number],
            columns.cohortSize[columns.cohort[i] as number],
          ]),
        ).toEqual(
          objects.map((r) => [
            r.rank,
            r.tier,
            r.cohort,
            r.cohortSize,
            r.rank,
            r.tier,
            r.cohort,
            r.cohortSize,
          ]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with d3-array's rank within each cohort for 'min'", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const columns = tierCohortColumns(
          rows.map((r) => r.score),
          { cohorts: rows.map((r) => r.cohort) },
        );
        for (const cohort of ['a', 'b', 'c']) {
          const members = rows.flatMap((r, i) => (r.cohort === cohort ? [i] : []));
          const d3 = Array.from(
            d3rank(
              members.map((i) => rows[i]?.score as number),
              (x: number, y: number) => (x > y ? -1 : x < y ? 1 : 0),
            ),
            (r) => r + 1,
          );
          expect(members.map((i) => columns.rank[i])).toEqual(d3);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(POLICIES)("agrees with the brute-force ranks for '%s' on many ties", (ties) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 }), (scores) => {
        expect(Array.from(tierCohortColumns(scores, { ties }).rank)).toEqual(bruteForceRanks(scores, ties));
      }),
      { numRuns: 200 },
    );
  });
});
