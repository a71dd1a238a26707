import {
  optionsInvalidError,
  readOption,
  tieringInvalidCohortError,
  tieringInvalidScoreError,
} from '../locales/errors';
import { rankWithinCohorts } from './rankWithinCohorts';
import { readTies } from './readTies';
import { readThresholds, tierWithin, type TierBounds } from './thresholds';
import type { TierAssignment, TierCohortOptions } from './types';

type Reader = (item: unknown, index: number) => unknown;

function readerOf(accessor: unknown, option: string): Reader {
  if (typeof accessor === 'function') return accessor as Reader;
  if (typeof accessor === 'string' || typeof accessor === 'number' || typeof accessor === 'symbol') {
    return (item) =>
      typeof item === 'object' && item !== null
        ? (item as Record<PropertyKey, unknown>)[accessor]
        : undefined;
  }
  throw optionsInvalidError(option, accessor, 'a property name or a function', [option]);
}

/**
 * Ranks items within their cohorts (one cohort per 주력산업) and gives each its tier:
 * (예비)선도기업 (`leading`) for the top 30%, 잠재기업 (`potential`) for the top 30–50%, `none`
 * below. A higher score is better. Results come in input order, one per item.
 *
 * Boundary decisions are exact in integers (see {@link tierOf}). Scores of -0 and 0 tie. The
 * scores are ranked by the engine's native sort of 64-bit keys that pack each score's order with
 * its item's index (no comparator calls), so a million items in 41 cohorts take about 1.5 times
 * as long as sorting a million bare numbers.
 *
 * @typeParam T - the type of the items.
 * @param items - the companies (or anything with a score), as an array.
 * @param options - where to read the score and the cohort, the tie policy (`'min'` by default),
 * the thresholds (30 and 50 by default, the program's rule) and the small-cohort policy
 * (`'literal'` by default: a cohort of 1–3 has no `leading`; `'at-least-one'` gives every tier
 * at least one place, see {@link SmallCohortPolicy}).
 * @returns one assignment per item, in input order; `[]` for no items.
 * @throws {@link rules!RulesError} `TIERING_INVALID_SCORE` for the first item whose score is not a
 * finite number (NaN, ±Infinity, a string), naming its index and cohort;
 * `TIERING_INVALID_COHORT` for the first cohort key that is not a string; `OPTIONS_INVALID` for
 * a bad tie policy, thresholds, small-cohort policy, accessor or a non-array input.
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
  let isArray = false;
  try {
    isArray = Array.isArray(items);
  } catch {
    // A revoked proxy cannot even be asked: it is not an array.
  }
  if (!isArray) throw optionsInvalidError('items', items, 'an array', []);
  const { bounds: readBounds } = readThresholds(options);
  const ties = readTies(readOption(options, 'ties'));
  const readScore = readerOf(readOption(options, 'score'), 'score');
  const cohortAccessor = readOption(options, 'cohort');
  const readCohort = cohortAccessor === undefined ? undefined : readerOf(cohortAccessor, 'cohort');
  const list = items as readonly unknown[];
  const n = list.length;

  // One pass reads and checks every cohort key and score, in input order, so the first bad item
  // is the one reported.
  const scores = new Float64Array(n);
  const cohortOf = new Int32Array(n);
  const keys: string[] = [];
  const indexOfKey = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const item = list[i];
    let key: string | null = null;
    if (readCohort !== undefined) {
      const read = readCohort(item, i);
      if (typeof read !== 'string') throw tieringInvalidCohortError(i, read);
      key = read;
      let cohort = indexOfKey.get(key);
      if (cohort === undefined) {
        cohort = keys.push(key) - 1;
        indexOfKey.set(key, cohort);
      }
      cohortOf[i] = cohort;
    }
    const score = readScore(item, i);
    // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof test alone never decides
    if (typeof score !== 'number' || !Number.isFinite(score)) throw tieringInvalidScoreError(i, key, score);
    // -0 and 0 are the same score; folding keeps them in one run of ties.
    scores[i] = score === 0 ? 0 : score;
  }
  // Stryker disable next-line ConditionalExpression: with a cohort accessor the extra '' cohort has no items and no item points at it, so no result changes
  if (readCohort === undefined) keys.push('');

  const { doubledRanks, start } = rankWithinCohorts(scores, cohortOf, keys.length, ties);

  // Stryker disable next-line ArrayDeclaration: indices 0 to n - 1 are all assigned in order, so the array ends the same; the length only preallocates
  const results = new Array<TierAssignment<T>>(n);
  // Per cohort, its size and the largest doubled rank of each tier, computed once.
  const bounds = keys.map((_, c) => readBounds((start[c + 1] as number) - (start[c] as number)));
  for (let i = 0; i < n; i += 1) {
    const c = cohortOf[i] as number;
    const size = (start[c + 1] as number) - (start[c] as number);
    const doubledRank = doubledRanks[i] as number;
    results[i] = {
      item: list[i] as T,
      cohort: keys[c] as string,
      rank: doubledRank / 2,
      cohortSize: size,
      topPercent: (doubledRank * 50) / size,
      tier: tierWithin(doubledRank, bounds[c] as TierBounds),
    };
  }
  return results;
}
