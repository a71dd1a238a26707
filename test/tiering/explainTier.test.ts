import { describe, expect, it } from 'vitest';
import { TIER_THRESHOLDS } from 'regional-innovation-rnd/program';
import { isRulesError, TIER_LABELS } from 'regional-innovation-rnd/rules';
import { explainTier, tierCohort } from 'regional-innovation-rnd/tiering';

describe('explainTier', () => {
  const scores = [95, 90, 85, 80, 75, 70, 65, 60, 55, 50].map((score) => ({ score }));
  const results = tierCohort(scores, { score: 'score' });

  it('explains each assignment with its numbers and the rule’s sources', () => {
    const third = explainTier(results[2] ?? { rank: 0, cohortSize: 0, tier: 'none' });
    expect(third.params).toEqual({
      rank: 3,
      cohortSize: 10,
      topPercent: 30,
      tier: 'leading',
      leadingPercent: 30,
      potentialPercent: 50,
    });
    expect(third.rule.id).toBe('tiering.percentile');
    expect(third.rule.sources).toBe(TIER_THRESHOLDS.provenance.sources);
    expect(third.rule.confidence).toBe('confirmed');
    expect(third.message).toContain('10');
    expect(third.message).toContain('3');
    expect(third.message).toContain('(예비)선도기업');
  });

  it('writes English on request and Korean by default, each naming the tier by its label', () => {
    for (const result of results) {
      const ko = explainTier(result).message;
      const en = explainTier(result, { locale: 'en' }).message;
      expect(ko.endsWith(')')).toBe(true);
      expect(ko).toContain(`→ ${TIER_LABELS[result.tier].ko} (`);
      expect(en.startsWith(`Rank ${String(result.rank)} of 10`)).toBe(true);
      expect(en).toContain(`→ ${TIER_LABELS[result.tier].en} (`);
    }
    // Each tier occurs, so that every label is checked.
    expect(new Set(results.map((r) => r.tier)).size).toBe(3);
  });

  it('shows a top share with at most two decimals', () => {
    expect(explainTier({ rank: 1, cohortSize: 3, tier: 'potential' }).params.topPercent).toBeCloseTo(
      33.333,
      3,
    );
    expect(explainTier({ rank: 1, cohortSize: 3, tier: 'potential' }, { locale: 'en' }).message).toContain(
      '33.33%',
    );
  });

  it('follows other thresholds when given them', () => {
    const explanation = explainTier(
      { rank: 2, cohortSize: 10, tier: 'potential' },
      { leadingPercent: 10, potentialPercent: 20 },
    );
    expect(explanation.params).toMatchObject({ tier: 'potential', leadingPercent: 10, potentialPercent: 20 });
  });

  it('refuses to explain a tier the rank does not give (never contradicts the assignment)', () => {
    let caught: unknown;
    try {
      explainTier({ rank: 6, cohortSize: 10, tier: 'leading' });
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'OPTIONS_INVALID')).toBe(true);
    // It points at the assignment's tier and says which tier the rank gets.
    expect(isRulesError(caught) && [caught.path, caught.params]).toEqual([
      ['tier'],
      { option: 'tier', input: '"leading"', expected: "'none'" },
    ]);
  });
});

describe('error messages count items from 1 in Korean and name the index in English', () => {
  it('TIERING_INVALID_SCORE names the item, its index and its cohort', () => {
    let caught: unknown;
    try {
      tierCohort(
        [
          { c: 'x', s: 1 },
          { c: 'x', s: Number.NaN },
        ],
        { score: 's', cohort: 'c' },
      );
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'TIERING_INVALID_SCORE') && caught.params).toMatchObject({
      index: 1,
      cohort: 'x',
    });
    expect(isRulesError(caught) && caught.messages.ko).toMatch(/^2번째 항목\(인덱스 1\)/u);
    expect(isRulesError(caught) && caught.messages.en).toMatch(/index 1 \(cohort x\)/u);
  });
});

describe('explainTier in a locale it does not write', () => {
  it.each(['fr', 'KO', null, 1])('refuses locale %o with OPTIONS_INVALID at locale', (locale) => {
    let caught: unknown;
    try {
      explainTier({ rank: 1, cohortSize: 10, tier: 'leading' }, { locale: locale as never });
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'OPTIONS_INVALID') && caught.path).toEqual(['locale']);
    expect(isRulesError(caught, 'OPTIONS_INVALID') && caught.params).toMatchObject({ option: 'locale' });
  });

  it("writes Korean for locale 'ko' as for none", () => {
    const assignment = { rank: 1, cohortSize: 10, tier: 'leading' } as const;
    expect(explainTier(assignment, { locale: 'ko' }).message).toBe(explainTier(assignment).message);
  });
});
