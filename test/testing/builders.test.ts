// The builders: every default passes its validator in every edition × track, overrides take
// effect, bad options are typed errors, and every call gives a fresh object.
import { describe, expect, it } from 'vitest';
import { checkConsortium, isValidBusinessNumber } from 'regional-innovation-rnd/consortium';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { EDITIONS } from 'regional-innovation-rnd/program';
import type { EditionId, TrackId } from 'regional-innovation-rnd/rules';
import { isRulesError } from 'regional-innovation-rnd/rules';
import {
  TEST_SALES_THRESHOLDS,
  attestingAll,
  aBusinessNumber,
  aCompany,
  aConsortium,
  aGrantPlan,
} from 'regional-innovation-rnd/testing';
import { caughtRulesError } from '../support/errors';

const SCENARIOS: { edition: EditionId; track: TrackId }[] = [
  { edition: '2025', track: 'supply-chain' },
  { edition: '2025', track: 'capability' },
  { edition: '2026', track: 'supply-chain' },
  { edition: '2026', track: 'capability' },
];
const codes = (result: { ok: boolean; issues?: readonly { code: string }[] }): string[] =>
  (result.issues ?? []).map((issue) => issue.code);
describe('aBusinessNumber', () => {
  it('gives valid, distinct numbers in the dashed form', () => {
    const numbers = [0, 1, 2, 9, 10, 12345, 899_999_999].map((serial) => aBusinessNumber(serial));
    for (const number of numbers) {
      expect(number).toMatch(/^\d{3}-\d{2}-\d{5}$/u);
      expect(isValidBusinessNumber(number), number).toBe(true);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(aBusinessNumber()).toBe(aBusinessNumber(0));
  });

  it('computes the check digit of every serial alike (1,000 serials)', () => {
    for (let serial = 0; serial < 1000; serial += 1) {
      expect(isValidBusinessNumber(aBusinessNumber(serial * 7919))).toBe(true);
    }
  });

  it.each([-1, 1.5, 900_000_000, Number.NaN])('refuses the serial %s with OPTIONS_INVALID', (serial) => {
    expect(
      isRulesError(
        caughtRulesError(() => aBusinessNumber(serial)),
        'OPTIONS_INVALID',
      ),
    ).toBe(true);
  });
});

describe('aCompany', () => {
  it('is eligible for 2026 supply-chain with the documented defaults', () => {
    expect(aCompany()).toEqual({
      kind: 'sme',
      region: '부산',
      industry: '실버케어테크',
      tier: 'leading',
      rndIntensity: 0.05,
    });
    const options = { edition: '2026', track: 'supply-chain', attest: attestingAll('2026') } as const;
    expect(assessEligibility(aCompany(), options).outcome).toBe('eligible');
    // Without the attestations, the requirements our sources do not state are still to check.
    expect(assessEligibility(aCompany(), { edition: '2026', track: 'supply-chain' }).outcome).toBe(
      'undetermined',
    );
  });

  it.each(SCENARIOS)('is eligible for $edition $track with its tier and sales', ({ edition, track }) => {
    const tier = EDITIONS[edition].tracks[track].applicantTier;
    const company = aCompany({ tier, sales: '20억', salesGrowth: 0.1 });
    const options = { edition, track, overrides: TEST_SALES_THRESHOLDS, attest: attestingAll(edition) };
    expect(assessEligibility(company, options).outcome).toBe('eligible');
  });

  it('takes overrides field by field', () => {
    const company = aCompany({ region: '서울', tier: 'potential' });
    expect(company).toMatchObject({
      kind: 'sme',
      region: '서울',
      tier: 'potential',
      industry: '실버케어테크',
    });
    const assessment = assessEligibility(company, { edition: '2026', track: 'supply-chain' });
    expect(assessment.outcome).toBe('ineligible');
  });

  it('returns a fresh object each time', () => {
    const first = aCompany() as { region: string | number };
    first.region = '서울';
    expect(aCompany().region).toBe('부산');
    expect(aCompany()).not.toBe(aCompany());
  });
});

describe('aGrantPlan', () => {
  it.each(SCENARIOS)('passes checkGrantPlan for $edition $track', ({ edition, track }) => {
    const plan = aGrantPlan({ edition, track });
    const result = checkGrantPlan(plan);
    expect(codes(result)).toEqual([]);
    const caps = EDITIONS[edition].tracks[track];
    expect(plan.years).toHaveLength(caps.maxYears);
    // Each year exactly at the yearly cap; the SME exactly at 75% public and 10% cash.
    if (!result.ok) return;
    for (const year of result.value.years) {
      expect(year.headroom.publicFunding).toBe(0);
      const lead = year.participants[0];
      expect(lead).toMatchObject({ kind: 'sme', publicShare: '0.75', cashShare: '0.1' });
      expect(lead?.headroom).toEqual({ publicFunding: 0, cash: 0 });
      expect(year.participants[1]?.kind).toBe('university');
    }
  });

  it('defaults to 2026 supply-chain over 2 years', () => {
    const plan = aGrantPlan();
    expect(plan).toMatchObject({ edition: '2026', track: 'supply-chain' });
    expect(plan.years).toHaveLength(2);
    expect(plan.years[0]?.participants).toEqual([
      { id: 'lead', kind: 'sme', publicFunding: 300_000_000, cash: 10_000_000, inKind: 90_000_000 },
      { id: 'university', kind: 'university', publicFunding: 400_000_000, cash: 0, inKind: 0 },
    ]);
  });

  it.each(SCENARIOS)('passes with 1 year for $edition $track', ({ edition, track }) => {
    const plan = aGrantPlan({ edition, track, years: 1 });
    expect(plan.years).toHaveLength(1);
    expect(codes(checkGrantPlan(plan))).toEqual([]);
  });

  it.each(SCENARIOS)(
    'spreads the money over too many years so only the years rule fails ($edition $track)',
    ({ edition, track }) => {
      const years = EDITIONS[edition].tracks[track].maxYears + 1;
      expect(codes(checkGrantPlan(aGrantPlan({ edition, track, years })))).toEqual(['GRANT_TOO_MANY_YEARS']);
    },
  );

  it('uses the given participants in every year, copied', () => {
    const participants = [{ id: 'u', kind: 'university' as const, publicFunding: '1억', cash: 0, inKind: 0 }];
    const plan = aGrantPlan({ track: 'capability', participants });
    expect(plan.years.map((year) => year.participants)).toEqual([participants, participants]);
    expect(plan.years[0]?.participants[0]).not.toBe(participants[0]);
    expect(checkGrantPlan(plan).ok).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s years with OPTIONS_INVALID', (years) => {
    expect(
      isRulesError(
        caughtRulesError(() => aGrantPlan({ years })),
        'OPTIONS_INVALID',
      ),
    ).toBe(true);
  });

  it('refuses an unknown edition or track with a typed error', () => {
    expect(
      isRulesError(
        caughtRulesError(() => aGrantPlan({ edition: '2024' as EditionId })),
        'EDITION_UNKNOWN',
      ),
    ).toBe(true);
    expect(
      isRulesError(
        caughtRulesError(() => aGrantPlan({ track: 'other' as TrackId })),
        'OPTIONS_INVALID',
      ),
    ).toBe(true);
  });

  it('returns fresh objects each time', () => {
    const first = aGrantPlan();
    (first.years[0]?.participants as unknown[]).length = 0;
    (first as { edition: string }).edition = '2025';
    const second = aGrantPlan();
    expect(second.edition).toBe('2026');
    expect(second.years[0]?.participants).toHaveLength(2);
    expect(second.years[0]).not.toBe(second.years[1]);
    expect(checkGrantPlan(second).ok).toBe(true);
  });
});

describe('aConsortium', () => {
  it.each(SCENARIOS)('passes checkConsortium for $edition $track', ({ edition, track }) => {
    const consortium = aConsortium({ edition, track });
    const result = checkConsortium(consortium);
    expect(codes(result)).toEqual([]);
    for (const participant of [consortium.lead, ...consortium.members]) {
      expect(isValidBusinessNumber(participant.businessNumber), participant.id).toBe(true);
    }
    const numbers = [consortium.lead, ...consortium.members].map((p) => p.businessNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each([
    ['2025', 'supply-chain', ['university'], ['CONSORTIUM_MEMBER_KINDS_UNKNOWN']],
    ['2025', 'capability', [], []],
    ['2026', 'supply-chain', ['sme', 'university'], []],
    ['2026', 'capability', ['university'], []],
  ] as const)('has the members %s %s needs', (edition, track, kinds, warnings) => {
    const consortium = aConsortium({ edition, track });
    expect(consortium.members.map((member) => member.kind)).toEqual(kinds);
    expect(consortium.lead).toMatchObject({
      id: 'lead',
      kind: 'sme',
      region: '부산',
      tier: track === 'supply-chain' ? 'leading' : 'potential',
    });
    expect(checkConsortium(consortium).warnings.map((warning) => warning.code)).toEqual(warnings);
  });

  it('defaults to 2026 supply-chain', () => {
    expect(aConsortium()).toMatchObject({ edition: '2026', track: 'supply-chain' });
  });

  it('merges lead overrides and adapts the members to the lead', () => {
    const consortium = aConsortium({ lead: { kind: 'midsize', region: '대구' } });
    expect(consortium.lead).toMatchObject({ kind: 'midsize', region: '대구', tier: 'leading' });
    // Two SMEs are now needed besides the lead.
    expect(consortium.members.map((member) => member.kind)).toEqual(['sme', 'sme', 'university']);
    expect(codes(checkConsortium(consortium))).toEqual(['CONSORTIUM_LEAD_KIND']);
    expect(codes(checkConsortium(aConsortium({ lead: { region: '대구' } })))).toEqual([]);
  });

  it('uses the given members, copied', () => {
    const members = [{ id: 'ri', kind: 'research-institute' as const }];
    const consortium = aConsortium({ track: 'capability', members });
    expect(consortium.members).toEqual(members);
    expect(consortium.members[0]).not.toBe(members[0]);
    expect(checkConsortium(consortium).ok).toBe(true);
  });

  it('refuses an unknown edition or track with a typed error', () => {
    expect(
      isRulesError(
        caughtRulesError(() => aConsortium({ edition: '2030' as EditionId })),
        'EDITION_UNKNOWN',
      ),
    ).toBe(true);
    expect(
      isRulesError(
        caughtRulesError(() => aConsortium({ track: 'x' as TrackId })),
        'OPTIONS_INVALID',
      ),
    ).toBe(true);
  });

  it('returns fresh objects each time', () => {
    const first = aConsortium();
    (first.lead as { tier: string }).tier = 'none';
    (first.members as unknown[]).pop();
    const second = aConsortium();
    expect(second.lead.tier).toBe('leading');
    expect(second.members).toHaveLength(2);
    expect(checkConsortium(second).ok).toBe(true);
  });
});
