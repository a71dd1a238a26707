// Cost shares by institution kind: the public share of a participant's total and the cash share of
// its own share, one won on either side of every limit, with share strings checked exactly.
import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { EDITIONS } from 'regional-innovation-rnd/program';
import type { EditionId, InstitutionKind } from 'regional-innovation-rnd/rules';
import {
  EDITION_IDS,
  KINDS,
  SHARES,
  TRACK_IDS,
  core,
  issuesOf,
  participant,
  plan,
  ratioOracle,
} from '../support/builders';

const SCENARIOS = EDITION_IDS.flatMap((edition) => TRACK_IDS.map((track) => ({ edition, track })));
const FOR_PROFIT = ['sme', 'midsize', 'large'] as const;
const NON_PROFIT = ['university', 'research-institute', 'nonprofit'] as const;

// The confidence of each kind's row: the 2026 call quotes the table (reported); for 2025 the SME and
// non-profit rows are derived from the decree, the 중견·대기업 rows reported from STEPI's table.
const CONFIDENCE: Record<EditionId, Record<InstitutionKind, string>> = {
  '2025': {
    sme: 'derived',
    midsize: 'reported',
    large: 'reported',
    university: 'derived',
    'research-institute': 'derived',
    nonprofit: 'derived',
  },
  '2026': {
    sme: 'reported',
    midsize: 'reported',
    large: 'reported',
    university: 'reported',
    'research-institute': 'reported',
    nonprofit: 'reported',
  },
};

const SHARE_CODES = new Set(['GRANT_PUBLIC_SHARE_EXCEEDED', 'GRANT_CASH_SHARE_TOO_LOW']);

describe('the rule data agrees with the table written in the tests', () => {
  it.each(EDITION_IDS)('%s: every kind has the limits of 시행령 [별표 1]', (edition) => {
    for (const kind of KINDS) {
      const row = EDITIONS[edition].costSharing[kind];
      expect([row.maxPublicPercent, row.minCashPercentOfOwnShare]).toEqual([
        SHARES[kind].maxPublic,
        SHARES[kind].minCash,
      ]);
      expect(row.provenance.confidence).toBe(CONFIDENCE[edition][kind]);
    }
  });
});

describe.each(SCENARIOS)('public share, $edition $track', ({ edition, track }) => {
  // 2억원 of total cost fits both tracks' yearly cap, so only the share rules are tested.
  const TOTAL = 200_000_000;
  const OVER: Record<(typeof FOR_PROFIT)[number], string> = {
    sme: '0.750000005',
    midsize: '0.700000005',
    large: '0.500000005',
  };

  it.each(FOR_PROFIT)('%s: exactly at the limit passes, one won over fails', (kind) => {
    const { maxPublic, minCash, publicText } = SHARES[kind];
    const limit = (maxPublic * TOTAL) / 100;
    const own = TOTAL - limit;
    // The cash exactly at its own minimum too: both limits are inclusive.
    const cash = Math.ceil(((minCash ?? 0) * own) / 100);
    const at = checkGrantPlan(plan(edition, track, [participant('p', kind, limit, cash, own - cash)]));
    expect(issuesOf(at)).toEqual([]);
    expect(at.ok && at.value.years[0]?.participants[0]?.publicShare).toBe(publicText);
    expect(at.ok && at.value.years[0]?.participants[0]?.headroom).toEqual({ publicFunding: 0, cash: 0 });

    const over = checkGrantPlan(
      plan(edition, track, [participant('p', kind, limit + 1, cash, own - cash - 1)]),
    );
    expect(issuesOf(over).map(core)).toEqual([
      {
        code: 'GRANT_PUBLIC_SHARE_EXCEEDED',
        path: ['years', 0, 'participants', 0, 'publicFunding'],
        params: { year: 1, participant: 'p', kind, limit: publicText, actual: OVER[kind] },
        rule: `grants.cost-share.public.${kind}`,
        confidence: CONFIDENCE[edition][kind],
      },
    ]);
    expect(ratioOracle(BigInt(limit + 1), BigInt(TOTAL))).toBe(OVER[kind]);
    expect(issuesOf(over)[0]?.rule.sources).toEqual(EDITIONS[edition].costSharing[kind].provenance.sources);
    expect(!over.ok && over.summary?.years[0]?.participants[0]?.headroom.publicFunding).toBeLessThan(0);
  });

  it.each(NON_PROFIT)('%s: all-public money passes, with or without an own share', (kind) => {
    const all = checkGrantPlan(plan(edition, track, [participant('np', kind, TOTAL)]));
    expect(issuesOf(all)).toEqual([]);
    expect(all.ok && all.value.years[0]?.participants[0]).toMatchObject({
      publicShare: '1',
      cashShare: null,
      limits: { publicShare: '1', cashShare: null },
      headroom: { publicFunding: null, cash: null },
    });
    // No cash is required of a non-profit's own share.
    const inKindOnly = checkGrantPlan(plan(edition, track, [participant('np', kind, 1, 0, TOTAL - 1)]));
    expect(issuesOf(inKindOnly)).toEqual([]);
    expect(inKindOnly.ok && inKindOnly.value.years[0]?.participants[0]?.cashShare).toBe('0');
  });

  it('names the participant and year: the third participant of the second year', () => {
    const fine = [participant('a', 'university', 1), participant('b', 'nonprofit', 1)];
    const result = checkGrantPlan(
      plan(edition, track, fine, [...fine, participant('lead', 'sme', 75_000_001, 2_500_000, 22_499_999)]),
    );
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'GRANT_PUBLIC_SHARE_EXCEEDED',
        path: ['years', 1, 'participants', 2, 'publicFunding'],
        params: { year: 2, participant: 'lead', kind: 'sme', limit: '0.75', actual: '0.75000001' },
        rule: 'grants.cost-share.public.sme',
        confidence: CONFIDENCE[edition].sme,
      },
    ]);
  });

  it('a company with no own share has a public share of 1 and no cash issue', () => {
    for (const kind of FOR_PROFIT) {
      const result = checkGrantPlan(plan(edition, track, [participant('p', kind, 1)]));
      expect(issuesOf(result).map(core)).toEqual([
        expect.objectContaining({
          code: 'GRANT_PUBLIC_SHARE_EXCEEDED',
          params: { year: 1, participant: 'p', kind, limit: SHARES[kind].publicText, actual: '1' },
        }),
      ]);
      expect(!result.ok && result.summary?.years[0]?.participants[0]?.cashShare).toBeNull();
    }
  });

  it('a company with no public money passes the public share', () => {
    const result = checkGrantPlan(plan(edition, track, [participant('p', 'large', 0, 15, 85)]));
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.years[0]?.participants[0]?.publicShare).toBe('0');
  });
});

describe.each(EDITION_IDS)(
  'public share on 10억원, %s supply-chain (the yearly cap is broken too)',
  (edition) => {
    it('750,000,000 public on 1,000,000,000 passes the share, 750,000,001 fails it', () => {
      const at = checkGrantPlan(
        plan(edition, 'supply-chain', [participant('lead', 'sme', 750_000_000, 25_000_000, 225_000_000)]),
      );
      expect(issuesOf(at).map((i) => i.code)).toEqual(['GRANT_YEAR_CAP_EXCEEDED']);
      const over = checkGrantPlan(
        plan(edition, 'supply-chain', [participant('lead', 'sme', 750_000_001, 25_000_000, 224_999_999)]),
      );
      expect(issuesOf(over).map(core)).toContainEqual({
        code: 'GRANT_PUBLIC_SHARE_EXCEEDED',
        path: ['years', 0, 'participants', 0, 'publicFunding'],
        params: { year: 1, participant: 'lead', kind: 'sme', limit: '0.75', actual: '0.750000001' },
        rule: 'grants.cost-share.public.sme',
        confidence: CONFIDENCE[edition].sme,
      });
      expect(issuesOf(over).map((i) => i.code)).toEqual([
        'GRANT_PUBLIC_SHARE_EXCEEDED',
        'GRANT_YEAR_CAP_EXCEEDED',
      ]);
    });
  },
);

describe.each(SCENARIOS)('cash share, $edition $track', ({ edition, track }) => {
  const ACTUAL: Record<(typeof FOR_PROFIT)[number], string> = {
    sme: '0.099999999',
    midsize: '0.129999999',
    large: '0.149999999',
  };

  it.each(FOR_PROFIT)(
    '%s: cash of exactly its minimum of a 10억원 own share passes, one won less fails',
    (kind) => {
      const { minCash, cashText } = SHARES[kind];
      const own = 1_000_000_000;
      const min = ((minCash ?? 0) * own) / 100;
      const at = checkGrantPlan(plan(edition, track, [participant('p', kind, 0, min, own - min)]));
      expect(issuesOf(at)).toEqual([]);
      expect(at.ok && at.value.years[0]?.participants[0]?.cashShare).toBe(cashText);

      const under = checkGrantPlan(plan(edition, track, [participant('p', kind, 0, min - 1, own - min + 1)]));
      expect(issuesOf(under).map(core)).toEqual([
        {
          code: 'GRANT_CASH_SHARE_TOO_LOW',
          path: ['years', 0, 'participants', 0, 'cash'],
          params: { year: 1, participant: 'p', kind, limit: cashText, actual: ACTUAL[kind] },
          rule: `grants.cost-share.cash.${kind}`,
          confidence: CONFIDENCE[edition][kind],
        },
      ]);
      expect(issuesOf(under)[0]?.rule.sources).toEqual(
        EDITIONS[edition].costSharing[kind].provenance.sources,
      );
      expect(!under.ok && under.summary?.years[0]?.participants[0]?.headroom.cash).toBe(-1);
    },
  );

  it.each(FOR_PROFIT)('%s: the minimum is rounded up, not down, when it is not whole won', (kind) => {
    const { minCash, cashText } = SHARES[kind];
    const own = 1_000_000_001; // m × own ÷ 100 has a fraction for m = 10, 13, 15
    const min = Number((BigInt(minCash ?? 0) * BigInt(own) + 99n) / 100n);
    expect(((minCash ?? 0) * own) % 100).not.toBe(0);
    expect(
      issuesOf(checkGrantPlan(plan(edition, track, [participant('p', kind, 0, min, own - min)]))),
    ).toEqual([]);
    const under = checkGrantPlan(plan(edition, track, [participant('p', kind, 0, min - 1, own - min + 1)]));
    expect(issuesOf(under).map(core)).toEqual([
      expect.objectContaining({
        code: 'GRANT_CASH_SHARE_TOO_LOW',
        params: {
          year: 1,
          participant: 'p',
          kind,
          limit: cashText,
          actual: ratioOracle(BigInt(min - 1), BigInt(own)),
        },
      }),
    ]);
  });

  it('an SME short on both shares gets both issues, in the order public, cash', () => {
    const result = checkGrantPlan(plan(edition, track, [participant('p', 'sme', 80, 1, 19)]));
    expect(issuesOf(result).map((i) => [i.code, i.path])).toEqual([
      ['GRANT_PUBLIC_SHARE_EXCEEDED', ['years', 0, 'participants', 0, 'publicFunding']],
      ['GRANT_CASH_SHARE_TOO_LOW', ['years', 0, 'participants', 0, 'cash']],
    ]);
  });

  it.each(NON_PROFIT)('%s: no cash is required', (kind) => {
    const result = checkGrantPlan(plan(edition, track, [participant('p', kind, 10, 0, 90)]));
    expect(issuesOf(result)).toEqual([]);
  });
});

describe('exact shares', () => {
  it.each([
    ['1/3', 1, 2, '0.33333333333333333333'],
    ['2/3 rounds the 20th digit up', 2, 1, '0.66666666666666666667'],
    ['1/7', 1, 6, '0.14285714285714285714'],
    ['1/10', 1, 9, '0.1'],
    ['3/10, not 0.30000000000000004', 3, 7, '0.3'],
    ['1/1024, terminating after 10 digits', 1, 1023, '0.0009765625'],
    // 1.1102230246251566637E-16 (Python's decimal, 20 digits, half-even), written out in full.
    ['1/(2^53 − 1), in plain notation', 1, 9_007_199_254_740_990, '0.00000000000000011102230246251566637'],
  ] as const)('a public share of %s', (_label, pub, own, share) => {
    expect(ratioOracle(BigInt(pub), BigInt(pub + own))).toBe(share);
    const result = checkGrantPlan(
      plan('2026', 'supply-chain', [participant('np', 'nonprofit', pub, 0, own)]),
    );
    const row = (result.ok ? result.value : result.summary)?.years[0]?.participants[0];
    expect(row?.publicShare).toBe(share);
  });

  it('writes shares of 0.1 and 0.2 and their year share 3/20 exactly', () => {
    const result = checkGrantPlan(
      plan('2026', 'capability', [
        participant('a', 'nonprofit', 1, 0, 9),
        participant('b', 'nonprofit', 2, 0, 8),
      ]),
    );
    expect(result.ok && result.value.years[0]?.participants.map((p) => p.publicShare)).toEqual([
      '0.1',
      '0.2',
    ]);
    expect(result.ok && result.value.years[0]?.publicShare).toBe('0.15');
    expect(result.ok && result.value.total.publicShare).toBe('0.15');
    // Across two years: 0.1 of 10 won and 0.2 of 10 won is 0.15 of 20, and cash 1 + 2 of 10 + 10.
    const twoYears = checkGrantPlan(
      plan(
        '2026',
        'capability',
        [participant('a', 'nonprofit', 1, 1, 8)],
        [participant('a', 'nonprofit', 2, 2, 6)],
      ),
    );
    expect(twoYears.ok && twoYears.value.total).toEqual({
      publicFunding: 3,
      cash: 3,
      inKind: 14,
      total: 20,
      publicShare: '0.15',
      headroom: { publicFunding: 399_999_997 },
    });
  });

  it('decides ±1 won on totals near 2^53, where floating-point products round', () => {
    // 8 × 10^15 won: public × 100 is far past 2^53, so a float comparison would call 6×10^15 + 1
    // of 8×10^15 exactly 75%.
    const T = 8_000_000_000_000_000;
    const at = checkGrantPlan(plan('2026', 'supply-chain', [participant('p', 'sme', 6e15, 2e14, 18e14)]));
    expect(issuesOf(at).filter((i) => SHARE_CODES.has(i.code))).toEqual([]);
    const over = checkGrantPlan(
      plan('2026', 'supply-chain', [participant('p', 'sme', 6e15 + 1, 2e14, 18e14 - 1)]),
    );
    expect(
      issuesOf(over)
        .filter((i) => SHARE_CODES.has(i.code))
        .map(core),
    ).toEqual([
      expect.objectContaining({
        code: 'GRANT_PUBLIC_SHARE_EXCEEDED',
        params: expect.objectContaining({ actual: '0.750000000000000125' }) as unknown,
      }),
    ]);
    expect(ratioOracle(BigInt(6e15 + 1), BigInt(T))).toBe('0.750000000000000125');
    const cashShort = checkGrantPlan(
      plan('2026', 'supply-chain', [participant('p', 'sme', 6e15, 2e14 - 1, 18e14 + 1)]),
    );
    expect(
      issuesOf(cashShort)
        .filter((i) => SHARE_CODES.has(i.code))
        .map(core),
    ).toEqual([
      expect.objectContaining({
        code: 'GRANT_CASH_SHARE_TOO_LOW',
        params: expect.objectContaining({ actual: '0.0999999999999995' }) as unknown,
      }),
    ]);
    expect(ratioOracle(BigInt(2e14 - 1), BigInt(2e15))).toBe('0.0999999999999995');
    const row = (at.ok ? at.value : at.summary)?.years[0]?.participants[0];
    expect(row?.headroom).toEqual({ publicFunding: 0, cash: 0 });
  });
});
