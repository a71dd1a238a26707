import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { EDITION_UNKNOWN } from '../rules/issues/general';
import type { EditionId, IssuePath } from '../rules/types';
import { EDITIONS, EDITION_IDS } from './editions/index';
import type { Edition, EditionKey } from './types';

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

/**
 * Tells whether a value is the id of a known edition.
 *
 * @param value - anything.
 * @returns whether it is `'2025'` or `'2026'` (or another known id).
 *
 * @example
 * ```ts
 * import { isEditionId } from 'regional-innovation-rnd/program';
 * isEditionId('2026'); // true
 * isEditionId('2024'); // false
 * ```
 */
export function isEditionId(value: unknown): value is EditionId {
  return typeof value === 'string' && editionIdOf(value) === value;
}

/**
 * The rules of one edition (yearly call).
 *
 * @param id - the edition's id, `'2025'` or `'2026'`; the year as a number (`2026`) names the same
 * edition. Any other id does not compile; from JavaScript it throws.
 * @returns the edition, deeply frozen.
 * @throws {@link RulesError} `EDITION_UNKNOWN` for any other value, naming the known ids.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2025').tracks['supply-chain'].maxGrantPerYear; // 700000000
 * getEdition(2026).id; // '2026'
 * // @ts-expect-error -- '2024' is not an edition
 * getEdition('2024'); // throws RulesError EDITION_UNKNOWN
 * ```
 */
export function getEdition(id: EditionKey): Edition {
  return readEdition(id, []);
}
