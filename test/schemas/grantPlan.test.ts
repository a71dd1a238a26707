import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantPlanSchema, readPlainGrantPlan } from '../../src/schemas/grantPlan';

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
);
const participant = fc.record({
  id: fc.string({ maxLength: 3 }),
  kind,
  publicFunding: won,
  cash: won,
  inKind: won,
});
const plan = fc.record({
  edition: fc.constantFrom('2025', '2026', 2026, '2024'),
  track: fc.constantFrom('supply-chain', 'capability', 'other'),
  years: fc.array(fc.record({ participants: fc.array(participant, { maxLength: 4 }) }), { maxLength: 3 }),
});

describe('readPlainGrantPlan, the fast path', () => {
  it('accepts only what the schema accepts, and the schema reads it as it is (but -0 as 0)', () => {
    fc.assert(
      fc.property(fc.oneof(plan, fc.anything()), (input) => {
        const plain = readPlainGrantPlan(input);
        if (plain === undefined) return;
        const parsed = grantPlanSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(plain).toEqual(parsed.data);
      }),
      { numRuns: 3_000 },
    );
  });

  it('takes a well-formed plan of plain numbers', () => {
    const good = {
      edition: '2026',
      track: 'capability',
      years: [{ participants: [{ id: 'a', kind: 'sme', publicFunding: 1, cash: 1, inKind: 1 }] }],
    };
    expect(readPlainGrantPlan(good)).toEqual(good);
  });

  it.each([
    ['money as a string', { publicFunding: '7억' }],
    ['an extra key', { extra: 1 }],
    ['a negative amount', { cash: -1 }],
    ['a fraction', { inKind: 0.5 }],
    ['an unknown kind', { kind: 'startup' }],
    ['an empty id', { id: '' }],
  ])('leaves %s to the schema', (_label, change) => {
    const row = { id: 'a', kind: 'sme', publicFunding: 1, cash: 1, inKind: 1, ...change };
    expect(
      readPlainGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [row] }] }),
    ).toBeUndefined();
  });

  it('leaves class instances, proxies of arrays and sparse arrays to the schema', () => {
    class Plan {
      edition = '2026';
      track = 'capability';
      years = [];
    }
    expect(readPlainGrantPlan(new Plan())).toBeUndefined();
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, { participants: [] }];
    expect(readPlainGrantPlan({ edition: '2026', track: 'capability', years: sparse })).toBeUndefined();
  });
});
