import { tierCodeWithin, type TierBounds } from './thresholds';
import type { TiePolicy } from './types';

/** What {@link rankWithinCohorts} gives: each item's rank and tier, and each cohort's size. */
export interface CohortRanks {
  /** Each item's rank doubled (rank × 2), so that 'average' ranks such as 2.5 stay whole. */
  readonly doubledRanks: Uint32Array;
  /** Each item's tier code, an index of `TIER_OF_CODE`. */
  readonly tiers: Uint8Array;
  /** Each cohort's number of items. */
  readonly sizes: Uint32Array;
}

/**
 * The rank and tier of every score within its cohort (1 the highest), by one stable sort of the items by
 * cohort and score: a radix sort of each score's 64 bits, 11 at a time from the lowest, then a
 * counting sort by cohort. Nothing is compared with a callback and nothing is approximated, so it
 * is exact for any finite scores, ties and near-ties alike, and it takes about as long as the
 * engine's sort of the bare scores, however many scores are tied.
 *
 * @param scores - one finite score per item, -0 folded into 0.
 * @param cohortOf - the cohort index of every item, below `cohorts`.
 * @param cohorts - how many cohorts there are.
 * @param ties - the tie policy.
 * @param boundsOf - the largest doubled rank of each tier in a cohort of a size.
 */
export function rankWithinCohorts(
  scores: Float64Array,
  cohortOf: Uint32Array,
  cohorts: number,
  ties: TiePolicy,
  boundsOf: (cohortSize: number) => TierBounds,
): CohortRanks {
  const n = scores.length;
  // Each score as a 64-bit key, two 32-bit words, that orders as the scores do: a negative score
  // has all its bits flipped, any other its sign bit set. In a Uint32Array view of a double, the
  // word with the sign is the one -0 sets (1 on little-endian hosts, 0 on big-endian ones).
  const signWord = new Uint32Array(new Float64Array([-0]).buffer).indexOf(0x80000000);
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, 2 * n);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  let order = new Uint32Array(n); // the items, in the order sorted so far
  for (let i = 0; i < n; i += 1) {
    const top = bits[2 * i + signWord] as number;
    const negative = top >> 31; // -1 for a negative score, else 0
    high[i] = top ^ (negative | 0x80000000);
    low[i] = (bits[2 * i + 1 - signWord] as number) ^ negative;
    order[i] = i;
  }

  // Sort the items by key, 11 bits (a digit) at a time: the low word's three digits, then the
  // high word's, each pass stable, so that together they sort by the whole key and equal keys keep their input
  // order. The values of all six digits are counted in one pass over the keys first, which is much
  // faster than six passes when many scores are tied.
  const counts = Array.from({ length: 6 }, () => new Uint32Array(2048));
  const [c0, c1, c2, c3, c4, c5] = counts as [Count, Count, Count, Count, Count, Count];
  for (let i = 0; i < n; i += 1) {
    const lowWord = low[i] as number;
    const highWord = high[i] as number;
    add(c0, lowWord & 2047);
    add(c1, (lowWord >>> 11) & 2047);
    add(c2, lowWord >>> 22);
    add(c3, highWord & 2047);
    add(c4, (highWord >>> 11) & 2047);
    add(c5, highWord >>> 22);
  }
  let next = new Uint32Array(n);
  for (const [pass, count] of counts.entries()) {
    const keys = pass < 3 ? low : high;
    const shift = (pass % 3) * 11;
    let first = 0; // where the items with each value of the digit start
    for (const [digit, items] of count.entries()) {
      count[digit] = first;
      first += items;
    }
    for (const i of order) {
      const digit = ((keys[i] as number) >>> shift) & 2047;
      const to = count[digit] as number;
      count[digit] = to + 1;
      next[to] = i;
    }
    [order, next] = [next, order];
  }

  // Then by cohort, stably: a counting sort keeps each cohort's items in score order.
  const sizes = new Uint32Array(cohorts);
  for (const c of cohortOf) add(sizes, c);
  let offset = 0;
  const start = sizes.map((size) => {
    const at = offset;
    offset += size;
    return at;
  });
  for (const i of order) {
    const c = cohortOf[i] as number;
    const to = start[c] as number;
    start[c] = to + 1;
    next[to] = i;
  }
  const sorted = next;

  // Walk each cohort from its highest score down, one score at a time: the items at sorted
  // positions bottom … top − 1 have equal keys, tied. Those above them have the higher scores.
  const doubledRanks = new Uint32Array(n);
  const tiers = new Uint8Array(n);
  let to = 0;
  for (const size of sizes) {
    const from = to;
    to += size;
    const bounds = boundsOf(size);
    for (let top = to; top > from;) {
      let bottom = top - 1;
      while (
        bottom > from &&
        high[sorted[bottom - 1] as number] === high[sorted[top - 1] as number] &&
        low[sorted[bottom - 1] as number] === low[sorted[top - 1] as number]
      ) {
        bottom -= 1;
      }
      const best = to - top + 1; // 1 + how many scores in the cohort are higher
      const worst = to - bottom;
      const doubled = ties === 'min' ? 2 * best : ties === 'max' ? 2 * worst : best + worst;
      const tier = tierCodeWithin(doubled, bounds);
      for (let k = bottom; k < top; k += 1) {
        doubledRanks[sorted[k] as number] = doubled;
        tiers[sorted[k] as number] = tier;
      }
      top = bottom;
    }
  }
  return { doubledRanks, tiers, sizes };
}

type Count = Uint32Array;

/** Adds one to a count. */
function add(count: Count, value: number): void {
  count[value] = (count[value] as number) + 1;
}
