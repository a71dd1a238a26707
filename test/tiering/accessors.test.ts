// How tierCohort reads each item's score and cohort: by property name (string, number or symbol)
// or by function; and what it says about an accessor it cannot use.
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import { tierCohort } from 'regional-innovation-rnd/tiering';

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
