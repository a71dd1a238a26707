/**
 * Builders for a code known only at run time (an issue carried through a schema, the first issue
 * of a failed check): they look the entry up in the whole registry, so only modules that report
 * any code use them.
 *
 * @module
 */
import type { IssueCode, IssueParamsByCode } from '../codes';
import type { RulesError } from '../RulesError';
import type { IssuePath, Locale, RuleIssue, RuleRef } from '../types';
import { issue, rulesError } from './build';
import type { IssueEntry } from './define';
import { REGISTRY } from './index';

const entryOf = <C extends IssueCode>(code: C): IssueEntry<C, IssueParamsByCode[C]> =>
  REGISTRY[code] as unknown as IssueEntry<C, IssueParamsByCode[C]>;

/**
 * An issue of a code known at run time; see {@link issue}.
 *
 * @param code - the issue code.
 * @param init - where (`path`), the numbers (`params`), the rule applied and the locale.
 * @returns the issue.
 *
 * @example
 * ```ts
 * import { issueOf } from './byCode';
 * issueOf('REGION_UNKNOWN', {
 *   path: ['lead', 'region'],
 *   params: { input: '"서을"' },
 *   rule: { id: 'consortium.lead', sources: [], confidence: 'confirmed' },
 *   locale: 'en',
 * }).message.startsWith('Unknown region'); // true
 * ```
 */
export function issueOf<C extends IssueCode>(
  code: C,
  init: {
    readonly path: IssuePath;
    readonly params: IssueParamsByCode[C];
    readonly rule: RuleRef;
    readonly locale?: Locale;
  },
): RuleIssue<C> {
  return issue(entryOf(code), init);
}

/**
 * A RulesError of a code known at run time; see {@link rulesError}.
 *
 * @param code - the error code.
 * @param params - its params.
 * @param path - where in the caller's input; empty by default.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { rulesErrorOf } from './byCode';
 * rulesErrorOf('REGION_UNKNOWN', { input: '"서을"' }, ['region']).code; // 'REGION_UNKNOWN'
 * ```
 */
export function rulesErrorOf<C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  path: IssuePath = [],
): RulesError<C> {
  return rulesError(entryOf(code), params, path);
}

/**
 * The RulesError an `*OrThrow` variant throws: the first issue's code, params and path, with every
 * issue in `issues`.
 *
 * @param issues - the issues of a failed check; at least one.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { issueOf, rulesErrorFromIssues } from './byCode';
 * const found = issueOf('REGION_UNKNOWN', {
 *   path: ['lead', 'region'],
 *   params: { input: '"서을"' },
 *   rule: { id: 'consortium.lead', sources: [], confidence: 'confirmed' },
 * });
 * rulesErrorFromIssues([found]).path; // ['lead', 'region']
 * ```
 */
export function rulesErrorFromIssues(issues: readonly RuleIssue[]): RulesError {
  const first = issues[0] as RuleIssue;
  return rulesError(entryOf(first.code), first.params as never, first.path, issues);
}
