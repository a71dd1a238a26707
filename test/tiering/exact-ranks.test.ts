// Ranks are exact for any finite scores, whichever of their 64 bits tell them apart, and tier
// boundaries are exact for percents with up to six decimals, on both sides.
import { rank as d3rank } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught, codeOf } from '../support/errors';
import {
  explainTier,
  tierCohort,
  tierCohortColumns,
  tierOf,
  type TiePolicy,
} from 'regional-innovation-rnd/tiering';
import { bruteForceRanks } from './oracles';

const POLICIES: readonly TiePolicy[] = ['min', 'max', 'average'];
const d3Ranks = (scores: readonly number[]): number[] =>
  Array.from(
    d3rank(scores, (a: number, b: number) => (a > b ? -1 : a < b ? 1 : 0)),
    (r) => r + 1,
  );

/** The double whose bits are those of `base` with bit `bit` (0 the lowest of the mantissa) flipped. */
function flipBit(base: number, bit: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, base);
  view.setBigUint64(0, view.getBigUint64(0) ^ (1n << BigInt(bit)));
  return view.getFloat64(0);
}

describe('ranks, whichever bits tell scores apart', () => {
  it('orders scores that differ in a single bit, for every mantissa and exponent bit', () => {
    for (const base of [1, -1, 37.5, -1e-300, 1e300]) {
      // Bits 0–51 are the mantissa, 52–62 the exponent; each falls in one of the sort's 11-bit digits.
      const scores = Array.from({ length: 63 }, (_, bit) => flipBit(base, bit)).filter(Number.isFinite);
      const all = [...scores, base, ...scores];
      for (const ties of POLICIES) {
        expect(tierCohort(all, { score: (s) => s, ties }).map((r) => r.rank)).toEqual(
          bruteForceRanks(all, ties),
        );
      }
    }
  });

  it('orders negatives, zeros, subnormals and the extremes', () => {
    const scores = [
      0,
      -0,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.EPSILON,
      -1,
      1,
      2 ** -1022,
      -(2 ** -1022),
      0,
    ];
    expect(tierCohort(scores, { score: (s) => s }).map((r) => r.rank)).toEqual(d3Ranks(scores));
    expect(Array.from(tierCohortColumns(scores).rank)).toEqual(d3Ranks(scores));
  });

  it("agrees with d3-array for 'min' on any doubles, including many ties", () => {
    const score = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom(0, -0, 1 + Number.EPSILON, 1, 1 - Number.EPSILON / 2),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 300 }), (scores) => {
        expect(tierCohort(scores, { score: (s) => s }).map((r) => r.rank)).toEqual(d3Ranks(scores));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps cohorts apart when the last score of one equals the first of the next', () => {
    // In sorted order cohort a's best (7) sits right before cohort b's worst (7).
    const items = [
      { c: 'a', s: 5 },
      { c: 'a', s: 7 },
      { c: 'b', s: 7 },
      { c: 'b', s: 9 },
    ];
    for (const ties of POLICIES) {
      expect(tierCohort(items, { score: 's', cohort: 'c', ties }).map((r) => r.rank)).toEqual([2, 1, 2, 1]);
    }
  });

  it('ranks two thousand cohorts of every size from 1 up', () => {
    const items = Array.from({ length: 2_000 }, (_, c) =>
      Array.from({ length: (c % 7) + 1 }, (_, k) => ({ c: `c${String(c)}`, s: (k * 37) % 5 })),
    ).flat();
    const results = tierCohort(items, { score: 's', cohort: 'c', ties: 'average' });
    for (const cohort of ['c0', 'c3', 'c6', 'c1999']) {
      const members = items.filter((item) => item.c === cohort).map((item) => item.s);
      const ranks = results.filter((r) => r.cohort === cohort).map((r) => r.rank);
      expect(ranks).toEqual(bruteForceRanks(members, 'average'));
    }
  });
});

/** rank r of n is within p% (p = units ÷ 10^6) exactly when r · 100 · 10^6 ≤ units · n, in bigints. */
const within = (rank: number, size: number, millionths: number): boolean =>
  BigInt(rank * 2) * 100_000_000n <= BigInt(millionths) * BigInt(size) * 2n;

describe('tier boundaries with decimal percents', () => {
  it.each([
    [33.3, 33_300_000],
    [12.5, 12_500_000],
    [0.000001, 1],
    [99.999999, 99_999_999],
    [7.654321, 7_654_321],
  ])(
    'decides %d%% (%d millionths) exactly on both sides of the boundary, for cohort sizes up to 3,000',
    (percent, units) => {
      for (let size = 1; size <= 3_000; size += 7) {
        const edge = Math.floor((units * size) / 100_000_000);
        for (const rank of [edge, edge + 0.5, edge + 1]) {
          if (rank < 1 || rank > size) continue;
          const expected = within(rank, size, units) ? 'leading' : 'none';
          expect(tierOf(rank, size, { leadingPercent: percent, potentialPercent: percent })).toBe(expected);
        }
      }
    },
  );

  it('decides the boundary exactly for cohorts up to 2^25', () => {
    for (const size of [2 ** 25, 2 ** 25 - 1, 10_000_001, 9_999_999]) {
      for (const percent of [30, 33.3, 49.999999]) {
        const units = Math.round(percent * 1e6);
        const edge = Number((BigInt(units) * BigInt(size)) / 100_000_000n);
        expect(tierOf(edge, size, { leadingPercent: percent, potentialPercent: percent })).toBe('leading');
        expect(tierOf(edge + 0.5, size, { leadingPercent: percent, potentialPercent: percent })).toBe(
          within(edge + 0.5, size, units) ? 'leading' : 'none',
        );
        expect(tierOf(edge + 1, size, { leadingPercent: percent, potentialPercent: percent })).toBe('none');
      }
    }
  });

  it('refuses a percent past six decimals and takes one with six, on both sides of each bound', () => {
    expect(tierOf(1, 10, { leadingPercent: 0.000001 })).toBe('potential');
    expect(codeOf(() => tierOf(1, 10, { leadingPercent: 0.0000001 }))).toBe('OPTIONS_INVALID');
    expect(tierOf(10, 10, { leadingPercent: 100, potentialPercent: 100 })).toBe('leading');
    expect(codeOf(() => tierOf(1, 10, { potentialPercent: 100.000001 }))).toBe('OPTIONS_INVALID');
    expect(tierOf(5, 10, { leadingPercent: 50, potentialPercent: 50 })).toBe('leading');
    expect(codeOf(() => tierOf(1, 10, { leadingPercent: 50.000001, potentialPercent: 50 }))).toBe(
      'OPTIONS_INVALID',
    );
    expect(tierOf(1, 10, { leadingPercent: 49.999999, potentialPercent: 50 })).toBe('leading');
  });
});

describe('tierOf on what JavaScript callers may pass', () => {
  it.each([
    ['a numeric string', '3'],
    ['a bigint', 3n],
    ['an object', { valueOf: (): number => 3 }],
    ['null', null],
  ])('refuses a rank of %s', (_label, rank) => {
    expect(codeOf(() => tierOf(rank as number, 10))).toBe('TIERING_INVALID_RANK');
  });

  it('refuses a cohort size of 0 or less with any rank', () => {
    for (const size of [0, -1, -10]) expect(codeOf(() => tierOf(1, size))).toBe('TIERING_INVALID_RANK');
    expect(caught(() => tierOf(1, 0))?.params).toEqual({ input: '1', cohortSize: '0' });
  });
});

describe('explanations write a share that ends within six decimals in full', () => {
  it('writes 1 of 32 as the top 3.125%, and 1 of 3 as 33.33%', () => {
    expect(explainTier({ rank: 1, cohortSize: 32, tier: 'leading' }, { locale: 'en' }).message).toBe(
      'Rank 1 of 32 → top 3.125% → leading company ((예비)선도기업, top 30%)',
    );
    expect(explainTier({ rank: 1, cohortSize: 3, tier: 'potential' }).message).toBe(
      '3개 중 1위 → 상위 33.33% → 잠재기업 (상위 30%~50%)',
    );
  });

  it('writes a threshold as the caller wrote it, up to six decimals', () => {
    const explained = explainTier(
      { rank: 1, cohortSize: 100, tier: 'leading' },
      { leadingPercent: 12.345, potentialPercent: 33.333333, locale: 'en' },
    );
    expect(explained.message).toBe('Rank 1 of 100 → top 1% → leading company ((예비)선도기업, top 12.345%)');
    const potential = explainTier(
      { rank: 20, cohortSize: 100, tier: 'potential' },
      { leadingPercent: 12.345, potentialPercent: 33.333333 },
    );
    expect(potential.message).toBe('100개 중 20위 → 상위 20% → 잠재기업 (상위 12.345%~33.333333%)');
  });
});
