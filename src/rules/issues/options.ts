/**
 * Reading a caller's options: one option at a time, and the `{ locale }` of a check.
 *
 * @module
 */
import { describeInput } from '../describeInput';
import type { Locale } from '../types';
import { rulesError } from './build';
import { OPTIONS_INVALID } from './general';

/**
 * Reads a property of a caller's options object, turning anything the read throws (a revoked
 * proxy, a getter that throws) into OPTIONS_INVALID: reading what the caller gave never fails
 * with another exception.
 *
 * @param options - the caller's options object.
 * @param key - the property to read.
 * @returns the property's value.
 * @throws {@link RulesError} `OPTIONS_INVALID` when the property cannot be read.
 *
 * @example
 * ```ts
 * import { readOption } from './options';
 * readOption({ locale: 'en' }, 'locale'); // 'en'
 * ```
 */
export function readOption(options: object, key: string): unknown {
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    throw rulesError(
      OPTIONS_INVALID,
      { option: key, input: describeInput(options), expected: 'an option that can be read' },
      [key],
    );
  }
}

/**
 * Reads the `{ locale }` options of a check: `'ko'` when absent. Options that are not an object,
 * or a locale other than `'ko'` and `'en'`, are a programmer's error: OPTIONS_INVALID.
 *
 * @param options - the options given to a check.
 * @returns the locale to write messages in.
 * @throws {@link RulesError} `OPTIONS_INVALID` for options or a locale it cannot use.
 *
 * @example
 * ```ts
 * import { localeOption } from './options';
 * localeOption({ locale: 'en' }); // 'en'
 * localeOption(undefined); // 'ko'
 * ```
 */
export function localeOption(options: unknown): Locale {
  if (options === undefined) return 'ko';
  if (typeof options !== 'object' || options === null) {
    throw rulesError(OPTIONS_INVALID, {
      option: 'options',
      input: describeInput(options),
      expected: 'an object such as { locale: "en" }',
    });
  }
  const locale = readOption(options, 'locale');
  if (locale === undefined || locale === 'ko' || locale === 'en') return locale ?? 'ko';
  throw rulesError(
    OPTIONS_INVALID,
    { option: 'locale', input: describeInput(locale), expected: "'ko' | 'en'" },
    ['locale'],
  );
}
