// The fixtures: every passing one passes; every failing one fails on exactly one issue (or one
// finding) of the code or rule its key names; all are frozen all the way down.
import { describe, expect, it } from 'vitest';
import { checkConsortium } from 'regional-innovation-rnd/consortium';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { EDITIONS } from 'regional-innovation-rnd/program';
import type { EditionId, TrackId } from 'regional-innovation-rnd/rules';
import {
  FIXTURES,
  TEST_SALES_THRESHOLDS,
  attestingAll,
  type GrantPlanFailure,
} from 'regional-innovation-rnd/testing';

const SCENARIOS = (Object.keys(FIXTURES) as EditionId[]).flatMap((edition) =>
  (Object.keys(FIXTURES[edition]) as TrackId[]).map((track) => ({
    edition,
    track,
    fixtures: FIXTURES[edition][track],
  })),
);

// The rule each grant-plan fixture breaks, by issue code (the cost shares are the SME's).
const GRANT_RULES: Record<GrantPlanFailure, string> = {
  GRANT_YEAR_CAP_EXCEEDED: 'grants.cap.per-year',
  GRANT_PUBLIC_SHARE_EXCEEDED: 'grants.cost-share.public.sme',
  GRANT_CASH_SHARE_TOO_LOW: 'grants.cost-share.cash.sme',
  GRANT_TOO_MANY_YEARS: 'grants.max-years',
  GRANT_PARTICIPANT_ZERO_TOTAL: 'grants.participant.nonzero',
  GRANT_PARTICIPANT_DUPLICATE: 'grants.participant.unique',
};

// The code and rule each consortium fixture should give; requirement keys give their own id.
function expectedConsortiumIssue(key: string, track: TrackId): { code: string; rule: string } {
  if (key.startsWith('consortium.')) return { code: 'CONSORTIUM_REQUIREMENT_UNMET', rule: key };
  const rule: Record<string, string> = {
    CONSORTIUM_LEAD_KIND: 'consortium.lead',
    CONSORTIUM_LEAD_TIER: 'consortium.lead',
    CONSORTIUM_LEAD_REGION: 'consortium.lead',
    REGION_UNKNOWN: 'consortium.lead',
    CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: `consortium.${track}.member-kinds`,
    CONSORTIUM_DUPLICATE_ID: 'consortium.unique',
    CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: 'consortium.unique',
    BUSINESS_NUMBER_INVALID: 'consortium.business-number',
  };
  return { code: key, rule: rule[key] ?? 'unexpected key' };
}

it('covers every edition × track', () => {
  expect(SCENARIOS.map(({ edition, track }) => `${edition} ${track}`)).toEqual([
    '2025 supply-chain',
    '2025 capability',
    '2026 supply-chain',
    '2026 capability',
  ]);
});

describe.each(SCENARIOS)('FIXTURES[$edition][$track]', ({ edition, track, fixtures }) => {
  describe('grantPlan', () => {
    it('passing passes, and is for its edition and track', () => {
      expect(fixtures.grantPlan.passing).toMatchObject({ edition, track });
      expect(checkGrantPlan(fixtures.grantPlan.passing).ok).toBe(true);
    });

    it('has one failing plan per rule that can fail alone', () => {
      expect(Object.keys(fixtures.grantPlan.failing).sort()).toEqual(Object.keys(GRANT_RULES).sort());
    });

    it.each(Object.entries(fixtures.grantPlan.failing))(
      'failing %s gives exactly that issue',
      (code, plan) => {
        const result = checkGrantPlan(plan);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.map((issue) => [issue.code, issue.rule.id])).toEqual([
          [code, GRANT_RULES[code as GrantPlanFailure]],
        ]);
        expect(result.warnings).toEqual([]);
      },
    );
  });

  describe('consortium', () => {
    const rules = EDITIONS[edition].tracks[track].consortium;

    it('passing passes', () => {
      expect(fixtures.consortium.passing).toMatchObject({ edition, track });
      expect(checkConsortium(fixtures.consortium.passing).ok).toBe(true);
    });

    it('has a failing consortium for each lead rule, composition requirement and identity rule', () => {
      const keys = Object.keys(fixtures.consortium.failing);
      expect(keys).toEqual(
        expect.arrayContaining([
          'CONSORTIUM_LEAD_KIND',
          'CONSORTIUM_LEAD_TIER',
          'CONSORTIUM_LEAD_REGION',
          'REGION_UNKNOWN',
          'CONSORTIUM_DUPLICATE_ID',
          'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
          'BUSINESS_NUMBER_INVALID',
          ...rules.requirements.map((requirement) => requirement.id),
        ]),
      );
      // A member of a kind not admitted only where the sources close the list (2026).
      expect(keys.includes('CONSORTIUM_MEMBER_KIND_NOT_ALLOWED')).toBe(rules.memberKinds !== null);
      expect(keys).toHaveLength(7 + rules.requirements.length + (rules.memberKinds === null ? 0 : 1));
    });

    it.each(Object.entries(fixtures.consortium.failing))(
      'failing %s gives exactly that issue',
      (key, input) => {
        const result = checkConsortium(input as never);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const expected = expectedConsortiumIssue(key, track);
        expect(result.issues.map((issue) => ({ code: issue.code, rule: issue.rule.id }))).toEqual([expected]);
      },
    );
  });

  describe('company', () => {
    const { options } = fixtures.company;

    it('options name the edition, the track and the test thresholds', () => {
      expect(options).toEqual({
        edition,
        track,
        overrides: TEST_SALES_THRESHOLDS,
        attest: attestingAll(edition),
      });
    });

    it('eligible is eligible', () => {
      expect(assessEligibility(fixtures.company.eligible, options).outcome).toBe('eligible');
    });

    it('has one ineligible profile per rule', () => {
      expect(Object.keys(fixtures.company.ineligible)).toEqual([
        'eligibility.sme',
        'eligibility.non-capital-region',
        'eligibility.key-industry',
        'eligibility.tier',
        'eligibility.sales',
      ]);
    });

    it.each(Object.entries(fixtures.company.ineligible))(
      'ineligible %s fails on that rule only',
      (rule, company) => {
        const assessment = assessEligibility(company, options);
        expect(assessment.outcome).toBe('ineligible');
        const failed = assessment.findings.filter((finding) => finding.status === 'fail');
        expect(failed.map((finding) => finding.rule.id)).toEqual([rule]);
      },
    );

    it.each(Object.entries(fixtures.company.ineligible).filter(([rule]) => rule !== 'eligibility.sales'))(
      'ineligible %s fails on that rule without the thresholds too',
      (rule, company) => {
        const assessment = assessEligibility(company, { edition, track });
        const failed = assessment.findings.filter((finding) => finding.status === 'fail');
        expect(failed.map((finding) => finding.rule.id)).toEqual([rule]);
      },
    );
  });
});

describe('FIXTURES are frozen all the way down', () => {
  const unfrozen: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (!Object.isFrozen(value)) unfrozen.push(path);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };

  it('every object and array is frozen', () => {
    walk(FIXTURES, 'FIXTURES');
    expect(unfrozen).toEqual([]);
    expect(Object.isFrozen(TEST_SALES_THRESHOLDS)).toBe(true);
  });

  it('a write throws in strict mode and changes nothing', () => {
    const plan = FIXTURES['2026']['supply-chain'].grantPlan.passing;
    expect(() => {
      (plan as { edition: string }).edition = '2025';
    }).toThrow(TypeError);
    expect(() => {
      (plan.years[0]?.participants as unknown[]).push({});
    }).toThrow(TypeError);
    expect(plan.edition).toBe('2026');
    expect(checkGrantPlan(plan).ok).toBe(true);
  });
});
