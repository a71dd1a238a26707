import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { INPUT_INVALID } from '../rules/issues/general';
import type { IssuePath, TrackId } from '../rules/types';
import type { Edition, TrackRules } from './types';

/**
 * Reads a caller's track id against an edition: its own tracks only (`'constructor'` or
 * `'__proto__'` from a web form is not a track).
 *
 * @param edition - the edition read.
 * @param id - what the caller gave.
 * @param path - where it was given.
 * @returns the track's rules.
 * @throws {@link rules!RulesError} `INPUT_INVALID` (`problem: 'value'`) for anything else.
 *
 * @internal
 * @example
 * ```ts
 * import { readTrack } from './readTrack'; // internal: from inside src/ only
 * import { getEdition } from './getEdition';
 * readTrack(getEdition('2026'), 'capability', ['track']).maxGrantPerYear; // 200000000
 * ```
 */
export function readTrack(edition: Edition, id: unknown, path: IssuePath): TrackRules {
  if (typeof id === 'string' && Object.hasOwn(edition.tracks, id)) return edition.tracks[id as TrackId];
  throw rulesError(
    INPUT_INVALID,
    { problem: 'value', expected: Object.keys(edition.tracks).join(' | '), input: describeInput(id) },
    path,
  );
}
