import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { readOption } from '../rules/issues/options';
import { cohortKeys, finiteScore, readCohortSettings, readLength, unreadableItem } from './cohortTiers';
import { rankWithinCohorts } from './rankWithinCohorts';
import type { TierThresholds } from './thresholds';
import type { TiePolicy } from './types';

/** Options of {@link tierCohortColumns}. */
export interface TierColumnsOptions extends TierThresholds {
  /** Each score's cohort (industry) key, one per score, in the same order; one cohort for all if absent. */
  readonly cohorts?: ArrayLike<string>;
  /** How tied scores are ranked; `'min'` by default. */
  readonly ties?: TiePolicy;
}

/**
 * What {@link tierCohortColumns} gives: one typed array per field, item i at index i of each (in
 * input order), and the cohorts once each. Item i's tier is `TIER_OF_CODE[tier[i]]`, its cohort
 * `cohortKeys[cohort[i]]`, its cohort's size `cohortSize[cohort[i]]` and its top share
 * `rank[i] ÷ cohortSize[cohort[i]] × 100`. The arrays are new and the caller's to keep.
 *
 * @example
 * ```ts
 * import { tierCohortColumns } from 'regional-innovation-rnd/tiering';
 * const columns = tierCohortColumns([60, 91], { cohorts: ['a', 'a'] });
 * Array.from(columns.rank); // [2, 1]
 * columns.cohortKeys; // ['a']
 * ```
 */
export interface TierColumns {
  /** Each item's rank in its cohort, 1 the best, by the tie policy (a multiple of 0.5 for `'average'`). */
  readonly rank: Float64Array;
  /** Each item's tier as a code: 0 `leading`, 1 `potential`, 2 `none` (see {@link TIER_OF_CODE}). */
  readonly tier: Uint8Array;
  /** Each item's cohort, as an index of `cohortKeys` and `cohortSize`. */
  readonly cohort: Uint32Array;
  /** The cohort keys in order of first appearance; `['']` when no cohorts were given. */
  readonly cohortKeys: readonly string[];
  /** Each cohort's number of items, by cohort index. */
  readonly cohortSize: Uint32Array;
}

/**
 * Reads everything tierCohortColumns uses: the options, then every item's cohort key and score in
 * input order, so that the first bad item is the one reported. A read that throws (a getter, a
 * proxy trap) refuses the item at once, here and nowhere else.
 */
function readColumns(given: unknown, options: unknown) {
  if (typeof given !== 'object' || given === null) {
    throw rulesError(OPTIONS_INVALID, {
      option: 'scores',
      input: describeInput(given),
      expected: 'an array of numbers',
    });
  }
  const settings = readCohortSettings(options);
  const givenCohorts = readOption(options as object, 'cohorts');
  const n = readLength(given, 'scores', []);
  if (givenCohorts !== undefined) {
    const length =
      typeof givenCohorts === 'object' && givenCohorts !== null
        ? readLength(givenCohorts, 'cohorts', ['cohorts'])
        : undefined;
    if (length !== n) {
      throw rulesError(
        OPTIONS_INVALID,
        {
          option: 'cohorts',
          input: describeInput(givenCohorts),
          expected: `an array of ${String(n)} cohort keys, one per score`,
        },
        ['cohorts'],
      );
    }
  }
  const list = given as ArrayLike<unknown>;
  const cohorts = givenCohorts as ArrayLike<unknown> | undefined;
  const scores = new Float64Array(n);
  const cohortOf = new Uint32Array(n);
  const { keys, indexOf } = cohortKeys(cohorts !== undefined);
  for (let i = 0; i < n; i += 1) {
    let key: unknown;
    let score: unknown;
    let readingKey = true;
    try {
      key = cohorts?.[i];
      readingKey = false;
      score = list[i];
    } catch {
      throw unreadableItem(i, readingKey, key);
    }
    if (cohorts !== undefined) cohortOf[i] = indexOf(key, i);
    scores[i] = finiteScore(score, i, key);
  }
  return { scores, cohortOf, keys, settings };
}

/**
 * {@link tierCohort} for callers who tier millions of scores: the same ranks and tiers, from a
 * column of scores (an array or a `Float64Array`) and an optional column of cohort keys, as typed
 * arrays instead of one object per item (see {@link TierColumns}). Ten million scores in 41
 * cohorts take two to three seconds (two to four times the engine's sort of the bare scores) and
 * about 41 bytes a score, some 400 MB, while they are ranked.
 *
 * @param scores - one score per item (higher is better), at most 2^25 (33,554,432) of them.
 * @param options - each score's cohort (`cohorts`, one key per score), the tie policy (`'min'` by
 * default), the thresholds (30 and 50) and the small-cohort policy (`'literal'`), as for tierCohort.
 * @returns the ranks, tier codes and cohorts, item i at index i.
 * @throws {@link rules!RulesError} `TIERING_INVALID_SCORE` for the first score that is not a finite
 * number (a hole, or one that cannot be read), naming its index and cohort;
 * `TIERING_INVALID_COHORT` for the first cohort key that is not a string; `OPTIONS_INVALID` for
 * scores that are not an array of at most 2^25 items, cohorts that are not one key per score, or a
 * bad tie policy, thresholds or small-cohort policy.
 *
 * @example
 * ```ts
 * import { tierCohortColumns, TIER_OF_CODE } from 'regional-innovation-rnd/tiering';
 * const columns = tierCohortColumns([91, 78, 78, 60], { cohorts: ['a', 'a', 'a', 'a'] });
 * Array.from(columns.rank); // [1, 2, 2, 4]
 * Array.from(columns.tier, (code) => TIER_OF_CODE[code]); // ['leading', 'potential', 'potential', 'none']
 * Array.from(columns.cohortSize); // [4]
 * Array.from(tierCohortColumns(Float64Array.of(3, 1, 1), { ties: 'average' }).rank); // [1, 2.5, 2.5]
 * ```
 */
export function tierCohortColumns(scores: ArrayLike<number>, options: TierColumnsOptions = {}): TierColumns {
  const input = readColumns(scores, options);
  const { doubledRanks, tiers, sizes } = rankWithinCohorts(
    input.scores,
    input.cohortOf,
    input.keys.length,
    input.settings.ties,
    input.settings.bounds,
  );
  const rank = new Float64Array(doubledRanks.length);
  for (let i = 0; i < rank.length; i += 1) rank[i] = (doubledRanks[i] as number) / 2;
  return { rank, tier: tiers, cohort: input.cohortOf, cohortKeys: input.keys, cohortSize: sizes };
}
