/**
 * Helpers for the test suites of applications that use this library: builders of valid inputs
 * with overrides ({@link aGrantPlan}, {@link aConsortium}, {@link aCompany}), frozen fixtures per
 * edition × track with one input failing each rule ({@link FIXTURES}), and fast-check arbitraries
 * ({@link arbitraries}). fast-check is an optional peer dependency: this module imports only its
 * types and takes your `fc` as an argument, so nothing loads it unless you call `arbitraries(fc)`.
 * Everything here is pure and deterministic; the builders return fresh objects on every call.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { FIXTURES, aGrantPlan, arbitraries } from 'regional-innovation-rnd/testing';
 * import { checkGrantPlan } from 'regional-innovation-rnd/grants';
 * checkGrantPlan(aGrantPlan({ edition: '2025', track: 'capability' })).ok; // true
 * checkGrantPlan(FIXTURES['2026']['supply-chain'].grantPlan.failing.GRANT_TOO_MANY_YEARS).ok; // false
 * fc.assert(fc.property(arbitraries(fc).grantPlan(), (plan) => checkGrantPlan(plan).ok));
 * ```
 *
 * @module testing
 */
export { aBusinessNumber, aCompany, aConsortium, aGrantPlan } from './builders';
export type { ConsortiumOverrides, GrantPlanOverrides } from './builders';
export { FIXTURES, TEST_SALES_THRESHOLDS, attestingAll } from './fixtures';
export type {
  CompanyFixtures,
  ConsortiumFailure,
  ConsortiumFixtures,
  EditionTrackFixtures,
  EligibilityRuleId,
  GrantPlanFailure,
  GrantPlanFixtures,
} from './fixtures';
export { arbitraries } from './arbitraries';
export type { Arbitrary, ArbitraryOptions, FastCheckApi, NearMiss, TestingArbitraries } from './arbitraries';
