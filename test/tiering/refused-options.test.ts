// Options the tiering functions refuse: the option named, the value echoed, what it takes.
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import { explainTier, tierCohort, tierOf, type TiePolicy } from 'regional-innovation-rnd/tiering';

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
