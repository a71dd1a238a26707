// Cohorts larger than small-cohort tests reach: ranks stay exact when an index needs 17 bits.
import { describe, expect, it } from 'vitest';
import { tierCohort } from 'regional-innovation-rnd/tiering';

describe('tierCohort on a cohort wider than 16 index bits', () => {
  // 65,537 items need 17 bits of the sort key for the item's index.
  const n = 65_537; // a prime, so i ↦ i · 7919 mod n is a permutation of 0 … n − 1
  const scores = Array.from({ length: n }, (_, i) => (i * 7919) % n);

  it('ranks every item exactly', () => {
    const results = tierCohort(scores, { score: (s) => s });
    const wrong = results.filter((r, i) => r.rank !== n - (scores[i] as number)).length;
    expect(wrong).toBe(0);
    expect(results.filter((r) => r.tier === 'leading')).toHaveLength(Math.floor((n * 30) / 100));
  });

  it("ranks pairs of ties exactly with 'average'", () => {
    const halved = scores.map((s) => Math.floor(s / 2));
    const results = tierCohort(halved, { score: (s) => s, ties: 'average' });
    // Scores 0 … 32767 come in pairs; 32768 is alone at the top.
    const expected = (s: number): number => (s === 32_768 ? 1 : 2 * (32_767 - s) + 2.5);
    const wrong = results.filter((r, i) => r.rank !== expected(halved[i] as number)).length;
    expect(wrong).toBe(0);
  });
});
