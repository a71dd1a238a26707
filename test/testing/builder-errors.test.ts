// The builders of the testing entry point: typed errors that point at the option.
import { describe, expect, it } from 'vitest';
import { isRulesError } from 'regional-innovation-rnd/rules';
import type { EditionId, TrackId } from 'regional-innovation-rnd/rules';
import { aBusinessNumber, aCompany, aConsortium, aGrantPlan } from 'regional-innovation-rnd/testing';
import { caughtRulesError } from '../support/errors';

describe('the builders: typed errors that point at the option', () => {
  it('an unknown edition is EDITION_UNKNOWN at the path ["edition"]', () => {
    const error = caughtRulesError(() => aGrantPlan({ edition: '2024' as EditionId }));
    expect(isRulesError(error, 'EDITION_UNKNOWN')).toBe(true);
    expect(isRulesError(error) && error.path).toEqual(['edition']);
  });

  it('an unknown track is OPTIONS_INVALID for the option "track", naming the tracks', () => {
    const error = caughtRulesError(() => aGrantPlan({ track: 'other' as TrackId }));
    expect(isRulesError(error, 'OPTIONS_INVALID')).toBe(true);
    if (!isRulesError(error, 'OPTIONS_INVALID')) return;
    expect(error.path).toEqual(['track']);
    expect(error.params.option).toBe('track');
    expect(error.params.expected).toContain('supply-chain');
    expect(error.params.expected).toContain('capability');
  });

  it('a serial out of range is OPTIONS_INVALID for the option "serial", naming the bound', () => {
    const error = caughtRulesError(() => aBusinessNumber(900_000_000));
    expect(isRulesError(error, 'OPTIONS_INVALID')).toBe(true);
    if (!isRulesError(error, 'OPTIONS_INVALID')) return;
    expect(error.path).toEqual(['serial']);
    expect(error.params.option).toBe('serial');
    expect(error.params.expected).toContain('899999999');
  });

  it('a number of years that is not a positive integer is OPTIONS_INVALID for the option "years"', () => {
    const error = caughtRulesError(() => aGrantPlan({ years: 0 }));
    expect(isRulesError(error, 'OPTIONS_INVALID')).toBe(true);
    if (!isRulesError(error, 'OPTIONS_INVALID')) return;
    expect(error.path).toEqual(['years']);
    expect(error.params.option).toBe('years');
    expect(error.params.expected).not.toBe('');
  });
});

describe('the builders: overrides they cannot use', () => {
  const refusal = (build: () => unknown): unknown => {
    const error = caughtRulesError(build);
    return error && [error.code, error.path];
  };

  it.each([
    ['participants that are not a list', () => aGrantPlan({ participants: 'x' as never }), ['participants']],
    [
      'a participant that is not an object',
      () => aGrantPlan({ participants: [7] as never }),
      ['participants'],
    ],
    [
      'more than 200 participants',
      () => aGrantPlan({ participants: new Array(201).fill({}) as never }),
      ['participants'],
    ],
    ['members with a hole', () => aConsortium({ members: new Array(2) as never }), ['members']],
    ['more than 50 years', () => aGrantPlan({ years: 51 }), ['years']],
    ['a track that is not a string', () => aGrantPlan({ track: ['supply-chain'] as never }), ['track']],
  ])('refuses %s with OPTIONS_INVALID at the option', (_label, build, path) => {
    expect(refusal(build)).toEqual(['OPTIONS_INVALID', path]);
  });

  it('refuses overrides whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
        get: () => {
          throw new Error('no');
        },
      },
    );
    for (const build of [() => aCompany(hostile), () => aGrantPlan(hostile), () => aConsortium(hostile)]) {
      expect(refusal(build)).toEqual(['OPTIONS_INVALID', ['overrides']]);
    }
  });
});
