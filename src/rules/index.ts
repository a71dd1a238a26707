/**
 * The shared vocabulary of the library: provenance of rule data ({@link SourceRef},
 * {@link Confidence}, {@link RuleRef}), results ({@link RuleResult}, {@link RuleIssue},
 * {@link Finding}), the closed list of issue codes and the one error type, {@link RulesError}.
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
export { deepFreeze } from './deepFreeze';
export { ruleRef } from './ruleRef';
export { INSTITUTION_KINDS, TRACK_IDS } from './kinds';
