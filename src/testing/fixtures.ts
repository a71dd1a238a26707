import { INSTITUTION_KINDS, TRACK_IDS } from '../rules/kinds';
import type { ConsortiumInput, ConsortiumParticipantInput } from '../consortium/types';
import type { AssessOptions, CompanyProfile } from '../eligibility/types';
import type { GrantParticipantInput, GrantPlanInput } from '../grants/types';
import type { MoneyInput } from '../money/types';
import { EDITION_IDS } from '../program/editions/index';
import { getEdition } from '../program/getEdition';
import { deepFreeze } from '../rules/deepFreeze';
import type { EditionId, TrackId } from '../rules/types';
import { aBusinessNumber, aCompany, aConsortium, aGrantPlan, rulesOf } from './builders';

/**
 * The issue codes a grant-plan fixture fails on, one each: every rule of
 * {@link grants!checkGrantPlan} that can fail alone. `GRANT_TOTAL_CAP_EXCEEDED` is not among them:
 * in both editions the total cap is `maxYears × maxGrantPerYear`, so it cannot be broken without
 * breaking a yearly cap or the number of years as well.
 */
export type GrantPlanFailure =
  | 'GRANT_YEAR_CAP_EXCEEDED'
  | 'GRANT_PUBLIC_SHARE_EXCEEDED'
  | 'GRANT_CASH_SHARE_TOO_LOW'
  | 'GRANT_TOO_MANY_YEARS'
  | 'GRANT_PARTICIPANT_ZERO_TOTAL'
  | 'GRANT_PARTICIPANT_DUPLICATE';

/**
 * The keys of the failing consortium fixtures: an issue code of {@link consortium!checkConsortium},
 * or, for `CONSORTIUM_REQUIREMENT_UNMET`, the id of the composition requirement that is unmet
 * (`'consortium.2026.min-smes'`), which is also the rule id.
 */
export type ConsortiumFailure =
  | 'CONSORTIUM_LEAD_KIND'
  | 'CONSORTIUM_LEAD_TIER'
  | 'CONSORTIUM_LEAD_REGION'
  | 'REGION_UNKNOWN'
  | 'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED'
  | 'CONSORTIUM_DUPLICATE_ID'
  | 'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER'
  | 'BUSINESS_NUMBER_INVALID'
  | `consortium.${string}`;

/**
 * The eligibility rules a company fixture fails on, one each (the ids of the findings of
 * {@link eligibility!assessEligibility}).
 */
export type EligibilityRuleId =
  | 'eligibility.sme'
  | 'eligibility.non-capital-region'
  | 'eligibility.key-industry'
  | 'eligibility.tier'
  | 'eligibility.sales';

/**
 * Grant plans of one edition and track: one that passes, and one per rule that fails on exactly
 * that rule (one issue, of the key's code).
 *
 * @example
 * ```ts
 * import { FIXTURES } from 'regional-innovation-rnd/testing';
 * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
 * const { grantPlan } = FIXTURES['2026']['supply-chain'];
 * checkGrantPlan(grantPlan.passing).ok; // true
 * ```
 */
export interface GrantPlanFixtures {
  /**
   * A plan that passes: {@link aGrantPlan} for the edition and track.
   */
  readonly passing: GrantPlanInput;
  /**
   * Plans that fail on one rule each, keyed by the issue code: the yearly cap exceeded by 1 won
   * (a one-year plan); the SME's public share 1 won over 75%; its cash 1 won under 10% of its own
   * share; one year too many; a participant with nothing; a participant twice in a year.
   */
  readonly failing: Readonly<Record<GrantPlanFailure, GrantPlanInput>>;
}

/**
 * Consortia of one edition and track: one that passes, and one per rule that fails on exactly
 * that rule (one issue). The fixtures that add a member (`CONSORTIUM_DUPLICATE_ID`,
 * `CONSORTIUM_DUPLICATE_BUSINESS_NUMBER`) also draw the warning `CONSORTIUM_MEMBER_KINDS_UNKNOWN`
 * in 2025 capability, where the sources do not say who may join.
 *
 * @example
 * ```ts
 * import { FIXTURES } from 'regional-innovation-rnd/testing';
 * import { checkConsortium } from 'regional-innovation-rnd/consortium';
 * checkConsortium(FIXTURES['2026']['supply-chain'].consortium.passing).ok; // true
 * ```
 */
export interface ConsortiumFixtures {
  /**
   * A consortium that passes: {@link aConsortium} for the edition and track.
   */
  readonly passing: ConsortiumInput;
  /**
   * Consortia that fail on one rule each: a midsize lead, a lead of tier `none`, a lead in 서울, a
   * lead region no one knows, each composition requirement of the track unmet (keyed by its id),
   * a member of a kind the track does not admit (2026 only, where the sources close the list), an
   * id twice, a business number twice, a business number with a wrong check digit.
   */
  readonly failing: Readonly<Partial<Record<ConsortiumFailure, ConsortiumInput>>>;
}

/**
 * Company profiles of one edition and track, for {@link eligibility!assessEligibility} with
 * `options`: one `eligible`, and one per rule that fails on exactly that rule.
 *
 * @example
 * ```ts
 * import { FIXTURES } from 'regional-innovation-rnd/testing';
 * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
 * const { company } = FIXTURES['2025'].capability;
 * assessEligibility(company.eligible, company.options).outcome; // 'eligible'
 * assessEligibility(company.ineligible['eligibility.tier'], company.options).outcome; // 'ineligible'
 * ```
 */
export interface CompanyFixtures {
  /**
   * The options to assess the profiles with: the edition, the track, sales thresholds made up
   * for tests (10억원, 5% growth) — the program's own thresholds are not public, and without
   * thresholds the sales rule is `unknown` (in 2025; in 2026 R&D intensity ≥ 5% decides it) — and
   * every unstated requirement attested as met ({@link attestingAll}).
   */
  readonly options: AssessOptions;
  /**
   * An eligible profile: {@link aCompany} with the track's tier, 20억원 sales and 10% growth.
   */
  readonly eligible: CompanyProfile;
  /**
   * Profiles that fail on one rule each, keyed by the rule id: a midsize company; a company in
   * 서울 (with no industry, so the key-industry rule is `unknown` rather than failing as well — a
   * capital region has no 주축산업); an industry that is not a 주축산업 of 부산; tier `none`; 5억원
   * sales and R&D intensity 4.99%. Only the sales profile needs `options`' thresholds to fail.
   */
  readonly ineligible: Readonly<Record<EligibilityRuleId, CompanyProfile>>;
}

/**
 * The fixtures of one edition and track.
 */
export interface EditionTrackFixtures {
  /**
   * Grant plans.
   */
  readonly grantPlan: GrantPlanFixtures;
  /**
   * Consortia.
   */
  readonly consortium: ConsortiumFixtures;
  /**
   * Company profiles.
   */
  readonly company: CompanyFixtures;
}

// The builders give money as plain won.
const won = (money: MoneyInput): number => money as number;

function grantPlanFixtures(edition: EditionId, track: TrackId): GrantPlanFixtures {
  const passing = aGrantPlan({ edition, track });
  const { maxYears } = rulesOf(edition, track).track;
  const [lead, uni] = passing.years[0]?.participants as readonly [
    GrantParticipantInput,
    GrantParticipantInput,
  ];
  const firstYear = (...participants: GrantParticipantInput[]): GrantPlanInput => ({
    ...passing,
    years: [{ participants }, ...passing.years.slice(1)],
  });
  const single = aGrantPlan({ edition, track, years: 1 });
  const [singleLead, singleUni] = single.years[0]?.participants as readonly [
    GrantParticipantInput,
    GrantParticipantInput,
  ];
  const half = Math.floor(won(uni.publicFunding) / 2);
  return {
    passing,
    failing: {
      GRANT_YEAR_CAP_EXCEEDED: {
        ...single,
        years: [
          { participants: [singleLead, { ...singleUni, publicFunding: won(singleUni.publicFunding) + 1 }] },
        ],
      },
      GRANT_PUBLIC_SHARE_EXCEEDED: firstYear(
        { ...lead, publicFunding: won(lead.publicFunding) + 1 },
        { ...uni, publicFunding: won(uni.publicFunding) - 1 },
      ),
      GRANT_CASH_SHARE_TOO_LOW: firstYear(
        { ...lead, cash: won(lead.cash) - 1, inKind: won(lead.inKind) + 1 },
        uni,
      ),
      GRANT_TOO_MANY_YEARS: aGrantPlan({ edition, track, years: maxYears + 1 }),
      GRANT_PARTICIPANT_ZERO_TOTAL: firstYear(lead, uni, {
        id: 'idle',
        kind: 'nonprofit',
        publicFunding: 0,
        cash: 0,
        inKind: 0,
      }),
      GRANT_PARTICIPANT_DUPLICATE: firstYear(
        lead,
        { ...uni, publicFunding: half },
        { ...uni, publicFunding: won(uni.publicFunding) - half },
      ),
    },
  };
}

function consortiumFixtures(edition: EditionId, track: TrackId): ConsortiumFixtures {
  const passing = aConsortium({ edition, track });
  const rules = rulesOf(edition, track).track.consortium;
  const leadNumber = aBusinessNumber(1);
  const badCheck = `${leadNumber.slice(0, -1)}${String((Number(leadNumber.slice(-1)) + 1) % 10)}`;
  const withLead = (lead: Partial<ConsortiumParticipantInput>): ConsortiumInput =>
    aConsortium({ edition, track, lead });
  const withMembers = (members: readonly ConsortiumParticipantInput[]): ConsortiumInput =>
    aConsortium({ edition, track, members });
  const failing: Partial<Record<ConsortiumFailure, ConsortiumInput>> = {
    CONSORTIUM_LEAD_KIND: withLead({ kind: 'midsize' }),
    CONSORTIUM_LEAD_TIER: withLead({ tier: 'none' }),
    CONSORTIUM_LEAD_REGION: withLead({ region: '서울' }),
    REGION_UNKNOWN: withLead({ region: 'Atlantis' }),
  };
  for (const requirement of rules.requirements) {
    const dropped = passing.members.findIndex((member) => requirement.kinds.includes(member.kind));
    failing[requirement.id as ConsortiumFailure] = withMembers(
      passing.members.filter((_, i) => i !== dropped),
    );
  }
  const allowed = rules.memberKinds ?? INSTITUTION_KINDS;
  for (const kind of INSTITUTION_KINDS.filter((k) => !allowed.includes(k)).slice(0, 1)) {
    failing.CONSORTIUM_MEMBER_KIND_NOT_ALLOWED = withMembers([
      ...passing.members,
      { id: 'outsider', kind, businessNumber: aBusinessNumber(90) },
    ]);
  }
  // A university may join every track (where the sources say who may join at all).
  failing.CONSORTIUM_DUPLICATE_ID = withMembers([
    ...passing.members,
    { id: 'lead', kind: 'university', businessNumber: aBusinessNumber(91) },
  ]);
  failing.CONSORTIUM_DUPLICATE_BUSINESS_NUMBER = withMembers([
    ...passing.members,
    { id: 'twin', kind: 'university', businessNumber: leadNumber.replace(/-/gu, '') },
  ]);
  failing.BUSINESS_NUMBER_INVALID = withLead({ businessNumber: badCheck });
  return { passing, failing };
}

/**
 * Sales thresholds made up for tests — 10억원 of 3-year average sales and 5% growth — since the
 * program's own are not public. Pass them as `overrides` to {@link eligibility!assessEligibility};
 * the company fixtures and {@link arbitraries}' companies are eligible (or fail the sales rule) with them.
 * They are not the program's rule.
 *
 * @example
 * ```ts
 * import { TEST_SALES_THRESHOLDS, aCompany, attestingAll } from 'regional-innovation-rnd/testing';
 * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
 * assessEligibility(aCompany({ sales: '20억', salesGrowth: 0.1 }), {
 *   edition: '2025',
 *   track: 'supply-chain',
 *   overrides: TEST_SALES_THRESHOLDS,
 *   attest: attestingAll('2025'),
 * }).outcome; // 'eligible'
 * ```
 */
export const TEST_SALES_THRESHOLDS: {
  /**
   * Minimum 3-year average sales, in won: 10억원.
   */
  readonly minSales: number;
  /**
   * Minimum sales growth as a ratio: 0.05.
   */
  readonly minSalesGrowth: number;
} = /* @__PURE__ */ Object.freeze({ minSales: 1_000_000_000, minSalesGrowth: 0.05 });

/**
 * Every requirement of an edition that the sources do not state, attested as met — made up for
 * tests, as if an officer had checked each in the call's notice. Pass it as `attest` to
 * {@link eligibility!assessEligibility}; the company fixtures' options carry it. It is not a fact
 * about any company.
 *
 * @param edition - the edition whose requirements to attest.
 * @returns `{ [requirement id]: true }`, frozen.
 *
 * @example
 * ```ts
 * import { attestingAll, aCompany } from 'regional-innovation-rnd/testing';
 * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
 * assessEligibility(aCompany({ rndIntensity: 0.05 }), {
 *   edition: '2026',
 *   track: 'supply-chain',
 *   attest: attestingAll('2026'),
 * }).outcome; // 'eligible'
 * ```
 */
export function attestingAll(edition: EditionId): Readonly<Record<string, true>> {
  return Object.freeze(
    Object.fromEntries(
      getEdition(edition).eligibility.requirements.map((requirement) => [requirement.id, true as const]),
    ),
  );
}

function companyFixtures(edition: EditionId, track: TrackId): CompanyFixtures {
  const tier = rulesOf(edition, track).track.applicantTier;
  const eligible = aCompany({ tier, sales: 2_000_000_000, salesGrowth: 0.1 });
  return {
    options: { edition, track, overrides: { ...TEST_SALES_THRESHOLDS }, attest: attestingAll(edition) },
    eligible,
    ineligible: {
      'eligibility.sme': { ...eligible, kind: 'midsize' },
      'eligibility.non-capital-region': {
        kind: 'sme',
        region: '서울',
        tier,
        rndIntensity: 0.05,
        sales: 2_000_000_000,
        salesGrowth: 0.1,
      },
      'eligibility.key-industry': { ...eligible, industry: '디지털헬스케어' },
      'eligibility.tier': { ...eligible, tier: 'none' },
      'eligibility.sales': { ...eligible, sales: 500_000_000, rndIntensity: 0.0499 },
    },
  };
}

/**
 * Ready-made inputs for every edition × track, deeply frozen: for grant plans, consortia and
 * company profiles, one that passes and one per rule that fails on exactly that rule. Built with
 * {@link aGrantPlan}, {@link aConsortium} and {@link aCompany} from the edition data; copy one
 * (`structuredClone`) to change it.
 *
 * @example
 * ```ts
 * import { FIXTURES } from 'regional-innovation-rnd/testing';
 * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
 * const { failing } = FIXTURES['2026']['supply-chain'].grantPlan;
 * const result = checkGrantPlan(failing.GRANT_YEAR_CAP_EXCEEDED);
 * result.ok ? [] : result.issues.map((issue) => issue.rule.id); // ['grants.cap.per-year']
 * ```
 */
export const FIXTURES: Readonly<Record<EditionId, Readonly<Record<TrackId, EditionTrackFixtures>>>> =
  /* @__PURE__ */ deepFreeze(
    Object.fromEntries(
      EDITION_IDS.map((edition) => [
        edition,
        Object.fromEntries(
          TRACK_IDS.map((track) => [
            track,
            {
              grantPlan: grantPlanFixtures(edition, track),
              consortium: consortiumFixtures(edition, track),
              company: companyFixtures(edition, track),
            },
          ]),
        ),
      ]),
    ) as Record<EditionId, Record<TrackId, EditionTrackFixtures>>,
  );
