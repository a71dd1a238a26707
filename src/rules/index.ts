/**
 * The shared vocabulary of the library: provenance of rule data ({@link SourceRef},
 * {@link Confidence}, {@link RuleRef}), results ({@link RuleResult}, {@link RuleIssue},
 * {@link Finding}), the registry of issue codes ({@link REGISTRY}: each code with its params and
 * messages), the names of the library's ids in both languages ({@link TIER_LABELS}, …) and the one
 * error type, {@link RulesError}.
 *
 * @module rules
 */
export type {
  Confidence,
  SourceRef,
  RuleRef,
  Sourced,
  Evidence,
  Locale,
  LocalizedText,
  EditionId,
  TrackId,
  Tier,
  InstitutionKind,
  RegionCode,
} from './types';
export { ISSUE_CODES } from './codes';
export { REGISTRY } from './issues/index';
export type { IssueEntry, ParamsOf } from './issues/define';
export type {
  OptionsInvalidParams,
  EditionUnknownParams,
  DateInvalidParams,
  InputInvalidParams,
} from './issues/general';
export type { RegionUnknownParams, RegionAmbiguousParams } from './issues/regions';
export type { IndustryInvalidParams } from './issues/industries';
export type {
  TieringInvalidScoreParams,
  TieringInvalidCohortParams,
  TieringInvalidRankParams,
} from './issues/tiering';
export type { MoneyInvalidParams, MoneyAmbiguousParams } from './issues/money';
export type {
  GrantTooManyYearsParams,
  GrantYearCapExceededParams,
  GrantTotalCapExceededParams,
  GrantPublicShareExceededParams,
  GrantCashShareTooLowParams,
  GrantParticipantZeroTotalParams,
  GrantParticipantDuplicateParams,
} from './issues/grants';
export type {
  ConsortiumLeadKindParams,
  ConsortiumLeadTierParams,
  ConsortiumLeadRegionParams,
  ConsortiumRequirementUnmetParams,
  ConsortiumMemberKindNotAllowedParams,
  ConsortiumMemberKindsUnknownParams,
  ConsortiumDuplicateIdParams,
  ConsortiumDuplicateBusinessNumberParams,
  BusinessNumberInvalidParams,
} from './issues/consortium';
export type {
  KtopGradeInvalidParams,
  KtopScoreInvalidParams,
  KtopBandsInvalidParams,
  KtopScoreOutOfBandsParams,
} from './issues/ktop';
export { TIER_LABELS, INSTITUTION_KIND_LABELS, TRACK_LABELS, RULE_LABELS, CONFIDENCE_LABELS } from './labels';
export type { Label } from './labels';
export type {
  IssueCode,
  IssueParams,
  IssueParamsByCode,
  MoneyInvalidReason,
  IndustryInvalidReason,
} from './codes';
export type {
  IssuePath,
  RuleIssue,
  RuleResult,
  Finding,
  FindingStatus,
  RulesErrorInit,
  CheckResult,
} from './types';
export { RulesError, isRulesError } from './RulesError';
export { describeInput } from './describeInput';
export { INSTITUTION_KINDS, TRACK_IDS } from './kinds';
