import { editionUnknownError } from '../locales/errors';
import type { EditionId, IssuePath } from '../rules/types';
import { EDITIONS, EDITION_IDS } from './editions/index';
import type { Edition } from './types';

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
  // Stryker disable next-line ConditionalExpression: the ids are strings, and includes finds no non-string among them
  return typeof value === 'string' && (EDITION_IDS as readonly string[]).includes(value);
}

/**
 * The rules of one edition (yearly call).
 *
 * @param id - the edition's id, `'2025'` or `'2026'`; a number (`2026`) is read as its id.
 * @param path - where the id sits in the caller's input, for the error.
 * @returns the edition, deeply frozen.
 * @throws {@link RulesError} `EDITION_UNKNOWN` for any other value, naming the known ids.
 *
 * @example
 * ```ts
 * import { getEdition } from 'regional-innovation-rnd/program';
 * getEdition('2025').tracks['supply-chain'].maxGrantPerYear; // 700000000
 * getEdition('2024'); // throws RulesError EDITION_UNKNOWN
 * ```
 */
export function getEdition(id: unknown, path: IssuePath = []): Edition {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isInteger holds only for numbers, and no non-integer number prints as an edition id
  const key = typeof id === 'number' && Number.isInteger(id) ? String(id) : id;
  if (isEditionId(key)) return EDITIONS[key];
  throw editionUnknownError(id, EDITION_IDS, path);
}
