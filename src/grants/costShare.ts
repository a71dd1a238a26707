/**
 * The cost-sharing arithmetic of one participant, exact in whole won, for the validator and the
 * planner alike: the one place where a kind's shares (정부·지자체 지원연구개발비 at most `p`% of
 * the total, cash at least `m`% of the own share) become amounts.
 *
 * @internal
 * @module
 */
import { ceilOfProduct, floorOfProduct } from '../money/ratio';
import type { CostShareRule } from '../program/types';
import { ruleRef } from '../rules/ruleRef';
import type { InstitutionKind, RuleRef } from '../rules/types';

/**
 * The least own share (기관부담연구개발비) that `publicFunding` of public money needs:
 * ⌈public × (100 − p) ÷ p⌉, so that public ≤ p% of public + own share. One won less fails.
 *
 * @param rule - the kind's cost-share rule.
 * @param publicFunding - public money, whole won.
 * @returns the least own share, whole won (0 where public money may pay everything).
 *
 * @internal
 * @example
 * ```ts
 * import { leastOwnShare } from './costShare';
 * leastOwnShare({ maxPublicPercent: 75, minCashPercentOfOwnShare: 10, provenance: { sources: [], confidence: 'reported' } }, 700_000_000); // 233333334
 * ```
 */
export function leastOwnShare(rule: CostShareRule, publicFunding: number): number {
  return ceilOfProduct(publicFunding, 100 - rule.maxPublicPercent, rule.maxPublicPercent);
}

/**
 * The least cash in an own share: ⌈own share × m ÷ 100⌉, or 0 where the kind pays no cash share.
 *
 * @param rule - the kind's cost-share rule.
 * @param ownShare - the own share, cash and in kind, whole won.
 * @returns the least cash, whole won.
 *
 * @internal
 * @example
 * ```ts
 * import { leastCash } from './costShare';
 * leastCash({ maxPublicPercent: 75, minCashPercentOfOwnShare: 10, provenance: { sources: [], confidence: 'reported' } }, 233_333_334); // 23333334
 * ```
 */
export function leastCash(rule: CostShareRule, ownShare: number): number {
  const m = rule.minCashPercentOfOwnShare;
  // ⌈own × m ÷ 100⌉ = own − ⌊own × (100 − m) ÷ 100⌋: one exact floor instead of a floor and a check.
  return m === null ? 0 : ownShare - floorOfProduct(ownShare, 100 - m, 100);
}

/**
 * The most public money an own share allows: ⌊own share × p ÷ (100 − p)⌋, or `null` where
 * public money may pay everything (p = 100). May pass the safe-integer range for a large own
 * share: the caller checks.
 *
 * @param rule - the kind's cost-share rule.
 * @param ownShare - the own share, cash and in kind, whole won.
 * @returns the most public money, whole won, or `null` for no limit.
 *
 * @internal
 * @example
 * ```ts
 * import { mostPublicFunding } from './costShare';
 * mostPublicFunding({ maxPublicPercent: 75, minCashPercentOfOwnShare: 10, provenance: { sources: [], confidence: 'reported' } }, 100_000_000); // 300000000
 * ```
 */
export function mostPublicFunding(rule: CostShareRule, ownShare: number): number | null {
  const p = rule.maxPublicPercent;
  return p >= 100 ? null : floorOfProduct(ownShare, p, 100 - p);
}

/**
 * The rules a kind's shares are checked by, as {@link checkGrantPlan} names them: the public
 * share, and the cash share where the kind has one.
 *
 * @param kind - the institution kind.
 * @param rule - its cost-share rule.
 * @returns the rule references, with the rule's sources.
 *
 * @internal
 * @example
 * ```ts
 * import { costShareRules } from './costShare';
 * costShareRules('university', { maxPublicPercent: 100, minCashPercentOfOwnShare: null, provenance: { sources: [], confidence: 'reported' } }).map((r) => r.id); // ['grants.cost-share.public.university']
 * ```
 */
export function costShareRules(kind: InstitutionKind, rule: CostShareRule): readonly RuleRef[] {
  const publicShare = ruleRef(`grants.cost-share.public.${kind}`, rule.provenance);
  return rule.minCashPercentOfOwnShare === null
    ? [publicShare]
    : [publicShare, ruleRef(`grants.cost-share.cash.${kind}`, rule.provenance)];
}
