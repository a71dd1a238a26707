import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { participant, plan } from '../support/builders';

describe('checkGrantPlan: input it cannot use', () => {
  it('gives one INPUT_INVALID issue and no warning for a plan that cannot be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkGrantPlan(proxy)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'INPUT_INVALID', path: [] })],
      warnings: [],
    });
  });

  it('gives one MONEY_INVALID issue and no warning for a plan whose money adds up past 2^53 won', () => {
    const half = 2 ** 52;
    const result = checkGrantPlan(
      plan('2026', 'capability', [participant('a', 'nonprofit', half), participant('b', 'nonprofit', half)]),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'MONEY_INVALID',
          path: ['years'],
          params: { input: String(2 ** 53), reason: 'unsafe', position: null, expected: null },
        }),
      ],
      warnings: [],
    });
  });
});

describe('checkGrantPlan: reading the plan', () => {
  it('reads a plain plan once: an amount whose getter changes is taken as first read', () => {
    let reads = 0;
    const row = {
      id: 'a',
      kind: 'nonprofit',
      get publicFunding(): unknown {
        reads += 1;
        return reads === 1 ? 5 : 'abc';
      },
      cash: 0,
      inKind: 0,
    };
    const result = checkGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [row] }] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.total.publicFunding).toBe(5);
    expect(reads).toBe(1);
  });
});

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
