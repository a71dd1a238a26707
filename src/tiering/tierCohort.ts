import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { readOption } from '../rules/issues/options';
import {
  cohortKeys,
  finiteScore,
  readCohortSettings,
  readLength,
  unreadableItem,
  type CohortSettings,
} from './cohortTiers';
import { rankWithinCohorts } from './rankWithinCohorts';
import type { Tier } from '../rules/types';
import type { TierAssignment, TierCohortOptions } from './types';

type Accessor = (item: unknown, index: number) => unknown;

function accessorOf(accessor: unknown, option: string): Accessor {
  if (typeof accessor === 'function') return accessor as Accessor;
  if (typeof accessor === 'string' || typeof accessor === 'number' || typeof accessor === 'symbol') {
    return (item) =>
      typeof item === 'object' && item !== null
        ? (item as Record<PropertyKey, unknown>)[accessor]
        : undefined;
  }
  throw rulesError(
    OPTIONS_INVALID,
    { option, input: describeInput(accessor), expected: 'a property name or a function' },
    [option],
  );
}

/** The tiers by code, as TIER_OF_CODE (which is frozen, and slower to index). */
const TIERS: readonly Tier[] = ['leading', 'potential', 'none'];

/** What tierCohort takes from its caller, read and checked in one place. */
interface CohortInput {
  /** The items, as read (each once). */
  readonly items: readonly unknown[];
  readonly scores: Float64Array;
  readonly cohortOf: Uint32Array;
  /** The cohort keys by cohort index, in order of first appearance. */
  readonly keys: readonly string[];
  readonly settings: CohortSettings;
}

/**
 * Reads everything tierCohort uses: the options, then every item's cohort key and score in
 * input order, so that the first bad item is the one reported. A read that throws (a getter, a
 * proxy trap, the caller's accessor) is refused as that item's key or score, here and nowhere else.
 */
function readInput(given: unknown, options: unknown): CohortInput {
  let isArray = false;
  try {
    isArray = Array.isArray(given);
  } catch {
    // A revoked proxy cannot even be asked: it is not an array.
  }
  if (!isArray) {
    throw rulesError(OPTIONS_INVALID, { option: 'items', input: describeInput(given), expected: 'an array' });
  }
  const list = given as readonly unknown[];
  const settings = readCohortSettings(options);
  const readScore = accessorOf(readOption(options as object, 'score'), 'score');
  const cohortAccessor = readOption(options as object, 'cohort');
  const readCohort = cohortAccessor === undefined ? undefined : accessorOf(cohortAccessor, 'cohort');
  const n = readLength(list, 'items', []);

  const items = new Array<unknown>(n);
  const scores = new Float64Array(n);
  const cohortOf = new Uint32Array(n);
  const { keys, indexOf } = cohortKeys(readCohort !== undefined);
  for (let i = 0; i < n; i += 1) {
    let hole: boolean;
    let key: unknown;
    let score: unknown;
    let readingKey = false;
    try {
      // A hole is no item, so it has no score (an item that is undefined may have one).
      hole = !(i in list);
      if (!hole) {
        items[i] = list[i];
        readingKey = true;
        key = readCohort?.(items[i], i);
        readingKey = false;
        score = readScore(items[i], i);
      }
    } catch {
      throw unreadableItem(i, readingKey, key);
    }
    if (readCohort !== undefined && !hole) cohortOf[i] = indexOf(key, i);
    scores[i] = finiteScore(score, i, key);
  }
  return { items, scores, cohortOf, keys, settings };
}

/**
 * Ranks items within their cohorts (one cohort per 주력산업) and gives each its tier:
 * (예비)선도기업 (`leading`) for the top 30%, 잠재기업 (`potential`) for the top 30–50%, `none`
 * below. A higher score is better. Results come in input order, one per item.
 *
 * Boundary decisions are exact in integers (see {@link tierOf}). Scores of -0 and 0 tie. The
 * scores are ranked by a radix sort of their bits (no comparator calls, exact for any finite
 * scores): a call takes about twice as long as sorting the bare scores, tied or not. For millions
 * of items, {@link tierCohortColumns} gives the same ranks and tiers in typed arrays.
 *
 * @typeParam T - the type of the items.
 * @param items - the companies (or anything with a score), as an array of at most 2^25
 * (33,554,432) items, without holes.
 * @param options - where to read the score and the cohort, the tie policy (`'min'` by default),
 * the thresholds (30 and 50 by default, the program's rule) and the small-cohort policy
 * (`'literal'` by default: a cohort of 1–3 has no `leading`; `'at-least-one'` gives every tier
 * at least one place, see {@link SmallCohortPolicy}).
 * @returns one assignment per item, in input order; `[]` for no items.
 * @throws {@link rules!RulesError} `TIERING_INVALID_SCORE` for the first item whose score is not a
 * finite number (NaN, ±Infinity, a string), is a hole in the array or cannot be read (a throwing
 * getter or accessor, a revoked proxy), naming its index and cohort; `TIERING_INVALID_COHORT` for
 * the first cohort key that is not a string or cannot be read; `OPTIONS_INVALID` for a bad tie
 * policy, thresholds, small-cohort policy, accessor, options that cannot be read, or an input that
 * is not an array of at most 2^25 items.
 *
 * @example
 * ```ts
 * import { tierCohort } from 'regional-innovation-rnd/tiering';
 * const companies = [
 *   { id: 'a', industry: 'busan-silver-care', score: 91 },
 *   { id: 'b', industry: 'busan-silver-care', score: 78 },
 *   { id: 'c', industry: 'busan-silver-care', score: 78 },
 *   { id: 'd', industry: 'busan-silver-care', score: 60 },
 * ];
 * tierCohort(companies, { score: 'score', cohort: 'industry' }).map((r) => [r.item.id, r.rank, r.tier]);
 * // [['a', 1, 'leading'], ['b', 2, 'potential'], ['c', 2, 'potential'], ['d', 4, 'none']]
 * tierCohort(companies, { score: 'score', cohort: 'industry', ties: 'average' })[1]?.rank; // 2.5
 * const trio = companies.slice(0, 3);
 * tierCohort(trio, { score: 'score' }).map((r) => r.tier); // ['potential', 'none', 'none']
 * tierCohort(trio, { score: 'score', smallCohorts: 'at-least-one' }).map((r) => r.tier);
 * // ['leading', 'potential', 'potential'] — b and c tie on place 2 ('min')
 * ```
 */
export function tierCohort<T>(
  items: readonly T[],
  options: TierCohortOptions<NoInfer<T>>,
): TierAssignment<T>[] {
  const { items: list, scores, cohortOf, keys, settings } = readInput(items, options);
  const { doubledRanks, tiers, sizes } = rankWithinCohorts(
    scores,
    cohortOf,
    keys.length,
    settings.ties,
    settings.bounds,
  );
  const results = new Array<TierAssignment<T>>(list.length);
  for (let i = 0; i < list.length; i += 1) {
    const c = cohortOf[i] as number;
    const size = sizes[c] as number;
    const doubled = doubledRanks[i] as number;
    results[i] = {
      item: list[i] as T,
      cohort: keys[c] as string,
      rank: doubled / 2,
      cohortSize: size,
      topPercent: (doubled * 50) / size,
      tier: TIERS[tiers[i] as number] as Tier,
    };
  }
  return results;
}
