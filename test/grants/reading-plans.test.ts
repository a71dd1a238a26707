// What checkGrantPlan makes of a plan it cannot read, cannot sum or cannot use as given: one
// typed issue where the problem is, and no summary built on half-read data.
import { describe, expect, it } from 'vitest';
import { checkGrantPlan as checkTyped, type GrantPlanInput } from 'regional-innovation-rnd/grants';
import { participant, plan } from '../support/builders';

// These tests give checkGrantPlan what a JavaScript caller may give it: anything.
const checkGrantPlan = (plan: unknown, options?: Parameters<typeof checkTyped>[1]) =>
  checkTyped(plan as GrantPlanInput, options);

// Free text in params (what was expected) is for people; tests only ask that it says something.
const someText: unknown = expect.stringMatching(/\S/u);

const row = (id = 'a'): Record<string, unknown> => ({
  id,
  kind: 'sme',
  publicFunding: 150_000_000,
  cash: 5_000_000,
  inKind: 45_000_000,
});
const planOf = (rows: unknown[], years = 1): Record<string, unknown> => ({
  edition: '2026',
  track: 'capability',
  years: Array.from({ length: years }, () => ({ participants: rows })),
});

describe('checkGrantPlan on a plan it cannot read', () => {
  it('gives one unreadable-input issue at the root and no warning', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = checkGrantPlan(proxy);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'INPUT_INVALID', path: [] })],
      warnings: [],
    });
    expect(!result.ok && result.issues[0]?.params).toMatchObject({
      problem: 'unreadable',
      expected: someText,
    });
  });

  it('reads a plain plan once: an amount whose getter changes is taken as first read', () => {
    let reads = 0;
    const changing = {
      id: 'a',
      kind: 'nonprofit',
      get publicFunding(): unknown {
        reads += 1;
        return reads === 1 ? 5 : 'abc';
      },
      cash: 0,
      inKind: 0,
    };
    const result = checkGrantPlan({
      edition: '2026',
      track: 'capability',
      years: [{ participants: [changing] }],
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.total.publicFunding).toBe(5);
    expect(reads).toBe(1);
  });
});

describe('checkGrantPlan on money it cannot sum', () => {
  it('gives one MONEY_INVALID issue and no warning for a year whose money adds up past 2^53 won', () => {
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

describe('checkGrantPlan on room it cannot give exactly', () => {
  it('refuses a participant whose room under its public-share limit would pass 2^53 won', () => {
    // An SME may take three times its own share: 3 × (2^52 + 1) won is past 2^53, though the
    // plan's money (2^52 + 1 won) is not.
    const own = 2 ** 52 + 1;
    const result = checkGrantPlan(plan('2026', 'capability', [participant('a', 'sme', 0, own, 0)]));
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'MONEY_INVALID',
          path: ['years', 0, 'participants', 0],
          params: { input: String(3n * BigInt(own)), reason: 'unsafe', position: null, expected: null },
        }),
      ],
      warnings: [],
    });
  });

  it('gives the room exactly up to there', () => {
    const own = Math.floor(Number.MAX_SAFE_INTEGER / 3);
    const result = checkGrantPlan(plan('2026', 'capability', [participant('a', 'sme', 0, own, 0)]));
    const row = (result.ok ? result.value : result.summary)?.years[0]?.participants[0];
    expect(row?.headroom.publicFunding).toBe(3 * own);
    expect(Number.isSafeInteger(row?.headroom.publicFunding)).toBe(true);
  });
});

describe('checkGrantPlan on fields it refuses', () => {
  it('says an amount of money that is left out is missing, where it is missing', () => {
    const noCash = Object.fromEntries(Object.entries(row()).filter(([key]) => key !== 'cash'));
    const result = checkGrantPlan(planOf([noCash]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'INPUT_INVALID',
      path: ['years', 0, 'participants', 0, 'cash'],
      params: { problem: 'missing', expected: someText, input: 'undefined' },
    });
  });

  it.each([
    ['an array holding the id', ['2026']],
    ['an object that prints as the id', { toString: () => '2026' }],
    ['a year that is not a whole number', 2026.5],
    ['an unknown year', 2024],
  ])('refuses as an edition %s', (_label, edition) => {
    const result = checkGrantPlan({ ...planOf([row()]), edition });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['EDITION_UNKNOWN', ['edition']],
    ]);
  });

  it.each([
    ['2026', '2026'],
    [2026, '2026'],
    [2025, '2025'],
  ])('reads the edition %j as %s', (edition, id) => {
    const result = checkGrantPlan({ ...planOf([row()]), edition });
    expect(result.ok && result.value.edition).toBe(id);
  });
});
