import type { ConsortiumInput, ConsortiumParticipantInput } from '../consortium/types';
import type { CompanyProfile } from '../eligibility/types';
import type { GrantParticipantInput, GrantPlanInput } from '../grants/types';
import { checkDigitOf } from '../consortium/businessNumber';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { readEdition } from '../program/getEdition';
import type { ConsortiumRules, Edition, TrackRules } from '../program/types';
import { guarded } from '../rules/guarded';
import { readList } from '../rules/readList';
import type { EditionId, InstitutionKind, TrackId } from '../rules/types';

/**
 * Runs a builder on the caller's overrides: whatever cannot be read in them (a throwing getter, a
 * revoked proxy) is `OPTIONS_INVALID` at `['overrides']`, never a raw error.
 */
function building<T>(overrides: unknown, build: () => T): T {
  return guarded(build, () => {
    throw rulesError(
      OPTIONS_INVALID,
      {
        option: 'overrides',
        input: describeInput(overrides),
        expected: 'an object of fields that can be read',
      },
      ['overrides'],
    );
  });
}

/** The rows a builder copies from its overrides: a list of at most `most` objects, copied. */
function rowsOf<T>(value: readonly T[], option: string, most: number): T[] {
  const refuse = (): never => {
    throw rulesError(
      OPTIONS_INVALID,
      {
        option,
        input: describeInput(value),
        expected: `a list of at most ${String(most)} objects, without holes`,
      },
      [option],
    );
  };
  const rows = readList(value, most, refuse);
  const isRecord = (row: unknown): boolean =>
    typeof row === 'object' &&
    row !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(row) as object | null);
  if (!rows.every(isRecord)) refuse();
  return rows.map((row) => ({ ...(row as T) }));
}

/**
 * The edition and track rules a builder works from: an unknown edition is a
 * {@link rules!RulesError} `EDITION_UNKNOWN`, an unknown track `OPTIONS_INVALID`.
 */
export function rulesOf(
  edition: EditionId,
  track: TrackId,
): { readonly edition: Edition; readonly track: TrackRules } {
  const found = readEdition(edition, ['edition']);
  // A track is a string: anything else would be turned into one (a huge array joined) to look it up.
  const rules =
    typeof track === 'string' && Object.hasOwn(found.tracks, track) ? found.tracks[track] : undefined;
  if (rules === undefined)
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'track', input: describeInput(track), expected: "'supply-chain' | 'capability'" },
      ['track'],
    );
  return { edition: found, track: rules };
}

/**
 * A valid business registration number (사업자등록번호), `'ddd-dd-ddddd'`: nine digits from the
 * serial, then the national check digit. Different serials (below 900,000,000) give different numbers.
 *
 * @param serial - a non-negative integer; the same serial gives the same number.
 * @returns the number, with dashes.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` when the serial is not an integer from 0 to 899,999,999.
 *
 * @example
 * ```ts
 * import { aBusinessNumber } from 'regional-innovation-rnd/testing';
 * import { isValidBusinessNumber } from 'regional-innovation-rnd/consortium';
 * isValidBusinessNumber(aBusinessNumber(1)); // true
 * aBusinessNumber(1) === aBusinessNumber(2); // false
 * ```
 */
export function aBusinessNumber(serial = 0): string {
  if (!Number.isSafeInteger(serial) || serial < 0 || serial >= 900_000_000) {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'serial', input: describeInput(serial), expected: 'an integer from 0 to 899999999' },
      ['serial'],
    );
  }
  const digits = String(100_000_000 + serial);
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}${String(checkDigitOf(digits))}`;
}

/**
 * A company profile that passes every stated rule of the 2026 supply-chain track: an SME in 부산,
 * in its 주축산업 실버케어테크, a (예비)선도기업 (`tier: 'leading'`), with R&D intensity 5% (which in
 * 2026 replaces the sales rule whose thresholds are not public). With every unstated requirement
 * attested ({@link attestingAll}) it is `eligible`. Overrides replace fields one by one.
 *
 * @param overrides - fields to set instead of the defaults.
 * @returns a fresh profile.
 *
 * @example
 * ```ts
 * import { aCompany } from 'regional-innovation-rnd/testing';
 * import { assessEligibility } from 'regional-innovation-rnd/eligibility';
 * import { attestingAll } from 'regional-innovation-rnd/testing';
 * const options = { edition: '2026', track: 'supply-chain', attest: attestingAll('2026') } as const;
 * assessEligibility(aCompany(), options).outcome; // 'eligible'
 * assessEligibility(aCompany({ region: '서울' }), options).outcome; // 'ineligible'
 * ```
 */
export function aCompany(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return building(overrides, () => ({
    kind: 'sme',
    region: '부산',
    industry: '실버케어테크',
    tier: 'leading',
    rndIntensity: 0.05,
    ...overrides,
  }));
}

/**
 * What {@link aGrantPlan} may be told.
 */
export interface GrantPlanOverrides {
  /**
   * The edition; `'2026'` by default.
   */
  readonly edition?: EditionId;
  /**
   * The track; `'supply-chain'` by default.
   */
  readonly track?: TrackId;
  /**
   * How many years; the track's `maxYears` (2) by default. More than `maxYears` gives a plan that
   * fails `GRANT_TOO_MANY_YEARS`, and only that: the money is spread so the total cap holds.
   */
  readonly years?: number;
  /**
   * The participants of every year, used as given (copied), instead of the computed SME and university.
   */
  readonly participants?: readonly GrantParticipantInput[];
}

/**
 * The participants of one year of a passing plan, computed from the edition data: an SME lead at
 * exactly its kind's largest public share and exactly its smallest cash share (75% and 10%), with
 * public money about half the year's budget, and a university (100% public) taking the rest, so
 * the year's public money is exactly `budget`.
 */
function yearParticipants(edition: Edition, budget: number): GrantParticipantInput[] {
  const { maxPublicPercent: p, minCashPercentOfOwnShare: m } = edition.costSharing.sme;
  // Lead total = 10,000·u won: public p·100·u, own (100 − p)·100·u, cash m·(100 − p)·u (m% of own).
  // u is rounded down to a multiple of 10,000 (round amounts) where that leaves it positive.
  const most = Math.floor(budget / 2 / (p * 100));
  // Stryker disable next-line EqualityOperator: at most = 10,000 both branches give 10,000
  const u = most >= 10_000 ? most - (most % 10_000) : most;
  const publicFunding = p * 100 * u;
  const own = (100 - p) * 100 * u;
  // Number(null) is 0: a kind that needs no cash share pays none.
  const cash = (Number(m) * own) / 100;
  return [
    { id: 'lead', kind: 'sme', publicFunding, cash, inKind: own - cash },
    { id: 'university', kind: 'university', publicFunding: budget - publicFunding, cash: 0, inKind: 0 },
  ];
}

/**
 * A grant plan that passes {@link grants!checkGrantPlan} for its edition and track: each year an
 * SME lead at exactly 75% public money with cash exactly 10% of its own share, and a university;
 * each year's public money is the track's `maxGrantPerYear`, or less when the total cap spread
 * over the years asks for less (money in plain won). Every number comes from the edition data.
 *
 * @param overrides - edition (`'2026'`), track (`'supply-chain'`), number of years (the track's
 * `maxYears`) and participants (used in every year instead of the computed ones).
 * @returns a fresh plan.
 * @throws {@link rules!RulesError} `EDITION_UNKNOWN` for an unknown edition; `OPTIONS_INVALID` for
 * an unknown track, a number of years that is not a positive integer up to 50, participants that are not
 * a list of at most 200 objects, or overrides that cannot be read.
 *
 * @example
 * ```ts
 * import { aGrantPlan } from 'regional-innovation-rnd/testing';
 * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
 * const plan = aGrantPlan();
 * plan.years[0]?.participants; // lead: 3억 public, 1천만원 cash, 9천만원 in kind; university: 4억
 * checkGrantPlan(plan).ok; // true
 * checkGrantPlan(aGrantPlan({ edition: '2025', track: 'capability', years: 1 })).ok; // true
 * ```
 */
export function aGrantPlan(overrides: GrantPlanOverrides = {}): GrantPlanInput {
  return building(overrides, () => grantPlanFrom(overrides));
}

function grantPlanFrom(overrides: GrantPlanOverrides): GrantPlanInput {
  const editionId = overrides.edition ?? '2026';
  const trackId = overrides.track ?? 'supply-chain';
  const { edition, track } = rulesOf(editionId, trackId);
  const years = overrides.years ?? track.maxYears;
  if (!Number.isSafeInteger(years) || years < 1 || years > 50) {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'years', input: describeInput(years), expected: 'a positive integer up to 50' },
      ['years'],
    );
  }
  const budget = Math.min(track.maxGrantPerYear, Math.floor(track.maxGrantTotal / years));
  const given =
    overrides.participants === undefined ? undefined : rowsOf(overrides.participants, 'participants', 200);
  return {
    edition: editionId,
    track: trackId,
    years: Array.from({ length: years }, () => ({
      participants:
        given === undefined ? yearParticipants(edition, budget) : given.map((row) => ({ ...row })),
    })),
  };
}

/**
 * What {@link aConsortium} may be told.
 */
export interface ConsortiumOverrides {
  /**
   * The edition; `'2026'` by default.
   */
  readonly edition?: EditionId;
  /**
   * The track; `'supply-chain'` by default.
   */
  readonly track?: TrackId;
  /**
   * Fields of the lead to set instead of the defaults (the default members then adapt: a lead that
   * is not an SME gets one more SME member where an SME count includes the lead).
   */
  readonly lead?: Partial<ConsortiumParticipantInput>;
  /**
   * The members, used as given (copied), instead of the computed ones.
   */
  readonly members?: readonly ConsortiumParticipantInput[];
}

/**
 * The members a consortium needs under the track's composition rules, given its lead: for each
 * requirement, members of its first kind until its minimum is met; where the sources close the
 * list of member kinds and no requirement added one, one member of the first allowed kind.
 */
function membersFor(rules: ConsortiumRules, lead: ConsortiumParticipantInput): ConsortiumParticipantInput[] {
  const members: ConsortiumParticipantInput[] = [];
  const add = (kind: InstitutionKind): void => {
    const n = members.length + 1;
    members.push({ id: `member-${String(n)}`, kind, businessNumber: aBusinessNumber(n + 1) });
  };
  for (const requirement of rules.requirements) {
    const pool = requirement.countsLead ? [lead, ...members] : members;
    let count = pool.filter((participant) => requirement.kinds.includes(participant.kind)).length;
    for (; count < requirement.min; count += 1) add(requirement.kinds[0] as InstitutionKind);
  }
  if (members.length === 0 && rules.memberKinds !== null) add(rules.memberKinds[0] as InstitutionKind);
  return members;
}

/**
 * A consortium that passes {@link consortium!checkConsortium} for its edition and track, with
 * valid, distinct business numbers: the lead (`'lead'`) is an SME in 부산 with the track's tier;
 * the members meet the composition rules — 2025 supply-chain: a university; 2026 supply-chain:
 * another SME and a university; 2026 capability: a university; 2025 capability: none (the 2025
 * sources do not say who may join, and a member would draw a warning).
 *
 * @param overrides - edition (`'2026'`), track (`'supply-chain'`), lead fields and members.
 * @returns a fresh consortium.
 * @throws {@link rules!RulesError} `EDITION_UNKNOWN` for an unknown edition; `OPTIONS_INVALID` for
 * an unknown track.
 *
 * @example
 * ```ts
 * import { aConsortium } from 'regional-innovation-rnd/testing';
 * import { checkConsortium } from 'regional-innovation-rnd/consortium';
 * checkConsortium(aConsortium()).ok; // true
 * aConsortium().members.map((m) => m.kind); // ['sme', 'university']
 * checkConsortium(aConsortium({ lead: { tier: 'potential' } })).ok; // false: CONSORTIUM_LEAD_TIER
 * ```
 */
export function aConsortium(overrides: ConsortiumOverrides = {}): ConsortiumInput {
  return building(overrides, () => consortiumFrom(overrides));
}

function consortiumFrom(overrides: ConsortiumOverrides): ConsortiumInput {
  const editionId = overrides.edition ?? '2026';
  const trackId = overrides.track ?? 'supply-chain';
  const rules = rulesOf(editionId, trackId).track.consortium;
  const lead: ConsortiumParticipantInput = {
    id: 'lead',
    kind: rules.lead.kinds[0] as InstitutionKind,
    region: '부산',
    tier: rules.lead.tier,
    businessNumber: aBusinessNumber(1),
    ...overrides.lead,
  };
  const members =
    overrides.members === undefined ? membersFor(rules, lead) : rowsOf(overrides.members, 'members', 100);
  return { edition: editionId, track: trackId, lead, members };
}
