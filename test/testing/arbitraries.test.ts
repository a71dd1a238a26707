// The fast-check arbitraries, with the project's own fast-check: valid inputs always pass, near
// misses are well-formed and fail; the module itself never loads fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsortium } from 'regional-innovation-rnd/consortium';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { EDITIONS } from 'regional-innovation-rnd/program';
import type { EditionId, TrackId } from 'regional-innovation-rnd/rules';
import { TEST_SALES_THRESHOLDS, arbitraries, attestingAll } from 'regional-innovation-rnd/testing';
import { runtimeGraph } from '../support/importGraph';

const RUNS = { numRuns: 200 };
const arb = arbitraries(fc);
const SCENARIOS: { edition: EditionId; track: TrackId }[] = [
  { edition: '2025', track: 'supply-chain' },
  { edition: '2025', track: 'capability' },
  { edition: '2026', track: 'supply-chain' },
  { edition: '2026', track: 'capability' },
];

describe('arbitraries(fc).grantPlan', () => {
  it('gives plans that pass checkGrantPlan (any edition and track)', () => {
    fc.assert(
      fc.property(arb.grantPlan(), (plan) => {
        const result = checkGrantPlan(plan);
        expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(SCENARIOS)('keeps to $edition $track when asked', ({ edition, track }) => {
    const { maxYears } = EDITIONS[edition].tracks[track];
    fc.assert(
      fc.property(arb.grantPlan({ edition, track }), (plan) => {
        expect(plan).toMatchObject({ edition, track });
        expect(plan.years.length).toBeLessThanOrEqual(maxYears);
        expect(checkGrantPlan(plan).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('writes money in every accepted form', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arb.grantPlan(), (plan) => {
        for (const year of plan.years) {
          for (const row of year.participants) {
            const amount = row.publicFunding;
            seen.add(
              typeof amount === 'string' ? (/^\d+$/u.test(amount) ? 'digits' : 'korean') : typeof amount,
            );
          }
        }
      }),
      RUNS,
    );
    expect([...seen].sort()).toEqual(['bigint', 'digits', 'korean', 'number']);
  });
});

describe('arbitraries(fc).nearlyValidGrantPlan', () => {
  it('gives a valid plan and a changed copy that is checked without an exception and fails', () => {
    const changes = new Map<string, number>();
    let failed = 0;
    fc.assert(
      fc.property(arb.nearlyValidGrantPlan(), ({ valid, input, change }) => {
        changes.set(change, (changes.get(change) ?? 0) + 1);
        expect(checkGrantPlan(valid).ok).toBe(true);
        expect(input).not.toBe(valid);
        const result = checkGrantPlan(input as never);
        if (!result.ok) failed += 1;
      }),
      RUNS,
    );
    // Every change the arbitrary makes breaks a rule; "usually" is in fact "always".
    expect(failed).toBe(RUNS.numRuns);
    expect(changes.size).toBeGreaterThanOrEqual(6);
  });

  it.each(SCENARIOS)('fails with the issue its change names ($edition $track)', ({ edition, track }) => {
    const expected: Record<string, string[]> = {
      'year-cap+1': ['GRANT_YEAR_CAP_EXCEEDED'],
      'public-share+1': ['GRANT_PUBLIC_SHARE_EXCEEDED'],
      'cash-share-1': ['GRANT_CASH_SHARE_TOO_LOW'],
      'too-many-years': ['GRANT_TOO_MANY_YEARS'],
      'zero-total': ['GRANT_PARTICIPANT_ZERO_TOTAL'],
      'duplicate-id': ['GRANT_PARTICIPANT_DUPLICATE'],
      'unknown-kind': ['INPUT_INVALID'],
      'missing-key': ['INPUT_INVALID'],
      'unknown-edition': ['INPUT_INVALID', 'EDITION_UNKNOWN'],
    };
    fc.assert(
      fc.property(arb.nearlyValidGrantPlan({ edition, track }), ({ input, change }) => {
        const result = checkGrantPlan(input as never);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const codes = result.issues.map((issue) => issue.code);
        expect(
          expected[change]?.some((code) => codes.includes(code as never)),
          `${change}: ${codes.join()}`,
        ).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('arbitraries(fc).consortium', () => {
  it('gives consortia that pass checkConsortium (any edition and track)', () => {
    fc.assert(
      fc.property(arb.consortium(), (consortium) => {
        const result = checkConsortium(consortium);
        expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(SCENARIOS)('keeps to $edition $track when asked', ({ edition, track }) => {
    fc.assert(
      fc.property(arb.consortium({ edition, track }), (consortium) => {
        expect(consortium).toMatchObject({ edition, track });
        expect(checkConsortium(consortium).ok).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('arbitraries(fc).company', () => {
  it.each(SCENARIOS)(
    'gives companies eligible for $edition $track with the test thresholds',
    ({ edition, track }) => {
      fc.assert(
        fc.property(arb.company({ track }), (company) => {
          const assessment = assessEligibility(company, {
            edition,
            track,
            overrides: TEST_SALES_THRESHOLDS,
            attest: attestingAll(edition),
          });
          expect(assessment.findings.filter((f) => f.status !== 'pass' && f.role !== 'information')).toEqual(
            [],
          );
          expect(assessment.outcome).toBe('eligible');
        }),
        RUNS,
      );
    },
  );

  it('defaults to the supply-chain tier', () => {
    fc.assert(
      fc.property(arb.company(), (company) => {
        expect(company.tier).toBe('leading');
      }),
      { numRuns: 20 },
    );
  });
});

describe('the testing module and fast-check', () => {
  it('never loads fast-check at run time (a type import only)', () => {
    const graph = runtimeGraph('src/testing/index.ts');
    const loaded = [...graph.values()].flat();
    expect(loaded).not.toContain('fast-check');
    expect(graph.has('src/testing/arbitraries.ts')).toBe(true);
  });

  it('works with any object that has the fast-check functions it uses', () => {
    const { array, boolean, constant, constantFrom, integer, oneof, record, uniqueArray } = fc;
    const narrow = arbitraries({
      array,
      boolean,
      constant,
      constantFrom,
      integer,
      oneof,
      record,
      uniqueArray,
    });
    const [plan] = fc.sample(narrow.grantPlan(), { numRuns: 1, seed: 42 });
    expect(checkGrantPlan(plan as never).ok).toBe(true);
  });
});
