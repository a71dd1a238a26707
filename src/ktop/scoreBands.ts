import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { KTOP_BANDS_INVALID, KTOP_SCORE_OUT_OF_BANDS } from '../rules/issues/ktop';
import { RulesError } from '../rules/RulesError';
import type { ScoreBand, ScoreBands } from './types';

/** The most bands a table may have: more is surely a mistake, and the bound keeps hostile input cheap. */
const MAX_BANDS = 1_000;

interface RawBand {
  readonly min: unknown;
  readonly max: unknown;
  readonly value: unknown;
}

/** Validates one band against the one before it; a frozen copy. */
function readBand<T>(band: unknown, index: number, previous: ScoreBand<T> | undefined): ScoreBand<T> {
  if (typeof band !== 'object' || band === null || !('value' in band)) {
    throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'shape' }, [index]);
  }
  const { min, max, value } = band as RawBand;
  if (typeof min !== 'number' || typeof max !== 'number') {
    throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'shape' }, [index]);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'not-finite' }, [index]);
  }
  if (!(min < max)) throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'empty-band' }, [index]);
  if (previous !== undefined) {
    if (min < previous.min) throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'unsorted' }, [index]);
    if (min > previous.max) throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'gap' }, [index]);
    if (min < previous.max) throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'overlap' }, [index]);
  }
  return Object.freeze({ min, max, value: value as T });
}

/**
 * Reads a list of bands into a frozen table: the one place where a caller's table is read.
 * Whatever cannot be read (a throwing getter, a revoked proxy) is a malformed table, at the band
 * being read; a length that is not a count of at most {@link MAX_BANDS} is refused before any band
 * is read.
 */
function readBands<T>(read: () => unknown): ScoreBands<T> {
  let index: number | null = null;
  try {
    const list = read();
    if (!Array.isArray(list)) throw rulesError(KTOP_BANDS_INVALID, { index: null, reason: 'shape' });
    const length: unknown = list.length;
    if (!Number.isSafeInteger(length) || (length as number) > MAX_BANDS) {
      throw rulesError(KTOP_BANDS_INVALID, { index: null, reason: 'shape' });
    }
    if (length === 0) throw rulesError(KTOP_BANDS_INVALID, { index: null, reason: 'empty' });
    const bands: ScoreBand<T>[] = [];
    for (index = 0; index < (length as number); index += 1) {
      bands.push(readBand<T>(list[index], index, bands[index - 1]));
    }
    const first = bands[0] as ScoreBand<T>;
    const last = bands[bands.length - 1] as ScoreBand<T>;
    return Object.freeze({ bands: Object.freeze(bands), min: first.min, max: last.max });
  } catch (error) {
    if (error instanceof RulesError) throw error;
    throw rulesError(KTOP_BANDS_INVALID, { index, reason: 'shape' }, index === null ? [] : [index]);
  }
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
 * (`index` `null`, empty path), `shape` when it is not an array of at most 1,000 bands and `empty`
 * when it has no band.
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
  return readBands<T>(() => bands);
}

/**
 * Maps a score to the value of the band that takes it: the band with `min ≤ score < max`, or
 * `min ≤ score ≤ max` for the last band.
 *
 * The table's bands are read and checked on every call, by {@link defineScoreBands}'s rules: a
 * table it made passes, and any other object with `bands` is held to the same rules (its own
 * `min` and `max` are not trusted).
 *
 * @typeParam T - what a score maps to.
 * @param score - the score, a finite number.
 * @param bands - the table, from {@link defineScoreBands}.
 * @returns the value of the band the score falls in.
 * @throws {@link rules!RulesError} `KTOP_SCORE_OUT_OF_BANDS` (params `{ input, min, max }`) for a
 * score that is not a number, not finite, or outside every band; `KTOP_BANDS_INVALID` for a table
 * that does not pass {@link defineScoreBands}'s checks.
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
  // Every table is read again, even one of defineScoreBands's: a few comparisons a band, and no
  // table is trusted for what it claims.
  const table = readBands<T>(() => (bands as { readonly bands?: unknown }).bands);
  const { min, max, bands: list } = table;
  // NaN fails both comparisons; a non-number is refused before them.
  if (typeof score !== 'number' || !(score >= min && score <= max)) {
    throw rulesError(KTOP_SCORE_OUT_OF_BANDS, { input: describeInput(score), min, max });
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
