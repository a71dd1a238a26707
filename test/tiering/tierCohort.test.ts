import { rank as d3rank } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import { tierCohort, type TiePolicy } from 'regional-innovation-rnd/tiering';
import { bigintTier, bruteForceRanks } from './oracles';

const POLICIES: readonly TiePolicy[] = ['min', 'max', 'average'];

describe('tierCohort', () => {
  it('ranks with each tie policy: 90, 80, 80, 70', () => {
    const items = [90, 80, 80, 70].map((score) => ({ score }));
    expect(tierCohort(items, { score: 'score' }).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(tierCohort(items, { score: 'score', ties: 'min' }).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(tierCohort(items, { score: 'score', ties: 'max' }).map((r) => r.rank)).toEqual([1, 3, 3, 4]);
    expect(tierCohort(items, { score: 'score', ties: 'average' }).map((r) => r.rank)).toEqual([
      1, 2.5, 2.5, 4,
    ]);
  });

  it('gives item, cohort, rank, size, top share and tier, in input order', () => {
    const items = [
      { id: 'low', industry: 'a', score: 10 },
      { id: 'top', industry: 'a', score: 99 },
      { id: 'solo', industry: 'b', score: 1 },
    ];
    const results = tierCohort(items, { score: 'score', cohort: 'industry' });
    expect(results).toEqual([
      { item: items[0], cohort: 'a', rank: 2, cohortSize: 2, topPercent: 100, tier: 'none' },
      { item: items[1], cohort: 'a', rank: 1, cohortSize: 2, topPercent: 50, tier: 'potential' },
      { item: items[2], cohort: 'b', rank: 1, cohortSize: 1, topPercent: 100, tier: 'none' },
    ]);
    expect(results[0]?.item).toBe(items[0]);
  });

  it('puts exactly 3 of 10 in leading and 2 in potential', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ score: 100 - i }));
    expect(tierCohort(items, { score: 'score' }).map((r) => r.tier)).toEqual([
      'leading',
      'leading',
      'leading',
      'potential',
      'potential',
      'none',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(tierCohort(items, { score: 'score' })[2]?.topPercent).toBe(30);
  });

  it('reads scores and cohorts through functions, with the index', () => {
    const items = [3, 1, 2];
    const results = tierCohort(items, {
      score: (x, i) => x * 10 + i,
      cohort: (x) => (x > 1 ? 'big' : 'small'),
    });
    expect(results.map((r) => [r.cohort, r.rank])).toEqual([
      ['big', 1],
      ['small', 1],
      ['big', 2],
    ]);
  });

  it('ties -0 and 0', () => {
    const results = tierCohort([{ s: -0 }, { s: 0 }, { s: 1 }], { score: 's' });
    expect(results.map((r) => r.rank)).toEqual([2, 2, 1]);
  });

  it('gives [] for no items and does not touch the input', () => {
    expect(tierCohort([] as { score: number }[], { score: 'score' })).toEqual([]);
    expect(tierCohort([] as { c: string; s: number }[], { score: 's', cohort: 'c' })).toEqual([]);
    const items = Object.freeze([Object.freeze({ score: 2 }), Object.freeze({ score: 1 })]);
    expect(tierCohort(items, { score: 'score' }).map((r) => r.rank)).toEqual([1, 2]);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '5'],
    ['undefined', undefined],
    ['null', null],
    ['a bigint', 5n],
  ])(
    'refuses a score of %s with TIERING_INVALID_SCORE naming the first bad index and its cohort',
    (_label, bad) => {
      const items = [
        { industry: 'a', score: 1 },
        { industry: 'b', score: 2 },
        { industry: 'c', score: bad },
        { industry: 'd', score: bad },
      ];
      const error = caught(() =>
        tierCohort(items as { industry: string; score: number }[], { score: 'score', cohort: 'industry' }),
      );
      expect(error?.code).toBe('TIERING_INVALID_SCORE');
      expect(error?.params).toMatchObject({ index: 2, cohort: 'c' });
      expect(error?.path).toEqual([2]);
      const withoutCohort = caught(() => tierCohort(items as { score: number }[], { score: 'score' }));
      expect(withoutCohort?.params).toMatchObject({ index: 2, cohort: null });
    },
  );

  it('refuses an item that is not an object when the score is a property name', () => {
    const error = caught(() =>
      tierCohort([{ score: 1 }, null, 7] as { score: number }[], { score: 'score' }),
    );
    expect(error?.code).toBe('TIERING_INVALID_SCORE');
    expect(error?.params).toMatchObject({ index: 1 });
  });

  it.each([[42], [null], [undefined], [{}], [Symbol('x')]])(
    'refuses a cohort key of %o with TIERING_INVALID_COHORT',
    (bad) => {
      const items = [
        { industry: 'a', score: 1 },
        { industry: bad, score: 2 },
      ];
      const error = caught(() =>
        tierCohort(items as { industry: string; score: number }[], { score: 'score', cohort: 'industry' }),
      );
      expect(error?.code).toBe('TIERING_INVALID_COHORT');
      expect(error?.params).toMatchObject({ index: 1 });
    },
  );

  it.each([
    ['a non-array input', () => tierCohort('abc' as unknown as number[], { score: (x) => x })],
    ['a bad tie policy', () => tierCohort([1], { score: (x) => x, ties: 'dense' as TiePolicy })],
    ['a missing score', () => tierCohort([1], {} as { score: (x: number) => number })],
    [
      'a score accessor of the wrong type',
      () => tierCohort([1], { score: true as unknown as (x: number) => number }),
    ],
    [
      'options that are not an object',
      () => tierCohort([1], null as unknown as { score: (x: number) => number }),
    ],
    ['thresholds out of range', () => tierCohort([1], { score: (x) => x, leadingPercent: 0 })],
  ])('refuses %s with OPTIONS_INVALID', (_label, run) => {
    expect(caught(run)?.code).toBe('OPTIONS_INVALID');
  });
});

// Oracles and properties.
const scoreArb = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const itemsArb = fc.array(fc.record({ cohort: fc.constantFrom('a', 'b', 'c'), score: scoreArb }), {
  maxLength: 60,
});

describe('tierCohort against independent oracles', () => {
  it("agrees with d3-array's rank for 'min'", () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 80 }), (scores) => {
        const ours = tierCohort(scores, { score: (s) => s }).map((r) => r.rank);
        const d3 = Array.from(
          d3rank(scores, (a: number, b: number) => (a > b ? -1 : a < b ? 1 : 0)),
          (r) => r + 1,
        );
        expect(ours).toEqual(d3);
      }),
      { numRuns: 500 },
    );
  });

  it.each(POLICIES)("agrees with a brute-force O(n²) reference for '%s', ranks and tiers", (ties) => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 80 }), (scores) => {
        const results = tierCohort(scores, { score: (s) => s, ties });
        const expected = bruteForceRanks(scores, ties);
        expect(results.map((r) => r.rank)).toEqual(expected);
        expect(results.map((r) => r.tier)).toEqual(expected.map((rank) => bigintTier(rank, scores.length)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tierCohort on scores that differ only in their last bits', () => {
  // The sort key keeps a score's top bits and gives the bottom ones to the item's index; scores
  // that differ only below that line share a key prefix and must still rank exactly.
  const epsilon = Number.EPSILON;
  const near = [3, 0, 5, 1, 4, 2, 2, 5].map((k) => 1 + k * epsilon);

  it.each(POLICIES)("ranks them exactly with '%s'", (ties) => {
    const results = tierCohort(near, { score: (s) => s, ties });
    expect(results.map((r) => r.rank)).toEqual(bruteForceRanks(near, ties));
  });

  it('ranks them exactly among ordinary scores, negatives and ties', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 6 }).map((k) => 1 + k * epsilon),
            fc.constantFrom(-1 - epsilon, -1, 0, -0, 2),
          ),
          {
            maxLength: 60,
          },
        ),
        fc.constantFrom(...POLICIES),
        (scores, ties) => {
          expect(tierCohort(scores, { score: (s) => s, ties }).map((r) => r.rank)).toEqual(
            bruteForceRanks(scores, ties),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tierCohort properties', () => {
  const tierOrder = { leading: 0, potential: 1, none: 2 } as const;

  it('never gives a worse tier to a higher score within a cohort', () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(...POLICIES), (items, ties) => {
        const results = tierCohort(items, { score: 'score', cohort: 'cohort', ties });
        for (const a of results) {
          for (const b of results) {
            if (a.cohort === b.cohort && a.item.score > b.item.score) {
              expect(tierOrder[a.tier]).toBeLessThanOrEqual(tierOrder[b.tier]);
              expect(a.rank).toBeLessThan(b.rank);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('permuting the input permutes the output', () => {
    fc.assert(
      fc.property(
        itemsArb.chain((items) =>
          fc.tuple(
            fc.constant(items),
            fc.shuffledSubarray(
              items.map((_, i) => i),
              { minLength: items.length, maxLength: items.length },
            ),
          ),
        ),
        fc.constantFrom(...POLICIES),
        ([items, order], ties) => {
          const direct = tierCohort(items, { score: 'score', cohort: 'cohort', ties });
          const shuffled = tierCohort(
            order.map((i) => items[i] as (typeof items)[number]),
            { score: 'score', cohort: 'cohort', ties },
          );
          order.forEach((original, position) => {
            expect(shuffled[position]).toEqual(direct[original]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cohorts do not affect each other', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const together = tierCohort(items, { score: 'score', cohort: 'cohort' });
        for (const cohort of ['a', 'b', 'c']) {
          const alone = tierCohort(
            items.filter((item) => item.cohort === cohort),
            { score: 'score', cohort: 'cohort' },
          );
          expect(together.filter((r) => r.cohort === cohort)).toEqual(alone);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with distinct scores, at most 30% are leading and at most 50% leading or potential', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          maxLength: 200,
          comparator: (a, b) => a === b || (a === 0 && b === 0),
        }),
        (scores) => {
          const results = tierCohort(scores, { score: (s) => s });
          const leading = results.filter((r) => r.tier === 'leading').length;
          const potential = results.filter((r) => r.tier === 'potential').length;
          expect(leading * 100).toBeLessThanOrEqual(30 * scores.length);
          expect((leading + potential) * 100).toBeLessThanOrEqual(50 * scores.length);
          expect(leading).toBe(Math.floor((30 * scores.length) / 100));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equal scores always get the same rank and tier', () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(...POLICIES), (items, ties) => {
        const results = tierCohort(items, { score: 'score', cohort: 'cohort', ties });
        for (const a of results) {
          for (const b of results) {
            if (a.cohort === b.cohort && a.item.score === b.item.score) {
              expect([a.rank, a.tier]).toEqual([b.rank, b.tier]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
