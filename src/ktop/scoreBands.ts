import { ktopBandsInvalidError, ktopScoreOutOfBandsError } from '../locales/errors';
import type { ScoreBand, ScoreBands } from './types';

// The tables defineScoreBands made: mapScore trusts these and validates anything else each call.
const DEFINED = /* @__PURE__ */ new WeakSet();

interface RawBand {
  readonly min: unknown;
  readonly max: unknown;
  readonly value: unknown;
}

/** The length of an array, or `undefined` for a non-array (or one that cannot be read). */
function lengthOf(input: unknown): number | undefined {
  try {
    return Array.isArray(input) ? input.length : undefined;
    // Stryker disable next-line BlockStatement: an empty catch returns undefined too
  } catch {
    return undefined;
  }
}

/** The fields of the band at `index`, or `undefined` when it is not an object with a `value`. */
function fieldsOf(list: readonly unknown[], index: number): RawBand | undefined {
  try {
    const band = list[index];
    // Stryker disable next-line ConditionalExpression: without `band === null`, `'value' in null` throws and the catch below returns undefined all the same
    if (typeof band !== 'object' || band === null || !('value' in band)) return undefined;
    const { min, max, value } = band as RawBand;
    return { min, max, value };
    // Stryker disable next-line BlockStatement: an empty catch returns undefined too
  } catch {
    return undefined;
  }
}

/** Reads and validates one band against the one before it; a frozen copy. */
function readBand<T>(
  list: readonly unknown[],
  index: number,
  previous: ScoreBand<T> | undefined,
): ScoreBand<T> {
  const fields = fieldsOf(list, index);
  if (fields === undefined || typeof fields.min !== 'number' || typeof fields.max !== 'number') {
    throw ktopBandsInvalidError(index, 'shape');
  }
  const { min, max } = fields;
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw ktopBandsInvalidError(index, 'not-finite');
  if (!(min < max)) throw ktopBandsInvalidError(index, 'empty-band');
  if (previous !== undefined) {
    if (min < previous.min) throw ktopBandsInvalidError(index, 'unsorted');
    if (min > previous.max) throw ktopBandsInvalidError(index, 'gap');
    if (min < previous.max) throw ktopBandsInvalidError(index, 'overlap');
  }
  return Object.freeze({ min, max, value: fields.value as T });
}

/** Validates a list of bands into a frozen table. */
function readBands<T>(input: unknown): ScoreBands<T> {
  const length = lengthOf(input);
  if (length === undefined) throw ktopBandsInvalidError(null, 'shape');
  if (length === 0) throw ktopBandsInvalidError(null, 'empty');
  const list = input as readonly unknown[];
  const bands: ScoreBand<T>[] = [];
  let previous: ScoreBand<T> | undefined;
  for (let index = 0; index < length; index += 1) {
    previous = readBand(list, index, previous);
    bands.push(previous);
  }
  const first = bands[0] as ScoreBand<T>;
  return Object.freeze({ bands: Object.freeze(bands), min: first.min, max: (previous as ScoreBand<T>).max });
}

/**
 * Defines a cut-off table that maps scores to values — points to a grade, a grade to points, a
 * label — for {@link mapScore}. The library publishes no K-TOP cut-off (none is public): the
 * table is the caller's.
 *
 * Each band takes scores from its `min` (inclusive) to its `max` (exclusive); the last band also
 * takes its `max`. The bands must be non-empty (`min < max`), finite, in ascending order and
 * contiguous: each band starts where the one before ends, with no gap and no overlap. The table is
 * checked here, once, and returned frozen, with frozen copies of the bands (the values themselves
 * are kept as given, not copied); the caller's array is neither kept nor changed.
 *
 * @typeParam T - what a score maps to.
 * @param bands - the bands, lowest first.
 * @returns the table, frozen.
 * @throws {@link rules!RulesError} `KTOP_BANDS_INVALID` naming the first bad band (params
 * `{ index, reason }`, path `[index]`): `shape` (not `{ min, max, value }` with numbers),
 * `not-finite`, `empty-band` (`min ≥ max`), `unsorted`, `gap` or `overlap`; for the table as a whole
 * (`index` `null`, empty path), `shape` when it is not an array and `empty` when it has no band.
 *
 * @example
 * ```ts
 * import { defineScoreBands, mapScore } from 'regional-innovation-rnd/ktop';
 * const points = defineScoreBands([
 *   { min: 0, max: 60, value: 0 },
 *   { min: 60, max: 80, value: 5 },
 *   { min: 80, max: 100, value: 10 },
 * ]);
 * mapScore(80, points); // 10
 * defineScoreBands([{ min: 0, max: 50, value: 'low' }, { min: 60, max: 100, value: 'high' }]);
 * // throws RulesError KTOP_BANDS_INVALID, params { index: 1, reason: 'gap' }, path [1]
 * ```
 */
export function defineScoreBands<T>(bands: readonly ScoreBand<T>[]): ScoreBands<T> {
  const table = readBands<T>(bands);
  DEFINED.add(table);
  return table;
}

/** The validated table of what mapScore was given. */
function tableOf<T>(candidate: unknown): ScoreBands<T> {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral,BlockStatement: a table from defineScoreBands is frozen and valid, so validating it again gives the same table; DEFINED.has is false for null and primitives, without throwing
  if (typeof candidate === 'object' && candidate !== null && DEFINED.has(candidate)) {
    return candidate as ScoreBands<T>;
  }
  let list: unknown;
  try {
    list = (candidate as { readonly bands?: unknown }).bands;
    // Stryker disable next-line BlockStatement: an empty catch leaves list undefined, as it was declared
  } catch {
    list = undefined;
  }
  return readBands<T>(list);
}

/**
 * Maps a score to the value of the band that takes it: the band with `min ≤ score < max`, or
 * `min ≤ score ≤ max` for the last band.
 *
 * A table made by {@link defineScoreBands} is used as is; any other object with `bands` is
 * validated first, on every call, with the same rules.
 *
 * @typeParam T - what a score maps to.
 * @param score - the score, a finite number.
 * @param bands - the table, from {@link defineScoreBands}.
 * @returns the value of the band the score falls in.
 * @throws {@link rules!RulesError} `KTOP_SCORE_OUT_OF_BANDS` (params `{ input, min, max }`) for a
 * score that is not a number, not finite, or outside every band; `KTOP_BANDS_INVALID` for a table
 * that was not made by {@link defineScoreBands} and does not pass its checks.
 *
 * @example
 * ```ts
 * import { defineScoreBands, mapScore } from 'regional-innovation-rnd/ktop';
 * const level = defineScoreBands([
 *   { min: 0, max: 50, value: 'low' },
 *   { min: 50, max: 100, value: 'high' },
 * ]);
 * mapScore(49.9, level); // 'low'
 * mapScore(50, level); // 'high' — min is inclusive
 * mapScore(100, level); // 'high' — the last max is inclusive
 * mapScore(100.1, level); // throws RulesError KTOP_SCORE_OUT_OF_BANDS
 * ```
 */
export function mapScore<T>(score: number, bands: ScoreBands<T>): T {
  const table = tableOf<T>(bands);
  const { min, max, bands: list } = table;
  // NaN fails both comparisons; a non-number is refused before them.
  if (typeof score !== 'number' || !(score >= min && score <= max)) {
    throw ktopScoreOutOfBandsError(score, min, max);
  }
  // The last band whose min ≤ score: the bands are contiguous, so the score is below its max
  // (or equal to the table's max, for the last band).
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((list[middle] as ScoreBand<T>).min <= score) low = middle;
    else high = middle - 1;
  }
  return (list[low] as ScoreBand<T>).value;
}
