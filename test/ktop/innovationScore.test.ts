import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INNOVATION_SCORE_SCALE, checkInnovationScore } from 'regional-innovation-rnd/ktop';
import { en, ko } from 'regional-innovation-rnd/locales';
import { MSS_PRESS_RELEASE_2025_01_24 } from 'regional-innovation-rnd/sources';
import { codeOf } from '../support/errors';

describe('checkInnovationScore', () => {
  it.each([0, 100, 0.0001, 99.9999, 50, 87.5, Number.MIN_VALUE])('takes %d', (score) => {
    expect(checkInnovationScore(score)).toEqual({ ok: true, value: score, warnings: [] });
  });

  it('returns -0 as 0', () => {
    const result = checkInnovationScore(-0);
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it.each([
    [-0.0001, '-0.0001'],
    [100.0001, '100.0001'],
    [-1, '-1'],
    [101, '101'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [Number.MAX_VALUE, String(Number.MAX_VALUE)],
    ['87.5', '"87.5"'],
    ['50', '"50"'],
    ['', '""'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [50n, '50n'],
    [{}, '[object Object]'],
    [[50], '[array(1)]'],
  ])('refuses %o with one KTOP_SCORE_INVALID issue echoing %s', (score, input) => {
    const result = checkInnovationScore(score);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.code).toBe('KTOP_SCORE_INVALID');
    expect(issue?.params).toEqual({ input, min: 0, max: 100 });
    expect(issue?.path).toEqual([]);
    expect(issue?.rule.id).toBe('ktop.innovation-score.range');
    expect(issue?.rule.confidence).toBe('confirmed');
    expect(issue?.rule.sources.map((s) => s.date)).toEqual([MSS_PRESS_RELEASE_2025_01_24.date]);
  });

  it('writes the message in Korean by default and in English on request', () => {
    const params = { input: '101', min: 0, max: 100 };
    const korean = checkInnovationScore(101);
    const english = checkInnovationScore(101, { locale: 'en' });
    expect(!korean.ok && korean.issues[0]?.message).toBe(ko.KTOP_SCORE_INVALID(params));
    expect(!english.ok && english.issues[0]?.message).toBe(en.KTOP_SCORE_INVALID(params));
    expect(checkInnovationScore(101, { locale: 'ko' })).toEqual(korean);
  });

  it.each([[null], ['en'], [{ locale: 'fr' }]])('refuses the options %o with OPTIONS_INVALID', (options) => {
    expect(codeOf(() => checkInnovationScore(50, options as never))).toBe('OPTIONS_INVALID');
  });

  it('agrees with the stated scale', () => {
    expect(INNOVATION_SCORE_SCALE.value).toEqual({ min: 0, max: 100 });
    expect(INNOVATION_SCORE_SCALE.confidence).toBe('confirmed');
  });

  it('takes exactly the numbers from 0 to 100 (fast-check)', () => {
    fc.assert(
      fc.property(fc.double(), (score) => {
        const result = checkInnovationScore(score);
        expect(result.ok).toBe(score >= 0 && score <= 100);
        if (result.ok) expect(result.value).toBe(score + 0); // -0 comes back as 0
      }),
    );
  });

  it('never throws on random input, and refuses every non-number (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (x) => {
        const result = checkInnovationScore(x);
        if (typeof x !== 'number') expect(result.ok).toBe(false);
      }),
    );
  });
});
