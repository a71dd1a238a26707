import { EDITIONS } from './editions/index';
import { toInstant, type InstantInput } from './toInstant';
import type { Edition } from './types';

// Korea Standard Time has been UTC+9 all year since 1988 (no daylight saving), so the Korean
// calendar year of an instant is the UTC year of the instant nine hours later.
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The edition of the calendar year an instant falls in, in Korea (KST), or `undefined` for a
 * year without a known call. 2025-12-31T15:00:00Z is already 2026 in Korea.
 *
 * @param instant - a `Date`, epoch milliseconds, or an ISO 8601 date-time with an offset.
 * @returns the edition, or `undefined`.
 * @throws {@link RulesError} `DATE_INVALID` for an invalid instant.
 *
 * @example
 * ```ts
 * import { editionFor } from 'regional-innovation-rnd/program';
 * editionFor('2026-02-20T10:00:00+09:00')?.id; // '2026'
 * editionFor('2025-12-31T15:00:00Z')?.id; // '2026'
 * editionFor('2024-06-01T00:00:00+09:00'); // undefined
 * ```
 */
export function editionFor(instant: InstantInput): Edition | undefined {
  const year = String(new Date(toInstant(instant) + KST_OFFSET_MS).getUTCFullYear());
  return Object.values(EDITIONS).find((edition) => edition.id === year);
}
