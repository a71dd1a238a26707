import { describe, expect, it } from 'vitest';
import {
  dateInvalidError,
  editionUnknownError,
  industryInvalidError,
  readOption,
  tieringInvalidCohortError,
  tieringInvalidRankError,
} from 'regional-innovation-rnd/locales';
import { caughtRulesError } from '../support/errors';

describe('error builders: paths', () => {
  it('point at the input as a whole when no path is given', () => {
    expect(editionUnknownError('2024', ['2025', '2026']).path).toEqual([]);
    expect(dateInvalidError('2025-03-04', 'an instant').path).toEqual([]);
    expect(industryInvalidError('x', 'shape').path).toEqual([]);
  });

  it('point a cohort error at the item it names', () => {
    expect(tieringInvalidCohortError(3, 42).path).toEqual([3]);
  });

  it('point a rank error at the input as a whole', () => {
    expect(tieringInvalidRankError(11, 10).path).toEqual([]);
  });
});

describe('error builders: parameters', () => {
  it('DATE_INVALID carries the echoed input and what is accepted', () => {
    expect(dateInvalidError('2025-02-30', 'an instant').params).toEqual({
      input: '"2025-02-30"',
      expected: 'an instant',
    });
  });

  it('TIERING_INVALID_RANK carries the rank and the cohort size, echoed', () => {
    expect(tieringInvalidRankError(11, 10).params).toEqual({ input: '11', cohortSize: '10' });
    expect(tieringInvalidRankError(Number.NaN, '3').params).toEqual({ input: 'NaN', cohortSize: '"3"' });
  });
});

describe('readOption', () => {
  it('reads an option', () => {
    expect(readOption({ locale: 'en' }, 'locale')).toBe('en');
  });

  it('turns an option that cannot be read into OPTIONS_INVALID naming it', () => {
    const options = {
      get locale(): never {
        throw new Error('no');
      },
    };
    const error = caughtRulesError(() => readOption(options, 'locale'));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['locale']);
    expect(error?.params).toMatchObject({ option: 'locale', input: '[object Object]' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/\S/u));
  });

  it('turns a revoked proxy into OPTIONS_INVALID as well', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = caughtRulesError(() => readOption(proxy, 'style'));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['style']);
  });
});
