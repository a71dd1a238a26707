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
