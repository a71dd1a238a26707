/**
 * The one reader of a planner request ({@link requiredOwnShare}, {@link maxPublicFunding}): a
 * plain object with the expected keys only, each value read once, and the fields the planners
 * share.
 *
 * @internal
 * @module
 */
import { INSTITUTION_KINDS } from '../rules/kinds';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { rulesErrorOf } from '../rules/issues/byCode';
import { INPUT_INVALID } from '../rules/issues/general';
import { guarded } from '../rules/guarded';
import { readList } from '../rules/readList';
import { RulesError } from '../rules/RulesError';
import type { InstitutionKind, IssuePath } from '../rules/types';
import { readWon } from '../schemas/fields';

const unreadable = (input: unknown, path: IssuePath): RulesError =>
  rulesError(
    INPUT_INVALID,
    { problem: 'unreadable', expected: 'a value that can be read', input: describeInput(input) },
    path,
  );

/**
 * Reads a request: a plain object (no class, no array) with no key but `keys`, each value read
 * once, so that a getter is asked once. Whatever throws while reading (a throwing getter, a
 * revoked proxy) is `INPUT_INVALID` with `problem: 'unreadable'`.
 *
 * @param input - what the caller gave.
 * @param keys - the keys it may have.
 * @param path - where it was given (empty for the request itself).
 * @returns the values, by key (`undefined` for a key left out).
 * @throws {@link rules!RulesError} `INPUT_INVALID`: `type` for what is not a plain object,
 * `unknown-key` at the first key not in `keys`, `unreadable`.
 *
 * @internal
 * @example
 * ```ts
 * import { readRequest } from './readRequest'; // internal: from inside src/ only
 * readRequest({ kind: 'sme' }, ['kind', 'publicFunding']); // { kind: 'sme', publicFunding: undefined }
 * ```
 */
export function readRequest<K extends string>(
  input: unknown,
  keys: readonly K[],
  path: IssuePath = [],
): Readonly<Record<K, unknown>> {
  try {
    const proto: unknown =
      typeof input === 'object' && input !== null ? Object.getPrototypeOf(input) : undefined;
    if (proto !== Object.prototype && proto !== null) {
      throw rulesError(
        INPUT_INVALID,
        { problem: 'type', expected: 'an object', input: describeInput(input) },
        path,
      );
    }
    const given = input as Record<string, unknown>;
    const extra = Object.keys(given).find((key) => !(keys as readonly string[]).includes(key));
    if (extra !== undefined) {
      throw rulesError(
        INPUT_INVALID,
        { problem: 'unknown-key', expected: keys.join(' | '), input: describeInput(extra) },
        [...path, extra],
      );
    }
    const read = {} as Record<K, unknown>;
    for (const key of keys) read[key] = Object.hasOwn(given, key) ? given[key] : undefined;
    return read;
  } catch (error) {
    if (error instanceof RulesError) throw error;
    throw unreadable(input, path);
  }
}

/**
 * Reads an institution kind.
 *
 * @param value - what the caller gave.
 * @param path - where.
 * @returns the kind.
 * @throws {@link rules!RulesError} `INPUT_INVALID`: `missing`, or `value` for anything but a kind.
 *
 * @internal
 * @example
 * ```ts
 * import { readKind } from './readRequest'; // internal: from inside src/ only
 * readKind('midsize', ['kind']); // 'midsize'
 * ```
 */
export function readKind(value: unknown, path: IssuePath): InstitutionKind {
  if ((INSTITUTION_KINDS as readonly unknown[]).includes(value)) return value as InstitutionKind;
  throw rulesError(
    INPUT_INVALID,
    {
      problem: value === undefined ? 'missing' : 'value',
      expected: INSTITUTION_KINDS.join(' | '),
      input: describeInput(value),
    },
    path,
  );
}

/**
 * Reads an amount of won in any form the library accepts, with {@link readWon}.
 *
 * @param value - what the caller gave.
 * @param path - where.
 * @returns the amount, whole won.
 * @throws {@link rules!RulesError} `MONEY_INVALID`, `MONEY_AMBIGUOUS`, or `INPUT_INVALID` for a
 * missing amount.
 *
 * @internal
 * @example
 * ```ts
 * import { readAmount } from './readRequest'; // internal: from inside src/ only
 * readAmount('7억', ['publicFunding']); // 700000000
 * ```
 */
export function readAmount(value: unknown, path: IssuePath): number {
  const won = readWon(value);
  if (typeof won === 'number') return won;
  throw rulesErrorOf(won.code, won.params as never, path);
}

/**
 * Reads a list of at most `maxLength` items with the library's one list reader: a value that is
 * not such a list is `INPUT_INVALID` at `path`, a hole at its index, and a list that cannot be
 * read (a trap that throws) `INPUT_INVALID` with `problem: 'unreadable'`.
 *
 * @param value - what the caller gave.
 * @param maxLength - the most items.
 * @param path - where.
 * @param expected - what the list should be, in words.
 * @returns a plain copy of the items.
 *
 * @internal
 * @example
 * ```ts
 * import { readListAt } from './readRequest'; // internal: from inside src/ only
 * readListAt([1, 2], 10, ['participants'], 'a list of participants'); // [1, 2]
 * ```
 */
export function readListAt(value: unknown, maxLength: number, path: IssuePath, expected: string): unknown[] {
  return guarded(
    () =>
      readList(value, maxLength, (hole) => {
        const at = hole === null ? path : [...path, hole];
        throw rulesError(INPUT_INVALID, { problem: 'type', expected, input: describeInput(value) }, at);
      }),
    () => {
      throw unreadable(value, path);
    },
  );
}
