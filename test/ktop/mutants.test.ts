import { describe, expect, it } from 'vitest';
import {
  defineScoreBands,
  formatOriginalityGrade,
  mapScore,
  type ScoreBand,
} from 'regional-innovation-rnd/ktop';
import { caughtRulesError } from '../support/errors';

describe('defineScoreBands: what counts as a band', () => {
  it('refuses a band without a value as a bad shape', () => {
    const bands = [
      { min: 0, max: 50, value: 'low' },
      { min: 50, max: 100 },
    ] as unknown as ScoreBand<string>[];
    const error = caughtRulesError(() => defineScoreBands(bands));
    expect(error?.code).toBe('KTOP_BANDS_INVALID');
    expect(error?.params).toEqual({ index: 1, reason: 'shape' });
    expect(error?.path).toEqual([1]);
  });

  it('refuses a function carrying min, max and value: a band is a plain object', () => {
    const band = Object.assign(() => undefined, { min: 0, max: 100, value: 'all' });
    const error = caughtRulesError(() => defineScoreBands([band]));
    expect(error?.code).toBe('KTOP_BANDS_INVALID');
    expect(error?.params).toEqual({ index: 0, reason: 'shape' });
  });

  it('refuses the same bands when a hand-made table is given to mapScore', () => {
    const table = { bands: [{ min: 0, max: 100 }], min: 0, max: 100 };
    const error = caughtRulesError(() => mapScore(50, table as never));
    expect(error?.code).toBe('KTOP_BANDS_INVALID');
    expect(error?.params).toEqual({ index: 0, reason: 'shape' });
  });
});

describe('formatOriginalityGrade: refused options', () => {
  it('says what options it takes when they are not an object', () => {
    const error = caughtRulesError(() => formatOriginalityGrade(3, null as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.params).toMatchObject({ option: 'options', input: 'null' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/\S/u));
  });

  it('says which styles it takes when the style is unknown', () => {
    const error = caughtRulesError(() => formatOriginalityGrade(3, { style: 'roman' } as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.params).toMatchObject({ option: 'style', input: '"roman"' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/\S/u));
    expect(error?.path).toEqual(['style']);
  });
});
