/**
 * Issue messages in Korean and English: message tables ({@link ko}, {@link en}) and helpers that
 * build localized issues and errors from a code and its parameters.
 *
 * @module locales
 */
import type { IssueCode, IssueParamsByCode } from '../rules/codes';
import type { IssuePath, Locale, LocalizedText, RuleIssue, RuleRef } from '../rules/types';
import { RulesError } from '../rules/RulesError';
import { en } from './en';
import { ko } from './ko';
import type { Messages } from './types';
import { optionsInvalidError, readOption } from './errors';

export { ko } from './ko';
export { en } from './en';
export type { MessageFn, Messages, TierExplanationParams } from './types';
export {
  regionUnknownError,
  regionAmbiguousError,
  moneyAmbiguousError,
  editionUnknownError,
  dateInvalidError,
  moneyInvalidError,
  industryInvalidError,
  optionsInvalidError,
  tieringInvalidScoreError,
  tieringInvalidCohortError,
  tieringInvalidRankError,
  ktopGradeInvalidError,
  ktopBandsInvalidError,
  ktopScoreOutOfBandsError,
  readOption,
} from './errors';

/**
 * The message tables of every locale, by locale.
 *
 * @example
 * ```ts
 * import { MESSAGES } from 'regional-innovation-rnd/locales';
 * MESSAGES.en.DATE_INVALID({ input: '"2025-02-30"', expected: 'an ISO 8601 string with an offset' });
 * ```
 */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };

/**
 * Writes the message of an issue code in one locale.
 *
 * @param code - the issue code.
 * @param params - its parameters.
 * @param locale - `'ko'` (default) or `'en'`.
 * @returns the message.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'regional-innovation-rnd/locales';
 * formatMessage('EDITION_UNKNOWN', { input: '"2024"', known: ['2025', '2026'] }, 'en');
 * // 'Unknown edition "2024"; known editions: 2025, 2026.'
 * ```
 */
export function formatMessage<C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  locale: Locale = 'ko',
): string {
  // The table is keyed by every code, so the lookup is total; the cast only joins the union.
  const write = MESSAGES[locale][code] as (p: IssueParamsByCode[C]) => string;
  return write(params);
}

/**
 * Writes the message of an issue code in both locales.
 *
 * @param code - the issue code.
 * @param params - its parameters.
 * @returns the message in Korean and in English.
 *
 * @example
 * ```ts
 * import { localize } from 'regional-innovation-rnd/locales';
 * localize('REGION_UNKNOWN', { input: '"서을"' }).en; // 'Unknown region "서을"; …'
 * ```
 */
export function localize<C extends IssueCode>(code: C, params: IssueParamsByCode[C]): LocalizedText {
  return { ko: formatMessage(code, params, 'ko'), en: formatMessage(code, params, 'en') };
}

/**
 * Builds a localized {@link RuleIssue}.
 *
 * @param code - the issue code.
 * @param init - where (`path`), the numbers (`params`), the rule applied and the locale.
 * @returns the issue, with its message in the locale asked for.
 *
 * @example
 * ```ts
 * import { createIssue } from 'regional-innovation-rnd/locales';
 * const issue = createIssue('MONEY_INVALID', {
 *   path: ['years', 0, 'participants', 1, 'cash'],
 *   params: { input: '-5', reason: 'negative', position: null, expected: null },
 *   rule: { id: 'money.whole-won', confidence: 'derived', sources: [] },
 *   locale: 'en',
 * });
 * issue.message; // 'Invalid amount -5: it is negative.'
 * ```
 */
export function createIssue<C extends IssueCode>(
  code: C,
  init: {
    readonly path: IssuePath;
    readonly params: IssueParamsByCode[C];
    readonly rule: RuleRef;
    readonly locale?: Locale;
  },
): RuleIssue<C> {
  return {
    code,
    path: Object.freeze([...init.path]),
    params: init.params,
    message: formatMessage(code, init.params, init.locale ?? 'ko'),
    rule: init.rule,
  };
}

/**
 * Builds a {@link RulesError} with its message in both locales, from the full message tables.
 * Modules that must stay small import the one message function they need and construct the
 * error themselves.
 *
 * @param code - the error code.
 * @param params - its parameters.
 * @param path - where in the input; empty by default.
 * @param issues - the issues behind it (for `*OrThrow` variants).
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { createRulesError } from 'regional-innovation-rnd/locales';
 * const error = createRulesError('EDITION_UNKNOWN', { input: '"2024"', known: ['2025', '2026'] });
 * error.code; // 'EDITION_UNKNOWN'
 * ```
 */
export function createRulesError<C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  path: IssuePath = [],
  issues: readonly RuleIssue[] = [],
): RulesError<C> {
  return new RulesError({ code, params, messages: localize(code, params), path, issues });
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
 * import { createIssue, rulesErrorFromIssues } from 'regional-innovation-rnd/locales';
 * const issue = createIssue('REGION_UNKNOWN', {
 *   path: ['lead', 'region'],
 *   params: { input: '"서을"' },
 *   rule: { id: 'regions.known', sources: [], confidence: 'confirmed' },
 * });
 * rulesErrorFromIssues([issue]).path; // ['lead', 'region']
 * ```
 */
export function rulesErrorFromIssues(issues: readonly RuleIssue[]): RulesError {
  const first = issues[0] as RuleIssue;
  return new RulesError({
    code: first.code,
    params: first.params,
    messages: localize(first.code, first.params as never),
    path: first.path,
    issues,
  });
}

/**
 * Reads the `{ locale }` options of a check: `'ko'` when absent. Options that are not an object,
 * or a locale other than `'ko'` and `'en'`, are a programmer's error: OPTIONS_INVALID.
 *
 * @param options - the options given to a check.
 * @returns the locale to write messages in.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` for options or a locale it cannot use.
 *
 * @example
 * ```ts
 * import { localeOption } from 'regional-innovation-rnd/locales';
 * localeOption({ locale: 'en' }); // 'en'
 * localeOption(undefined); // 'ko'
 * ```
 */
export function localeOption(options: unknown): Locale {
  if (options === undefined) return 'ko';
  if (typeof options !== 'object' || options === null) {
    throw optionsInvalidError('options', options, 'an object such as { locale: "en" }', []);
  }
  const locale = readOption(options, 'locale');
  if (locale === undefined || locale === 'ko' || locale === 'en') return locale ?? 'ko';
  throw optionsInvalidError('locale', locale, "'ko' | 'en'", ['locale']);
}
