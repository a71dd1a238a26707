/**
 * Issue messages in Korean and English: the message tables ({@link ko}, {@link en}), derived from
 * the registry of codes, and {@link formatMessage}.
 *
 * @module locales
 */
import type { IssueCode, IssueParamsByCode } from '../rules/codes';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { REGISTRY } from '../rules/issues/index';
import type { Locale } from '../rules/types';
import { en } from './en';
import { ko } from './ko';
import type { Messages } from './types';

export { ko } from './ko';
export { en } from './en';
export type { MessageFn, Messages, TierExplanationParams } from './types';

/**
 * The message tables of every locale, by locale, frozen.
 *
 * @example
 * ```ts
 * import { MESSAGES } from 'regional-innovation-rnd/locales';
 * MESSAGES.en.DATE_INVALID({ input: '"2025-02-30"', expected: 'an ISO 8601 string with an offset' });
 * // 'Cannot read "2025-02-30" as an instant; expected an ISO 8601 string with an offset.'
 * ```
 */
export const MESSAGES: Readonly<Record<Locale, Messages>> = /* @__PURE__ */ Object.freeze({ ko, en });

// Longer than any list of params the library writes: more is not params it made.
const MAX_LIST = 100;

const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');
const isFlat = (value: unknown): boolean =>
  isPrimitive(value) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isPrimitive));

/**
 * Whether params have the shape the library's params have: primitives, and short lists of
 * primitives or of flat records (a region's candidates). Anything else (a list of lists, a value
 * that prints itself through a million reads) is not written.
 */
function isParamsData(params: object): boolean {
  return Object.values(params).every(
    (value) =>
      isPrimitive(value) || (Array.isArray(value) && value.length <= MAX_LIST && value.every(isFlat)),
  );
}

const invalid = (option: string, input: unknown, expected: string): never => {
  throw rulesError(OPTIONS_INVALID, { option, input: describeInput(input), expected }, [option]);
};

/**
 * Writes the message of an issue code in one locale.
 *
 * @param code - the issue code.
 * @param params - its parameters.
 * @param locale - `'ko'` (default) or `'en'`.
 * @returns the message.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` for a code that is not an issue code
 * (path `['code']`), a locale other than `'ko'` and `'en'` (`['locale']`), or params that are not an
 * object or from which the message cannot be written (`['params']`).
 *
 * @example
 * ```ts
 * import { formatMessage } from 'regional-innovation-rnd/locales';
 * formatMessage('EDITION_UNKNOWN', { input: '"2024"', known: ['2025', '2026'] }, 'en');
 * // 'Unknown edition "2024"; known editions: 2025, 2026.'
 * formatMessage('EDITION_UNKNOWN', { input: '"2024"', known: ['2025', '2026'] });
 * // '알 수 없는 공고 연도입니다: "2024". 이 라이브러리에 있는 공고: 2025년, 2026년.'
 * // @ts-expect-error -- not a locale
 * formatMessage('REGION_UNKNOWN', { input: '"서을"' }, 'fr'); // throws RulesError OPTIONS_INVALID
 * ```
 */
export function formatMessage<C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  locale: Locale = 'ko',
): string {
  // Own keys only: '__proto__' or 'toString' is not a code.
  if (typeof code !== 'string' || !Object.hasOwn(REGISTRY, code))
    invalid('code', code, 'an issue code (ISSUE_CODES)');
  // JavaScript callers may pass anything: the types only say what the library takes.
  const given: unknown = locale;
  const values: unknown = params;
  if (given !== 'ko' && given !== 'en') invalid('locale', locale, "'ko' | 'en'");
  if (typeof values !== 'object' || values === null) invalid('params', params, `the params of ${code}`);
  const write = REGISTRY[code][locale] as (p: IssueParamsByCode[C]) => string;
  try {
    if (isParamsData(params)) return write(params);
  } catch {
    // Params of another shape (a list that is not a list, a getter that throws): no message.
  }
  return invalid('params', params, `the params of ${code}`);
}
