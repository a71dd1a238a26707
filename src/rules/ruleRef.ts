import type { Evidence, RuleRef } from './types';

/**
 * A rule reference from a rule id and the evidence of the data it applies.
 *
 * @param id - the rule's stable id, e.g. `'grants.cap.per-year'`.
 * @param evidence - the sources and confidence of the value the rule applies; none for the
 * library's own input rules.
 * @returns the rule reference.
 *
 * @example
 * ```ts
 * import { ruleRef } from './ruleRef'; // internal: from inside src/ only
 * ruleRef('consortium.unique').confidence; // 'confirmed'
 * ```
 */
export function ruleRef(id: string, evidence?: Evidence): RuleRef {
  return evidence === undefined
    ? { id, sources: [], confidence: 'confirmed' }
    : { id, sources: evidence.sources, confidence: evidence.confidence };
}
