import { isValid, parseISO } from 'date-fns';
import { dateInvalidError } from '../locales/errors';
import type { IssuePath } from '../rules/types';

/**
 * What the library accepts as an instant: a valid `Date`, epoch milliseconds, or an ISO 8601
 * date-time string **with** an offset (`+09:00`, `Z`).
 *
 * @example
 * ```ts
 * import type { InstantInput } from 'regional-innovation-rnd/program';
 * const closing: InstantInput = '2026-03-03T18:00:00+09:00';
 * ```
 */
export type InstantInput = Date | number | string;

const EXPECTED = 'a valid Date, epoch milliseconds, or an ISO 8601 date-time with an offset (+09:00 or Z)';

// A date-time with an explicit offset: without one, the same text means different instants on
// machines in different time zones, so it is refused rather than guessed.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/iu;

/**
 * Reads an instant as epoch milliseconds.
 *
 * @param input - a valid `Date`, finite epoch milliseconds, or an ISO 8601 date-time with an offset.
 * @param path - where the instant sits in the caller's input, for the error.
 * @returns the instant as epoch milliseconds.
 * @throws {@link RulesError} `DATE_INVALID` for anything else: an invalid Date, NaN, a string
 * without an offset (`'2025-03-04T18:00:00'`), a date alone, an impossible date (`'2025-02-30…'`).
 *
 * @example
 * ```ts
 * import { toInstant } from 'regional-innovation-rnd/program';
 * toInstant('2025-03-04T18:00:00+09:00'); // 1741078800000
 * toInstant(new Date(0)); // 0
 * toInstant('2025-03-04'); // throws RulesError DATE_INVALID
 * ```
 */
export function toInstant(input: unknown, path: IssuePath = []): number {
  let ms = Number.NaN;
  // A revoked proxy cannot even be asked whether it is a Date: it is not an instant.
  let isDate: boolean;
  try {
    isDate = input instanceof Date;
    // Stryker disable next-line BlockStatement: an empty catch leaves isDate undefined, which is as falsy as false
  } catch {
    isDate = false;
  }
  if (isDate) ms = (input as Date).getTime();
  else if (typeof input === 'number') ms = input;
  else if (typeof input === 'string' && input.length <= 64 && ISO_WITH_OFFSET.test(input.trim())) {
    // ISO 8601 allows a lower-case t and z; date-fns reads only the upper-case forms.
    const parsed = parseISO(input.trim().toUpperCase());
    // Stryker disable next-line ConditionalExpression: an invalid Date's getTime() is NaN, which ms already is
    if (isValid(parsed)) ms = parsed.getTime();
  }
  // 8.64e15 ms is the range of a JavaScript Date; beyond it no calendar date exists.
  if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) return ms;
  throw dateInvalidError(input, EXPECTED, path);
}
