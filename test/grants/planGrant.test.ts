import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkGrantPlan,
  planGrant,
  type GrantPlanProposal,
  type PlanParticipantRequest,
  type PlanRequest,
} from 'regional-innovation-rnd/grants';
import { getEdition } from 'regional-innovation-rnd/program';
import { INSTITUTION_KINDS, type CheckResult, type InstitutionKind } from 'regional-innovation-rnd/rules';

const made = (result: CheckResult<GrantPlanProposal>): GrantPlanProposal => {
  if (!result.ok)
    throw new Error(result.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`).join('; '));
  return result.value;
};
const codesOf = (result: CheckResult<unknown>): string[] =>
  result.ok ? [] : result.issues.map((issue) => issue.code);
const pathsOf = (result: CheckResult<unknown>): unknown[] =>
  result.ok ? [] : result.issues.map((issue) => issue.path);

const WORKED: PlanRequest = {
  edition: '2026',
  track: 'supply-chain',
  years: 2,
  participants: [
    { id: 'lead', kind: 'sme', role: 'lead', weight: 60 },
    { id: 'partner', kind: 'sme', role: 'joint', weight: 25 },
    { id: 'uni', kind: 'university', role: 'joint', weight: 15 },
  ],
  unit: 1000,
};

describe('planGrant on the worked 2026 supply-chain consortium', () => {
  it('splits 7억 a year 60/25/15 and gives each the least own share and cash, in 천원', () => {
    const { plan, summary } = made(planGrant(WORKED));
    expect(plan.years).toHaveLength(2);
    for (const year of plan.years) {
      expect(year.participants.map((p) => [p.id, p.publicFunding, p.cash, p.inKind])).toEqual([
        ['lead', 420_000_000, 14_000_000, 126_000_000],
        ['partner', 175_000_000, 5_834_000, 52_500_000],
        ['uni', 105_000_000, 0, 0],
      ]);
    }
    expect(summary.total.publicFunding).toBe(1_400_000_000);
    expect(summary.total.headroom.publicFunding).toBe(0);
    expect(checkGrantPlan(plan).ok).toBe(true);
  });

  it('gives the same plan for weights written as fractions, and the first participant leads without roles', () => {
    const fractions = WORKED.participants.map(({ id, kind }, i) => ({
      id,
      kind,
      weight: [0.6, 0.25, 0.15][i] as number,
    }));
    expect(made(planGrant({ ...WORKED, participants: fractions })).plan).toEqual(
      made(planGrant(WORKED)).plan,
    );
  });

  it('gives what the rounding leaves to the lead, wherever it is', () => {
    const request: PlanRequest = {
      edition: '2025',
      track: 'supply-chain',
      years: 1,
      participants: [
        { id: 'a', kind: 'sme', weight: 1 },
        { id: 'b', kind: 'sme', weight: 2, role: 'lead' },
      ],
      publicFundingPerYear: 100_000_001,
    };
    const [a, b] = made(planGrant(request)).plan.years[0]?.participants ?? [];
    expect([a?.publicFunding, b?.publicFunding]).toEqual([33_333_333, 66_666_668]);
  });
});

// Requests that are valid by construction: kinds the track takes, public money within the caps.
const requestArb = fc
  .record({
    edition: fc.constantFrom('2025', '2026'),
    track: fc.constantFrom('supply-chain', 'capability'),
    unit: fc.constantFrom(1, 1000),
    yearsFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    moneyFraction: fc.double({ min: 0.001, max: 1, noNaN: true }),
    count: fc.integer({ min: 1, max: 6 }),
    weights: fc.array(
      fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(0.5, 0.25, 0.15, 1.5, 33.3)),
      { minLength: 6, maxLength: 6 },
    ),
    kinds: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    leadAt: fc.nat(),
  })
  .map((r): PlanRequest => {
    const track = getEdition(r.edition).tracks[r.track as 'capability'];
    const years = 1 + Math.floor(r.yearsFraction * (track.maxYears - 0.001));
    const most = Math.min(track.maxGrantPerYear, Math.floor(track.maxGrantTotal / years));
    const perYear = Math.max(r.unit, Math.floor((most * r.moneyFraction) / r.unit) * r.unit);
    const members = track.consortium.memberKinds ?? INSTITUTION_KINDS;
    const lead = r.leadAt % r.count;
    const participants = Array.from({ length: r.count }, (_, i): PlanParticipantRequest => {
      const allowed: readonly InstitutionKind[] = i === lead ? track.consortium.lead.kinds : members;
      return {
        id: `p${String(i)}`,
        kind: allowed[(r.kinds[i] as number) % allowed.length] as InstitutionKind,
        role: i === lead ? 'lead' : 'joint',
        weight: r.weights[i] as number,
      };
    });
    return {
      edition: r.edition,
      track: r.track,
      years,
      participants,
      publicFundingPerYear: perYear,
      unit: r.unit,
    };
  });

describe('planGrant properties', () => {
  it('makes a plan that passes checkGrantPlan and spends each year’s public money exactly', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = planGrant(request);
        // A weight so small that its share rounds to nothing is refused, never planned.
        if (!result.ok) {
          expect(codesOf(result).every((code) => code === 'GRANT_PARTICIPANT_ZERO_TOTAL')).toBe(true);
          return;
        }
        const { plan } = result.value;
        expect(checkGrantPlan(plan).ok).toBe(true);
        for (const year of plan.years) {
          expect(year.participants.reduce((sum, p) => sum + p.publicFunding, 0)).toBe(
            request.publicFundingPerYear,
          );
          for (const p of year.participants) {
            for (const amount of [p.publicFunding, p.cash, p.inKind])
              expect(amount % (request.unit ?? 1)).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is minimal: one unit less cash or own share for any participant fails checkGrantPlan', () => {
    fc.assert(
      fc.property(requestArb, fc.nat(), (request, pick) => {
        const result = planGrant(request);
        if (!result.ok) return;
        const { plan } = result.value;
        const unit = request.unit ?? 1;
        const rows = plan.years[0]?.participants ?? [];
        const i = pick % rows.length;
        const row = rows[i];
        if (row === undefined) return;
        const withRow = (changed: typeof row) => ({
          ...plan,
          years: plan.years.map((year) => ({
            participants: year.participants.map((p, j) => (j === i ? changed : p)),
          })),
        });
        if (row.cash > 0) {
          // Less cash, the same own share: the cash share is too low.
          const lessCash = withRow({ ...row, cash: row.cash - unit, inKind: row.inKind + unit });
          expect(codesOf(checkGrantPlan(lessCash))).toContain('GRANT_CASH_SHARE_TOO_LOW');
        }
        if (row.cash + row.inKind > 0) {
          // Less own share: the public share is too high.
          const lessOwn =
            row.inKind >= unit ? { ...row, inKind: row.inKind - unit } : { ...row, cash: row.cash - unit };
          expect(codesOf(checkGrantPlan(withRow(lessOwn)))).toContain('GRANT_PUBLIC_SHARE_EXCEEDED');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits by weight exactly, rounding each part down to the unit (a bigint oracle)', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = planGrant(request);
        if (!result.ok) return;
        const unit = request.unit ?? 1;
        const units = BigInt((request.publicFundingPerYear as number) / unit);
        // Weights as decimals over a common power of ten.
        const scaled = request.participants.map((p) => BigInt(Math.round(p.weight * 1000)));
        const sum = scaled.reduce((a, b) => a + b, 0n);
        const rows = result.value.plan.years[0]?.participants ?? [];
        request.participants.forEach((p, i) => {
          if (p.role === 'lead') return;
          expect(BigInt(rows[i]?.publicFunding ?? -1)).toBe(
            ((units * (scaled[i] as bigint)) / sum) * BigInt(unit),
          );
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan for the same request', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        expect(planGrant(request)).toEqual(planGrant(structuredClone(request)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('planGrant on requests it cannot plan', () => {
  it('reports every bad field, each at its path', () => {
    const result = planGrant({
      edition: '2026',
      track: 'supply-chain',
      years: 5,
      participants: [
        { id: 'a', kind: 'sme', weight: -1 },
        { id: 'b', kind: 'sme', weight: 1, role: 'boss' },
      ],
      unit: 10,
      publicFundingPerYear: '8억',
    } as never);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['GRANT_TOO_MANY_YEARS', ['years']],
      ['INPUT_INVALID', ['unit']],
      ['INPUT_INVALID', ['participants', 0, 'weight']],
      ['INPUT_INVALID', ['participants', 1, 'role']],
      ['GRANT_YEAR_CAP_EXCEEDED', ['publicFundingPerYear']],
    ]);
  });

  it.each([
    [{ publicFundingPerYear: '7억 1원', unit: 1 }, 'GRANT_YEAR_CAP_EXCEEDED', ['publicFundingPerYear']],
    [{ publicFundingPerYear: 123_456_789 }, 'INPUT_INVALID', ['publicFundingPerYear']],
    [{ publicFundingPerYear: 0 }, 'INPUT_INVALID', ['publicFundingPerYear']],
    [{ years: 0 }, 'INPUT_INVALID', ['years']],
    [{ years: 1.5 }, 'INPUT_INVALID', ['years']],
    [{ track: 'export' }, 'INPUT_INVALID', ['track']],
    [{ edition: '2027' }, 'EDITION_UNKNOWN', ['edition']],
    [{ participants: [] }, 'INPUT_INVALID', ['participants']],
    [{ participants: 'lead' }, 'INPUT_INVALID', ['participants']],
    [{ budget: 1 }, 'INPUT_INVALID', ['budget']],
  ])('refuses %o with %s at %o', (change, code, path) => {
    const result = planGrant({ ...WORKED, ...change } as never);
    expect(codesOf(result)).toEqual([code]);
    expect(pathsOf(result)).toEqual([path]);
  });

  it('refuses a participant whose weight gives it nothing', () => {
    const result = planGrant({
      ...WORKED,
      participants: [
        { id: 'a', kind: 'sme', weight: 1e9 },
        { id: 'b', kind: 'university', weight: 1e-9 },
      ],
    });
    expect(codesOf(result)).toEqual(['GRANT_PARTICIPANT_ZERO_TOTAL']);
    expect(pathsOf(result)).toEqual([['participants', 1, 'weight']]);
  });

  it('refuses two leads, a repeated id, and kinds the track does not take', () => {
    const twoLeads = planGrant({
      ...WORKED,
      participants: WORKED.participants.map((p) => ({ ...p, role: 'lead' as const })),
    });
    expect(pathsOf(twoLeads)).toEqual([
      ['participants', 1, 'role'],
      ['participants', 2, 'role'],
    ]);
    const repeated = planGrant({
      ...WORKED,
      participants: [...WORKED.participants, WORKED.participants[2] as PlanParticipantRequest],
    });
    expect(codesOf(repeated)).toEqual(['CONSORTIUM_DUPLICATE_ID']);
    const largeLead = planGrant({ ...WORKED, participants: [{ id: 'big', kind: 'large', weight: 1 }] });
    expect(codesOf(largeLead)).toEqual(['CONSORTIUM_LEAD_KIND']);
  });

  it('refuses participant ids that are not 1 to 200 characters, at the id', () => {
    const withId = (id: unknown) =>
      planGrant({ ...WORKED, participants: [{ id, kind: 'sme', weight: 1 }] } as never);
    for (const id of ['', 'x'.repeat(201), 7]) {
      const result = withId(id);
      expect(codesOf(result)).toEqual(['INPUT_INVALID']);
      expect(pathsOf(result)).toEqual([['participants', 0, 'id']]);
    }
    expect(withId('x'.repeat(200)).ok).toBe(true);
    const result = withId('');
    expect(result.ok ? undefined : result.issues[0]?.params).toEqual({
      problem: 'type',
      expected: 'a participant id: a string of 1 to 200 characters',
      input: '""',
    });
  });

  it('refuses a member of a kind the track does not take, naming the kinds it does', () => {
    const track = getEdition('2026').tracks.capability;
    const allowed = track.consortium.memberKinds ?? [];
    const refusedKind = INSTITUTION_KINDS.find((kind) => !allowed.includes(kind));
    expect(refusedKind).toBeDefined();
    const result = planGrant({
      edition: '2026',
      track: 'capability',
      years: 1,
      participants: [
        { id: 'a', kind: 'sme', weight: 1 },
        { id: 'b', kind: refusedKind as InstitutionKind, weight: 1 },
      ],
    });
    expect(codesOf(result)).toEqual(['CONSORTIUM_MEMBER_KIND_NOT_ALLOWED']);
    expect(result.ok ? undefined : result.issues[0]?.params).toEqual({ allowed, actual: refusedKind });
    expect(pathsOf(result)).toEqual([['participants', 1, 'kind']]);
  });

  it('refuses a list of participants with a hole at the hole, and reads the others', () => {
    const sparse: unknown[] = [];
    sparse[1] = { id: 'b', kind: 'sme', weight: 1 };
    const result = planGrant({ ...WORKED, participants: sparse } as never);
    expect(codesOf(result)).toEqual(['INPUT_INVALID']);
    expect(pathsOf(result)).toEqual([['participants', 0]]);
    const notObjects = planGrant({
      ...WORKED,
      participants: [5, { id: 'b', kind: 'startup', weight: 1 }],
    } as never);
    expect(pathsOf(notObjects)).toEqual([
      ['participants', 0],
      ['participants', 1, 'kind'],
    ]);
  });

  it('never throws on a request it cannot read', () => {
    const trapped = new Proxy([...WORKED.participants], {
      get: () => {
        throw new Error('no');
      },
    });
    const unreadable = planGrant({ ...WORKED, participants: trapped });
    expect(codesOf(unreadable)).toEqual(['INPUT_INVALID']);
    expect(pathsOf(unreadable)).toEqual([['participants']]);
    expect(unreadable.ok ? undefined : unreadable.issues[0]?.params).toMatchObject({ problem: 'unreadable' });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(codesOf(planGrant(revoked.proxy as never))).toEqual(['INPUT_INVALID']);
    const throwing = Object.defineProperty({ ...WORKED }, 'participants', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(codesOf(planGrant(throwing))).toEqual(['INPUT_INVALID']);
  });
});
