import { describe, expect, it } from 'vitest';
import { caughtRulesError, codeOf } from '../support/errors';
import { tierOf } from 'regional-innovation-rnd/tiering';
import { bigintTier } from './oracles';

describe('tierOf', () => {
  it.each([
    [1, 1, 'none'],
    [1, 2, 'potential'],
    [1, 3, 'potential'],
    [1, 4, 'leading'],
    [3, 10, 'leading'],
    [4, 10, 'potential'],
    [5, 10, 'potential'],
    [6, 10, 'none'],
    [2, 7, 'leading'],
    [3, 7, 'potential'],
    [4, 7, 'none'],
    [30, 100, 'leading'],
    [31, 100, 'potential'],
    [50, 100, 'potential'],
    [51, 100, 'none'],
    [2.5, 5, 'potential'],
    [1.5, 5, 'leading'],
  ])('rank %d of %d → %s', (rank, size, tier) => {
    expect(tierOf(rank, size)).toBe(tier);
  });

  it('decides every boundary exactly, on both sides, for every cohort size up to 5,000', () => {
    for (let size = 1; size <= 5_000; size += 1) {
      for (const percent of [30, 50]) {
        const edge = Math.floor((percent * size) / 100);
        for (const rank of [edge, edge + 1]) {
          if (rank < 1 || rank > size) continue;
          expect(tierOf(rank, size)).toBe(bigintTier(rank, size));
        }
      }
    }
  });

  it('takes other thresholds, exactly for decimals such as 33.3', () => {
    expect(tierOf(333, 1_000, { leadingPercent: 33.3, potentialPercent: 60 })).toBe('leading');
    expect(tierOf(334, 1_000, { leadingPercent: 33.3, potentialPercent: 60 })).toBe('potential');
    expect(tierOf(1, 10_000_000, { leadingPercent: 1e-5, potentialPercent: 1e-5 })).toBe('leading');
    expect(tierOf(2, 10_000_000, { leadingPercent: 1e-5, potentialPercent: 1e-5 })).toBe('none');
    expect(tierOf(10, 10, { leadingPercent: 100, potentialPercent: 100 })).toBe('leading');
    expect(tierOf(5, 10, { leadingPercent: 50 })).toBe('leading');
  });

  it.each([
    [0, 10],
    [11, 10],
    [-1, 10],
    [1.25, 10],
    [Number.NaN, 10],
    [1, 0],
    [1, 2.5],
    [1, Number.POSITIVE_INFINITY],
    [1, -3],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  ])('refuses rank %d of %d with TIERING_INVALID_RANK', (rank, size) => {
    expect(codeOf(() => tierOf(rank, size))).toBe('TIERING_INVALID_RANK');
  });

  it.each([
    [{ leadingPercent: 0 }],
    [{ leadingPercent: -5 }],
    [{ leadingPercent: 101 }],
    [{ leadingPercent: Number.NaN }],
    [{ leadingPercent: 60 }],
    [{ potentialPercent: 20 }],
    [{ potentialPercent: 100.5 }],
    [{ leadingPercent: '30' as unknown as number }],
    [null as unknown as object],
  ])('refuses thresholds %o with OPTIONS_INVALID', (options) => {
    expect(codeOf(() => tierOf(1, 10, options))).toBe('OPTIONS_INVALID');
  });
});

describe('which option a bad pair of thresholds is blamed on', () => {
  it('blames leadingPercent when it passes the default potential share and none was given', () => {
    const error = caughtRulesError(() => tierOf(1, 10, { leadingPercent: 60 }));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['leadingPercent']);
    expect(error?.params).toMatchObject({ option: 'leadingPercent', input: '60' });
    // At the default potential share exactly, it is fine.
    expect(tierOf(5, 10, { leadingPercent: 50 })).toBe('leading');
  });
  it('blames potentialPercent when both are given and potential is the smaller', () => {
    const error = caughtRulesError(() => tierOf(1, 10, { leadingPercent: 60, potentialPercent: 50 }));
    expect(error?.path).toEqual(['potentialPercent']);
    expect(error?.params).toMatchObject({ option: 'potentialPercent', input: '50' });
  });
});
