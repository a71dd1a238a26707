// What the testing entry point's arbitraries generate, pinned value by value: valid inputs, near
// misses one change away from them, and the documented ranges. Every test calls arbitraries(fc)
// itself and samples with a fixed seed, so runs are repeatable.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsortium, isValidBusinessNumber } from 'regional-innovation-rnd/consortium';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import type { GrantParticipantInput, GrantPlanInput } from 'regional-innovation-rnd/grants';
import { parseKRW } from 'regional-innovation-rnd/money';
import { EDITIONS, EDITION_IDS } from 'regional-innovation-rnd/program';
import { INSTITUTION_KINDS } from 'regional-innovation-rnd/rules';
import type { EditionId, TrackId } from 'regional-innovation-rnd/rules';
import {
  TEST_SALES_THRESHOLDS,
  attestingAll,
  aConsortium,
  arbitraries,
} from 'regional-innovation-rnd/testing';
import type { Arbitrary } from 'regional-innovation-rnd/testing';

const SEED = 20_260_301;
const sample = <T>(arbitrary: Arbitrary<T>, numRuns: number): T[] =>
  fc.sample(arbitrary, { seed: SEED, numRuns });

const SCENARIOS: { edition: EditionId; track: TrackId }[] = [
  { edition: '2025', track: 'supply-chain' },
  { edition: '2025', track: 'capability' },
  { edition: '2026', track: 'supply-chain' },
  { edition: '2026', track: 'capability' },
];

const ALL_CHANGES = [
  'year-cap+1',
  'public-share+1',
  'cash-share-1',
  'too-many-years',
  'zero-total',
  'duplicate-id',
  'unknown-kind',
  'missing-key',
  'unknown-edition',
];

interface Won {
  readonly publicFunding: number;
  readonly cash: number;
  readonly inKind: number;
}

const won = (row: GrantParticipantInput): Won => ({
  publicFunding: parseKRW(row.publicFunding),
  cash: parseKRW(row.cash),
  inKind: parseKRW(row.inKind),
});

const codesOf = (input: unknown): string[] => {
  const result = checkGrantPlan(input as never);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

/** The `(year, participant)` positions at which two plans with the same shape differ. */
function differences(valid: GrantPlanInput, input: GrantPlanInput): [number, number][] {
  expect(input.years.map((year) => year.participants.length)).toEqual(
    valid.years.map((year) => year.participants.length),
  );
  return valid.years.flatMap((year, y) =>
    year.participants.flatMap((row, p): [number, number][] =>
      isDeepStrictEqual(row, input.years[y]?.participants[p]) ? [] : [[y, p]],
    ),
  );
}

/** The plan with one participant's money set in plain won. */
function withMoney(plan: GrantPlanInput, y: number, p: number, money: Partial<Won>): GrantPlanInput {
  return {
    ...plan,
    years: plan.years.map((year, i) => ({
      participants: year.participants.map((row, j) => (i === y && j === p ? { ...row, ...money } : row)),
    })),
  };
}

describe('arbitraries(fc).grantPlan: the plans it generates', () => {
  it('all pass checkGrantPlan, with no money below zero', () => {
    const plans = sample(arbitraries(fc).grantPlan(), 400);
    for (const plan of plans) {
      expect(codesOf(plan)).toEqual([]);
      for (const row of plan.years.flatMap((year) => year.participants)) {
        const { publicFunding, cash, inKind } = won(row);
        expect(Math.min(publicFunding, cash, inKind)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('include fully publicly funded participants with no own share', () => {
    const rows = sample(arbitraries(fc).grantPlan(), 300).flatMap((plan) =>
      plan.years.flatMap((year) => year.participants),
    );
    const noOwnShare = rows.filter((row) => {
      const { publicFunding, cash, inKind } = won(row);
      return cash + inKind === 0 && publicFunding > 0;
    });
    expect(noOwnShare.length).toBeGreaterThan(0);
  });

  it('include participants that bear their whole cost with no public money', () => {
    const rows = sample(arbitraries(fc).grantPlan(), 300).flatMap((plan) =>
      plan.years.flatMap((year) => year.participants),
    );
    const noPublic = rows.filter((row) => {
      const { publicFunding, cash, inKind } = won(row);
      return publicFunding === 0 && cash + inKind > 0;
    });
    expect(noPublic.length).toBeGreaterThan(0);
  });
});

describe('arbitraries(fc).nearlyValidGrantPlan: one change away from a valid plan', () => {
  it('makes every named change (any edition and track)', () => {
    const seen = new Set(sample(arbitraries(fc).nearlyValidGrantPlan(), 600).map((miss) => miss.change));
    expect([...seen].sort()).toEqual([...ALL_CHANGES].sort());
  });

  it.each(SCENARIOS)('changes exactly what its name says ($edition $track)', ({ edition, track }) => {
    const rules = EDITIONS[edition].tracks[track];
    const misses = sample(arbitraries(fc).nearlyValidGrantPlan({ edition, track }), 400);
    const seen = new Set<string>();
    for (const { valid, input, change } of misses) {
      seen.add(change);
      expect(valid).toMatchObject({ edition, track });
      expect(codesOf(valid)).toEqual([]);
      const codes = codesOf(input);
      const changed = input as GrantPlanInput;
      switch (change) {
        case 'year-cap+1': {
          // One participant more in the first year, whose public money is then the cap plus 1 won.
          expect(changed.years.slice(1)).toEqual(valid.years.slice(1));
          const first = changed.years[0]?.participants ?? [];
          expect(first.slice(0, -1)).toEqual(valid.years[0]?.participants);
          const total = first.reduce((sum, row) => sum + won(row).publicFunding, 0);
          expect(total).toBe(rules.maxGrantPerYear + 1);
          expect(codes).toContain('GRANT_YEAR_CAP_EXCEEDED');
          break;
        }
        case 'too-many-years': {
          expect(changed.years).toHaveLength(rules.maxYears + 1);
          expect(changed.years.slice(0, valid.years.length)).toEqual(valid.years);
          expect(codes).toContain('GRANT_TOO_MANY_YEARS');
          break;
        }
        case 'public-share+1': {
          const [[y, p] = [-1, -1], ...more] = differences(valid, changed);
          expect(more).toEqual([]);
          const before = won(valid.years[y]?.participants[p] as GrantParticipantInput);
          const after = won(changed.years[y]?.participants[p] as GrantParticipantInput);
          expect({ cash: after.cash, inKind: after.inKind }).toEqual({
            cash: before.cash,
            inKind: before.inKind,
          });
          expect(codes).toContain('GRANT_PUBLIC_SHARE_EXCEEDED');
          // 1 won past the limit: one won less is within the share.
          const back = withMoney(changed, y, p, { publicFunding: after.publicFunding - 1 });
          expect(codesOf(back)).not.toContain('GRANT_PUBLIC_SHARE_EXCEEDED');
          break;
        }
        case 'cash-share-1': {
          const [[y, p] = [-1, -1], ...more] = differences(valid, changed);
          expect(more).toEqual([]);
          const before = won(valid.years[y]?.participants[p] as GrantParticipantInput);
          const after = won(changed.years[y]?.participants[p] as GrantParticipantInput);
          // The own share and the public money stay; cash moves to in-kind.
          expect(after.publicFunding).toBe(before.publicFunding);
          expect(after.cash + after.inKind).toBe(before.cash + before.inKind);
          expect(codes).toContain('GRANT_CASH_SHARE_TOO_LOW');
          // 1 won short of the limit: one won more cash meets it.
          const back = withMoney(changed, y, p, { cash: after.cash + 1, inKind: after.inKind - 1 });
          expect(codesOf(back)).toEqual([]);
          break;
        }
        case 'zero-total': {
          const [[y, p] = [-1, -1], ...more] = differences(valid, changed);
          expect(more).toEqual([]);
          expect(won(changed.years[y]?.participants[p] as GrantParticipantInput)).toEqual({
            publicFunding: 0,
            cash: 0,
            inKind: 0,
          });
          expect(codes).toContain('GRANT_PARTICIPANT_ZERO_TOTAL');
          break;
        }
        case 'duplicate-id': {
          const [[y, p] = [-1, -1], ...more] = differences(valid, changed);
          expect(more).toEqual([]);
          const row = changed.years[y]?.participants[p] as GrantParticipantInput;
          expect({ ...row, id: 'x' }).toEqual({ ...valid.years[y]?.participants[p], id: 'x' });
          const others = changed.years[y]?.participants.filter((_, j) => j !== p).map((other) => other.id);
          expect(others).toContain(row.id);
          expect(codes).toContain('GRANT_PARTICIPANT_DUPLICATE');
          break;
        }
        case 'unknown-kind': {
          const copy = structuredClone(input) as { years: { participants: Record<string, unknown>[] }[] };
          const row = copy.years[0]?.participants[0] as Record<string, unknown>;
          const kind = row['kind'];
          expect(typeof kind === 'string' && kind !== '' && !INSTITUTION_KINDS.includes(kind as never)).toBe(
            true,
          );
          row['kind'] = valid.years[0]?.participants[0]?.kind;
          expect(copy).toEqual(valid);
          expect(codes).toEqual(['INPUT_INVALID']);
          break;
        }
        case 'missing-key': {
          const changedRow = (input as GrantPlanInput).years[0]?.participants[0] as object;
          const validRow = valid.years[0]?.participants[0] as object;
          const missing = Object.keys(validRow).filter((key) => !(key in changedRow));
          expect(missing).toHaveLength(1);
          expect(Object.keys(changedRow)).toHaveLength(Object.keys(validRow).length - 1);
          const copy = structuredClone(input) as GrantPlanInput;
          Object.assign(copy.years[0]?.participants[0] as object, {
            [missing[0] as string]: (validRow as Record<string, unknown>)[missing[0] as string],
          });
          expect(copy).toEqual(valid);
          expect(codes).toEqual(['INPUT_INVALID']);
          break;
        }
        case 'unknown-edition': {
          const unknown = (input as GrantPlanInput).edition;
          expect({ ...(input as GrantPlanInput), edition: valid.edition }).toEqual(valid);
          // A plausible edition id that has no data, not a blank.
          expect(unknown).toMatch(/^\d{4}$/u);
          expect(EDITION_IDS).not.toContain(unknown);
          expect(codes).toEqual(['EDITION_UNKNOWN']);
          break;
        }
        default:
          expect.fail(`unexpected change ${change}`);
      }
    }
    expect([...seen].sort()).toEqual([...ALL_CHANGES].sort());
  });
});

describe('arbitraries(fc).consortium: the consortia it generates', () => {
  it('all pass checkConsortium, with a lead outside the capital area', () => {
    const consortia = sample(arbitraries(fc).consortium(), 500);
    for (const consortium of consortia) {
      const result = checkConsortium(consortium);
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([]);
      expect(['서울', '경기', '인천', 'Seoul', 'Gyeonggi', 'Incheon']).not.toContain(consortium.lead.region);
    }
  });

  it.each(SCENARIOS)(
    'have the members $edition $track requires and at most three more, of kinds it admits',
    ({ edition, track }) => {
      const required = aConsortium({ edition, track }).members;
      const admitted = EDITIONS[edition].tracks[track].consortium.memberKinds ?? INSTITUTION_KINDS;
      const extras = new Set<number>();
      for (const consortium of sample(arbitraries(fc).consortium({ edition, track }), 300)) {
        expect(consortium).toMatchObject({ edition, track });
        expect(checkConsortium(consortium).ok).toBe(true);
        const kinds = consortium.members.map((member) => member.kind);
        expect(kinds.slice(0, required.length)).toEqual(required.map((member) => member.kind));
        const added = consortium.members.slice(required.length);
        extras.add(added.length);
        expect(added.length).toBeLessThanOrEqual(3);
        for (const member of added) expect(admitted).toContain(member.kind);
        // Added members are named extra-1, extra-2, … after the required ones.
        expect(added.map((member) => member.id)).toEqual(added.map((_, i) => `extra-${String(i + 1)}`));
      }
      expect([...extras].sort()).toEqual([0, 1, 2, 3]);
    },
  );

  it('put distinct valid business numbers on some participants, not all, dashed or not', () => {
    let withNumber = 0;
    let withoutNumber = 0;
    const forms = new Set<string>();
    for (const consortium of sample(arbitraries(fc).consortium(), 300)) {
      const numbers: string[] = [];
      for (const participant of [consortium.lead, ...consortium.members]) {
        const number = participant.businessNumber;
        if (number === undefined) {
          withoutNumber += 1;
          continue;
        }
        withNumber += 1;
        expect(isValidBusinessNumber(number)).toBe(true);
        forms.add(number.includes('-') ? 'dashed' : 'digits');
        numbers.push(number.replace(/-/gu, ''));
      }
      expect(new Set(numbers).size).toBe(numbers.length);
    }
    expect(withNumber).toBeGreaterThan(0);
    expect(withoutNumber).toBeGreaterThan(0);
    expect([...forms].sort()).toEqual(['dashed', 'digits']);
  });
});

describe('arbitraries(fc).company: the companies it generates', () => {
  it('are eligible in every edition, with growth and intensity as fractions in their ranges', () => {
    const companies = sample(arbitraries(fc).company(), 300);
    for (const company of companies) {
      for (const edition of EDITION_IDS) {
        const assessment = assessEligibility(company, {
          edition,
          track: 'supply-chain',
          overrides: TEST_SALES_THRESHOLDS,
          attest: attestingAll(edition),
        });
        expect(assessment.outcome).toBe('eligible');
      }
      // R&D intensity of at least 5% (0.05), a share of sales (at most 1).
      expect(company.rndIntensity).toBeGreaterThanOrEqual(0.05);
      expect(company.rndIntensity).toBeLessThanOrEqual(1);
      expect(company.salesGrowth).toBeGreaterThanOrEqual(TEST_SALES_THRESHOLDS.minSalesGrowth);
    }
    // The edge cases are generated too: exactly at the growth threshold and at 5% intensity.
    const growths = companies.map((company) => company.salesGrowth as number);
    const intensities = companies.map((company) => company.rndIntensity as number);
    expect(Math.min(...growths)).toBe(TEST_SALES_THRESHOLDS.minSalesGrowth);
    expect(Math.min(...intensities)).toBe(0.05);
  });
});
