import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGrantPlan, maxPublicFunding, requiredOwnShare } from 'regional-innovation-rnd/grants';
import { getEdition } from 'regional-innovation-rnd/program';
import { INSTITUTION_KINDS, type InstitutionKind } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';

const EDITIONS = ['2025', '2026'] as const;
const TRACKS = ['supply-chain', 'capability'] as const;

/** The codes checkGrantPlan gives a one-participant, one-year plan. */
function codesOf(
  edition: string,
  track: string,
  kind: InstitutionKind,
  money: { publicFunding: number; cash: number; inKind: number },
): string[] {
  const result = checkGrantPlan({
    edition: edition as '2026',
    track: track as 'capability',
    years: [{ participants: [{ id: 'p', kind, ...money }] }],
  });
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

// Independent oracles, in bigints: ⌈a ÷ b⌉ and ⌊a ÷ b⌋.
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;
const shareOf = (kind: InstitutionKind, edition: '2025' | '2026') => getEdition(edition).costSharing[kind];

describe('requiredOwnShare', () => {
  it('gives an SME with 7억 of public money the least own share and cash, to the won', () => {
    const sme = requiredOwnShare({ edition: '2026', kind: 'sme', publicFunding: '7억' });
    expect([sme.total, sme.minCash, sme.maxInKind]).toEqual([233_333_334, 23_333_334, 210_000_000]);
    expect(sme.rules.map((rule) => rule.id)).toEqual([
      'grants.cost-share.public.sme',
      'grants.cost-share.cash.sme',
    ]);
    expect(sme.rules[0]?.sources).toBe(getEdition('2026').costSharing.sme.provenance.sources);
  });

  it('passes checkGrantPlan as it is, and fails it with one won less own share or cash', () => {
    for (const edition of EDITIONS) {
      for (const kind of INSTITUTION_KINDS) {
        const publicFunding = 123_456_789;
        const { total, minCash, maxInKind } = requiredOwnShare({ edition, kind, publicFunding });
        expect(minCash + maxInKind).toBe(total);
        expect(
          codesOf(edition, 'supply-chain', kind, { publicFunding, cash: minCash, inKind: maxInKind }),
        ).toEqual([]);
        if (total > 0) {
          const lessOwn = { publicFunding, cash: minCash, inKind: maxInKind - 1 };
          expect(codesOf(edition, 'supply-chain', kind, lessOwn)).toContain('GRANT_PUBLIC_SHARE_EXCEEDED');
        }
        if (minCash > 0) {
          const lessCash = { publicFunding, cash: minCash - 1, inKind: maxInKind + 1 };
          expect(codesOf(edition, 'supply-chain', kind, lessCash)).toEqual(['GRANT_CASH_SHARE_TOO_LOW']);
        }
      }
    }
  });

  it('asks no own share of a kind that public money may pay in full, and names no cash rule for it', () => {
    const university = requiredOwnShare({ edition: '2026', kind: 'university', publicFunding: 300_000_000 });
    expect([university.total, university.minCash, university.maxInKind]).toEqual([0, 0, 0]);
    expect(university.rules.map((rule) => rule.id)).toEqual(['grants.cost-share.public.university']);
  });

  it('agrees with a bigint oracle for any safe amount and every kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITIONS),
        fc.constantFrom(...INSTITUTION_KINDS),
        fc.oneof(fc.integer({ min: 0, max: 1_400_000_000 }), fc.integer({ min: 0, max: 2 ** 51 })),
        (edition, kind, publicFunding) => {
          const { maxPublicPercent: p, minCashPercentOfOwnShare: m } = shareOf(kind, edition);
          const total = ceilDiv(BigInt(publicFunding) * BigInt(100 - p), BigInt(p));
          const minCash = m === null ? 0n : ceilDiv(total * BigInt(m), 100n);
          const answer = requiredOwnShare({ edition, kind, publicFunding });
          expect([answer.total, answer.minCash, answer.maxInKind]).toEqual([
            Number(total),
            Number(minCash),
            Number(total - minCash),
          ]);
        },
      ),
    );
  });

  it('reads public money in any money form', () => {
    const forms = ['7억', '7억원', '700,000,000', 700_000_000, 700_000_000n];
    const totals = forms.map(
      (publicFunding) => requiredOwnShare({ edition: 2026, kind: 'sme', publicFunding }).total,
    );
    expect(new Set(totals)).toEqual(new Set([233_333_334]));
  });

  it('refuses a total past the safe range instead of giving it inexactly', () => {
    const error = caughtRulesError(() =>
      requiredOwnShare({ edition: '2026', kind: 'large', publicFunding: Number.MAX_SAFE_INTEGER }),
    );
    expect(error?.code).toBe('MONEY_INVALID');
    expect(error?.params).toMatchObject({ reason: 'unsafe' });
    expect(error?.path).toEqual(['publicFunding']);
    // The largest SME request that fits: its total is still safe.
    const most = Math.floor((Number.MAX_SAFE_INTEGER * 3) / 4);
    expect(
      Number.isSafeInteger(
        most + requiredOwnShare({ edition: '2026', kind: 'sme', publicFunding: most }).total,
      ),
    ).toBe(true);
  });
});

describe('maxPublicFunding', () => {
  it('gives an SME three times its own share, up to the yearly cap', () => {
    const share = maxPublicFunding({
      edition: '2026',
      track: 'supply-chain',
      kind: 'sme',
      cash: '2천만',
      inKind: '1억',
    });
    expect([share.publicFunding, share.limitedBy, share.minCash]).toEqual([
      360_000_000,
      'cost-share',
      12_000_000,
    ]);
    const capped = maxPublicFunding({
      edition: '2026',
      track: 'supply-chain',
      kind: 'sme',
      cash: '1억',
      inKind: '2억',
    });
    expect([capped.publicFunding, capped.limitedBy]).toEqual([700_000_000, 'yearly-cap']);
    expect(capped.rules.map((rule) => rule.id)).toEqual([
      'grants.cost-share.public.sme',
      'grants.cost-share.cash.sme',
      'grants.cap.per-year',
    ]);
  });

  it('is the cap for a kind that public money may pay in full, even with no own share', () => {
    const university = maxPublicFunding({
      edition: '2025',
      track: 'capability',
      kind: 'university',
      cash: 0,
      inKind: 0,
    });
    expect([university.publicFunding, university.limitedBy, university.minCash]).toEqual([
      getEdition('2025').tracks.capability.maxGrantPerYear,
      'yearly-cap',
      0,
    ]);
  });

  it('passes checkGrantPlan at its answer and fails it one won above, for any own share', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITIONS),
        fc.constantFrom(...TRACKS),
        fc.constantFrom(...INSTITUTION_KINDS),
        fc.integer({ min: 0, max: 400_000_000 }),
        fc.integer({ min: 0, max: 400_000_000 }),
        (edition, track, kind, ownShare, cashPart) => {
          const { minCash, publicFunding, limitedBy } = maxPublicFunding({
            edition,
            track,
            kind,
            cash: ownShare,
            inKind: 0,
          });
          // With enough cash, the answer passes; one won more fails on what limits it.
          const cash = Math.max(minCash, Math.min(cashPart, ownShare));
          const money = { cash, inKind: ownShare - cash };
          if (publicFunding + ownShare === 0) return;
          expect(codesOf(edition, track, kind, { publicFunding, ...money })).toEqual([]);
          expect(codesOf(edition, track, kind, { publicFunding: publicFunding + 1, ...money })).toContain(
            limitedBy === 'yearly-cap' ? 'GRANT_YEAR_CAP_EXCEEDED' : 'GRANT_PUBLIC_SHARE_EXCEEDED',
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says how much cash the own share needs, which the answer does not depend on', () => {
    const allInKind = maxPublicFunding({
      edition: '2026',
      track: 'supply-chain',
      kind: 'midsize',
      cash: 0,
      inKind: 100_000_000,
    });
    const allCash = maxPublicFunding({
      edition: '2026',
      track: 'supply-chain',
      kind: 'midsize',
      cash: 100_000_000,
      inKind: 0,
    });
    expect(allInKind.minCash).toBe(13_000_000);
    expect(allInKind.publicFunding).toBe(allCash.publicFunding);
    // 70% public: ⌊1억 × 70 ÷ 30⌋.
    expect(allInKind.publicFunding).toBe(233_333_333);
  });

  it('refuses an own share past the safe range', () => {
    const half = 2 ** 52;
    const error = caughtRulesError(() =>
      maxPublicFunding({ edition: '2026', track: 'capability', kind: 'sme', cash: half, inKind: half }),
    );
    expect(error?.code).toBe('MONEY_INVALID');
    expect(error?.params).toMatchObject({ input: String(2n ** 53n), reason: 'unsafe' });
    expect(error?.path).toEqual(['inKind']);
  });
});

describe('the planner requests', () => {
  const valid = { edition: '2026', kind: 'sme', publicFunding: '1억' } as const;
  it.each([
    [null, 'INPUT_INVALID', [], 'type'],
    [[valid], 'INPUT_INVALID', [], 'type'],
    [Object.assign(Object.create({ inherited: true }) as object, valid), 'INPUT_INVALID', [], 'type'],
    [{ ...valid, publicFundng: 1 }, 'INPUT_INVALID', ['publicFundng'], 'unknown-key'],
    [{ ...valid, kind: 'startup' }, 'INPUT_INVALID', ['kind'], 'value'],
    [{ ...valid, kind: undefined }, 'INPUT_INVALID', ['kind'], 'missing'],
    [{ ...valid, publicFunding: undefined }, 'INPUT_INVALID', ['publicFunding'], 'missing'],
    [{ ...valid, publicFunding: '7억5천' }, 'MONEY_AMBIGUOUS', ['publicFunding'], undefined],
    [{ ...valid, publicFunding: -1 }, 'MONEY_INVALID', ['publicFunding'], undefined],
    [{ ...valid, edition: '2027' }, 'EDITION_UNKNOWN', ['edition'], undefined],
  ])('refuses %o with %s at %o', (request, code, path, problem) => {
    const error = caughtRulesError(() => requiredOwnShare(request as never));
    expect(error?.code).toBe(code);
    expect(error?.path).toEqual(path);
    if (problem !== undefined) expect(error?.params).toMatchObject({ problem });
  });

  it('says the share limits when it gives exactly the cap', () => {
    // A 중견기업 (70% public) with 3억 of its own may receive 7억, the cap of the track.
    const midsize = maxPublicFunding({
      edition: '2026',
      track: 'supply-chain',
      kind: 'midsize',
      cash: '1억',
      inKind: '2억',
    });
    expect([midsize.publicFunding, midsize.limitedBy]).toEqual([700_000_000, 'cost-share']);
    const oneWonMore = maxPublicFunding({
      edition: '2026',
      track: 'supply-chain',
      kind: 'midsize',
      cash: '1억',
      inKind: 200_000_001,
    });
    expect([oneWonMore.publicFunding, oneWonMore.limitedBy]).toEqual([700_000_000, 'yearly-cap']);
  });

  it('says what it expected and what it got', () => {
    const params = (request: unknown) => caughtRulesError(() => requiredOwnShare(request as never))?.params;
    expect(params({ ...valid, publicFundng: 1 })).toEqual({
      problem: 'unknown-key',
      expected: 'edition | kind | publicFunding',
      input: '"publicFundng"',
    });
    expect(params({ ...valid, kind: 'startup' })).toEqual({
      problem: 'value',
      expected: INSTITUTION_KINDS.join(' | '),
      input: '"startup"',
    });
    expect(params('7억')).toEqual({ problem: 'type', expected: 'an object', input: '"7억"' });
  });

  it('refuses each field of a maxPublicFunding request at its path', () => {
    const request = { edition: '2026', track: 'supply-chain', kind: 'sme', cash: 1, inKind: 1 } as const;
    const cases = [
      [{ edition: 2024 }, 'EDITION_UNKNOWN', ['edition']],
      [{ kind: 'startup' }, 'INPUT_INVALID', ['kind']],
      [{ inKind: '1.5원' }, 'MONEY_INVALID', ['inKind']],
      [{ cash: undefined }, 'INPUT_INVALID', ['cash']],
    ] as const;
    for (const [change, code, path] of cases) {
      const error = caughtRulesError(() => maxPublicFunding({ ...request, ...change } as never));
      expect([error?.code, error?.path]).toEqual([code, path]);
    }
  });

  it('refuses a track that is not one, and money that is not an amount, where they are', () => {
    const request = { edition: '2026', track: 'supply-chain', kind: 'sme', cash: 1, inKind: 1 } as const;
    const badTrack = caughtRulesError(() => maxPublicFunding({ ...request, track: '__proto__' } as never));
    expect([badTrack?.code, badTrack?.path]).toEqual(['INPUT_INVALID', ['track']]);
    const badCash = caughtRulesError(() => maxPublicFunding({ ...request, cash: 'abc' }));
    expect([badCash?.code, badCash?.path]).toEqual(['MONEY_INVALID', ['cash']]);
  });

  it('reads each field once, and calls a request it cannot read unreadable', () => {
    let reads = 0;
    const counted = {
      edition: '2026',
      kind: 'sme',
      get publicFunding() {
        reads += 1;
        return reads === 1 ? '1억' : '9억';
      },
    };
    expect(requiredOwnShare(counted as never).total).toBe(33_333_334);
    expect(reads).toBe(1);
    const throwing = Object.defineProperty({ edition: '2026', kind: 'sme' }, 'publicFunding', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const error = caughtRulesError(() => requiredOwnShare(throwing as never));
    expect([error?.code, error?.params]).toEqual([
      'INPUT_INVALID',
      expect.objectContaining({ problem: 'unreadable' }),
    ]);
  });
});
