/**
 * A locale's message table, derived from the registry: one message function per code, frozen.
 *
 * @module
 */
import { ISSUE_CODES } from '../rules/codes';
import { REGISTRY } from '../rules/issues/index';
import type { Locale } from '../rules/types';
import type { Messages } from './types';

/**
 * The message functions of one locale, by code, in the order of the codes.
 *
 * @param locale - `'ko'` or `'en'`.
 * @returns the table, frozen.
 *
 * @example
 * ```ts
 * import { tableOf } from './table';
 * tableOf('en').REGION_UNKNOWN({ input: '"서을"' }).startsWith('Unknown region'); // true
 * ```
 */
export function tableOf(locale: Locale): Messages {
  const table: Record<string, unknown> = {};
  for (const code of ISSUE_CODES) table[code] = REGISTRY[code][locale];
  return Object.freeze(table) as Messages;
}
