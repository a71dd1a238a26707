import { INSTITUTION_KINDS } from '../rules/kinds';
import { rulesErrorFromIssues } from '../rules/issues/byCode';
import { issue as createIssue } from '../rules/issues/build';
import {
  BUSINESS_NUMBER_INVALID,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER,
  CONSORTIUM_DUPLICATE_ID,
  CONSORTIUM_LEAD_KIND,
  CONSORTIUM_LEAD_REGION,
  CONSORTIUM_LEAD_TIER,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED,
  CONSORTIUM_REQUIREMENT_UNMET,
} from '../rules/issues/consortium';
import { REGION_AMBIGUOUS, REGION_UNKNOWN } from '../rules/issues/regions';
import { localeOption } from '../rules/issues/options';
import { EDITIONS } from '../program/editions/index';
import { getRegion } from '../regions/getRegion';
import type { Region } from '../regions/types';
import type { RulesError } from '../rules/RulesError';
import { describeInput } from '../rules/describeInput';
import { ruleRef } from '../rules/ruleRef';
import type { CheckOptions, InstitutionKind, RegionCode, RuleIssue } from '../rules/types';
import { buildConsortiumSchema } from '../schemas/consortium';
import { lazily } from '../schemas/lazily';
import { parseReporting, type Parsed } from '../schemas/fields';
import { issuesFromZod, unreadableInput } from '../schemas/issues';
import type { Consortium } from '../schemas/consortium';
import { readBusinessNumber } from './businessNumber';
import type { ConsortiumInput, ConsortiumResult, ConsortiumSummary } from './types';

// The library's own instance, built on first use: what callers do to the exported schema does not
// change what this reads.
const ownConsortiumSchema = /* @__PURE__ */ lazily(buildConsortiumSchema);

/**
 * Checks a consortium against the composition rules of its edition and track.
 *
 * Rules (from the edition data): the lead is of a kind that may lead (an SME), has the track's
 * tier (`leading` for supply-chain, `potential` for capability) and sits in a non-capital region;
 * the composition requirements hold — 2025 supply-chain: at least one university, large or midsize
 * company or research institute; 2026 supply-chain: at least two SMEs, the lead included, and at
 * least one university; members are of the kinds the track admits where the sources say (2026
 * capability: universities and research institutes — a reported rule, and its issue says so);
 * no id or business registration number twice; every business number passes the national check.
 * Where the sources do not say who may join, a warning says the members' kinds were not checked.
 *
 * @param consortium - edition, track, lead and members.
 * @param options - the messages' locale.
 * @returns the summary on success; on failure every issue, and the summary when the input was
 * well-formed.
 *
 * @example
 * ```ts
 * import { checkConsortium } from 'regional-innovation-rnd/consortium';
 * const result = checkConsortium({
 *   edition: '2026',
 *   track: 'supply-chain',
 *   lead: { id: 'lead', kind: 'sme', region: '부산', tier: 'leading', businessNumber: '120-81-47521' },
 *   members: [
 *     { id: 'partner', kind: 'sme' },
 *     { id: 'uni', kind: 'university' },
 *   ],
 * });
 * result.ok; // true
 * ```
 */
export function checkConsortium(consortium: ConsortiumInput, options: CheckOptions = {}): ConsortiumResult {
  const locale = localeOption(options);
  let parsed: Parsed<Consortium>;
  try {
    // zod walks a list by its length: a proxy whose length is not a count is refused first.
    const members: unknown = (consortium as { readonly members?: unknown } | null)?.members;
    if (Array.isArray(members) && !Number.isSafeInteger(members.length)) throw new TypeError('members');
    parsed = parseReporting(ownConsortiumSchema(), consortium);
  } catch {
    // Only reading the caller's data can throw here (a revoked proxy, a throwing getter).
    return { ok: false, issues: [unreadableInput(consortium, locale)], warnings: [] };
  }
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.issues, locale), warnings: [] };
  const { edition: editionId, track: trackId, lead, members } = parsed.data;
  const rules = EDITIONS[editionId].tracks[trackId].consortium;
  const issues: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const applied: string[] = [];

  // The lead: kind, tier, region.
  applied.push('consortium.lead');
  const leadRule = ruleRef('consortium.lead', rules.lead.provenance);
  if (!rules.lead.kinds.includes(lead.kind)) {
    issues.push(
      createIssue(CONSORTIUM_LEAD_KIND, {
        path: ['lead', 'kind'],
        params: { expected: rules.lead.kinds, actual: lead.kind },
        rule: leadRule,
        locale,
      }),
    );
  }
  if (lead.tier !== rules.lead.tier) {
    issues.push(
      createIssue(CONSORTIUM_LEAD_TIER, {
        path: ['lead', 'tier'],
        params: { expected: rules.lead.tier, actual: lead.tier ?? null },
        rule: leadRule,
        locale,
      }),
    );
  }
  let leadRegion: RegionCode | null = null;
  if (rules.lead.nonCapitalRegion) {
    let region: Region | undefined;
    let ambiguous: RulesError<'REGION_AMBIGUOUS'> | undefined;
    try {
      region = lead.region === undefined ? undefined : getRegion(lead.region);
    } catch (error) {
      // getRegion throws nothing but REGION_AMBIGUOUS ('광주시': 광주광역시, or 경기도 광주시).
      ambiguous = error as RulesError<'REGION_AMBIGUOUS'>;
    }
    if (ambiguous !== undefined) {
      issues.push(
        createIssue(REGION_AMBIGUOUS, {
          path: ['lead', 'region'],
          params: ambiguous.params,
          rule: leadRule,
          locale,
        }),
      );
    } else if (lead.region !== undefined && region === undefined) {
      issues.push(
        createIssue(REGION_UNKNOWN, {
          path: ['lead', 'region'],
          params: { input: describeInput(lead.region) },
          rule: leadRule,
          locale,
        }),
      );
    } else if (region === undefined || region.capital) {
      issues.push(
        createIssue(CONSORTIUM_LEAD_REGION, {
          path: ['lead', 'region'],
          params: { actual: region?.code ?? null },
          rule: leadRule,
          locale,
        }),
      );
    }
    leadRegion = region?.code ?? null;
  }

  // Composition.
  const everyone = [lead, ...members];
  const countsByKind = Object.fromEntries(INSTITUTION_KINDS.map((kind) => [kind, 0])) as Record<
    InstitutionKind,
    number
  >;
  for (const participant of everyone) countsByKind[participant.kind] += 1;
  for (const requirement of rules.requirements) {
    applied.push(requirement.id);
    const pool = requirement.countsLead ? everyone : members;
    const actual = pool.filter((participant) => requirement.kinds.includes(participant.kind)).length;
    if (actual < requirement.min) {
      issues.push(
        createIssue(CONSORTIUM_REQUIREMENT_UNMET, {
          path: ['members'],
          params: { requirement: requirement.id, kinds: requirement.kinds, limit: requirement.min, actual },
          rule: ruleRef(requirement.id, requirement.provenance),
          locale,
        }),
      );
    }
  }
  const memberRule = ruleRef(`consortium.${trackId}.member-kinds`, rules.memberKindsProvenance);
  if (rules.memberKinds === null) {
    if (members.length > 0) {
      warnings.push(
        createIssue(CONSORTIUM_MEMBER_KINDS_UNKNOWN, {
          path: ['members'],
          params: { track: trackId, edition: editionId },
          rule: memberRule,
          locale,
        }),
      );
    }
  } else {
    applied.push(memberRule.id);
    const allowed = rules.memberKinds;
    members.forEach((member, i) => {
      if (!allowed.includes(member.kind)) {
        issues.push(
          createIssue(CONSORTIUM_MEMBER_KIND_NOT_ALLOWED, {
            path: ['members', i, 'kind'],
            params: { allowed, actual: member.kind },
            rule: memberRule,
            locale,
          }),
        );
      }
    });
  }

  // Identity: ids and business numbers, once each and well-formed.
  applied.push('consortium.unique', 'consortium.business-number');
  const ids = new Set<string>();
  const numbers = new Set<string>();
  everyone.forEach((participant, i) => {
    const path = i === 0 ? ['lead'] : ['members', i - 1];
    if (ids.has(participant.id)) {
      issues.push(
        createIssue(CONSORTIUM_DUPLICATE_ID, {
          path: [...path, 'id'],
          params: { id: participant.id },
          rule: ruleRef('consortium.unique'),
          locale,
        }),
      );
    }
    ids.add(participant.id);
    if (participant.businessNumber === undefined) return;
    const read = readBusinessNumber(participant.businessNumber);
    if (read.problem !== undefined) {
      issues.push(
        createIssue(BUSINESS_NUMBER_INVALID, {
          path: [...path, 'businessNumber'],
          params: { input: describeInput(participant.businessNumber), reason: read.problem },
          rule: ruleRef('consortium.business-number'),
          locale,
        }),
      );
    } else if (numbers.has(read.digits)) {
      issues.push(
        createIssue(CONSORTIUM_DUPLICATE_BUSINESS_NUMBER, {
          path: [...path, 'businessNumber'],
          params: { businessNumber: read.digits },
          rule: ruleRef('consortium.unique'),
          locale,
        }),
      );
    } else {
      numbers.add(read.digits);
    }
  });

  const summary: ConsortiumSummary = {
    edition: editionId,
    track: trackId,
    leadRegion,
    participants: everyone.length,
    countsByKind,
    rulesApplied: applied,
  };
  return issues.length === 0
    ? { ok: true, value: summary, warnings }
    : { ok: false, issues, warnings, summary };
}

/**
 * {@link checkConsortium}, throwing instead of returning issues.
 *
 * @param consortium - edition, track, lead and members.
 * @param options - the messages' locale.
 * @returns the summary.
 * @throws {@link rules!RulesError} with the first issue's code and every issue in `issues`.
 *
 * @example
 * ```ts
 * import { checkConsortiumOrThrow } from 'regional-innovation-rnd/consortium';
 * checkConsortiumOrThrow({
 *   edition: '2025',
 *   track: 'capability',
 *   lead: { id: 'a', kind: 'sme', region: '광주', tier: 'potential' },
 *   members: [],
 * }).participants; // 1
 * ```
 */
export function checkConsortiumOrThrow(
  consortium: ConsortiumInput,
  options: CheckOptions = {},
): ConsortiumSummary {
  const result = checkConsortium(consortium, options);
  if (result.ok) return result.value;
  throw rulesErrorFromIssues(result.issues);
}
