import { decimalOf } from '../money/decimalText';
import type { MoneyInput } from '../money/types';
import { readEdition } from '../program/getEdition';
import { readTrack } from '../program/readTrack';
import type { Edition, EditionKey, TrackRules } from '../program/types';
import { describeInput } from '../rules/describeInput';
import { issueOf } from '../rules/issues/byCode';
import { localeOption } from '../rules/issues/options';
import { ruleRef } from '../rules/ruleRef';
import { RulesError } from '../rules/RulesError';
import type {
  CheckOptions,
  CheckResult,
  InstitutionKind,
  IssuePath,
  Locale,
  RuleIssue,
  TrackId,
} from '../rules/types';
import type { GrantPlan } from '../schemas/grantPlan';
import { INPUT_RULE } from '../schemas/issues';
import { checkGrantPlan } from './checkGrantPlan';
import { leastCash, leastOwnShare } from './costShare';
import { readAmount, readKind, readListAt, readRequest } from './readRequest';
import type { GrantPlanSummary } from './types';

/**
 * One participant of a {@link planGrant} request.
 *
 * @example
 * ```ts
 * import type { PlanParticipantRequest } from 'regional-innovation-rnd/grants';
 * const lead: PlanParticipantRequest = { id: 'lead', kind: 'sme', role: 'lead', weight: 60 };
 * ```
 */
export interface PlanParticipantRequest {
  /** Its id, unique in the request. */
  readonly id: string;
  /** Its institution kind, which sets its shares. */
  readonly kind: InstitutionKind;
  /**
   * 주관연구개발기관 (`'lead'`) or 공동연구개발기관 (`'joint'`). Without a `'lead'`, the first
   * participant leads.
   */
  readonly role?: 'lead' | 'joint';
  /** Its part of each year's public money, relative to the others' (`60`, `0.6`): positive. */
  readonly weight: number;
}

/**
 * What {@link planGrant} is asked.
 *
 * @example
 * ```ts
 * import type { PlanRequest } from 'regional-innovation-rnd/grants';
 * const request: PlanRequest = {
 *   edition: '2026',
 *   track: 'supply-chain',
 *   years: 2,
 *   participants: [
 *     { id: 'lead', kind: 'sme', weight: 60 },
 *     { id: 'uni', kind: 'university', weight: 40 },
 *   ],
 *   unit: 1000,
 * };
 * ```
 */
export interface PlanRequest {
  /** The edition (yearly call): `'2025'`, `'2026'`, or the year as a number. */
  readonly edition: EditionKey;
  /** The track. */
  readonly track: TrackId;
  /** How many years, at most the track's `maxYears`. */
  readonly years: number;
  /** The participants, 1 to 200; each year has them all. */
  readonly participants: readonly PlanParticipantRequest[];
  /** Public money a year (any money form); the track's yearly cap by default. */
  readonly publicFundingPerYear?: MoneyInput;
  /** The unit every amount is a whole number of: `1` won (the default) or `1000` (천원). */
  readonly unit?: 1 | 1000;
}

/**
 * A plan {@link planGrant} made, and its summary from {@link checkGrantPlan}.
 *
 * @example
 * ```ts
 * import { planGrant } from 'regional-innovation-rnd/grants';
 * const made = planGrant({ edition: '2026', track: 'capability', years: 2, participants: [{ id: 'me', kind: 'sme', weight: 1 }] });
 * made.ok ? made.value.summary.total.publicFunding : undefined; // 400000000
 * ```
 */
export interface GrantPlanProposal {
  /** The plan, as {@link checkGrantPlan} takes it: the same participants every year. */
  readonly plan: GrantPlan;
  /** Its summary, from {@link checkGrantPlan}. */
  readonly summary: GrantPlanSummary;
}

const KEYS = ['edition', 'track', 'years', 'participants', 'publicFundingPerYear', 'unit'] as const;
const PARTICIPANT_KEYS = ['id', 'kind', 'role', 'weight'] as const;
/** The most participants a year may have, as in checkGrantPlan. */
const MAX_PARTICIPANTS = 200;
/** The longest participant id, as in checkGrantPlan. */
const MAX_ID = 200;

interface Participant {
  readonly id: string;
  readonly kind: InstitutionKind;
  readonly role: 'lead' | 'joint' | undefined;
  readonly weight: number;
}

/** An input issue at `path`, of the kind the validators give for a malformed input. */
const invalid = (
  path: IssuePath,
  problem: 'type' | 'value' | 'size',
  expected: string,
  input: unknown,
  locale: Locale,
) =>
  issueOf('INPUT_INVALID', {
    path,
    params: { problem, expected, input: describeInput(input) },
    rule: INPUT_RULE,
    locale,
  });

/**
 * Runs a read, and turns the RulesError it throws into an issue (the readers turn anything a
 * hostile value throws into theirs): each field of a request is read on its own, so that every
 * bad field is reported, not only the first.
 */
function collect<T>(issues: RuleIssue[], locale: Locale, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RulesError)) throw error;
    issues.push(
      issueOf(error.code, { path: error.path, params: error.params as never, rule: INPUT_RULE, locale }),
    );
    return undefined;
  }
}

function readParticipant(
  value: unknown,
  index: number,
  issues: RuleIssue[],
  locale: Locale,
): Participant | undefined {
  const path = ['participants', index];
  const given = collect(issues, locale, () => readRequest(value, PARTICIPANT_KEYS, path));
  if (given === undefined) return undefined;
  const before = issues.length;
  const { id, role, weight } = given;
  if (typeof id !== 'string' || id.length < 1 || id.length > MAX_ID) {
    issues.push(
      invalid([...path, 'id'], 'type', 'a participant id: a string of 1 to 200 characters', id, locale),
    );
  }
  const kind = collect(issues, locale, () => readKind(given.kind, [...path, 'kind']));
  if (role !== undefined && role !== 'lead' && role !== 'joint') {
    issues.push(invalid([...path, 'role'], 'value', "'lead' | 'joint'", role, locale));
  }
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    issues.push(invalid([...path, 'weight'], 'value', 'a positive number', weight, locale));
  }
  if (issues.length > before || kind === undefined) return undefined;
  return { id: id as string, kind, role: role as Participant['role'], weight: weight as number };
}

/** Issues of the participants' kinds and roles against the track; the lead's index is returned. */
function checkRoles(
  participants: readonly (Participant | undefined)[],
  edition: Edition,
  track: TrackRules,
  issues: RuleIssue[],
  warnings: RuleIssue[],
  locale: Locale,
): number {
  const leads = participants.flatMap((participant, i) => (participant?.role === 'lead' ? [i] : []));
  for (const extra of leads.slice(1)) {
    issues.push(invalid(['participants', extra, 'role'], 'value', "one 'lead' only", 'lead', locale));
  }
  const lead = leads[0] ?? 0;
  const ids = new Set<string>();
  const { consortium } = track;
  participants.forEach((participant, i) => {
    // A participant that could not be read has its issues already.
    if (participant === undefined) return;
    if (ids.has(participant.id)) {
      issues.push(
        issueOf('CONSORTIUM_DUPLICATE_ID', {
          path: ['participants', i, 'id'],
          params: { id: participant.id },
          rule: ruleRef('consortium.unique'),
          locale,
        }),
      );
    }
    ids.add(participant.id);
    const path = ['participants', i, 'kind'];
    if (i === lead) {
      if (!consortium.lead.kinds.includes(participant.kind)) {
        issues.push(
          issueOf('CONSORTIUM_LEAD_KIND', {
            path,
            params: { expected: consortium.lead.kinds, actual: participant.kind },
            rule: ruleRef('consortium.lead', consortium.lead.provenance),
            locale,
          }),
        );
      }
    } else if (consortium.memberKinds !== null && !consortium.memberKinds.includes(participant.kind)) {
      issues.push(
        issueOf('CONSORTIUM_MEMBER_KIND_NOT_ALLOWED', {
          path,
          params: { allowed: consortium.memberKinds, actual: participant.kind },
          rule: ruleRef(`consortium.${track.id}.member-kinds`, consortium.memberKindsProvenance),
          locale,
        }),
      );
    }
  });
  if (consortium.memberKinds === null && participants.length > 1) {
    warnings.push(
      issueOf('CONSORTIUM_MEMBER_KINDS_UNKNOWN', {
        path: ['participants'],
        params: { track: track.id, edition: edition.id },
        rule: ruleRef(`consortium.${track.id}.member-kinds`, consortium.memberKindsProvenance),
        locale,
      }),
    );
  }
  return lead;
}

/** Issues of the public money a year: over the yearly cap, or not whole units. */
function checkPerYear(
  perYear: number,
  unit: number,
  track: TrackRules,
  issues: RuleIssue[],
  locale: Locale,
): void {
  // The total cap (years × public money a year) is checkGrantPlan's, on the plan made.
  if (perYear > track.maxGrantPerYear) {
    issues.push(
      issueOf('GRANT_YEAR_CAP_EXCEEDED', {
        path: ['publicFundingPerYear'],
        params: { year: 1, limit: track.maxGrantPerYear, actual: perYear },
        rule: ruleRef('grants.cap.per-year', track.provenance.maxGrantPerYear),
        locale,
      }),
    );
  }
  if (perYear === 0 || perYear % unit !== 0) {
    const expected = `a positive whole number of ${String(unit)}-won units`;
    issues.push(invalid(['publicFundingPerYear'], 'value', expected, perYear, locale));
  }
}

/**
 * Each participant's public money a year, in units: `units` split by weight, each rounded down,
 * and what the rounding leaves to the lead. Weights are read as the decimals they print as, so
 * that 0.6, 0.25 and 0.15 split as exactly as 60, 25 and 15.
 */
function split(units: number, weights: readonly number[], lead: number): number[] {
  const decimals = weights.map((weight) => decimalOf(weight));
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const whole = decimals.map((decimal) => decimal.numerator * 10n ** BigInt(scale - decimal.scale));
  const sum = whole.reduce((a, b) => a + b, 0n);
  const shares = whole.map((weight) => Number((BigInt(units) * weight) / sum));
  shares[lead] = (shares[lead] as number) + units - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** The least multiple of `unit` at or above `amount`. */
const roundUp = (amount: number, unit: number): number =>
  amount % unit === 0 ? amount : amount - (amount % unit) + unit;

/**
 * Plans a grant: splits each year's public money (정부·지자체 지원연구개발비; the track's yearly cap
 * unless given) across the participants by weight, and gives each the least own share
 * (기관부담연구개발비) and the least cash (현금) its kind needs, the rest of its own share in kind
 * (현물) — the inverse of {@link checkGrantPlan}, exact to the won.
 *
 * - The split is exact: each participant's part is rounded down to the unit, and what that
 *   leaves goes to the lead (the participant with `role: 'lead'`, or the first).
 * - Own shares and cash are rounded up to the unit (`unit: 1000` keeps every amount in 천원), so
 *   the plan passes {@link checkGrantPlan}, and taking one unit off any participant's cash or own
 *   share makes it fail.
 * - The lead must be of a kind that may lead the track, and the others of a kind that may join it
 *   (a warning when the sources do not say which kinds may join).
 *
 * @param request - the edition, track, years, participants with their weights, and optionally
 * the public money a year and the unit.
 * @param options - the messages' locale.
 * @returns the plan and its summary; or every issue of the request: fields that are not what
 * they should be (`INPUT_INVALID`, `EDITION_UNKNOWN`, `MONEY_INVALID` …, at their paths), more
 * years than the track allows (`GRANT_TOO_MANY_YEARS`), public money a year over the cap
 * (`GRANT_YEAR_CAP_EXCEEDED`) or in all over the total cap (`GRANT_TOTAL_CAP_EXCEEDED`, from
 * checkGrantPlan on the plan made, at `["years"]`), a
 * participant whose weight gives it no money (`GRANT_PARTICIPANT_ZERO_TOTAL`), a repeated id, a
 * lead or member of a kind the track does not take.
 *
 * @example
 * ```ts
 * import { planGrant } from 'regional-innovation-rnd/grants';
 * const made = planGrant({
 *   edition: '2026',
 *   track: 'supply-chain',
 *   years: 2,
 *   participants: [
 *     { id: 'lead', kind: 'sme', role: 'lead', weight: 60 },
 *     { id: 'partner', kind: 'sme', role: 'joint', weight: 25 },
 *     { id: 'uni', kind: 'university', role: 'joint', weight: 15 },
 *   ],
 *   unit: 1000,
 * });
 * const [lead] = made.ok ? made.value.plan.years[0]?.participants ?? [] : [];
 * [lead?.publicFunding, lead?.cash, lead?.inKind]; // [420000000, 14000000, 126000000]
 * ```
 */
export function planGrant(request: PlanRequest, options: CheckOptions = {}): CheckResult<GrantPlanProposal> {
  const locale = localeOption(options);
  const issues: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const refused = (): CheckResult<GrantPlanProposal> => ({ ok: false, issues, warnings });
  const given = collect(issues, locale, () => readRequest(request, KEYS));
  if (given === undefined) return refused();

  const edition = collect(issues, locale, () => readEdition(given.edition, ['edition']));
  const track =
    edition === undefined
      ? undefined
      : collect(issues, locale, () => readTrack(edition, given.track, ['track']));
  const years = given.years;
  if (!Number.isSafeInteger(years) || (years as number) < 1) {
    issues.push(invalid(['years'], 'value', 'a whole number of years, at least 1', years, locale));
  } else if (track !== undefined && (years as number) > track.maxYears) {
    issues.push(
      issueOf('GRANT_TOO_MANY_YEARS', {
        path: ['years'],
        params: { limit: track.maxYears, actual: years as number },
        rule: ruleRef('grants.max-years', track.provenance.maxYears),
        locale,
      }),
    );
  }
  const unitGiven = given.unit ?? 1;
  const unit = unitGiven === 1000 ? 1000 : 1;
  if (unitGiven !== 1 && unitGiven !== 1000)
    issues.push(invalid(['unit'], 'value', '1 | 1000', unitGiven, locale));
  const perYear =
    given.publicFundingPerYear === undefined
      ? track?.maxGrantPerYear
      : collect(issues, locale, () => readAmount(given.publicFundingPerYear, ['publicFundingPerYear']));
  const list = collect(issues, locale, () =>
    readListAt(given.participants, MAX_PARTICIPANTS, ['participants'], 'a list of participants'),
  );
  if (list?.length === 0) {
    issues.push(invalid(['participants'], 'size', 'at least one participant', list, locale));
  }
  const participants = (list ?? []).map((item, i) => readParticipant(item, i, issues, locale));
  const yearCount = Number.isSafeInteger(years) ? (years as number) : 1;
  if (track !== undefined && perYear !== undefined) checkPerYear(perYear, unit, track, issues, locale);
  const lead =
    edition !== undefined && track !== undefined
      ? checkRoles(participants, edition, track, issues, warnings, locale)
      : 0;
  const read = participants.every((participant) => participant !== undefined) ? participants : undefined;
  if (edition === undefined || track === undefined || perYear === undefined || read === undefined)
    return refused();
  if (issues.length > 0) return refused();

  const shares = split(
    perYear / unit,
    read.map((participant) => participant.weight),
    lead,
  );
  const rows = read.map((participant, i) => {
    const rule = edition.costSharing[participant.kind];
    const publicFunding = (shares[i] as number) * unit;
    const own = roundUp(leastOwnShare(rule, publicFunding), unit);
    const cash = roundUp(leastCash(rule, own), unit);
    if (publicFunding + own === 0) {
      issues.push(
        issueOf('GRANT_PARTICIPANT_ZERO_TOTAL', {
          path: ['participants', i, 'weight'],
          params: { year: 1, participant: participant.id },
          rule: ruleRef('grants.participant.nonzero'),
          locale,
        }),
      );
    }
    return { id: participant.id, kind: participant.kind, publicFunding, cash, inKind: own - cash };
  });
  if (issues.length > 0) return refused();

  const plan: GrantPlan = {
    edition: edition.id,
    track: track.id,
    years: Array.from({ length: yearCount }, () => ({ participants: rows.map((row) => ({ ...row })) })),
  };
  const checked = checkGrantPlan(plan, { locale });
  return checked.ok
    ? { ok: true, value: { plan, summary: checked.value }, warnings: [...warnings, ...checked.warnings] }
    : { ok: false, issues: checked.issues, warnings };
}
