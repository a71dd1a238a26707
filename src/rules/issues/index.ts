/**
 * The registry of issue codes: one entry per code, with its params and its Korean and English
 * message, collected here in the order of the closed list. `IssueCode`, `IssueParamsByCode`,
 * `ISSUE_CODES`, the message tables of `locales` and the docs pages are derived from it.
 *
 * Adding a code is one entry in the module of its area (params interface with TSDoc per field,
 * `ko`, `en`), its line here, an example in examples/guides/issue-codes.ts, and tests.
 *
 * @module
 */
import {
  BUSINESS_NUMBER_INVALID,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER,
  CONSORTIUM_DUPLICATE_ID,
  CONSORTIUM_LEAD_KIND,
  CONSORTIUM_LEAD_REGION,
  CONSORTIUM_LEAD_TIER,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED,
  CONSORTIUM_REQUIREMENT_UNMET,
} from './consortium';
import { DATE_INVALID, EDITION_UNKNOWN, INPUT_INVALID, OPTIONS_INVALID } from './general';
import {
  GRANT_CASH_SHARE_TOO_LOW,
  GRANT_PARTICIPANT_DUPLICATE,
  GRANT_PARTICIPANT_ZERO_TOTAL,
  GRANT_PUBLIC_SHARE_EXCEEDED,
  GRANT_TOO_MANY_YEARS,
  GRANT_TOTAL_CAP_EXCEEDED,
  GRANT_YEAR_CAP_EXCEEDED,
} from './grants';
import { INDUSTRY_INVALID } from './industries';
import { KTOP_BANDS_INVALID, KTOP_GRADE_INVALID, KTOP_SCORE_INVALID, KTOP_SCORE_OUT_OF_BANDS } from './ktop';
import { MONEY_AMBIGUOUS, MONEY_INVALID } from './money';
import { REGION_AMBIGUOUS, REGION_UNKNOWN } from './regions';
import { TIERING_INVALID_COHORT, TIERING_INVALID_RANK, TIERING_INVALID_SCORE } from './tiering';

/**
 * Every issue and error code with its messages, by code, frozen. The order of its keys is the
 * order of {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import { REGISTRY } from 'regional-innovation-rnd/rules';
 * REGISTRY.REGION_UNKNOWN.en({ input: '"서을"' }).startsWith('Unknown region'); // true
 * ```
 */
export const REGISTRY = /* @__PURE__ */ Object.freeze({
  OPTIONS_INVALID,
  EDITION_UNKNOWN,
  DATE_INVALID,
  REGION_UNKNOWN,
  REGION_AMBIGUOUS,
  INDUSTRY_INVALID,
  TIERING_INVALID_SCORE,
  TIERING_INVALID_COHORT,
  TIERING_INVALID_RANK,
  MONEY_INVALID,
  MONEY_AMBIGUOUS,
  INPUT_INVALID,
  GRANT_TOO_MANY_YEARS,
  GRANT_YEAR_CAP_EXCEEDED,
  GRANT_TOTAL_CAP_EXCEEDED,
  GRANT_PUBLIC_SHARE_EXCEEDED,
  GRANT_CASH_SHARE_TOO_LOW,
  GRANT_PARTICIPANT_ZERO_TOTAL,
  GRANT_PARTICIPANT_DUPLICATE,
  CONSORTIUM_LEAD_KIND,
  CONSORTIUM_LEAD_TIER,
  CONSORTIUM_LEAD_REGION,
  CONSORTIUM_REQUIREMENT_UNMET,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN,
  CONSORTIUM_DUPLICATE_ID,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER,
  BUSINESS_NUMBER_INVALID,
  KTOP_GRADE_INVALID,
  KTOP_SCORE_INVALID,
  KTOP_BANDS_INVALID,
  KTOP_SCORE_OUT_OF_BANDS,
});
