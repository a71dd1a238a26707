/**
 * Grant plan checks: years, public money per year and in all against the track's caps, and each
 * participant's public and cash shares by institution kind — exact, from the edition data, with
 * a summary of the money and the room left under every cap. And the planner's answers, the
 * inverse of those checks: the least own share a kind must add to its public money
 * ({@link requiredOwnShare}), the most public money an own share allows ({@link maxPublicFunding}),
 * and a whole plan from weights ({@link planGrant}).
 *
 * @module grants
 */
export { checkGrantPlan, checkGrantPlanOrThrow } from './checkGrantPlan';
export { requiredOwnShare } from './requiredOwnShare';
export type { OwnShareRequest, RequiredOwnShare } from './requiredOwnShare';
export { maxPublicFunding } from './maxPublicFunding';
export type { PublicFundingRequest, MaxPublicFunding } from './maxPublicFunding';
export { planGrant } from './planGrant';
export type { PlanRequest, PlanParticipantRequest, GrantPlanProposal } from './planGrant';
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
