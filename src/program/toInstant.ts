import { parseISO } from 'date-fns/parseISO';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { DATE_INVALID } from '../rules/issues/general';
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
 * Reads an instant as epoch milliseconds. Instants are whole milliseconds: a finer fraction is
 * dropped, towards the past, whether it is written in a string (`'…18:00:00.0005+09:00'`) or
 * given as a number (`1772528400000.5`), so both name 18:00:00.000.
 *
 * @param input - a valid `Date`, finite epoch milliseconds, or an ISO 8601 date-time with an offset.
 * @returns the instant as epoch milliseconds.
 * @throws {@link RulesError} `DATE_INVALID` for anything else: an invalid Date, NaN, a string
 * without an offset (`'2025-03-04T18:00:00'`), a date alone, an impossible date (`'2025-02-30…'`),
 * an object that only looks like a Date.
 *
 * @example
 * ```ts
 * import { toInstant } from 'regional-innovation-rnd/program';
 * toInstant('2025-03-04T18:00:00+09:00'); // 1741078800000
 * toInstant(new Date(0)); // 0
 * toInstant(1741078800000.9); // 1741078800000
 * toInstant('2025-03-04'); // throws RulesError DATE_INVALID
 * ```
 */
export function toInstant(input: InstantInput): number {
  return readInstant(input, []);
}

/** {@link toInstant} for a value at `path` in a caller's input. */
export function readInstant(input: unknown, path: IssuePath): number {
  const ms = Math.floor(millisecondsOf(input));
  // 8.64e15 ms is the range of a JavaScript Date; beyond it no calendar date exists.
  if (Math.abs(ms) <= 8.64e15) return ms;
  throw rulesError(DATE_INVALID, { input: describeInput(input), expected: EXPECTED }, path);
}

/** Epoch milliseconds of a number, an ISO string with an offset or a real Date; NaN for anything else. */
function millisecondsOf(input: unknown): number {
  if (typeof input === 'number') return input;
  if (typeof input === 'string') {
    if (input.length > 64) return Number.NaN;
    const text = input.trim();
    // ISO 8601 allows a lower-case t and z; date-fns reads only the upper-case forms.
    return ISO_WITH_OFFSET.test(text) ? parseISO(text.toUpperCase()).getTime() : Number.NaN;
  }
  try {
    // Date's own getTime reads the date inside a real Date (subclasses too, whatever they override)
    // and throws for everything else: look-alikes, objects with Date.prototype, proxies.
    return Date.prototype.getTime.call(input);
  } catch {
    return Number.NaN;
  }
}
