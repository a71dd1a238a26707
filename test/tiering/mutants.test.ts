import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import { explainTier, tierCohort, tierOf, type TiePolicy } from 'regional-innovation-rnd/tiering';

describe('tierCohort accessors', () => {
  it('reads the score and the cohort by a numeric property name (tuples)', () => {
    const rows: [string, number][] = [
      ['a', 10],
      ['b', 30],
      ['a', 20],
    ];
    const results = tierCohort(rows, { score: 1, cohort: 0 } as unknown as { score: (r: unknown) => number });
    expect(results.map((r) => [r.cohort, r.rank, r.cohortSize])).toEqual([
      ['a', 2, 2],
      ['b', 1, 1],
      ['a', 1, 2],
    ]);
  });

  it('reads the score and the cohort by a symbol property name', () => {
    const score = Symbol('score');
    const cohort = Symbol('cohort');
    const items = [
      { [score]: 1, [cohort]: 'x' },
      { [score]: 3, [cohort]: 'x' },
      { [score]: 2, [cohort]: 'y' },
    ];
    const results = tierCohort(items, { score, cohort } as unknown as { score: (r: unknown) => number });
    expect(results.map((r) => [r.cohort, r.rank, r.cohortSize])).toEqual([
      ['x', 2, 2],
      ['x', 1, 2],
      ['y', 1, 1],
    ]);
  });

  it('puts every item in the one cohort named "" when no cohort accessor is given', () => {
    const results = tierCohort([5, 9, 7], { score: (s) => s });
    expect(results.map((r) => [r.cohort, r.cohortSize, r.rank])).toEqual([
      ['', 3, 3],
      ['', 3, 1],
      ['', 3, 2],
    ]);
  });

  it('refuses a score accessor that is neither a property name nor a function, naming the option', () => {
    const error = caught(() => tierCohort([1], { score: true as unknown as (x: number) => number }));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'OPTIONS_INVALID',
      { option: 'score', input: 'true', expected: 'a property name or a function' },
      ['score'],
    ]);
  });

  it('refuses a cohort accessor that is neither a property name nor a function, naming the option', () => {
    const error = caught(() =>
      tierCohort([1], { score: (x) => x, cohort: 7n as unknown as (x: number) => string }),
    );
    expect([error?.code, error?.params, error?.path]).toEqual([
      'OPTIONS_INVALID',
      { option: 'cohort', input: '7n', expected: 'a property name or a function' },
      ['cohort'],
    ]);
  });

  it('refuses an input that is not an array as the items option, with an empty path', () => {
    const error = caught(() => tierCohort('abc' as unknown as number[], { score: (x) => x }));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'OPTIONS_INVALID',
      { option: 'items', input: '"abc"', expected: 'an array' },
      [],
    ]);
  });
});

describe('tierCohort tie policy errors', () => {
  it('refuses an unknown tie policy, naming the option and the policies it takes', () => {
    const error = caught(() => tierCohort([1], { score: (x) => x, ties: 'dense' as TiePolicy }));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'OPTIONS_INVALID',
      { option: 'ties', input: '"dense"', expected: "'min' | 'max' | 'average'" },
      ['ties'],
    ]);
  });
});

describe('tierCohort on a cohort wider than 16 index bits', () => {
  // 65,537 items need 17 bits of the sort key for the item's index.
  const n = 65_537; // a prime, so i ↦ i · 7919 mod n is a permutation of 0 … n − 1
  const scores = Array.from({ length: n }, (_, i) => (i * 7919) % n);

  it('ranks every item exactly', () => {
    const results = tierCohort(scores, { score: (s) => s });
    const wrong = results.filter((r, i) => r.rank !== n - (scores[i] as number)).length;
    expect(wrong).toBe(0);
    expect(results.filter((r) => r.tier === 'leading')).toHaveLength(Math.floor((n * 30) / 100));
  });

  it("ranks pairs of ties exactly with 'average'", () => {
    const halved = scores.map((s) => Math.floor(s / 2));
    const results = tierCohort(halved, { score: (s) => s, ties: 'average' });
    // Scores 0 … 32767 come in pairs; 32768 is alone at the top.
    const expected = (s: number): number => (s === 32_768 ? 1 : 2 * (32_767 - s) + 2.5);
    const wrong = results.filter((r, i) => r.rank !== expected(halved[i] as number)).length;
    expect(wrong).toBe(0);
  });
});

describe('thresholds options', () => {
  it.each([
    ['null', null, 'null'],
    ['a number', 42, '42'],
    ['a string', 'strict', '"strict"'],
  ])('refuses thresholds given as %s, naming the options object itself', (_label, options, input) => {
    for (const run of [
      () => tierOf(3, 10, options as unknown as object),
      () => explainTier({ rank: 3, cohortSize: 10, tier: 'leading' }, options as unknown as object),
      () => tierCohort([1], options as unknown as { score: (x: number) => number }),
    ]) {
      const error = caught(run);
      expect([error?.code, error?.params, error?.path]).toEqual([
        'OPTIONS_INVALID',
        { option: 'options', input, expected: 'an object' },
        [],
      ]);
    }
  });

  it.each([
    ['a bigint', 30n, '30n'],
    ['a numeric string', '30', '"30"'],
    ['zero', 0, '0'],
    ['seven decimals', 30.0000001, '30.0000001'],
  ])('refuses a leading share of %s as the leadingPercent option', (_label, leadingPercent, input) => {
    const error = caught(() => tierOf(1, 10, { leadingPercent: leadingPercent as number }));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'OPTIONS_INVALID',
      {
        option: 'leadingPercent',
        input,
        expected: '0 < leadingPercent ≤ potentialPercent ≤ 100, ≤ 6 decimals',
      },
      ['leadingPercent'],
    ]);
  });

  it('refuses a potential share above 100 as the potentialPercent option', () => {
    const error = caught(() => tierOf(1, 10, { potentialPercent: 101 }));
    expect([error?.code, error?.params, error?.path]).toEqual([
      'OPTIONS_INVALID',
      {
        option: 'potentialPercent',
        input: '101',
        expected: '0 < leadingPercent ≤ potentialPercent ≤ 100, ≤ 6 decimals',
      },
      ['potentialPercent'],
    ]);
  });
});

describe('explainTier on an assignment that is not an object', () => {
  it.each([
    ['null', null],
    ['a number', 3],
    [
      'a function carrying rank, size and tier',
      Object.assign(() => 0, { rank: 3, cohortSize: 10, tier: 'leading' }),
    ],
  ])('refuses %s as a rank that does not fit', (_label, assignment) => {
    const error = caught(() =>
      explainTier(assignment as unknown as { rank: number; cohortSize: number; tier: 'none' }),
    );
    expect([error?.code, error?.params]).toEqual([
      'TIERING_INVALID_RANK',
      { input: 'undefined', cohortSize: 'undefined' },
    ]);
  });
});
