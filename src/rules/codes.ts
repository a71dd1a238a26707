import type { ParamsOf } from './issues/define';
import { REGISTRY } from './issues/index';

export type { MoneyInvalidReason } from './issues/money';
export type { IndustryInvalidReason } from './issues/industries';
export type { ScoreBandsInvalidReason } from './issues/ktop';

/**
 * The closed union of issue and error codes: the keys of the {@link REGISTRY}.
 */
export type IssueCode = keyof typeof REGISTRY;

/**
 * The parameters each code carries: the numbers and values a message is built from, and that
 * a program can read without parsing text. Derived from the registry: each code's params are its
 * entry's params interface (`RegionUnknownParams`, …), where every field is documented.
 *
 * Inputs are echoed as `input`, a short printable rendering of what was given (see
 * `describeInput`).
 */
export type IssueParamsByCode = { readonly [C in IssueCode]: ParamsOf<(typeof REGISTRY)[C]> };

/**
 * The parameters of one code.
 *
 * @typeParam C - the issue code.
 */
export type IssueParams<C extends IssueCode> = IssueParamsByCode[C];

/**
 * Every issue and error code the library can produce, in one closed list: the keys of the
 * {@link REGISTRY}, in its order.
 *
 * Codes are stable: a code is never renamed or given a new meaning within a major version.
 * A code is added as one registry entry, with its parameters and its messages in both
 * languages, which the type system enforces.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'regional-innovation-rnd/rules';
 * ISSUE_CODES.includes('MONEY_INVALID'); // true
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(REGISTRY) as IssueCode[],
);
