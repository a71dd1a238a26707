import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { TIERING_INVALID_COHORT, TIERING_INVALID_SCORE } from '../rules/issues/tiering';
import { readOption } from '../rules/issues/options';
import { readTies } from './readTies';
import { readThresholds, type TierBounds } from './thresholds';
import type { TiePolicy } from './types';

/**
 * The most items one call of {@link tierCohort} or {@link tierCohortColumns} tiers: 2^25
 * (33,554,432), about 1.4 GB of working memory at 41 bytes an item. A longer array, or an object
 * that claims a longer length, is refused before any item is read.
 */
export const MAX_ITEMS = 2 ** 25;

/** The options both cohort functions read besides their data: the tie policy and the thresholds. */
export interface CohortSettings {
  readonly ties: TiePolicy;
  /** The largest doubled rank of each tier for a cohort size. */
  readonly bounds: (cohortSize: number) => TierBounds;
}

/** Reads and checks the tie policy and the thresholds of a cohort function's options, once. */
export function readCohortSettings(options: unknown): CohortSettings {
  const { bounds } = readThresholds(options); // refuses options that are not an object
  return { bounds, ties: readTies(readOption(options as object, 'ties')) };
}

/**
 * The length of an array the caller gave, refused as OPTIONS_INVALID unless it is a whole number
 * from 0 to {@link MAX_ITEMS}; a length that cannot even be read (a revoked proxy, a throwing
 * getter) is refused the same way.
 */
export function readLength(list: object, option: string, path: readonly (string | number)[]): number {
  let length: unknown;
  try {
    length = (list as { readonly length?: unknown }).length;
  } catch {
    length = undefined;
  }
  if (typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 && length <= MAX_ITEMS) {
    return length;
  }
  throw rulesError(
    OPTIONS_INVALID,
    { option, input: describeInput(list), expected: `an array of at most ${String(MAX_ITEMS)} items` },
    [...path],
  );
}

/** Cohort keys in order of first appearance, each given its index as it is read. */
export interface CohortKeys {
  readonly keys: readonly string[];
  /** The index of item i's cohort key; TIERING_INVALID_COHORT for a key that is not a string. */
  readonly indexOf: (key: unknown, i: number) => number;
}

/** Collects the cohort keys of a call; `['']`, the one cohort of all items, when none are read. */
export function cohortKeys(given: boolean): CohortKeys {
  const keys: string[] = given ? [] : [''];
  const indexOfKey = new Map<string, number>();
  return {
    keys,
    indexOf: (key, i) => {
      if (typeof key !== 'string')
        throw rulesError(TIERING_INVALID_COHORT, { index: i, input: describeInput(key) }, [i]);
      let index = indexOfKey.get(key);
      if (index === undefined) {
        index = keys.push(key) - 1;
        indexOfKey.set(key, index);
      }
      return index;
    },
  };
}

/**
 * Item i's score as tiering takes it, -0 folded into 0 so that the two tie; TIERING_INVALID_SCORE,
 * naming the item and its cohort key, for anything but a finite number.
 */
export function finiteScore(score: unknown, i: number, key: unknown): number {
  if (!Number.isFinite(score)) {
    throw rulesError(
      TIERING_INVALID_SCORE,
      { index: i, cohort: typeof key === 'string' ? key : null, input: describeInput(score) },
      [i],
    );
  }
  return (score as number) === 0 ? 0 : (score as number);
}

/**
 * The error for item i when reading it threw (a getter, a proxy trap, the caller's accessor): an
 * unreadable cohort key while the key was read, else an unreadable score.
 */
export function unreadableItem(i: number, readingKey: boolean, key: unknown): Error {
  const input = '[unreadable]';
  return readingKey
    ? rulesError(TIERING_INVALID_COHORT, { index: i, input }, [i])
    : rulesError(TIERING_INVALID_SCORE, { index: i, cohort: typeof key === 'string' ? key : null, input }, [
        i,
      ]);
}
