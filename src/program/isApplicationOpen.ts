import { readEdition } from './getEdition';
import { readInstant, type InstantInput } from './toInstant';
import type { EditionKey } from './types';

/**
 * Tells whether an edition takes applications at an instant. Both ends of the window are
 * inclusive to the millisecond: for the 2025 call, 2025-03-04 18:00:00.000 KST is open and
 * 18:00:00.001 is closed. A fraction of a millisecond is dropped (see {@link toInstant}).
 *
 * @param editionId - `'2025'` or `'2026'`.
 * @param instant - a `Date`, epoch milliseconds, or an ISO 8601 date-time with an offset.
 * @returns whether the instant lies within the application window.
 * @throws {@link RulesError} `EDITION_UNKNOWN` for an unknown edition, `DATE_INVALID` for an invalid instant.
 *
 * @example
 * ```ts
 * import { isApplicationOpen } from 'regional-innovation-rnd/program';
 * isApplicationOpen('2025', '2025-03-04T18:00:00.000+09:00'); // true
 * isApplicationOpen('2025', '2025-03-04T18:00:00.001+09:00'); // false
 * isApplicationOpen('2026', '2026-02-11T00:00:00+09:00'); // true
 * ```
 */
export function isApplicationOpen(editionId: EditionKey, instant: InstantInput): boolean {
  const { applicationWindow } = readEdition(editionId, ['edition']);
  const ms = readInstant(instant, ['instant']);
  return Date.parse(applicationWindow.opens) <= ms && ms <= Date.parse(applicationWindow.closes);
}
