// The summary of a plan, per participant, per year and in all; zero totals and duplicate ids;
// and the whole result against a BigInt oracle on random plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import type { EditionId, InstitutionKind, TrackId } from 'regional-innovation-rnd/rules';
import {
  EDITION_IDS,
  KINDS,
  TRACK_IDS,
  boundaryRowArb,
  core,
  issuesOf,
  issuesOracle,
  participant,
  plan,
  ratioOracle,
  sortIssues,
  summaryOracle,
} from '../support/builders';

describe('checkGrantPlan summary', () => {
  it('sums up the example of the docs, written out by hand', () => {
    const result = checkGrantPlan(
      plan('2026', 'supply-chain', [
        participant('lead', 'sme', '4억', '1천4백만원', '1억 2천만원'),
        participant('uni', 'university', '3억'),
      ]),
    );
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        edition: '2026',
        track: 'supply-chain',
        caps: { maxYears: 2, maxGrantPerYear: 700_000_000, maxGrantTotal: 1_400_000_000 },
        years: [
          {
            year: 1,
            publicFunding: 700_000_000,
            cash: 14_000_000,
            inKind: 120_000_000,
            total: 834_000_000,
            // Python's decimal, 20 digits, ROUND_HALF_EVEN.
            publicShare: '0.83932853717026378897',
            participants: [
              {
                id: 'lead',
                kind: 'sme',
                publicFunding: 400_000_000,
                cash: 14_000_000,
                inKind: 120_000_000,
                total: 534_000_000,
                publicShare: '0.74906367041198501873',
                cashShare: '0.10447761194029850746',
                limits: { publicShare: '0.75', cashShare: '0.1' },
                // ⌊75 × 134,000,000 ÷ 25⌋ − 400,000,000 and 14,000,000 − ⌈10% × 134,000,000⌉.
                headroom: { publicFunding: 2_000_000, cash: 600_000 },
              },
              {
                id: 'uni',
                kind: 'university',
                publicFunding: 300_000_000,
                cash: 0,
                inKind: 0,
                total: 300_000_000,
                publicShare: '1',
                cashShare: null,
                limits: { publicShare: '1', cashShare: null },
                headroom: { publicFunding: null, cash: null },
              },
            ],
            headroom: { publicFunding: 0 },
          },
        ],
        total: {
          publicFunding: 700_000_000,
          cash: 14_000_000,
          inKind: 120_000_000,
          total: 834_000_000,
          publicShare: '0.83932853717026378897',
          headroom: { publicFunding: 700_000_000 },
        },
      },
    });
  });

  it('agrees with the BigInt oracle on the same example', () => {
    const result = checkGrantPlan(
      plan('2026', 'supply-chain', [
        participant('lead', 'sme', 400_000_000, 14_000_000, 120_000_000),
        participant('uni', 'university', 300_000_000),
      ]),
    );
    expect(result.ok && result.value).toEqual(
      summaryOracle('2026', 'supply-chain', [
        [
          { id: 'lead', kind: 'sme', publicFunding: 400_000_000, cash: 14_000_000, inKind: 120_000_000 },
          { id: 'uni', kind: 'university', publicFunding: 300_000_000, cash: 0, inKind: 0 },
        ],
      ]),
    );
  });

  it.each([
    // kind, own share (all cash), public at the headroom limit: ⌊p·own ÷ (100 − p)⌋
    ['sme', 1, 3],
    ['midsize', 1, 2],
    ['large', 1, 1],
    ['sme', 7, 21],
    ['midsize', 7, 16],
    ['large', 7, 7],
  ] as const)(
    '%s with an own share of %i may take %i public: headroom 0 there, −1 past it',
    (kind, own, most) => {
      const at = checkGrantPlan(plan('2026', 'capability', [participant('p', kind, most, own, 0)]));
      expect(issuesOf(at)).toEqual([]);
      expect(at.ok && at.value.years[0]?.participants[0]?.headroom.publicFunding).toBe(0);
      const over = checkGrantPlan(plan('2026', 'capability', [participant('p', kind, most + 1, own, 0)]));
      expect(issuesOf(over).map((i) => i.code)).toEqual(['GRANT_PUBLIC_SHARE_EXCEEDED']);
      expect(!over.ok && over.summary?.years[0]?.participants[0]?.headroom.publicFunding).toBe(-1);
    },
  );

  it.each([
    // kind, own share, the least cash: ⌈m·own ÷ 100⌉
    ['sme', 11, 2],
    ['midsize', 11, 2],
    ['large', 11, 2],
    ['sme', 100, 10],
    ['midsize', 100, 13],
    ['large', 101, 16],
  ] as const)(
    '%s with an own share of %i needs %i cash: headroom 0 there, −1 below it',
    (kind, own, least) => {
      const at = checkGrantPlan(plan('2026', 'capability', [participant('p', kind, 0, least, own - least)]));
      expect(issuesOf(at)).toEqual([]);
      expect(at.ok && at.value.years[0]?.participants[0]?.headroom.cash).toBe(0);
      const extra = checkGrantPlan(
        plan('2026', 'capability', [participant('p', kind, 0, least + 5, own - least - 5)]),
      );
      expect(extra.ok && extra.value.years[0]?.participants[0]?.headroom.cash).toBe(5);
      const under = checkGrantPlan(
        plan('2026', 'capability', [participant('p', kind, 0, least - 1, own - least + 1)]),
      );
      expect(issuesOf(under).map((i) => i.code)).toEqual(['GRANT_CASH_SHARE_TOO_LOW']);
      expect(!under.ok && under.summary?.years[0]?.participants[0]?.headroom.cash).toBe(-1);
    },
  );

  it('gives the summary with the issues when the plan fails on the rules', () => {
    const result = checkGrantPlan(plan('2025', 'capability', [participant('p', 'sme', 200_000_001, 0, 0)]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.summary).toEqual(
      summaryOracle('2025', 'capability', [
        [{ id: 'p', kind: 'sme', publicFunding: 200_000_001, cash: 0, inKind: 0 }],
      ]),
    );
    expect(result.summary?.years[0]?.headroom.publicFunding).toBe(-1);
    expect(result.summary?.total.headroom.publicFunding).toBe(199_999_999);
    expect(result.warnings).toEqual([]);
  });

  it('gives no summary when the plan is malformed', () => {
    const result = checkGrantPlan({ edition: '2026', track: 'capability', years: [] });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('summary');
  });
});

describe('participants', () => {
  it.each(KINDS)('a %s with a zero total gets GRANT_PARTICIPANT_ZERO_TOTAL at its path', (kind) => {
    const result = checkGrantPlan(
      plan(
        '2026',
        'supply-chain',
        [participant('uni', 'university', 1)],
        [participant('uni', 'university', 1), participant('empty', kind, 0, '0', 0n)],
      ),
    );
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'GRANT_PARTICIPANT_ZERO_TOTAL',
        path: ['years', 1, 'participants', 1],
        params: { year: 2, participant: 'empty' },
        rule: 'grants.participant.nonzero',
        confidence: 'confirmed',
      },
    ]);
    const row = !result.ok ? result.summary?.years[1]?.participants[1] : undefined;
    expect(row).toMatchObject({ total: 0, publicShare: null, cashShare: null });
  });

  it('one won makes a total non-zero, in any of the three amounts', () => {
    for (const [pub, cash, inKind] of [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ] as const) {
      const result = checkGrantPlan(
        plan('2026', 'capability', [participant('np', 'nonprofit', pub, cash, inKind)]),
      );
      expect(issuesOf(result)).toEqual([]);
    }
  });

  it('refuses the same id twice in a year with GRANT_PARTICIPANT_DUPLICATE at the repeat', () => {
    const result = checkGrantPlan(
      plan('2025', 'supply-chain', [
        participant('a', 'university', 1),
        participant('b', 'university', 1),
        participant('a', 'nonprofit', 1),
        participant('a', 'university', 1),
      ]),
    );
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'GRANT_PARTICIPANT_DUPLICATE',
        path: ['years', 0, 'participants', 2, 'id'],
        params: { year: 1, participant: 'a' },
        rule: 'grants.participant.unique',
        confidence: 'confirmed',
      },
      {
        code: 'GRANT_PARTICIPANT_DUPLICATE',
        path: ['years', 0, 'participants', 3, 'id'],
        params: { year: 1, participant: 'a' },
        rule: 'grants.participant.unique',
        confidence: 'confirmed',
      },
    ]);
  });

  it('accepts the same id in different years, and ids that only look alike', () => {
    const years = [
      [
        participant('a', 'university', 1),
        participant('A', 'university', 1),
        participant('a ', 'university', 1),
      ],
      [participant('a', 'university', 1), participant('__proto__', 'university', 1)],
    ];
    expect(issuesOf(checkGrantPlan(plan('2026', 'capability', ...years)))).toEqual([]);
  });

  it('a zero-total duplicate gets both issues, duplicate first', () => {
    const result = checkGrantPlan(
      plan('2026', 'capability', [participant('a', 'university', 1), participant('a', 'sme', 0)]),
    );
    expect(issuesOf(result).map((i) => [i.code, i.path])).toEqual([
      ['GRANT_PARTICIPANT_DUPLICATE', ['years', 0, 'participants', 1, 'id']],
      ['GRANT_PARTICIPANT_ZERO_TOTAL', ['years', 0, 'participants', 1]],
    ]);
  });
});

// Random well-formed plans, with amounts near the limits often enough to fail on every rule.
const kindArb = fc.constantFrom(...KINDS);
const amountArb = fc.oneof(
  fc.nat({ max: 300_000_000 }),
  fc.constantFrom(0, 1, 99, 100, 101, 199_999_999, 200_000_000, 200_000_001, 700_000_000, 700_000_001),
  fc.nat({ max: 1_000_000_000_000 }),
);
const rowArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  kind: kindArb,
  publicFunding: amountArb,
  cash: amountArb,
  inKind: amountArb,
});
const yearsArb = fc.array(fc.array(rowArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });

interface Row {
  id: string;
  kind: InstitutionKind;
  publicFunding: number;
  cash: number;
  inKind: number;
}
/** A row at a share boundary: public at its kind's limit (± 1), cash at its minimum (± 1). */
const rowAtBoundaryArb = boundaryRowArb(100_000_000);

describe('checkGrantPlan against the BigInt oracle', () => {
  const check = (edition: EditionId, track: TrackId, years: Row[][]): void => {
    const result = checkGrantPlan({ edition, track, years: years.map((participants) => ({ participants })) });
    const summary = result.ok ? result.value : result.summary;
    expect(summary).toEqual(summaryOracle(edition, track, years));
    const got = issuesOf(result).map((i) => ({ code: i.code, path: [...i.path], params: i.params }));
    expect(sortIssues(got)).toEqual(sortIssues(issuesOracle(track, years)));
    expect(result.ok).toBe(got.length === 0);
  };

  it('gives the oracle’s summary and issues for random plans', () => {
    fc.assert(fc.property(fc.constantFrom(...EDITION_IDS), fc.constantFrom(...TRACK_IDS), yearsArb, check), {
      numRuns: 400,
    });
  });

  it('gives the oracle’s summary and issues for plans at the share boundaries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITION_IDS),
        fc.constantFrom(...TRACK_IDS),
        fc.array(fc.array(rowAtBoundaryArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 }),
        check,
      ),
      { numRuns: 400 },
    );
  });
});

describe('share strings against the BigInt oracle', () => {
  // Denominators on both sides of every size where an implementation might change method: small,
  // around 9·10⁹, around 2^52, up to 2^53 − 1.
  const denominatorArb = fc.oneof(
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.integer({ min: 8_999_999_000, max: 9_000_001_000 }),
    fc.integer({ min: 1, max: 9_000_000_000 }),
    fc.integer({ min: 2 ** 52 - 1000, max: 2 ** 52 + 1000 }),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(
      3,
      7,
      9,
      11,
      13,
      17,
      19,
      23,
      29,
      31,
      37,
      41,
      43,
      47,
      97,
      9_999_999_967,
      Number.MAX_SAFE_INTEGER,
    ),
  );
  const pairArb = denominatorArb.chain((d) =>
    fc.tuple(
      fc.oneof(
        fc.integer({ min: 0, max: d }),
        fc.constantFrom(0, 1, d, d - 1, Math.floor(d / 2), Math.floor(d / 3)),
        fc.integer({ min: Math.min(d, 2 ** 52 - 10), max: Math.min(d, 2 ** 52 + 10) }),
      ),
      fc.constant(d),
    ),
  );

  it('publicShare and cashShare are n ÷ d rounded half-even to 20 digits, for any safe amounts', () => {
    fc.assert(
      fc.property(pairArb, ([n, d]) => {
        const viaPublic = checkGrantPlan(
          plan('2026', 'supply-chain', [participant('np', 'nonprofit', n, 0, d - n)]),
        );
        const viaCash = checkGrantPlan(
          plan('2026', 'supply-chain', [participant('np', 'nonprofit', 0, n, d - n)]),
        );
        const expected = ratioOracle(BigInt(n), BigInt(d));
        const publicRow = (viaPublic.ok ? viaPublic.value : viaPublic.summary)?.years[0]?.participants[0];
        const cashRow = (viaCash.ok ? viaCash.value : viaCash.summary)?.years[0]?.participants[0];
        expect(publicRow?.publicShare).toBe(expected);
        expect(cashRow?.cashShare).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    // Ties and near-ties of the 21st significant digit: 1 ÷ 2^k terminates in long tails.
    [1, 2 ** 40],
    [3, 2 ** 45],
    [1, 2 ** 52],
    [2 ** 52 - 1, 2 ** 52],
    [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER],
    [1, 8_999_999_999],
    [1, 9_000_000_001],
    [4_500_000_001, 9_000_000_001],
    [999_999_999_999, 1_000_000_000_000],
  ])('%i ÷ %i', (n, d) => {
    const result = checkGrantPlan(
      plan('2026', 'supply-chain', [participant('np', 'nonprofit', n, 0, d - n)]),
    );
    expect((result.ok ? result.value : result.summary)?.years[0]?.participants[0]?.publicShare).toBe(
      ratioOracle(BigInt(n), BigInt(d)),
    );
  });
});
