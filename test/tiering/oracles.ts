// Independent implementations the tiering is checked against: no code is shared with src/.
import type { TiePolicy } from 'regional-innovation-rnd/tiering';

/** Ranks by brute force, O(n²): 1 + how many are better; 'max' counts the ties too. */
export function bruteForceRanks(scores: readonly number[], ties: TiePolicy): number[] {
  return scores.map((score) => {
    let better = 0;
    let equal = 0;
    for (const other of scores) {
      if (other > score) better += 1;
      else if (other === score) equal += 1;
    }
    const min = better + 1;
    const max = better + equal;
    return ties === 'min' ? min : ties === 'max' ? max : (min + max) / 2;
  });
}

/** The tier by the rule's words, in bigints: rank ÷ size ≤ percent ÷ 100. */
export function bigintTier(
  rank: number,
  size: number,
  leading = 30,
  potential = 50,
): 'leading' | 'potential' | 'none' {
  const twiceRank = BigInt(rank * 2);
  const within = (percent: number): boolean => twiceRank * 100n <= BigInt(percent) * 2n * BigInt(size);
  return within(leading) ? 'leading' : within(potential) ? 'potential' : 'none';
}

/**
 * The tier by the words of either small-cohort rule, in bigints, with the shares in tenths of a
 * percent (305 is 30.5%). Literal: r·100 ≤ share·n. At least one: leading also when r ≤ 1;
 * potential also when it has a share of its own and r ≤ ℓ + 1, ℓ = max(1, ⌊leading·n ÷ 100⌋).
 */
export function tierByTheWords(
  rank: number,
  size: number,
  { leadingTenths = 300, potentialTenths = 500, atLeastOne = false } = {},
): 'leading' | 'potential' | 'none' {
  const twiceRank = BigInt(rank * 2);
  const n = BigInt(size);
  const leading = BigInt(leadingTenths);
  const potential = BigInt(potentialTenths);
  // rank · 100 ≤ (tenths ÷ 10) · n  ⇔  2·rank · 1000 ≤ 2 · tenths · n
  const within = (tenths: bigint): boolean => twiceRank * 1000n <= 2n * tenths * n;
  const wholeLeadingPlaces = (leading * n) / 1000n;
  const leadingPlaces = wholeLeadingPlaces > 1n ? wholeLeadingPlaces : 1n;
  if (within(leading) || (atLeastOne && twiceRank <= 2n)) return 'leading';
  if (within(potential)) return 'potential';
  return atLeastOne && potential > leading && twiceRank <= 2n * (leadingPlaces + 1n) ? 'potential' : 'none';
}
