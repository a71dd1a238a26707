// The caps of each edition and track, one won on either side of every cap.
import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { EDITIONS } from 'regional-innovation-rnd/program';
import { CAPS, EDITION_IDS, TRACK_IDS, core, issuesOf, participant, plan } from '../support/builders';

const SCENARIOS = EDITION_IDS.flatMap((edition) => TRACK_IDS.map((track) => ({ edition, track })));

describe.each(SCENARIOS)('checkGrantPlan caps, $edition $track', ({ edition, track }) => {
  const { perYear, total } = CAPS[track];
  const provenance = EDITIONS[edition].tracks[track].provenance;
  // A university may take 100% public money, so caps are tested apart from cost shares.
  const uni = (publicFunding: number) => participant('uni', 'university', publicFunding);

  it(`states the caps ${String(perYear)} a year, 2 years, ${String(total)} in all`, () => {
    const result = checkGrantPlan(plan(edition, track, [uni(1)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.caps).toEqual({ maxYears: 2, maxGrantPerYear: perYear, maxGrantTotal: total });
    expect(perYear * 2).toBe(total);
  });

  it('passes a year exactly at the yearly cap', () => {
    const result = checkGrantPlan(plan(edition, track, [uni(perYear)]));
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.years[0]?.headroom.publicFunding).toBe(0);
  });

  it('passes a year exactly at the cap made of several participants of every kind', () => {
    // sme 3:1 at 75%, midsize 7:3 at 70%, large 1:1 at 50%; own shares with enough cash.
    const unit = perYear / 100;
    const rows = [
      participant('sme', 'sme', 30 * unit, 1 * unit, 9 * unit),
      participant('mid', 'midsize', 21 * unit, 3 * unit, 6 * unit),
      participant('big', 'large', 10 * unit, 2 * unit, 8 * unit),
      participant('uni', 'university', 20 * unit),
      participant('ri', 'research-institute', 10 * unit, 0, unit),
      participant('np', 'nonprofit', 9 * unit, unit, 0),
    ];
    const result = checkGrantPlan(plan(edition, track, rows));
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.years[0]?.publicFunding).toBe(perYear);
  });

  it('refuses a year one won over the cap with GRANT_YEAR_CAP_EXCEEDED at [years, y]', () => {
    for (const y of [0, 1]) {
      // The other year one won under, so that the total stays exactly at the total cap.
      const years = [[uni(perYear - 1)], [uni(perYear - 1)]];
      years[y] = [uni(perYear + 1)];
      const result = checkGrantPlan(plan(edition, track, ...years));
      expect(issuesOf(result).map(core)).toEqual([
        {
          code: 'GRANT_YEAR_CAP_EXCEEDED',
          path: ['years', y],
          params: { year: y + 1, limit: perYear, actual: perYear + 1 },
          rule: 'grants.cap.per-year',
          confidence: 'confirmed',
        },
      ]);
      expect(issuesOf(result)[0]?.rule.sources).toEqual(provenance.maxGrantPerYear.sources);
      expect(issuesOf(result)[0]?.message).toEqual(expect.any(String));
      expect(issuesOf(result)[0]?.message).not.toBe('');
    }
  });

  it('adds the year from all participants: cap − 1 plus 1 passes, plus 2 fails', () => {
    const under = checkGrantPlan(plan(edition, track, [uni(perYear - 1), participant('np', 'nonprofit', 1)]));
    expect(under.ok).toBe(true);
    const over = checkGrantPlan(plan(edition, track, [uni(perYear - 1), participant('np', 'nonprofit', 2)]));
    expect(issuesOf(over).map(core)).toEqual([
      expect.objectContaining({
        code: 'GRANT_YEAR_CAP_EXCEEDED',
        params: { year: 1, limit: perYear, actual: perYear + 1 },
      }),
    ]);
  });

  it('passes two years at the cap: the total is exactly the total cap', () => {
    const result = checkGrantPlan(plan(edition, track, [uni(perYear)], [uni(perYear)]));
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.total.publicFunding).toBe(total);
    expect(result.ok && result.value.total.headroom.publicFunding).toBe(0);
  });

  it('reports the total cap with both years when both exceed by one won', () => {
    const result = checkGrantPlan(plan(edition, track, [uni(perYear + 1)], [uni(perYear + 1)]));
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'GRANT_YEAR_CAP_EXCEEDED',
        path: ['years', 0],
        params: { year: 1, limit: perYear, actual: perYear + 1 },
        rule: 'grants.cap.per-year',
        confidence: 'confirmed',
      },
      {
        code: 'GRANT_YEAR_CAP_EXCEEDED',
        path: ['years', 1],
        params: { year: 2, limit: perYear, actual: perYear + 1 },
        rule: 'grants.cap.per-year',
        confidence: 'confirmed',
      },
      {
        code: 'GRANT_TOTAL_CAP_EXCEEDED',
        path: ['years'],
        params: { limit: total, actual: total + 2 },
        rule: 'grants.cap.total',
        confidence: 'confirmed',
      },
    ]);
    expect(issuesOf(result)[2]?.rule.sources).toEqual(provenance.maxGrantTotal.sources);
    expect(!result.ok && result.summary?.total.headroom.publicFunding).toBe(-2);
    expect(!result.ok && result.summary?.years.map((y) => y.headroom.publicFunding)).toEqual([-1, -1]);
  });

  it('does not report the total when one year is one over and the other one under', () => {
    const result = checkGrantPlan(plan(edition, track, [uni(perYear + 1)], [uni(perYear - 1)]));
    expect(issuesOf(result).map((i) => i.code)).toEqual(['GRANT_YEAR_CAP_EXCEEDED']);
    expect(!result.ok && result.summary?.total.headroom.publicFunding).toBe(0);
  });

  it('refuses 3 years with GRANT_TOO_MANY_YEARS {limit: 2, actual: 3} at [years]', () => {
    const result = checkGrantPlan(plan(edition, track, [uni(1)], [uni(1)], [uni(1)]));
    expect(issuesOf(result).map(core)).toEqual([
      {
        code: 'GRANT_TOO_MANY_YEARS',
        path: ['years'],
        params: { limit: 2, actual: 3 },
        rule: 'grants.max-years',
        confidence: 'confirmed',
      },
    ]);
    expect(issuesOf(result)[0]?.rule.sources).toEqual(provenance.maxYears.sources);
    // Two years are fine, one is fine.
    expect(checkGrantPlan(plan(edition, track, [uni(1)], [uni(1)])).ok).toBe(true);
    expect(checkGrantPlan(plan(edition, track, [uni(1)])).ok).toBe(true);
  });

  it('with 3 years, tests the total cap on its own, ±1 won', () => {
    const at = checkGrantPlan(plan(edition, track, [uni(perYear)], [uni(perYear - 1)], [uni(1)]));
    expect(issuesOf(at).map((i) => i.code)).toEqual(['GRANT_TOO_MANY_YEARS']);
    const over = checkGrantPlan(plan(edition, track, [uni(perYear)], [uni(perYear)], [uni(1)]));
    expect(issuesOf(over).map(core)).toEqual([
      expect.objectContaining({ code: 'GRANT_TOO_MANY_YEARS' }),
      {
        code: 'GRANT_TOTAL_CAP_EXCEEDED',
        path: ['years'],
        params: { limit: total, actual: total + 1 },
        rule: 'grants.cap.total',
        confidence: 'confirmed',
      },
    ]);
  });

  it('with 10 years at the cap, reports years and total but no year', () => {
    const years = Array.from({ length: 10 }, () => [uni(perYear)]);
    const result = checkGrantPlan(plan(edition, track, ...years));
    expect(issuesOf(result).map(core)).toEqual([
      expect.objectContaining({ code: 'GRANT_TOO_MANY_YEARS', params: { limit: 2, actual: 10 } }),
      expect.objectContaining({
        code: 'GRANT_TOTAL_CAP_EXCEEDED',
        params: { limit: total, actual: 10 * perYear },
      }),
    ]);
  });
});

describe('checkGrantPlan caps differ by track', () => {
  it('a 2억원 year passes capability at its cap and supply-chain below it', () => {
    for (const edition of EDITION_IDS) {
      const capability = checkGrantPlan(
        plan(edition, 'capability', [participant('u', 'university', 200_000_001)]),
      );
      expect(issuesOf(capability).map((i) => i.code)).toEqual(['GRANT_YEAR_CAP_EXCEEDED']);
      const supply = checkGrantPlan(
        plan(edition, 'supply-chain', [participant('u', 'university', 200_000_001)]),
      );
      expect(supply.ok && supply.value.years[0]?.headroom.publicFunding).toBe(499_999_999);
    }
  });
});
