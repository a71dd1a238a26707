import type { TiePolicy } from './types';

/**
 * The rank of every score within its cohort, doubled (rank × 2) so that 'average' ranks such as
 * 2.5 stay whole, and the size of every cohort.
 *
 * Why 64-bit keys: ranking needs the scores in order *with* their item indices, and a comparator
 * sort of a million indices is slow. Each score becomes an unsigned 64-bit key whose top bits
 * order like the score and whose bottom bits hold the item's index; the engine's
 * native `BigUint64Array` sort then orders a cohort in one call. The bits given up to the index
 * can make two close but different scores share a key prefix; such runs are re-sorted by their
 * exact scores, so the result is exact whatever the scores. Scores are finite, -0 folded into 0.
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
): { readonly doubledRanks: Int32Array; readonly cohortSize: Int32Array } {
  const n = scores.length;
  // Where each cohort's keys go: cohorts one after another, in input order within a cohort.
  const cohortSize = new Int32Array(cohorts);
  // Stryker disable next-line EqualityOperator: cohortOf has one entry per item, so cohortOf[n] is undefined and the extra pass only sets a non-index property
  for (let i = 0; i < n; i += 1) {
    const c = cohortOf[i] as number;
    cohortSize[c] = (cohortSize[c] as number) + 1;
  }
  const start = new Int32Array(cohorts + 1);
  // Stryker disable next-line EqualityOperator: the extra pass writes start[cohorts + 1], past the end of the typed array, which is ignored
  for (let c = 0; c < cohorts; c += 1) start[c + 1] = (start[c] as number) + (cohortSize[c] as number);

  // The key: the score's bits made order-preserving as an unsigned number (flip the sign bit of a
  // positive, every bit of a negative), with the lowest `indexBits` replaced by the item's index.
  // Words are read and written in the platform's byte order.
  const keys = new BigUint64Array(n);
  const key = new Uint32Array(keys.buffer);
  const score = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  // The word holding a double's sign and exponent: 1 on little-endian hosts, 0 on big-endian ones.
  // Stryker disable next-line ConditionalExpression: the comparison is true on little-endian hosts, so forcing it true changes nothing there
  const high = Number(new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000);
  const low = 1 - high;
  // Stryker disable next-line ArithmeticOperator: n + 1 only widens the index field, and runs that then share a key prefix are re-sorted by exact score (32 + … is not equivalent: the 65,537-item cohort test catches it)
  const indexBits = 32 - Math.clz32(n - 1);
  const indexMask = (1 << indexBits) - 1;
  const fill = start.slice(0, cohorts);
  // Stryker disable next-line EqualityOperator: at i = n, cohortOf[n] is undefined, so the writes go to fill.undefined and key[NaN], which change no element
  for (let i = 0; i < n; i += 1) {
    const c = cohortOf[i] as number;
    const k = fill[c] as number;
    fill[c] = k + 1;
    const sign = (score[2 * i + high] as number) >> 31; // -1 for a negative score, else 0
    key[2 * k + high] = (score[2 * i + high] as number) ^ (sign | 0x80000000);
    // Stryker disable next-line ArithmeticOperator: low is 0 on little-endian hosts, so 2 * k - low is 2 * k + low there
    key[2 * k + low] = (((((score[2 * i + low] as number) ^ sign) >>> indexBits) << indexBits) | i) >>> 0;
  }
  // Stryker disable next-line EqualityOperator: at c = cohorts the subarray starts at n and is empty, so the extra sort does nothing
  for (let c = 0; c < cohorts; c += 1) keys.subarray(start[c], start[c + 1]).sort();

  // Walk each cohort from its best score down, one run of equal key prefixes at a time.
  const doubledRanks = new Int32Array(n);
  // Stryker disable next-line EqualityOperator: at c = cohorts, start[c + 1] is undefined and top is NaN, so the walk does not run
  for (let c = 0; c < cohorts; c += 1) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    const itemAt = (p: number): number => (key[2 * p + low] as number) & indexMask;
    let top = to - 1;
    while (top >= from) {
      const prefix = (key[2 * top + low] as number) >>> indexBits;
      let bottom = top;
      while (
        bottom > from &&
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a run may grow but still ends where the high word or the prefix changes, so equal keys stay together and the run is re-sorted by exact score: same ranks
        key[2 * bottom - 2 + high] === key[2 * top + high] &&
        // Stryker disable next-line ConditionalExpression: without the prefix test a run spans all keys with its high word; it still ends where keys differ and is re-sorted by exact score: same ranks
        (key[2 * bottom - 2 + low] as number) >>> indexBits === prefix
      ) {
        bottom -= 1;
      }
      // Stryker disable next-line ConditionalExpression,BlockStatement: the run path gives a one-item run the same doubled rank, (to - top) * 2, under every policy
      if (bottom === top) {
        doubledRanks[itemAt(top)] = (to - top) * 2;
        top -= 1;
        continue;
      }
      // The run's items, best first by exact score. Equal prefixes are equal scores but for rare
      // near-collisions, so the sort runs only when the scores differ.
      const run: number[] = [];
      for (let p = top; p >= bottom; p -= 1) run.push(itemAt(p));
      // Stryker disable next-line ConditionalExpression,EqualityOperator: sorting a run of equal scores leaves their ranks equal; the test only skips the sort for speed
      if (run.some((item) => scores[item] !== scores[run[0] as number])) {
        run.sort((a, b) => (scores[b] as number) - (scores[a] as number));
      }
      for (let first = 0, last = 0; first < run.length; first = last) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: at last = run.length the score read is undefined and equals no score, so the loop stops anyway
        while (last < run.length && scores[run[last] as number] === scores[run[first] as number]) last += 1;
        const best = to - top + first; // 1 + how many scores in the cohort are higher
        const worst = best - 1 - first + last;
        const doubled = ties === 'min' ? best * 2 : ties === 'max' ? worst * 2 : best + worst;
        // Stryker disable next-line EqualityOperator: the extra write at j = last is overwritten by the next group, or goes to doubledRanks[undefined], which is no element
        for (let j = first; j < last; j += 1) doubledRanks[run[j] as number] = doubled;
      }
      top = bottom - 1;
    }
  }
  return { doubledRanks, cohortSize };
}
