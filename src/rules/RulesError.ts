import type { IssueCode, IssueParamsByCode } from './codes';
import type { IssuePath, LocalizedText, RuleIssue, RulesErrorInit } from './types';

/**
 * The one error type the library throws: for programmer errors (an unknown edition, a non-finite
 * score, an amount that is not money) and from `*OrThrow` variants, which carry the issues.
 *
 * It has a stable `code`, the `path` into the input, the `params` with the numbers, and its
 * message in Korean and English (`messages`); `message` holds both, English first.
 *
 * @typeParam C - the error's code.
 *
 * @example
 * ```ts
 * import { RulesError, isRulesError } from 'regional-innovation-rnd/rules';
 * try {
 *   throw new RulesError({
 *     code: 'REGION_UNKNOWN',
 *     params: { input: '"서을"' },
 *     messages: { ko: '알 수 없는 시·도: "서을"', en: 'Unknown region: "서을"' },
 *   });
 * } catch (error) {
 *   if (isRulesError(error, 'REGION_UNKNOWN')) {
 *     error.params.input; // '"서을"'
 *   }
 * }
 * ```
 */
export class RulesError<C extends IssueCode = IssueCode> extends Error {
  /** The error's code, from the closed list of codes. */
  declare readonly code: C;
  /** Where in the input the problem is; empty when it is the input as a whole. */
  declare readonly path: IssuePath;
  /** The numbers and values behind the message. */
  declare readonly params: IssueParamsByCode[C];
  /** The issues behind the error (from `*OrThrow` variants); otherwise empty. */
  declare readonly issues: readonly RuleIssue[];
  /** The message in Korean and in English. */
  declare readonly messages: LocalizedText;

  /**
   * Creates the error; `path` and `issues` are copied and frozen.
   *
   * @param init - code, parameters, messages and, optionally, path and issues.
   */
  constructor(init: RulesErrorInit<C>) {
    super(`[${init.code}] ${init.messages.en} / ${init.messages.ko}`);
    this.name = 'RulesError';
    this.code = init.code;
    this.path = Object.freeze([...(init.path ?? [])]);
    this.params = init.params;
    this.issues = Object.freeze([...(init.issues ?? [])]);
    this.messages = init.messages;
  }
}

/**
 * Tells whether a value is a {@link RulesError}, optionally of one code. Works across copies of
 * the library loaded twice (ESM and CJS), where `instanceof` would not.
 *
 * @param value - anything caught.
 * @param code - if given, the code the error must have.
 * @returns whether `value` is a RulesError (of that code).
 *
 * @example
 * ```ts
 * import { isRulesError } from 'regional-innovation-rnd/rules';
 * try {
 *   JSON.parse('{');
 * } catch (error) {
 *   isRulesError(error); // false: a SyntaxError
 * }
 * ```
 */
export function isRulesError<C extends IssueCode = IssueCode>(
  value: unknown,
  code?: C,
): value is RulesError<C> {
  if (value instanceof RulesError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; messages?: unknown };
  return (
    candidate.name === 'RulesError' &&
    typeof candidate.code === 'string' &&
    typeof candidate.messages === 'object' &&
    (code === undefined || candidate.code === code)
  );
}
