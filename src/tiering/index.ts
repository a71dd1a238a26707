/**
 * Percentile tiering within each 주력산업: ranks by score with an explicit tie policy, and the
 * tiers (예비)선도기업 (top 30%) and 잠재기업 (top 30–50%), decided exactly in integers, with an
 * explicit policy for cohorts too small for the shares.
 * Imports neither zod, decimal.js nor date-fns.
 *
 * @module tiering
 */
export { tierCohort } from './tierCohort';
export { tierCohortColumns } from './tierCohortColumns';
export { TIER_OF_CODE } from './thresholds';
export { tierOf } from './tierOf';
export { explainTier } from './explainTier';
export type { TierThresholds, SmallCohortPolicy } from './thresholds';
export type {
  TiePolicy,
  TierCohortOptions,
  TierAssignment,
  ScoreAccessor,
  CohortAccessor,
  KeysOfType,
} from './types';
export type { TierExplanation } from './explainTier';
export type { TierColumns, TierColumnsOptions } from './tierCohortColumns';
