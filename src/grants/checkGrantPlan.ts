import { rulesErrorFromIssues } from '../rules/issues/byCode';
import { issue as createIssue } from '../rules/issues/build';
import { MONEY_INVALID } from '../rules/issues/money';
import {
  GRANT_CASH_SHARE_TOO_LOW,
  GRANT_PARTICIPANT_DUPLICATE,
  GRANT_PARTICIPANT_ZERO_TOTAL,
  GRANT_PUBLIC_SHARE_EXCEEDED,
  GRANT_TOO_MANY_YEARS,
  GRANT_TOTAL_CAP_EXCEEDED,
  GRANT_YEAR_CAP_EXCEEDED,
} from '../rules/issues/grants';
import { localeOption } from '../rules/issues/options';
import { percentText } from '../money/decimalText';
import { productAtMost, ratioText } from '../money/ratio';
import { leastCash, mostPublicFunding } from './costShare';
import { describeInput } from '../rules/describeInput';
import { EDITIONS } from '../program/editions/index';
import type { CostShareRule, TrackRules } from '../program/types';
import { ruleRef } from '../rules/ruleRef';
import type { CheckOptions, Locale, RuleIssue } from '../rules/types';
import { lazily } from '../schemas/lazily';
import { parseReporting, type Parsed } from '../schemas/fields';
import { issuesFromZod, unreadableInput } from '../schemas/issues';
import { buildGrantPlanSchema, readPlainGrantPlan, type GrantPlan } from '../schemas/grantPlan';
import type {
  GrantParticipantSummary,
  GrantPlanInput,
  GrantPlanResult,
  GrantPlanSummary,
  GrantYearSummary,
} from './types';

// The library's own instance, built on first use: what callers do to the exported schema does not
// change what this reads.
const ownGrantPlanSchema = /* @__PURE__ */ lazily(buildGrantPlanSchema);

/**
 * The one read of the caller's plan: a plain plan directly, anything else through the schema. The
 * schema's output is read once more, as a plain plan: zod reads a list's length more than once,
 * so a proxy whose `length` lies (`NaN`, `'3'`) could slip a list of another size, or an item it
 * never checked, past it. Whatever throws while reading (a revoked proxy, a throwing getter) is
 * the plan's one unreadable-input issue.
 */
function readPlan(plan: unknown, locale: Locale): GrantPlan | RuleIssue[] {
  let parsed: Parsed<GrantPlan>;
  try {
    const plain = readPlainGrantPlan(plan);
    if (plain !== undefined) return plain;
    parsed = parseReporting(ownGrantPlanSchema(), plan);
  } catch {
    return [unreadableInput(plan, locale)];
  }
  if (!parsed.success) return issuesFromZod(parsed.issues, locale);
  return readPlainGrantPlan(parsed.data) ?? [unreadableInput(plan, locale)];
}

// The limits of each cost-share rule as decimal strings. The rules are frozen edition data, so
// each is written once for the process, and the texts are frozen, shared by every summary.
const LIMIT_TEXTS = /* @__PURE__ */ new WeakMap<CostShareRule, GrantParticipantSummary['limits']>();

/** A cost-share rule's limits as decimal strings (`'0.75'`, `'0.1'`), written once per rule. */
function limitTextsOf(share: CostShareRule): GrantParticipantSummary['limits'] {
  let limits = LIMIT_TEXTS.get(share);
  if (limits === undefined) {
    const minCash = share.minCashPercentOfOwnShare;
    limits = Object.freeze({
      publicShare: percentText(share.maxPublicPercent),
      cashShare: minCash === null ? null : percentText(minCash),
    });
    LIMIT_TEXTS.set(share, limits);
  }
  return limits;
}

/**
 * The exact share texts of one call, each distinct (numerator, denominator) written once: plans
 * repeat their amounts from year to year, and the long division is most of a summary's cost.
 */
function shareTexts(): (numerator: number, denominator: number) => string | null {
  const written = new Map<number, Map<number, string | null>>();
  return (numerator, denominator) => {
    let byDenominator = written.get(numerator);
    if (byDenominator === undefined) {
      byDenominator = new Map();
      written.set(numerator, byDenominator);
    }
    let text = byDenominator.get(denominator);
    if (text === undefined) {
      text = ratioText(numerator, denominator);
      byDenominator.set(denominator, text);
    }
    return text;
  };
}

/**
 * Checks a grant plan against the caps and cost-sharing rules of its edition and track, exactly,
 * and sums it up.
 *
 * Rules (every number from the edition data): the plan runs at most `maxYears` years; public money
 * (정부·지자체 지원연구개발비) in each year is at most `maxGrantPerYear` and in all at most
 * `maxGrantTotal`; in each year each participant's public share of its own total is at most its
 * kind's `maxPublicPercent` (SME 75%, 중견 70%, 대기업 50%, non-profits 100%), and its cash is at
 * least its kind's `minCashPercentOfOwnShare` of its own share (10%, 13%, 15%; none for
 * non-profits); a participant has a non-zero total and appears once a year. Shares are compared
 * in integers: 750,000,000 public on 1,000,000,000 passes, 750,000,001 fails.
 *
 * Malformed input (missing or extra keys, wrong types, `__proto__` keys, money that is not whole
 * won) gives issues, never an exception.
 *
 * @param plan - the plan; money in any accepted form.
 * @param options - the messages' locale.
 * @returns the summary on success; on failure every issue, and the summary when the plan was
 * well-formed.
 *
 * @example
 * ```ts
 * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
 * const result = checkGrantPlan({
 *   edition: '2026',
 *   track: 'supply-chain',
 *   years: [
 *     {
 *       participants: [
 *         { id: 'lead', kind: 'sme', publicFunding: '4억', cash: '1천4백만원', inKind: '1억 2천만원' },
 *         { id: 'uni', kind: 'university', publicFunding: '3억', cash: 0, inKind: 0 },
 *       ],
 *     },
 *   ],
 * });
 * result.ok; // true
 * if (result.ok) result.value.years[0]?.headroom.publicFunding; // 0 (exactly at 7억원)
 * ```
 */
export function checkGrantPlan(plan: GrantPlanInput, options: CheckOptions = {}): GrantPlanResult {
  const locale = localeOption(options);
  const data = readPlan(plan, locale);
  if (Array.isArray(data)) return { ok: false, issues: data, warnings: [] };
  const { edition: editionId, track: trackId, years } = data;
  // Every sum below is of safe integers; if the largest (all money of the plan) is safe, all are
  // exact. A plan whose money adds up past 2^53 won is refused rather than summed inexactly.
  let allMoney = 0;
  for (const year of years) {
    for (const row of year.participants) allMoney += row.publicFunding + row.cash + row.inKind;
  }
  if (allMoney > Number.MAX_SAFE_INTEGER) {
    const issue = createIssue(MONEY_INVALID, {
      path: ['years'],
      params: { input: describeInput(allMoney), reason: 'unsafe', position: null, expected: null },
      rule: ruleRef('money.safe-integer'),
      locale,
    });
    return { ok: false, issues: [issue], warnings: [] };
  }
  const edition = EDITIONS[editionId];
  const track: TrackRules = edition.tracks[trackId];
  const issues: RuleIssue[] = [];
  const shareText = shareTexts();

  if (years.length > track.maxYears) {
    issues.push(
      createIssue(GRANT_TOO_MANY_YEARS, {
        path: ['years'],
        params: { limit: track.maxYears, actual: years.length },
        rule: ruleRef('grants.max-years', track.provenance.maxYears),
        locale,
      }),
    );
  }

  let planPublic = 0;
  let planCash = 0;
  let planInKind = 0;
  const yearSummaries: GrantYearSummary[] = [];
  for (let y = 0; y < years.length; y += 1) {
    const { participants } = years[y] as (typeof years)[number];
    const year = y + 1;
    const seen = new Set<string>();
    let yearPublic = 0;
    let yearCash = 0;
    let yearInKind = 0;
    const rows: GrantParticipantSummary[] = [];
    for (let p = 0; p < participants.length; p += 1) {
      const participant = participants[p] as (typeof participants)[number];
      const { id, kind, publicFunding, cash, inKind } = participant;
      const share: CostShareRule = edition.costSharing[kind];
      const limits = limitTextsOf(share);
      const own = cash + inKind;
      const total = publicFunding + own;
      const publicShare = shareText(publicFunding, total);
      const cashShare = shareText(cash, own);
      yearPublic += publicFunding;
      yearCash += cash;
      yearInKind += inKind;

      if (seen.has(id)) {
        issues.push(
          createIssue(GRANT_PARTICIPANT_DUPLICATE, {
            path: ['years', y, 'participants', p, 'id'],
            params: { year, participant: id },
            rule: ruleRef('grants.participant.unique'),
            locale,
          }),
        );
      }
      seen.add(id);
      if (total === 0) {
        issues.push(
          createIssue(GRANT_PARTICIPANT_ZERO_TOTAL, {
            path: ['years', y, 'participants', p],
            params: { year, participant: id },
            rule: ruleRef('grants.participant.nonzero'),
            locale,
          }),
        );
      }
      const maxPublic = share.maxPublicPercent;
      // A zero total passes by itself (0 × 100 ≤ p × 0), so no guard is needed for it.
      if (!productAtMost(publicFunding, 100, total, maxPublic)) {
        issues.push(
          createIssue(GRANT_PUBLIC_SHARE_EXCEEDED, {
            path: ['years', y, 'participants', p, 'publicFunding'],
            params: {
              year,
              participant: id,
              kind,
              limit: limits.publicShare,
              actual: publicShare as string, // total > 0 here: a zero total passes
            },
            rule: ruleRef(`grants.cost-share.public.${kind}`, share.provenance),
            locale,
          }),
        );
      }
      const minCash = share.minCashPercentOfOwnShare;
      // An own share of 0 (so no cash) passes by itself: 0 × m ≤ 0 × 100.
      if (minCash !== null && !productAtMost(own, minCash, cash, 100)) {
        issues.push(
          createIssue(GRANT_CASH_SHARE_TOO_LOW, {
            path: ['years', y, 'participants', p, 'cash'],
            params: {
              year,
              participant: id,
              kind,
              limit: limits.cashShare as string, // minCash is not null here
              actual: cashShare as string, // own > 0 here: a zero own share passes
            },
            rule: ruleRef(`grants.cost-share.cash.${kind}`, share.provenance),
            locale,
          }),
        );
      }
      // public' ≤ p·(public' + own) ⇔ public' ≤ p·own ÷ (1 − p), with p = maxPublic ÷ 100: up to
      // three times the own share (SMEs, 75%), which may be past 2^53 won when the sums are not.
      // Such a room is refused as the sums are, rather than given inexactly.
      const maxPublicFunding = mostPublicFunding(share, own);
      if (maxPublicFunding !== null && !Number.isSafeInteger(maxPublicFunding)) {
        const exact = (BigInt(maxPublic) * BigInt(own)) / BigInt(100 - maxPublic);
        const issue = createIssue(MONEY_INVALID, {
          path: ['years', y, 'participants', p],
          params: { input: String(exact), reason: 'unsafe', position: null, expected: null },
          rule: ruleRef('money.safe-integer'),
          locale,
        });
        return { ok: false, issues: [issue], warnings: [] };
      }
      rows.push({
        id,
        kind,
        publicFunding,
        cash,
        inKind,
        total,
        publicShare,
        cashShare,
        limits,
        headroom: {
          publicFunding: maxPublicFunding === null ? null : maxPublicFunding - publicFunding,
          // The cash that could move to in kind: what is above the least cash of this own share.
          cash: minCash === null ? null : cash - leastCash(share, own),
        },
      });
    }

    if (yearPublic > track.maxGrantPerYear) {
      issues.push(
        createIssue(GRANT_YEAR_CAP_EXCEEDED, {
          path: ['years', y],
          params: { year, limit: track.maxGrantPerYear, actual: yearPublic },
          rule: ruleRef('grants.cap.per-year', track.provenance.maxGrantPerYear),
          locale,
        }),
      );
    }
    planPublic += yearPublic;
    planCash += yearCash;
    planInKind += yearInKind;
    const yearTotal = yearPublic + yearCash + yearInKind;
    yearSummaries.push({
      year,
      publicFunding: yearPublic,
      cash: yearCash,
      inKind: yearInKind,
      total: yearTotal,
      publicShare: shareText(yearPublic, yearTotal),
      participants: rows,
      headroom: { publicFunding: track.maxGrantPerYear - yearPublic },
    });
  }

  if (planPublic > track.maxGrantTotal) {
    issues.push(
      createIssue(GRANT_TOTAL_CAP_EXCEEDED, {
        path: ['years'],
        params: { limit: track.maxGrantTotal, actual: planPublic },
        rule: ruleRef('grants.cap.total', track.provenance.maxGrantTotal),
        locale,
      }),
    );
  }

  const planTotal = planPublic + planCash + planInKind;
  const summary: GrantPlanSummary = {
    edition: editionId,
    track: trackId,
    caps: {
      maxYears: track.maxYears,
      maxGrantPerYear: track.maxGrantPerYear,
      maxGrantTotal: track.maxGrantTotal,
    },
    years: yearSummaries,
    total: {
      publicFunding: planPublic,
      cash: planCash,
      inKind: planInKind,
      total: planTotal,
      publicShare: ratioText(planPublic, planTotal),
      headroom: { publicFunding: track.maxGrantTotal - planPublic },
    },
  };
  return issues.length === 0
    ? { ok: true, value: summary, warnings: [] }
    : { ok: false, issues, warnings: [], summary };
}

/**
 * {@link checkGrantPlan}, throwing instead of returning issues.
 *
 * @param plan - the plan.
 * @param options - the messages' locale.
 * @returns the summary.
 * @throws {@link rules!RulesError} with the first issue's code and every issue in `issues`.
 *
 * @example
 * ```ts
 * import { checkGrantPlanOrThrow } from 'regional-innovation-rnd/grants';
 * try {
 *   checkGrantPlanOrThrow({ edition: '2026', track: 'capability', years: [] });
 * } catch (error) {
 *   // RulesError INPUT_INVALID: a plan has at least one year
 * }
 * ```
 */
export function checkGrantPlanOrThrow(plan: GrantPlanInput, options: CheckOptions = {}): GrantPlanSummary {
  const result = checkGrantPlan(plan, options);
  if (result.ok) return result.value;
  throw rulesErrorFromIssues(result.issues);
}
