// The requirements the sources do not state: unknown until attested, `needs` that say what would
// decide each finding, and the outcome `eligible` only when nothing is left undecided.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessEligibility,
  type AssessOptions,
  type CompanyProfile,
  type EligibilityAssessment,
} from 'regional-innovation-rnd/eligibility';
import { EDITION_IDS, getEdition } from 'regional-innovation-rnd/program';
import type { EditionId, Finding, TrackId } from 'regional-innovation-rnd/rules';
import { attestingAll } from 'regional-innovation-rnd/testing';
import { caughtRulesError } from '../support/errors';

const TRACKS: readonly TrackId[] = ['supply-chain', 'capability'];
const STATED = [
  'eligibility.sme',
  'eligibility.non-capital-region',
  'eligibility.key-industry',
  'eligibility.tier',
  'eligibility.sales',
];
const UNSTATED = [
  'eligibility.employees',
  'eligibility.research-institute',
  'eligibility.location',
  'eligibility.participation-restriction',
  'eligibility.tax-arrears',
  'eligibility.double-funding',
];

// The README's company: every stated rule of 2026 passes (R&D intensity 5%).
const company: CompanyProfile = {
  kind: 'sme',
  region: '부산',
  industry: '실버케어테크',
  tier: 'leading',
  rndIntensity: 0.05,
};
const options: AssessOptions = { edition: '2026', track: 'supply-chain' };

const findingOf = (assessment: EligibilityAssessment, id: string): Finding => {
  const found = assessment.findings.find((f) => f.rule.id === id);
  if (found === undefined) throw new Error(`no finding ${id}`);
  return found;
};

describe('requirements the sources do not state', () => {
  it.each(EDITION_IDS)('%s lists the six unstated requirements, none confirmed', (edition) => {
    const requirements = getEdition(edition).eligibility.requirements;
    expect(requirements.map((r) => r.id)).toEqual(UNSTATED);
    for (const requirement of requirements) {
      expect(requirement.provenance.confidence).not.toBe('confirmed');
      expect(requirement.provenance.sources.length).toBeGreaterThan(0);
    }
  });

  it('keeps a company that meets every stated rule undetermined until each is attested', () => {
    const assessment = assessEligibility(company, options);
    expect(assessment.outcome).toBe('undetermined');
    expect(assessment.findings.filter((f) => STATED.includes(f.rule.id)).map((f) => f.status)).toEqual(
      STATED.map(() => 'pass'),
    );
    for (const id of UNSTATED) {
      const finding = findingOf(assessment, id);
      expect(finding.status).toBe('unknown');
      expect(finding.rule.confidence).toBe('derived');
      expect(finding.needs).toContain(`attest.${id}`);
    }
  });

  it('orders findings: stated rules, the unstated requirements, then K-TOP', () => {
    for (const edition of EDITION_IDS) {
      for (const track of TRACKS) {
        const ids = assessEligibility(company, { edition, track }).findings.map((f) => f.rule.id);
        expect(ids).toEqual([...STATED, ...UNSTATED, 'eligibility.ktop']);
      }
    }
  });

  it('is eligible once every requirement is attested as met', () => {
    const assessment = assessEligibility(company, { ...options, attest: attestingAll('2026') });
    expect(assessment.outcome).toBe('eligible');
    expect(assessment.needs).toEqual([]);
    for (const id of UNSTATED) {
      const finding = findingOf(assessment, id);
      expect(finding.status).toBe('pass');
      expect(finding.params['decidedBy']).toBe('attestation');
      expect(finding.params['attested']).toBe(true);
      expect(finding.needs).toEqual([]);
    }
  });

  it.each(UNSTATED)('fails on %s attested as not met, and only there', (id) => {
    const attest = { ...attestingAll('2026'), [id]: false };
    const assessment = assessEligibility(company, { ...options, attest });
    expect(assessment.outcome).toBe('ineligible');
    expect(assessment.findings.filter((f) => f.status === 'fail').map((f) => f.rule.id)).toEqual([id]);
    expect(findingOf(assessment, id).params).toMatchObject({ decidedBy: 'attestation', attested: false });
  });

  it('stays undetermined while a single requirement is left', () => {
    const rest = Object.fromEntries(
      Object.entries(attestingAll('2026')).filter(([id]) => id !== 'eligibility.tax-arrears'),
    );
    const assessment = assessEligibility(company, { ...options, attest: rest });
    expect(assessment.outcome).toBe('undetermined');
    expect(assessment.needs).toEqual(['attest.eligibility.tax-arrears']);
  });

  it('refuses to attest an id that is not a requirement of the edition', () => {
    for (const id of [
      'eligibility.sme',
      'eligibility.sales',
      'eligibility.nope',
      'constructor',
      '__proto__',
    ]) {
      const attest = JSON.parse(`{${JSON.stringify(id)}: true}`) as Record<string, boolean>;
      const error = caughtRulesError(() => assessEligibility(company, { ...options, attest }));
      expect(error?.code, id).toBe('OPTIONS_INVALID');
      expect(error?.path).toEqual(['attest', id]);
      expect(error?.params).toMatchObject({ option: 'attest' });
    }
  });

  it('refuses an attestation that is not true or false, and attest that is not an object', () => {
    const notBoolean = caughtRulesError(() =>
      assessEligibility(company, {
        ...options,
        attest: { 'eligibility.location': 'yes' as unknown as boolean },
      }),
    );
    expect(notBoolean?.code).toBe('OPTIONS_INVALID');
    expect(notBoolean?.path).toEqual(['attest', 'eligibility.location']);
    for (const attest of ['all', 1, true, null]) {
      const error = caughtRulesError(() =>
        assessEligibility(company, { ...options, attest: attest as never }),
      );
      expect(error?.code).toBe('OPTIONS_INVALID');
      expect(error?.path).toEqual(['attest']);
    }
  });

  it('refuses attestations and thresholds that are not plain objects, though they have no keys to read', () => {
    const notMaps = [[], new Array(1_000_000), new Map([['eligibility.location', true]]), new Date(0)];
    for (const value of notMaps) {
      for (const option of ['attest', 'overrides'] as const) {
        const error = caughtRulesError(() =>
          assessEligibility(company, { ...options, [option]: value as never }),
        );
        expect(error?.code, `${option}: ${Object.prototype.toString.call(value)}`).toBe('OPTIONS_INVALID');
        expect(error?.path).toEqual([option]);
      }
    }
    const bare = Object.assign(Object.create(null) as object, { 'eligibility.location': true });
    const attested = assessEligibility(company, { ...options, attest: bare });
    expect(attested.findings.find((f) => f.rule.id === 'eligibility.location')?.status).toBe('pass');
  });

  it('turns an attestation whose value cannot be read into a RulesError', () => {
    const attest = {
      get 'eligibility.location'(): boolean {
        throw new Error('boom');
      },
    };
    const error = caughtRulesError(() => assessEligibility(company, { ...options, attest }));
    expect(error?.code).toBe('OPTIONS_INVALID');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(
      caughtRulesError(() => assessEligibility(company, { ...options, attest: revoked.proxy }))?.code,
    ).toBe('OPTIONS_INVALID');
  });
});

describe('the head-count requirement', () => {
  const employees = (count: number | undefined, min: number | undefined, attest?: boolean): Finding =>
    findingOf(
      assessEligibility(
        { ...company, ...(count === undefined ? {} : { employees: count }) },
        {
          ...options,
          ...(min === undefined ? {} : { overrides: { minEmployees: min } }),
          ...(attest === undefined ? {} : { attest: { 'eligibility.employees': attest } }),
        },
      ),
      'eligibility.employees',
    );

  it('is decided by the head count and a threshold the caller gives, on both sides of it', () => {
    expect(employees(5, 5)).toMatchObject({
      status: 'pass',
      params: { decidedBy: 'facts', employees: 5, minEmployees: 5 },
    });
    expect(employees(4, 5)).toMatchObject({
      status: 'fail',
      params: { decidedBy: 'facts', employees: 4, minEmployees: 5 },
    });
    expect(employees(0, 0).status).toBe('pass');
  });

  it('names what is missing: the head count, the threshold, or an attestation', () => {
    expect(employees(undefined, undefined).needs).toEqual([
      'employees',
      'overrides.minEmployees',
      'attest.eligibility.employees',
    ]);
    expect(employees(12, undefined).needs).toEqual([
      'overrides.minEmployees',
      'attest.eligibility.employees',
    ]);
    expect(employees(undefined, 5).needs).toEqual(['employees', 'attest.eligibility.employees']);
    expect(employees(12, undefined).params['employees']).toBe(12);
  });

  it('takes an attestation before the facts', () => {
    expect(employees(4, 5, true)).toMatchObject({ status: 'pass', params: { decidedBy: 'attestation' } });
    expect(employees(50, 5, false)).toMatchObject({ status: 'fail', params: { decidedBy: 'attestation' } });
  });

  it('refuses a head count or a threshold that is not a whole number of people', () => {
    for (const value of [-1, 2.5, Number.NaN, '5']) {
      expect(
        caughtRulesError(() => assessEligibility({ ...company, employees: value as number }, options))?.path,
      ).toEqual(['employees']);
      const error = caughtRulesError(() =>
        assessEligibility(company, { ...options, overrides: { minEmployees: value as number } }),
      );
      expect(error?.code).toBe('INPUT_INVALID');
      expect(error?.path).toEqual(['overrides', 'minEmployees']);
    }
  });
});

describe('needs', () => {
  it('is the union of the findings’ needs, in finding order, each once', () => {
    const assessment = assessEligibility(
      { kind: 'sme', region: '부산' },
      { edition: '2025', track: 'capability' },
    );
    const union = [...new Set(assessment.findings.flatMap((f) => f.needs))];
    expect(assessment.needs).toEqual(union);
    expect(assessment.needs.slice(0, 6)).toEqual([
      'industry',
      'tier',
      'sales',
      'salesGrowth',
      'overrides.minSales',
      'overrides.minSalesGrowth',
    ]);
  });

  it('is empty on every decided finding and on the K-TOP information', () => {
    const assessment = assessEligibility({ ...company, kind: 'midsize', region: '서울' }, options);
    for (const finding of assessment.findings) {
      if (finding.status !== 'unknown' || finding.role === 'information') expect(finding.needs).toEqual([]);
      else expect(finding.needs.length).toBeGreaterThan(0);
    }
  });

  it('lists what is still to check at the end of the explanation, in both languages', () => {
    for (const locale of ['ko', 'en'] as const) {
      const undetermined = assessEligibility(company, { ...options, locale });
      const lines = undetermined.explanation.split('\n');
      const heading = lines.findIndex(
        (line) => line === (locale === 'ko' ? '확인할 사항:' : 'Still to check:'),
      );
      expect(heading).toBeGreaterThan(0);
      expect(lines.length - heading - 1).toBe(undetermined.findings.filter((f) => f.needs.length > 0).length);
      const decided = assessEligibility(company, { ...options, locale, attest: attestingAll('2026') });
      expect(decided.explanation).not.toContain(locale === 'ko' ? '확인할 사항' : 'Still to check');
    }
  });
});

// Properties over random companies: any kind, region, industry (known, unknown, blank), tier and
// figures, with or without thresholds.
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const profiles: fc.Arbitrary<CompanyProfile> = fc
  .record({
    kind: fc.constantFrom('sme', 'midsize', 'large', 'university'),
    region: fc.constantFrom('부산', '대전', '경북', '서울', '전남', '26', 'Gangwon'),
    industry: optional(
      fc.constantFrom('실버케어테크', '디지털헬스케어', '라이프케어소재', '라이프케어소', '', '지능형로봇'),
    ),
    tier: optional(fc.constantFrom('leading', 'potential', 'none')),
    sales: optional(fc.integer({ min: 0, max: 5_000_000_000 })),
    salesGrowth: optional(fc.double({ min: -1, max: 2, noNaN: true })),
    rndIntensity: optional(fc.double({ min: 0, max: 0.2, noNaN: true })),
    employees: optional(fc.integer({ min: 0, max: 300 })),
  })
  .map(
    (record) =>
      Object.fromEntries(
        Object.entries(record).filter(([, value]) => value !== undefined),
      ) as unknown as CompanyProfile,
  );
const overridesArb = fc.record(
  {
    minSales: fc.integer({ min: 0, max: 3_000_000_000 }),
    minSalesGrowth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    minEmployees: fc.integer({ min: 0, max: 50 }),
  },
  { requiredKeys: [] },
);
const assessed = (
  profile: CompanyProfile,
  [edition, track]: readonly [EditionId, TrackId],
  overrides: NonNullable<AssessOptions['overrides']>,
  attest = {},
) => assessEligibility(profile, { edition, track, overrides, attest });
const editionAndTrack = fc.tuple(fc.constantFrom(...EDITION_IDS), fc.constantFrom(...TRACKS));

describe('attestations, as properties', () => {
  it('attesting every need of an undetermined assessment never makes it ineligible unless a stated rule fails', () => {
    fc.assert(
      fc.property(profiles, editionAndTrack, overridesArb, (profile, call, overrides) => {
        const first = assessed(profile, call, overrides);
        const attest = Object.fromEntries(
          first.needs
            .filter((need) => need.startsWith('attest.'))
            .map((need) => [need.slice('attest.'.length), true]),
        );
        const second = assessed(profile, call, overrides, attest);
        const statedFails = second.findings.some((f) => STATED.includes(f.rule.id) && f.status === 'fail');
        if (first.outcome === 'undetermined' && second.outcome === 'ineligible')
          expect(statedFails).toBe(true);
        expect(second.needs.some((need) => need.startsWith('attest.'))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an attestation never changes a stated rule’s finding', () => {
    fc.assert(
      fc.property(
        profiles,
        editionAndTrack,
        overridesArb,
        fc.subarray(UNSTATED),
        fc.boolean(),
        (profile, call, overrides, ids, value) => {
          const without = assessed(profile, call, overrides);
          const withAttest = assessed(
            profile,
            call,
            overrides,
            Object.fromEntries(ids.map((id) => [id, value])),
          );
          const stated = (a: EligibilityAssessment) => a.findings.filter((f) => STATED.includes(f.rule.id));
          expect(stated(withAttest)).toEqual(stated(without));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an assessment is eligible exactly when it has no fail and no unknown that counts, and needs nothing', () => {
    fc.assert(
      fc.property(
        profiles,
        editionAndTrack,
        overridesArb,
        fc.boolean(),
        (profile, call, overrides, attestAll) => {
          const assessment = assessed(profile, call, overrides, attestAll ? attestingAll(call[0]) : {});
          const counted = assessment.findings.filter((f) => f.role !== 'information');
          const expected = counted.some((f) => f.status === 'fail')
            ? 'ineligible'
            : counted.some((f) => f.status === 'unknown')
              ? 'undetermined'
              : 'eligible';
          expect(assessment.outcome).toBe(expected);
          if (assessment.outcome === 'eligible') expect(assessment.needs).toEqual([]);
          if (assessment.outcome === 'undetermined') expect(assessment.needs.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
