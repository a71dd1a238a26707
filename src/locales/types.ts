import type { IssueCode, IssueParamsByCode } from '../rules/codes';

/**
 * A function that writes the message of one issue code from its parameters.
 *
 * @typeParam C - the issue code.
 */
export type MessageFn<C extends IssueCode> = (params: IssueParamsByCode[C]) => string;

/**
 * A locale's message table: one message function for every issue code. A locale that misses a
 * code does not compile.
 *
 * @example
 * ```ts
 * import type { Messages } from 'regional-innovation-rnd/locales';
 * import { en } from 'regional-innovation-rnd/locales';
 * const british: Messages = { ...en, DATE_INVALID: (p) => `Not a valid date: ${p.input}` };
 * ```
 */
export type Messages = { readonly [C in IssueCode]: MessageFn<C> };

/**
 * What a tier explanation is written from.
 */
export interface TierExplanationParams {
  /** The rank, 1 the best. */
  readonly rank: number;
  /** The number of companies in the cohort. */
  readonly cohortSize: number;
  /** rank ÷ cohortSize × 100. */
  readonly topPercent: number;
  /** The tier. */
  readonly tier: 'leading' | 'potential' | 'none';
  /** The leading threshold in percent. */
  readonly leadingPercent: number;
  /** The potential threshold in percent. */
  readonly potentialPercent: number;
}
