/**
 * The builders every module uses, derived from the registry: they take a code's ENTRY, so a module
 * that throws REGION_UNKNOWN carries that entry's messages and no other.
 *
 * @module
 */
import type { IssueCode, IssueParamsByCode } from '../codes';
import { RulesError } from '../RulesError';
import type { IssuePath, Locale, RuleIssue, RuleRef } from '../types';
import type { IssueEntry } from './define';

/**
 * A RulesError of one code, with its message in both languages.
 *
 * @param entry - the code's registry entry.
 * @param params - its params.
 * @param path - where in the caller's input; empty by default.
 * @param issues - the issues behind it (for `*OrThrow` variants); none by default.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { rulesError } from './build';
 * import { REGION_UNKNOWN } from './regions';
 * rulesError(REGION_UNKNOWN, { input: '"서을"' }, ['region']).path; // ['region']
 * ```
 */
export function rulesError<C extends IssueCode>(
  entry: IssueEntry<C, IssueParamsByCode[C]>,
  params: IssueParamsByCode[C],
  path: IssuePath = [],
  issues: readonly RuleIssue[] = [],
): RulesError<C> {
  return new RulesError({
    code: entry.code,
    params,
    path,
    issues,
    messages: { ko: entry.ko(params), en: entry.en(params) },
  });
}

/**
 * An issue of one code, its message in the locale asked for (Korean by default), its path a frozen copy.
 *
 * @param entry - the code's registry entry.
 * @param init - where (`path`), the numbers (`params`), the rule applied and the locale.
 * @returns the issue.
 *
 * @example
 * ```ts
 * import { issue } from './build';
 * import { GRANT_TOO_MANY_YEARS } from './grants';
 * const found = issue(GRANT_TOO_MANY_YEARS, {
 *   path: ['years'],
 *   params: { limit: 2, actual: 3 },
 *   rule: { id: 'grants.max-years', sources: [], confidence: 'confirmed' },
 * });
 * found.message; // '연구개발기간이 3년으로, 이 내역의 최대 2년을 넘습니다.'
 * ```
 */
export function issue<C extends IssueCode>(
  entry: IssueEntry<C, IssueParamsByCode[C]>,
  init: {
    readonly path: IssuePath;
    readonly params: IssueParamsByCode[C];
    readonly rule: RuleRef;
    readonly locale?: Locale;
  },
): RuleIssue<C> {
  return {
    code: entry.code,
    path: Object.freeze([...init.path]),
    params: init.params,
    message: entry[init.locale ?? 'ko'](init.params),
    rule: init.rule,
  };
}
