// Where the errors the modules build point, what they carry, and how a caller's options are read
// (the `{ locale }` of a check, one option at a time): through the public functions that use them.
import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { checkInnovationScore } from 'regional-innovation-rnd/ktop';
import { formatKRW } from 'regional-innovation-rnd/money';
import { getEdition, toInstant } from 'regional-innovation-rnd/program';
import { requireRegion } from 'regional-innovation-rnd/regions';
import { tierCohort, tierOf } from 'regional-innovation-rnd/tiering';
import { caughtRulesError } from '../support/errors';

describe('the locale of a check', () => {
  it("is 'ko' by default and 'en' on request", () => {
    const korean = checkInnovationScore(101);
    const english = checkInnovationScore(101, { locale: 'en' });
    expect(!korean.ok && korean.issues[0]?.message).toMatch(/^K-TOP 기업혁신역량 점수/u);
    expect(!english.ok && english.issues[0]?.message).toMatch(/^The K-TOP innovation score/u);
    expect(checkInnovationScore(101, {}).ok).toBe(false);
  });

  it.each([null, 'en', 1, true])('refuses options that are not an object (%s) as a whole', (options) => {
    const error = caughtRulesError(() => checkInnovationScore(50, options as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual([]);
    expect(error?.params).toMatchObject({ option: 'options' });
  });

  it('refuses a locale it has no messages for, at the locale', () => {
    const error = caughtRulesError(() => checkGrantPlan({} as never, { locale: 'ja' } as never));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['locale']);
    expect(error?.params).toMatchObject({ option: 'locale', input: '"ja"' });
    expect(error?.params).toHaveProperty('expected', expect.stringMatching(/ko/u));
  });
});

describe('reading one option', () => {
  it('turns an option that cannot be read into OPTIONS_INVALID naming it', () => {
    const options = {
      get style(): never {
        throw new Error('no');
      },
    };
    const error = caughtRulesError(() => formatKRW(1, options));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['style']);
    expect(error?.params).toMatchObject({ option: 'style', input: '[object Object]' });
  });

  it('turns a revoked proxy into OPTIONS_INVALID as well', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = caughtRulesError(() => formatKRW(1, proxy));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.path).toEqual(['style']);
  });
});

describe('errors: where they point and what they carry', () => {
  it('point at the input as a whole when it is one value', () => {
    expect(caughtRulesError(() => getEdition('2024' as never))?.path).toEqual([]);
    expect(caughtRulesError(() => requireRegion('서을'))?.path).toEqual([]);
    expect(caughtRulesError(() => tierOf(11, 10))?.path).toEqual([]);
  });

  it('point a cohort or score error at the item it names', () => {
    const rows = [
      { score: 1, cohort: 'a' },
      { score: 2, cohort: 7 },
    ];
    expect(
      caughtRulesError(() => tierCohort(rows as never, { score: 'score', cohort: 'cohort' }))?.path,
    ).toEqual([1]);
    const scores = [{ score: 1 }, { score: 2 }, { score: Number.NaN }];
    const error = caughtRulesError(() => tierCohort(scores, { score: 'score' }));
    expect([error?.code, error?.path]).toEqual(['TIERING_INVALID_SCORE', [2]]);
    expect(error?.params).toMatchObject({ index: 2, input: 'NaN' });
  });

  it('echo what was given', () => {
    expect(caughtRulesError(() => toInstant('2025-02-30'))?.params).toMatchObject({ input: '"2025-02-30"' });
    expect(caughtRulesError(() => tierOf(11, 10))?.params).toEqual({ input: '11', cohortSize: '10' });
    expect(caughtRulesError(() => tierOf(Number.NaN, '3' as never))?.params).toEqual({
      input: 'NaN',
      cohortSize: '"3"',
    });
    expect(caughtRulesError(() => getEdition('2024' as never))?.params).toEqual({
      input: '"2024"',
      known: ['2025', '2026'],
    });
  });

  it('carry both messages, Korean and English, and name the code in `message`', () => {
    const error = caughtRulesError(() => requireRegion('서을'));
    expect(error?.messages.ko).toMatch(/^알 수 없는 시·도입니다/u);
    expect(error?.messages.en).toMatch(/^Unknown region/u);
    expect(error?.message).toContain('REGION_UNKNOWN');
  });
});
