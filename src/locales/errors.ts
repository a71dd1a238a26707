/**
 * One builder per error code: each writes the error's two messages with the single message
 * functions it needs, so a module that throws REGION_UNKNOWN carries that message and no other.
 *
 * @module
 */
import type {
  IndustryInvalidReason,
  IssueCode,
  IssueParamsByCode,
  MoneyInvalidReason,
  ScoreBandsInvalidReason,
} from '../rules/codes';
import { describeInput } from '../rules/describeInput';
import { RulesError } from '../rules/RulesError';
import type { IssuePath } from '../rules/types';
import * as en from './en';
import * as ko from './ko';
import type { MessageFn } from './types';

/** Builds the error from its code, parameters and the two message functions of that code. */
function build<C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  writeKo: MessageFn<C>,
  writeEn: MessageFn<C>,
  path: IssuePath,
): RulesError<C> {
  return new RulesError({ code, params, path, messages: { ko: writeKo(params), en: writeEn(params) } });
}

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
  return build('REGION_UNKNOWN', { input: describeInput(input) }, ko.REGION_UNKNOWN, en.REGION_UNKNOWN, path);
}

/**
 * A REGION_AMBIGUOUS error for a name that names more than one place.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param candidates - the places it may name.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { regionAmbiguousError } from 'regional-innovation-rnd/locales';
 * regionAmbiguousError('광주시', [
 *   { region: '29', ko: '광주광역시', en: 'Gwangju', capital: false },
 *   { region: '41', ko: '경기도 광주시', en: 'Gwangju, Gyeonggi', capital: true },
 * ]).params.candidates.length; // 2
 * ```
 */
export function regionAmbiguousError(
  input: unknown,
  candidates: IssueParamsByCode['REGION_AMBIGUOUS']['candidates'],
  path: IssuePath = [],
): RulesError<'REGION_AMBIGUOUS'> {
  return build(
    'REGION_AMBIGUOUS',
    { input: describeInput(input), candidates },
    ko.REGION_AMBIGUOUS,
    en.REGION_AMBIGUOUS,
    path,
  );
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
  return build(
    'EDITION_UNKNOWN',
    { input: describeInput(input), known },
    ko.EDITION_UNKNOWN,
    en.EDITION_UNKNOWN,
    path,
  );
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
  return build(
    'DATE_INVALID',
    { input: describeInput(input), expected },
    ko.DATE_INVALID,
    en.DATE_INVALID,
    path,
  );
}

/**
 * A MONEY_INVALID error for a value that is not a whole, non-negative, safe number of won.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param reason - why it was refused.
 * @param path - where it sits in the caller's input.
 * @param position - where in the string `input` it goes wrong (0-based), or `null` (the default).
 * @param expected - what the amount needed at `position`, or `null` (the default).
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { moneyInvalidError } from 'regional-innovation-rnd/locales';
 * moneyInvalidError('1억억', 'syntax').params.reason; // 'syntax'
 * moneyInvalidError('1억억', 'syntax', [], 2, 'smaller-unit').params.position; // 2
 * ```
 */
export function moneyInvalidError(
  input: unknown,
  reason: MoneyInvalidReason,
  path: IssuePath = [],
  position: number | null = null,
  expected: IssueParamsByCode['MONEY_INVALID']['expected'] = null,
): RulesError<'MONEY_INVALID'> {
  return build(
    'MONEY_INVALID',
    { input: describeInput(input), reason, position, expected },
    ko.MONEY_INVALID,
    en.MONEY_INVALID,
    path,
  );
}

/**
 * A MONEY_AMBIGUOUS error for a Korean amount that reads two ways.
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param readings - the colloquial reading first, the literal one second, in won.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { moneyAmbiguousError } from 'regional-innovation-rnd/locales';
 * moneyAmbiguousError('7억5천', [750_000_000, 700_005_000]).params.readings[0]; // 750000000
 * ```
 */
export function moneyAmbiguousError(
  input: unknown,
  readings: readonly [number, number],
  path: IssuePath = [],
): RulesError<'MONEY_AMBIGUOUS'> {
  return build(
    'MONEY_AMBIGUOUS',
    { input: describeInput(input), readings },
    ko.MONEY_AMBIGUOUS,
    en.MONEY_AMBIGUOUS,
    path,
  );
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
  return build(
    'INDUSTRY_INVALID',
    { input: describeInput(input), reason },
    ko.INDUSTRY_INVALID,
    en.INDUSTRY_INVALID,
    path,
  );
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
  return build(
    'OPTIONS_INVALID',
    { option, input: describeInput(input), expected },
    ko.OPTIONS_INVALID,
    en.OPTIONS_INVALID,
    path,
  );
}

/**
 * A TIERING_INVALID_SCORE error naming the first item whose score is not a finite number.
 *
 * @param index - the item's index in the input.
 * @param cohort - its cohort, or `null` if not read yet.
 * @param input - the score given; echoed with `describeInput`.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { tieringInvalidScoreError } from 'regional-innovation-rnd/locales';
 * tieringInvalidScoreError(3, 'busan-silver-care', Number.NaN).path; // [3]
 * ```
 */
export function tieringInvalidScoreError(
  index: number,
  cohort: string | null,
  input: unknown,
): RulesError<'TIERING_INVALID_SCORE'> {
  return build(
    'TIERING_INVALID_SCORE',
    { index, cohort, input: describeInput(input) },
    ko.TIERING_INVALID_SCORE,
    en.TIERING_INVALID_SCORE,
    [index],
  );
}

/**
 * A TIERING_INVALID_COHORT error naming the first item whose cohort key is not a string.
 *
 * @param index - the item's index in the input.
 * @param input - the key given; echoed with `describeInput`.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { tieringInvalidCohortError } from 'regional-innovation-rnd/locales';
 * tieringInvalidCohortError(0, 42).params.input; // '42'
 * ```
 */
export function tieringInvalidCohortError(
  index: number,
  input: unknown,
): RulesError<'TIERING_INVALID_COHORT'> {
  return build(
    'TIERING_INVALID_COHORT',
    { index, input: describeInput(input) },
    ko.TIERING_INVALID_COHORT,
    en.TIERING_INVALID_COHORT,
    [index],
  );
}

/**
 * A TIERING_INVALID_RANK error for a rank and cohort size that do not fit together.
 *
 * @param rank - the rank given.
 * @param cohortSize - the cohort size given.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { tieringInvalidRankError } from 'regional-innovation-rnd/locales';
 * tieringInvalidRankError(11, 10).params; // { input: '11', cohortSize: '10' }
 * ```
 */
export function tieringInvalidRankError(
  rank: unknown,
  cohortSize: unknown,
): RulesError<'TIERING_INVALID_RANK'> {
  return build(
    'TIERING_INVALID_RANK',
    { input: describeInput(rank), cohortSize: describeInput(cohortSize) },
    ko.TIERING_INVALID_RANK,
    en.TIERING_INVALID_RANK,
    [],
  );
}

/**
 * A KTOP_GRADE_INVALID error for a value that is not a K-TOP originality grade (1 to 10, `'3등급'`,
 * or a letter AAA to D).
 *
 * @param input - the value given; echoed with `describeInput`.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { ktopGradeInvalidError } from 'regional-innovation-rnd/locales';
 * ktopGradeInvalidError('11등급').params.input; // '"11등급"'
 * ```
 */
export function ktopGradeInvalidError(
  input: unknown,
  path: IssuePath = [],
): RulesError<'KTOP_GRADE_INVALID'> {
  return build(
    'KTOP_GRADE_INVALID',
    { input: describeInput(input) },
    ko.KTOP_GRADE_INVALID,
    en.KTOP_GRADE_INVALID,
    path,
  );
}

/**
 * A KTOP_BANDS_INVALID error naming the band of a score-band table that was refused (path
 * `[index]`), or the table as a whole (`index` `null`, empty path).
 *
 * @param index - the bad band's index, or `null` for the table as a whole.
 * @param reason - why it was refused.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { ktopBandsInvalidError } from 'regional-innovation-rnd/locales';
 * ktopBandsInvalidError(2, 'gap').path; // [2]
 * ```
 */
export function ktopBandsInvalidError(
  index: number | null,
  reason: ScoreBandsInvalidReason,
): RulesError<'KTOP_BANDS_INVALID'> {
  return build(
    'KTOP_BANDS_INVALID',
    { index, reason },
    ko.KTOP_BANDS_INVALID,
    en.KTOP_BANDS_INVALID,
    index === null ? [] : [index],
  );
}

/**
 * A KTOP_SCORE_OUT_OF_BANDS error for a score that no band of a table takes.
 *
 * @param input - the score given; echoed with `describeInput`.
 * @param min - the lowest score the table takes.
 * @param max - the highest score the table takes.
 * @param path - where it sits in the caller's input.
 * @returns the error, ready to throw.
 *
 * @example
 * ```ts
 * import { ktopScoreOutOfBandsError } from 'regional-innovation-rnd/locales';
 * ktopScoreOutOfBandsError(101, 0, 100).params; // { input: '101', min: 0, max: 100 }
 * ```
 */
export function ktopScoreOutOfBandsError(
  input: unknown,
  min: number,
  max: number,
  path: IssuePath = [],
): RulesError<'KTOP_SCORE_OUT_OF_BANDS'> {
  return build(
    'KTOP_SCORE_OUT_OF_BANDS',
    { input: describeInput(input), min, max },
    ko.KTOP_SCORE_OUT_OF_BANDS,
    en.KTOP_SCORE_OUT_OF_BANDS,
    path,
  );
}

/**
 * Reads a property of a caller's options object, turning anything the read throws (a revoked
 * proxy, a getter that throws) into OPTIONS_INVALID: reading what the caller gave never fails
 * with another exception.
 *
 * @param options - the caller's options object.
 * @param key - the property to read.
 * @returns the property's value.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` when the property cannot be read.
 *
 * @example
 * ```ts
 * import { readOption } from 'regional-innovation-rnd/locales';
 * readOption({ locale: 'en' }, 'locale'); // 'en'
 * ```
 */
export function readOption(options: object, key: string): unknown {
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    throw optionsInvalidError(key, options, 'an option that can be read', [key]);
  }
}
