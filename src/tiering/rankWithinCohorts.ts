import type { TiePolicy } from './types';

/**
 * The rank of every score within its cohort, doubled (rank × 2) so that 'average' ranks such as
 * 2.5 stay whole, and where each cohort's items start in cohort order (`start[c + 1] - start[c]`
 * is the size of cohort c).
 *
 * Why packed keys: ranking needs the scores in order *with* their item indices, and a comparator
 * sort of a million indices is slow. Each key is the score itself with its lowest `indexBits`
 * bits replaced by the item's index, so the engine's native `Float64Array` sort orders a cohort
 * in one call, as fast as sorting the bare scores. Replacing bits moves a finite double towards
 * or away from zero within its own exponent, never across another score that differs in the kept
 * bits: keys order like the scores but for scores that agree in every kept bit. Such a run of
 * keys is re-sorted by its exact scores, so the result is exact whatever the scores.
 * Scores are finite, -0 folded into 0.
 *
 * @param scores - one finite score per item.
 * @param cohortOf - the cohort index of every item.
 * @param cohorts - how many cohorts there are.
 * @param ties - the tie policy.
 */
export function rankWithinCohorts(
  scores: Float64Array,
  cohortOf: Int32Array,
  cohorts: number,
  ties: TiePolicy,
): { readonly doubledRanks: Int32Array; readonly start: Int32Array } {
  const n = scores.length;
  // Cohort c's keys go to start[c] … start[c + 1] - 1, in input order until sorted.
  const start = new Int32Array(cohorts + 1);
  // Stryker disable next-line EqualityOperator: cohortOf has one entry per item, so cohortOf[n] is undefined and the extra pass writes start[NaN], which is no element
  for (let i = 0; i < n; i += 1) {
    const next = (cohortOf[i] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let c = 1; c <= cohorts; c += 1) start[c] = (start[c] as number) + (start[c - 1] as number);

  const keys = new BigUint64Array(n);
  const word = new Uint32Array(keys.buffer);
  const score = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  // The word holding a double's low mantissa bits: 0 on little-endian hosts, 1 on big-endian ones.
  // Stryker disable next-line ConditionalExpression: the comparison is false on little-endian hosts, so forcing it false changes nothing there
  const low = Number(new Uint32Array(new Float64Array([1]).buffer)[0] !== 0);
  // Stryker disable next-line ArithmeticOperator: low is 0 on little-endian hosts, so 1 + low is 1 - low there
  const high = 1 - low;
  // Stryker disable next-line ArithmeticOperator: n + 1 only widens the index field, and runs that then share a key prefix are re-sorted by exact score (32 + … is not equivalent: the 65,537-item cohort test catches it)
  const indexBits = 32 - Math.clz32(n - 1);
  const indexMask = (1 << indexBits) - 1;
  const fill = start.slice(0, cohorts);
  // Stryker disable next-line EqualityOperator: at i = n, cohortOf[n] is undefined, so the writes go to fill.undefined and word[NaN], which change no element
  for (let i = 0; i < n; i += 1) {
    const c = cohortOf[i] as number;
    const k = fill[c] as number;
    fill[c] = k + 1;
    const sign = (score[2 * i + high] as number) >> 31; // -1 for a negative score, else 0
    word[2 * k + high] = (score[2 * i + high] as number) ^ (sign | 0x80000000);
    // Stryker disable next-line ArithmeticOperator: low is 0 on little-endian hosts, so 2 * k - low is 2 * k + low there
    word[2 * k + low] = (((((score[2 * i + low] as number) ^ sign) >>> indexBits) << indexBits) | i) >>> 0;
  }
  // Stryker disable next-line EqualityOperator: at c = cohorts the subarray starts at n and is empty, so the extra sort does nothing
  for (let c = 0; c < cohorts; c += 1) keys.subarray(start[c], start[c + 1]).sort();

  // Walk each cohort from its best key down, one run of keys that agree in their kept bits at a
  // time, collecting the run's items into `run`. Such a run is one score, ties included, but for
  // rare near-collisions, which are sorted by exact score, best first. Then each group of equal
  // scores in the run gets its rank.
  const doubledRanks = new Int32Array(n);
  const run = new Int32Array(n);
  // Stryker disable next-line EqualityOperator: at c = cohorts, start[c + 1] is undefined and top is NaN, so the walk does not run
  for (let c = 0; c < cohorts; c += 1) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    for (let top = to - 1; top >= from;) {
      let bottom = top;
      let length = 0;
      while (
        bottom >= from &&
        // Stryker disable next-line ConditionalExpression: without the high-word test a run may grow, but it stays a contiguous stretch of keys that holds every equal score whole, and it is re-sorted by exact score: same ranks
        word[2 * bottom + high] === word[2 * top + high] &&
        // Stryker disable next-line ConditionalExpression: without the prefix test a run spans all keys with its high word; it stays contiguous, holds every equal score whole and is re-sorted by exact score: same ranks
        (word[2 * bottom + low] as number) >>> indexBits === (word[2 * top + low] as number) >>> indexBits
      ) {
        run[length++] = (word[2 * bottom + low] as number) & indexMask;
        bottom -= 1;
      }
      // Checked before sorting because runs of ties are common and need no sort. A lone key reads
      // no score at all: at ten million items the scores no longer fit in the cache.
      // Stryker disable next-line EqualityOperator,AssignmentOperator: reading past either end of the run only finds some other item's score, which starts a sort; sorting a run of ties leaves their ranks equal
      for (let j = 1; j < length; j += 1) {
        // Stryker disable next-line ConditionalExpression: sorting a run of equal scores leaves their ranks equal; the test only skips the sort for speed
        if (scores[run[j] as number] !== scores[run[0] as number]) {
          run.subarray(0, length).sort((a, b) => (scores[b] as number) - (scores[a] as number));
          break;
        }
      }
      for (let first = 0, last = 1; first < length; first = last++) {
        while (last < length && scores[run[last] as number] === scores[run[first] as number]) last += 1;
        const best = to - top + first; // 1 + how many scores in the cohort are higher
        const worst = to - top + last - 1;
        const doubled = ties === 'min' ? best * 2 : ties === 'max' ? worst * 2 : best + worst;
        for (let j = first; j < last; j += 1) doubledRanks[run[j] as number] = doubled;
      }
      top = bottom;
    }
  }
  return { doubledRanks, start };
}
