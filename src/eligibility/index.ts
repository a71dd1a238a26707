/**
 * Eligibility: whether a company may apply to a track of an edition, rule by rule — pass, fail or
 * unknown — with the sources of each rule and an explanation in Korean or English.
 *
 * @module eligibility
 */
export { assessEligibility } from './assessEligibility';
export type {
  CompanyProfile,
  EligibilityOverrides,
  Attestations,
  AssessOptions,
  EligibilityAssessment,
} from './types';
