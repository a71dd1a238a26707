// The limits the summary gives each participant: those of its kind of institution.
import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { participant, plan } from '../support/builders';

describe('checkGrantPlan: the limits of each participant', () => {
  it('gives participants of one kind the same limits, and other kinds their own', () => {
    const result = checkGrantPlan(
      plan(
        '2026',
        'supply-chain',
        [
          participant('a', 'sme', 75, 10, 15),
          participant('b', 'sme', 75, 25, 0),
          participant('u', 'university', 50),
        ],
        [participant('a', 'sme', 75, 10, 15)],
      ),
    );
    if (!result.ok) throw new Error('expected a valid plan');
    const [first, second] = result.value.years;
    const [a, b, u] = first?.participants ?? [];
    expect(a?.limits).toEqual({ publicShare: '0.75', cashShare: '0.1' });
    expect(u?.limits).toEqual({ publicShare: '1', cashShare: null });
    // One limits object per kind of institution, shared by its rows in every year.
    expect(b?.limits).toBe(a?.limits);
    expect(second?.participants[0]?.limits).toBe(a?.limits);
    expect(u?.limits).not.toBe(a?.limits);
  });
});
