// The lists a plan may have, as checkGrantPlan reads them: up to 10 years, 200 participants a year
// and ids of 200 characters, whatever way it reads them; and a list whose length lies (a proxy)
// never lets a plan past its caps.
import { describe, expect, it } from 'vitest';
import { checkGrantPlan, type GrantPlanInput } from 'regional-innovation-rnd/grants';

const check = (input: unknown) => checkGrantPlan(input as GrantPlanInput);

const row = (id = 'a'): Record<string, unknown> => ({
  id,
  kind: 'sme',
  publicFunding: 150_000_000,
  cash: 5_000_000,
  inKind: 45_000_000,
});
const planOf = (rows: unknown, years = 1): Record<string, unknown> => ({
  edition: '2026',
  track: 'capability',
  years: Array.from({ length: years }, () => ({ participants: rows })),
});
const codesAndPaths = (input: unknown) => {
  const result = check(input);
  return result.ok
    ? []
    : result.issues.map((issue) => [issue.code, issue.path, (issue.params as { problem?: unknown }).problem]);
};

describe('the sizes a plan may have', () => {
  it('reads up to 10 years, 200 participants a year and ids of 200 characters', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ ...row(String(i)), publicFunding: 1_000_000 }));
    const tenYears = check(planOf([row()], 10));
    expect(tenYears.ok ? undefined : tenYears.summary?.years).toHaveLength(10);
    const crowded = check(planOf(rows));
    expect(crowded.ok ? crowded.value.years[0]?.participants : undefined).toHaveLength(200);
    expect(check(planOf([row('x'.repeat(200))])).ok).toBe(true);
  });

  it('refuses more, at the list that is too long, for text money as for numbers', () => {
    expect(codesAndPaths(planOf([row()], 11))).toEqual([['INPUT_INVALID', ['years'], 'size']]);
    const rows = Array.from({ length: 201 }, (_, i) => ({ ...row(String(i)), cash: '5백만원' }));
    expect(codesAndPaths(planOf(rows))).toEqual([['INPUT_INVALID', ['years', 0, 'participants'], 'size']]);
    expect(codesAndPaths(planOf([row('x'.repeat(201))]))).toEqual([
      ['INPUT_INVALID', ['years', 0, 'participants', 0, 'id'], 'size'],
    ]);
  });
});

describe('a list whose length lies', () => {
  /** A real array behind a proxy that answers `length` with `length`. */
  const lying = (items: unknown[], length: unknown): unknown[] =>
    new Proxy(items, {
      get: (target, key) => (key === 'length' ? length : (Reflect.get(target, key) as unknown)),
    });
  // Lengths that are no count at all; then an endless one, and counts written as text (which array
  // methods read as counts).
  const NOT_COUNTS = [Number.NaN, -1, 1.5, 'x', null, undefined, {}];
  const LIES = [...NOT_COUNTS, Infinity, '1', '12'];
  // Twelve years of the supply-chain track (2 at most), each at twice the yearly cap.
  const overCap = { id: 'lead', kind: 'university', publicFunding: 1_400_000_000, cash: 0, inKind: 0 };
  const years = () => Array.from({ length: 12 }, () => ({ participants: [overCap] }));

  it.each(LIES)('never lets an over-cap plan pass when its years answer length %s', (length) => {
    expect(check({ edition: '2026', track: 'supply-chain', years: lying(years(), length) }).ok).toBe(false);
    const participants = lying([overCap, overCap, overCap], length);
    expect(check({ edition: '2026', track: 'supply-chain', years: [{ participants }] }).ok).toBe(false);
  });

  it.each(NOT_COUNTS)('gives one unreadable-input issue, and no summary, for a length of %s', (length) => {
    for (const input of [
      { edition: '2026', track: 'supply-chain', years: lying(years(), length) },
      {
        edition: '2026',
        track: 'supply-chain',
        years: [{ participants: lying([overCap, overCap], length) }],
      },
    ]) {
      const result = check(input);
      expect(result).not.toHaveProperty('summary');
      expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
        ['INPUT_INVALID', [], expect.objectContaining({ problem: 'unreadable' })],
      ]);
    }
  });

  it('reads a proxy that tells the truth like the array behind it', () => {
    const honest = lying(years().slice(0, 1), 1);
    const result = check({ edition: '2026', track: 'supply-chain', years: honest });
    expect(result).toEqual(check({ edition: '2026', track: 'supply-chain', years: years().slice(0, 1) }));
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['GRANT_YEAR_CAP_EXCEEDED']);
  });
});
