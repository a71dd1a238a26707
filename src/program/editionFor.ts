import { tz } from '@date-fns/tz';
import { getYear } from 'date-fns';
import { EDITIONS } from './editions/index';
import { toInstant } from './toInstant';
import type { Edition } from './types';

// Kept apart from isApplicationOpen: @date-fns/tz runs code at import, which a bundle that only
// checks windows should not carry.
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
export function editionFor(instant: unknown): Edition | undefined {
  const year = String(getYear(toInstant(instant), { in: tz('Asia/Seoul') }));
  return Object.values(EDITIONS).find((edition) => edition.id === year);
}
