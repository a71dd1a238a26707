import {
  TIER_EXPLANATION_EN as explainEn,
  TIER_EXPLANATION_KO as explainKo,
} from '../locales/tierExplanation';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { TIERING_INVALID_RANK } from '../rules/issues/tiering';
import { readOption } from '../rules/issues/options';
import type { TierExplanationParams } from '../locales/types';
import { TIER_THRESHOLDS } from '../program/tiers';
import type { Locale, RuleRef } from '../rules/types';
import { readThresholds, type TierThresholds } from './thresholds';
import { tierOf } from './tierOf';
import type { TierAssignment } from './types';

/**
 * A tier assignment explained: the sentence, the rule it applies with its sources, the library's
 * convention it also rests on, and the numbers.
 *
 * @example
 * ```ts
 * import { explainTier } from 'regional-innovation-rnd/tiering';
 * const explanation = explainTier({ rank: 3, cohortSize: 10, tier: 'leading' });
 * explanation.message; // '10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)'
 * explanation.rule.id; // 'tiering.percentile'
 * explanation.convention.confidence; // 'derived'
 * ```
 */
export interface TierExplanation {
  /** The explanation in the locale asked for. */
  readonly message: string;
  /** The rule applied: `tiering.percentile`, the shares, `confirmed` by the press release. */
  readonly rule: RuleRef;
  /**
   * The library's reading the tier also rests on: `tiering.convention` (rank ÷ cohort size,
   * the tie policy and the small-cohort policy), `derived`, since the program states none of it.
   */
  readonly convention: RuleRef;
  /**
   * The numbers behind the sentence. `leadingPercent` and `potentialPercent` are the shares given
   * (30 and 50 by default), except where `smallCohorts: 'at-least-one'` widens a tier beyond its
   * share of this cohort: then they are the share the tier covers (its places ÷ size × 100, at
   * most 100), so that the sentence stays true (1 of 3 is the top 33.33%, within 33.33%).
   */
  readonly params: TierExplanationParams;
}

/**
 * Explains a tier assignment from {@link tierCohort} in Korean (default) or English:
 * "10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)", with the rule's sources.
 *
 * @param assignment - the rank, cohort size and tier (an assignment from `tierCohort` fits).
 * @param options - the locale, and the thresholds and small-cohort policy if `tierCohort` was
 * given others.
 * @returns the explanation.
 * @throws {@link rules!RulesError} `TIERING_INVALID_RANK` for a rank that does not fit the size;
 * `OPTIONS_INVALID` when the tier does not follow from the rank under the thresholds given
 * (an explanation never contradicts the assignment).
 *
 * @example
 * ```ts
 * import { explainTier, tierCohort } from 'regional-innovation-rnd/tiering';
 * const scores = [95, 90, 85, 80, 75, 70, 65, 60, 55, 50].map((score) => ({ score }));
 * const third = tierCohort(scores, { score: 'score' })[2];
 * if (third) explainTier(third, { locale: 'en' }).message;
 * // 'Rank 3 of 10 → top 30% → leading company ((예비)선도기업, top 30%)'
 * explainTier({ rank: 1, cohortSize: 3, tier: 'leading' }, { smallCohorts: 'at-least-one' }).message;
 * // '3개 중 1위 → 상위 33.33% → (예비)선도기업 (상위 33.33% 이내)'
 * ```
 */
export function explainTier(
  assignment: Pick<TierAssignment<unknown>, 'rank' | 'cohortSize' | 'tier'>,
  options: TierThresholds & { readonly locale?: Locale } = {},
): TierExplanation {
  // JavaScript callers may pass anything: a non-object is a rank that does not fit.
  const given: unknown = assignment;
  if (typeof given !== 'object' || given === null) {
    throw rulesError(TIERING_INVALID_RANK, {
      input: describeInput(undefined),
      cohortSize: describeInput(undefined),
    });
  }
  const rank = readOption(given, 'rank') as number;
  const cohortSize = readOption(given, 'cohortSize') as number;
  const tier = tierOf(rank, cohortSize, options);
  const locale = readOption(options, 'locale');
  if (locale !== undefined && locale !== 'ko' && locale !== 'en') {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'locale', input: describeInput(locale), expected: "'ko' | 'en'" },
      ['locale'],
    );
  }
  // An assignment whose tier its rank does not give under these thresholds (tiered with other
  // thresholds, or edited) is refused rather than explained wrongly; `expected` is the tier it gets.
  if (tier !== readOption(given, 'tier')) {
    throw rulesError(
      OPTIONS_INVALID,
      { option: 'tier', input: describeInput(readOption(given, 'tier')), expected: `'${tier}'` },
      ['tier'],
    );
  }
  const leadingPercent =
    (readOption(options, 'leadingPercent') as number | undefined) ?? TIER_THRESHOLDS.leadingPercent;
  const potentialPercent =
    (readOption(options, 'potentialPercent') as number | undefined) ?? TIER_THRESHOLDS.potentialPercent;
  // Where 'at-least-one' widens a tier beyond its share of this cohort, the sentence names the
  // share the tier covers instead (its doubled places × 50 ÷ size), or it would say 1 of 3 is
  // within 30%.
  const applied = readThresholds(options).bounds(cohortSize);
  const literal = readThresholds({ leadingPercent, potentialPercent }).bounds(cohortSize);
  const covered = (applied2: number, literal2: number, percent: number): number =>
    applied2 > literal2 ? Math.min(100, (applied2 * 50) / cohortSize) : percent;
  const params: TierExplanationParams = {
    rank,
    cohortSize,
    topPercent: (rank * 100) / cohortSize,
    tier,
    leadingPercent: covered(applied.leading2, literal.leading2, leadingPercent),
    potentialPercent: covered(applied.potential2, literal.potential2, potentialPercent),
  };
  return {
    message: locale === 'en' ? explainEn(params) : explainKo(params),
    rule: {
      id: 'tiering.percentile',
      sources: TIER_THRESHOLDS.provenance.sources,
      confidence: TIER_THRESHOLDS.provenance.confidence,
    },
    convention: {
      id: 'tiering.convention',
      sources: TIER_THRESHOLDS.convention.sources,
      confidence: TIER_THRESHOLDS.convention.confidence,
    },
    params,
  };
}
