/**
 * The program and its editions (yearly calls) as data with sources: caps, years and tiers of
 * each track, application windows in KST, cost sharing by institution kind, budget-item limits,
 * eligibility rules (with the thresholds that are not public left `null`), the call's money and
 * counts, and what changed from one call to the next.
 *
 * @module program
 */
export { PROGRAM } from './program';
export { TIER_THRESHOLDS, LEADING_PERCENT, POTENTIAL_PERCENT } from './tiers';
export { EDITIONS, EDITION_IDS, EDITION_2025, EDITION_2026 } from './editions/index';
export { getEdition, isEditionId } from './getEdition';
export { isApplicationOpen } from './isApplicationOpen';
export { editionFor } from './editionFor';
export { toInstant } from './toInstant';
export type { InstantInput } from './toInstant';
export type {
  Program,
  Edition,
  EditionKey,
  ApplicationWindow,
  TrackRules,
  ConsortiumRules,
  CompositionRequirement,
  CostShareRule,
  BudgetItemRules,
  EligibilityRules,
  EligibilityRequirement,
  CallFacts,
  CallOutcome,
} from './types';
