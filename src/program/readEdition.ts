import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { EDITION_UNKNOWN } from '../rules/issues/general';
import type { EditionId, IssuePath } from '../rules/types';
import { EDITIONS, EDITION_IDS } from './editions/index';
import type { Edition } from './types';

/**
 * The edition id a caller's value names: an id (`'2026'`) or the same year as a number (`2026`);
 * `undefined` for anything else. The one place where the library reads an edition id.
 */
export function editionIdOf(value: unknown): EditionId | undefined {
  const id = typeof value === 'number' ? String(value) : value;
  return EDITION_IDS.find((known) => known === id);
}

/**
 * The edition a caller's value names, or a `RulesError` `EDITION_UNKNOWN` at `path`.
 */
export function readEdition(value: unknown, path: IssuePath): Edition {
  const id = editionIdOf(value);
  if (id === undefined) {
    throw rulesError(EDITION_UNKNOWN, { input: describeInput(value), known: EDITION_IDS }, path);
  }
  return EDITIONS[id];
}
