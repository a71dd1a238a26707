/**
 * Why a money amount was refused.
 *
 * @example
 * ```ts
 * import type { MoneyInvalidReason } from 'regional-innovation-rnd/rules';
 * const reason: MoneyInvalidReason = 'fractional';
 * ```
 */
export type MoneyInvalidReason =
  'type' | 'empty' | 'syntax' | 'negative' | 'fractional' | 'not-finite' | 'unsafe';

/**
 * Why an industry given to extend the catalogue was refused.
 *
 * @example
 * ```ts
 * import type { IndustryInvalidReason } from 'regional-innovation-rnd/rules';
 * const reason: IndustryInvalidReason = 'duplicate-id';
 * ```
 */
export type IndustryInvalidReason = 'shape' | 'empty-name' | 'duplicate-id' | 'unknown-region';

/**
 * The parameters each code carries: the numbers and values a message is built from, and that
 * a program can read without parsing text.
 *
 * Inputs are echoed as `input`, a short printable rendering of what was given (see
 * `describeInput`).
 *
 * @example
 * ```ts
 * import type { IssueParamsByCode } from 'regional-innovation-rnd/rules';
 * const params: IssueParamsByCode['EDITION_UNKNOWN'] = { input: '2024', known: ['2025', '2026'] };
 * ```
 */
export interface IssueParamsByCode {
  /** An option of a function call is out of its range or of the wrong type. */
  OPTIONS_INVALID: {
    /** The option's name, e.g. `'leadingPercent'`. */
    readonly option: string;
    /** The value given, echoed. */
    readonly input: string;
    /** What the option accepts. */
    readonly expected: string;
  };
  /** An edition (yearly call) id the library does not know. */
  EDITION_UNKNOWN: {
    /** The id given, echoed. */
    readonly input: string;
    /** The edition ids the library knows. */
    readonly known: readonly string[];
  };
  /** An instant that is not a valid date: an invalid Date, an ISO string without offset, NaN. */
  DATE_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
    /** What is accepted. */
    readonly expected: string;
  };
  /** A region (시·도) the library does not recognise. */
  REGION_UNKNOWN: {
    /** The value given, echoed. */
    readonly input: string;
  };
  /** An industry given to extend the catalogue is malformed, a duplicate, or in an unknown region. */
  INDUSTRY_INVALID: {
    /** The offending value (or its id), echoed. */
    readonly input: string;
    /** Why it was refused. */
    readonly reason: IndustryInvalidReason;
  };
  /** A score given for tiering is not a finite number. */
  TIERING_INVALID_SCORE: {
    /** The index of the first item with a bad score. */
    readonly index: number;
    /** That item's cohort, or `null` when the cohort was not read yet. */
    readonly cohort: string | null;
    /** The score given, echoed. */
    readonly input: string;
  };
  /** A cohort key given for tiering is not a string. */
  TIERING_INVALID_COHORT: {
    /** The index of the first item with a bad cohort key. */
    readonly index: number;
    /** The key given, echoed. */
    readonly input: string;
  };
  /** A rank and cohort size given to `tierOf` do not fit together. */
  TIERING_INVALID_RANK: {
    /** The rank given, echoed. */
    readonly input: string;
    /** The cohort size given, echoed. */
    readonly cohortSize: string;
  };
  /** A money amount that is not a whole, non-negative, safe number of won. */
  MONEY_INVALID: {
    /** The value given, echoed. */
    readonly input: string;
    /** Why it was refused. */
    readonly reason: MoneyInvalidReason;
  };
}

/**
 * The parameters of one code.
 *
 * @typeParam C - the issue code.
 *
 * @example
 * ```ts
 * import type { IssueParams } from 'regional-innovation-rnd/rules';
 * const params: IssueParams<'REGION_UNKNOWN'> = { input: '서을' };
 * ```
 */
export type IssueParams<C extends IssueCode> = IssueParamsByCode[C];

/**
 * The closed union of issue and error codes.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'regional-innovation-rnd/rules';
 * const code: IssueCode = 'REGION_UNKNOWN';
 * ```
 */
export type IssueCode = keyof IssueParamsByCode;

// Written as a record so that the compiler rejects a code missing from the list, or one too many.
const CODE_SET: Readonly<Record<IssueCode, true>> = {
  OPTIONS_INVALID: true,
  EDITION_UNKNOWN: true,
  DATE_INVALID: true,
  REGION_UNKNOWN: true,
  INDUSTRY_INVALID: true,
  TIERING_INVALID_SCORE: true,
  TIERING_INVALID_COHORT: true,
  TIERING_INVALID_RANK: true,
  MONEY_INVALID: true,
};

/**
 * Every issue and error code the library can produce, in one closed list.
 *
 * Codes are stable: a code is never renamed or given a new meaning within a major version.
 * Codes are only added together with their parameters ({@link IssueParamsByCode}) and their
 * messages in every locale, which the type system enforces.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'regional-innovation-rnd/rules';
 * ISSUE_CODES.includes('MONEY_INVALID'); // true
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(CODE_SET) as IssueCode[],
);
