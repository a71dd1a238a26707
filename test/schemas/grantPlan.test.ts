// checkGrantPlan reads a plan exactly as grantPlanSchema does, whichever way it reads it (plain
// plans directly, anything else through the schema): the same plans are refused, and the same
// amounts are summed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGrantPlan, type GrantPlanInput } from 'regional-innovation-rnd/grants';
import { grantPlanSchema } from 'regional-innovation-rnd/schemas';

const kind = fc.constantFrom(
  'sme',
  'midsize',
  'large',
  'university',
  'research-institute',
  'nonprofit',
  'other',
);
const won = fc.oneof(
  fc.nat({ max: 2_000_000_000 }),
  fc.constant(-0),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant('7억'),
  fc.constant('1억 2천만원'),
  fc.constant('7억5천'),
  fc.constant('abc'),
  fc.constant(5n),
);
const participant = fc.record({
  id: fc.string({ maxLength: 3 }),
  kind,
  publicFunding: won,
  cash: won,
  inKind: won,
});
const plan = fc.record({
  edition: fc.constantFrom('2025', '2026', 2026, 2025.5, '2024'),
  track: fc.constantFrom('supply-chain', 'capability', 'other'),
  years: fc.array(fc.record({ participants: fc.array(participant, { maxLength: 4 }) }), { maxLength: 3 }),
});

const check = (input: unknown) => checkGrantPlan(input as GrantPlanInput);

describe('checkGrantPlan reads a plan as grantPlanSchema does', () => {
  it('refuses what the schema refuses, and sums what it reads', () => {
    fc.assert(
      fc.property(fc.oneof(plan, fc.anything()), (input) => {
        const parsed = grantPlanSchema.safeParse(input);
        const result = check(input);
        if (!parsed.success) {
          expect(result.ok).toBe(false);
          expect(result).not.toHaveProperty('summary');
          return;
        }
        const summary = result.ok ? result.value : result.summary;
        expect(summary?.edition).toBe(parsed.data.edition);
        expect(summary?.track).toBe(parsed.data.track);
        expect(
          summary?.years.map((year) =>
            year.participants.map(({ id, kind, publicFunding, cash, inKind }) => ({
              id,
              kind,
              publicFunding,
              cash,
              inKind,
            })),
          ),
        ).toEqual(parsed.data.years.map((year) => year.participants));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same result for amounts as text, as bigints and as numbers, and for the year as a number', () => {
    const row = (publicFunding: unknown, cash: unknown, inKind: unknown) => ({
      id: 'lead',
      kind: 'sme',
      publicFunding,
      cash,
      inKind,
    });
    const numbers = {
      edition: '2026',
      track: 'supply-chain',
      years: [{ participants: [row(300_000_000, 10_000_000, 90_000_000)] }],
    };
    const texts = {
      edition: 2026,
      track: 'supply-chain',
      years: [{ participants: [row('3억원', '1천만원', '9,000만원')] }],
    };
    const bigints = { ...numbers, years: [{ participants: [row(300_000_000n, 10_000_000n, 90_000_000n)] }] };
    expect(check(texts)).toEqual(check(numbers));
    expect(check(bigints)).toEqual(check(numbers));
    expect(check(numbers).ok).toBe(true);
  });

  it('reads objects without a prototype and keys in any order, but leaves nothing out', () => {
    const bare = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);
    const row = { id: 'a', kind: 'sme', publicFunding: 150_000_000, cash: 5_000_000, inKind: 45_000_000 };
    const good = { edition: '2026', track: 'capability', years: [{ participants: [row] }] };
    const expected = check(good);
    expect(expected.ok).toBe(true);
    expect(check(bare({ ...good, years: [bare({ participants: [bare(row)] })] }))).toEqual(expected);
    const { id, kind, publicFunding, cash, inKind } = row;
    const shuffled = {
      years: [{ participants: [{ inKind, cash, publicFunding, kind, id }] }],
      track: 'capability',
      edition: '2026',
    };
    expect(check(shuffled)).toEqual(expected);
  });
});
