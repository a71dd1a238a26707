/**
 * Grant plan checks: years, public money per year and in all against the track's caps, and each
 * participant's public and cash shares by institution kind — exact, from the edition data, with
 * a summary of the money and the room left under every cap.
 *
 * @module grants
 */
export { checkGrantPlan, checkGrantPlanOrThrow } from './checkGrantPlan';
export type { CheckOptions } from '../rules/types';
export type {
  GrantPlanInput,
  GrantParticipantInput,
  GrantPlanSummary,
  GrantYearSummary,
  GrantParticipantSummary,
  GrantTotals,
  GrantPlanResult,
} from './types';
