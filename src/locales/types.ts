import type { IssueCode, IssueParamsByCode } from '../rules/codes';

/**
 * A function that writes the message of one issue code from its parameters.
 *
 * @typeParam C - the issue code.
 *
 * @example
 * ```ts
 * import type { MessageFn } from 'regional-innovation-rnd/locales';
 * const regionUnknown: MessageFn<'REGION_UNKNOWN'> = (p) => `Unknown region: ${p.input}`;
 * ```
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
