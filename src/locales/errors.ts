/**
 * One builder per error code: each writes the error's two messages with the single message
 * functions it needs, so a module that throws REGION_UNKNOWN carries that message and no other.
 *
 * @module
 */
import type { IndustryInvalidReason, MoneyInvalidReason } from '../rules/codes';
import { describeInput } from '../rules/describeInput';
import { RulesError } from '../rules/RulesError';
import type { IssuePath } from '../rules/types';
import * as en from './en';
import * as ko from './ko';

/**
 * A REGION_UNKNOWN error for an input that names no 시·도.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { regionUnknownError } from 'regional-innovation-rnd/locales';
 * regionUnknownError('서을').params.input; // '"서을"'
 * ```
 */
export function regionUnknownError(input: unknown, path: IssuePath = []): RulesError<'REGION_UNKNOWN'> {
  const params = { input: describeInput(input) };
  return new RulesError({
    code: 'REGION_UNKNOWN',
    params,
    path,
    messages: { ko: ko.REGION_UNKNOWN(params), en: en.REGION_UNKNOWN(params) },
  });
}

/**
 * An EDITION_UNKNOWN error, naming the known editions.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param known - the ids the library knows.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { editionUnknownError } from 'regional-innovation-rnd/locales';
 * editionUnknownError('2024', ['2025', '2026']).params.known; // ['2025', '2026']
 * ```
 */
export function editionUnknownError(
  input: unknown,
  known: readonly string[],
  path: IssuePath = [],
): RulesError<'EDITION_UNKNOWN'> {
  const params = { input: describeInput(input), known };
  return new RulesError({
    code: 'EDITION_UNKNOWN',
    params,
    path,
    messages: { ko: ko.EDITION_UNKNOWN(params), en: en.EDITION_UNKNOWN(params) },
  });
}

/**
 * A DATE_INVALID error for a value that is not an instant.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param expected - what is accepted.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { dateInvalidError } from 'regional-innovation-rnd/locales';
 * dateInvalidError('2025-03-04', 'an ISO 8601 date-time with an offset').code; // 'DATE_INVALID'
 * ```
 */
export function dateInvalidError(
  input: unknown,
  expected: string,
  path: IssuePath = [],
): RulesError<'DATE_INVALID'> {
  const params = { input: describeInput(input), expected };
  return new RulesError({
    code: 'DATE_INVALID',
    params,
    path,
    messages: { ko: ko.DATE_INVALID(params), en: en.DATE_INVALID(params) },
  });
}

/**
 * A MONEY_INVALID error for a value that is not a whole, non-negative, safe number of won.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param reason - why it was refused.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { moneyInvalidError } from 'regional-innovation-rnd/locales';
 * moneyInvalidError('1억억', 'syntax').params.reason; // 'syntax'
 * ```
 */
export function moneyInvalidError(
  input: unknown,
  reason: MoneyInvalidReason,
  path: IssuePath = [],
): RulesError<'MONEY_INVALID'> {
  const params = { input: describeInput(input), reason };
  return new RulesError({
    code: 'MONEY_INVALID',
    params,
    path,
    messages: { ko: ko.MONEY_INVALID(params), en: en.MONEY_INVALID(params) },
  });
}

/**
 * An INDUSTRY_INVALID error for an industry the catalogue cannot take.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param reason - why it was refused.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { industryInvalidError } from 'regional-innovation-rnd/locales';
 * industryInvalidError('busan-x', 'duplicate-id', [0, 'id']).path; // [0, 'id']
 * ```
 */
export function industryInvalidError(
  input: unknown,
  reason: IndustryInvalidReason,
  path: IssuePath = [],
): RulesError<'INDUSTRY_INVALID'> {
  const params = { input: describeInput(input), reason };
  return new RulesError({
    code: 'INDUSTRY_INVALID',
    params,
    path,
    messages: { ko: ko.INDUSTRY_INVALID(params), en: en.INDUSTRY_INVALID(params) },
  });
}

/**
 * An OPTIONS_INVALID error for an option out of its range or of the wrong type.
 *
 * @param option - the option's name.
 * @param input - the value given; echoed with `describeInput`.
 * @param expected - what the option accepts.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { optionsInvalidError } from 'regional-innovation-rnd/locales';
 * optionsInvalidError('style', 'hangul', "'korean' | 'digits'").params.option; // 'style'
 * ```
 */
export function optionsInvalidError(
  option: string,
  input: unknown,
  expected: string,
  path: IssuePath = [],
): RulesError<'OPTIONS_INVALID'> {
  const params = { option, input: describeInput(input), expected };
  return new RulesError({
    code: 'OPTIONS_INVALID',
    params,
    path,
    messages: { ko: ko.OPTIONS_INVALID(params), en: en.OPTIONS_INVALID(params) },
  });
}
