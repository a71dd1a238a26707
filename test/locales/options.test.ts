import { describe, expect, it } from 'vitest';
import { createRulesError, localeOption } from 'regional-innovation-rnd/locales';
import { caughtRulesError } from '../support/errors';

describe('localeOption', () => {
  it("reads 'ko' (also by default) and 'en'", () => {
    expect(localeOption(undefined)).toBe('ko');
    expect(localeOption({})).toBe('ko');
    expect(localeOption({ locale: 'ko' })).toBe('ko');
    expect(localeOption({ locale: 'en' })).toBe('en');
  });

  it.each([null, 'en', 1, true])('refuses options that are not an object (%s) as a whole', (options) => {
    const error = caughtRulesError(() => localeOption(options));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual([]);
    expect(error?.params).toMatchObject({ option: 'options' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/\S/u));
  });

  it('refuses a locale it has no messages for, at the locale', () => {
    const error = caughtRulesError(() => localeOption({ locale: 'ja' }));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['locale']);
    expect(error?.params).toMatchObject({ option: 'locale', input: '"ja"' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/ko/u));
  });
});

describe('createRulesError', () => {
  it('has an empty path and no issues unless given', () => {
    const error = createRulesError('REGION_UNKNOWN', { input: '"서을"' });
    expect(error.path).toEqual([]);
    expect(error.issues).toEqual([]);
    expect(createRulesError('REGION_UNKNOWN', { input: '"서을"' }, ['region']).path).toEqual(['region']);
  });
});
