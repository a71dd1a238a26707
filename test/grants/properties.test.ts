// Properties of checkGrantPlan over random plans: scale invariance of the share rules,
// monotonicity, robustness on malformed input, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkGrantPlan as checkTyped,
  type GrantPlanInput,
  type GrantPlanResult,
} from 'regional-innovation-rnd/grants';
import { ISSUE_CODES, type InstitutionKind } from 'regional-innovation-rnd/rules';
import { EDITION_IDS, KINDS, TRACK_IDS, boundaryRowArb, issuesOf } from '../support/builders';
import { guardObjectPrototype } from '../support/prototype';

// These tests give checkGrantPlan what a JavaScript caller may give it: anything.
const checkGrantPlan = (plan: unknown, options?: Parameters<typeof checkTyped>[1]) =>
  checkTyped(plan as GrantPlanInput, options);

const RUNS = { numRuns: 300 };
const SHARE_CODES: ReadonlySet<string> = new Set(['GRANT_PUBLIC_SHARE_EXCEEDED', 'GRANT_CASH_SHARE_TOO_LOW']);

interface Row {
  id: string;
  kind: InstitutionKind;
  publicFunding: number;
  cash: number;
  inKind: number;
}
interface Plan {
  edition: string;
  track: string;
  years: { participants: Row[] }[];
}

// Amounts up to 10^9 won: ×1000 stays below 10^12, and a whole plan far below 2^53.
const amountArb = fc.oneof(fc.nat({ max: 1_000_000_000 }), fc.nat({ max: 1_000 }), fc.constant(0));
const freeRowArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  kind: fc.constantFrom(...KINDS),
  publicFunding: amountArb,
  cash: amountArb,
  inKind: amountArb,
});
// Rows one won around a share limit, where a rounding error would show.
const edgeRowArb = boundaryRowArb(10_000_000);
const rowArb = fc.oneof(freeRowArb, edgeRowArb);
const planArb: fc.Arbitrary<Plan> = fc.record({
  edition: fc.constantFrom(...EDITION_IDS),
  track: fc.constantFrom(...TRACK_IDS),
  years: fc.array(fc.record({ participants: fc.array(rowArb, { minLength: 1, maxLength: 4 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
});

const shareIssues = (result: GrantPlanResult) =>
  issuesOf(result)
    .filter((issue) => SHARE_CODES.has(issue.code))
    .map((issue) => ({ code: issue.code, path: issue.path, params: issue.params }));

const mapRows = (input: Plan, f: (row: Row, y: number, i: number) => Row): Plan => ({
  ...input,
  years: input.years.map((year, y) => ({ participants: year.participants.map((row, i) => f(row, y, i)) })),
});

/** Every issue is well-formed: a known code, a path of keys and indexes, a message, a rule. */
function expectWellFormed(result: GrantPlanResult): void {
  expect(typeof result.ok).toBe('boolean');
  expect(Array.isArray(result.warnings)).toBe(true);
  const issues = issuesOf(result);
  if (!result.ok) expect(issues.length).toBeGreaterThan(0);
  for (const issue of [...issues, ...result.warnings]) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(typeof issue.rule.id).toBe('string');
    expect(['confirmed', 'reported', 'derived']).toContain(issue.rule.confidence);
    expect(typeof issue.params).toBe('object');
  }
}

/** Anything at all, with the exotic options fast-check has. */
const anythingArb = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: anythingArb }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra'), fc.string()),
    value: anythingArb,
  }),
);

const isContainer = (value: unknown): value is object =>
  Array.isArray(value) ||
  (typeof value === 'object' &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value) as object));

/** The containers of a value and the keys in them, outermost first. */
function slots(root: unknown): { holder: Record<string, unknown>; key: string }[] {
  const out: { holder: Record<string, unknown>; key: string }[] = [];
  const walk = (value: unknown): void => {
    // Into plain objects and arrays only: the plan's own structure, not a boxed string or typed array put in it.
    if (!isContainer(value)) return;
    for (const key of Object.keys(value)) {
      const holder = value as Record<string, unknown>;
      out.push({ holder, key });
      walk(holder[key]);
    }
  };
  walk(root);
  return out;
}

function mutate(input: Plan, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(input) as unknown as Record<string, unknown>;
  for (const mutation of mutations) {
    const all = slots(copy);
    const slot = all[mutation.at % all.length];
    if (slot === undefined) continue;
    if (mutation.op === 'replace') slot.holder[slot.key] = mutation.value;
    else if (mutation.op === 'delete') Reflect.deleteProperty(slot.holder, slot.key);
    else {
      // Keys are added to objects only: an array's own keys (length, indexes) are not the point.
      const inner = slot.holder[slot.key];
      const target = isContainer(inner) && !Array.isArray(inner) ? inner : slot.holder;
      if (Array.isArray(target)) continue;
      // defineProperty, as JSON.parse does, so that '__proto__' is an own key, not the prototype.
      Object.defineProperty(target, mutation.key, {
        value: mutation.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return copy;
}

describe('checkGrantPlan properties', () => {
  guardObjectPrototype();

  it('multiplying every amount by 1000 never changes the share issues', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const scaled = mapRows(input, (row) => ({
          ...row,
          publicFunding: row.publicFunding * 1000,
          cash: row.cash * 1000,
          inKind: row.inKind * 1000,
        }));
        expect(shareIssues(checkGrantPlan(scaled))).toEqual(shareIssues(checkGrantPlan(input)));
      }),
      RUNS,
    );
  });

  it('moving money from cash to public never turns a failing plan into a passing one', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), fc.nat(), fc.nat(), (input, ySeed, iSeed, kSeed) => {
        const y = ySeed % input.years.length;
        const i = iSeed % (input.years[y]?.participants.length ?? 1);
        const moved = mapRows(input, (row, yy, ii) => {
          if (yy !== y || ii !== i) return row;
          const k = kSeed % (row.cash + 1);
          return { ...row, cash: row.cash - k, publicFunding: row.publicFunding + k };
        });
        const before = checkGrantPlan(input);
        const after = checkGrantPlan(moved);
        if (!before.ok) expect(after.ok).toBe(false);
        // Stronger: every rule broken before is still broken, at the same place.
        const where = (result: GrantPlanResult) =>
          issuesOf(result).map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`);
        expect(where(after)).toEqual(expect.arrayContaining(where(before)));
      }),
      RUNS,
    );
  });

  it('never throws on anything, and every issue is well-formed', () => {
    fc.assert(
      fc.property(anythingArb, (input) => {
        expectWellFormed(checkGrantPlan(input));
      }),
      RUNS,
    );
  });

  it('never throws on plans with fields replaced, deleted or added, and every issue is well-formed', () => {
    fc.assert(
      fc.property(planArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (input, mutations) => {
        const broken = mutate(input, mutations);
        const result = checkGrantPlan(broken);
        expectWellFormed(result);
        expectWellFormed(checkGrantPlan(broken, { locale: 'en' }));
      }),
      RUNS,
    );
  });

  it('never throws on random JSON text parsed, "__proto__" keys included', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom(
          '',
          ',"__proto__":{"edition":"2025"}',
          ',"__proto__":null',
          ',"constructor":{"prototype":{"x":1}}',
        ),
        (input, extra) => {
          const json = JSON.stringify(input).replace(/\}$/u, `${extra}}`);
          expectWellFormed(checkGrantPlan(JSON.parse(json)));
        },
      ),
      RUNS,
    );
  });

  it('is deterministic: the same input gives deep-equal results', () => {
    fc.assert(
      fc.property(
        fc.oneof(planArb, anythingArb),
        fc.constantFrom('ko' as const, 'en' as const),
        (input, locale) => {
          expect(checkGrantPlan(input, { locale })).toEqual(checkGrantPlan(input, { locale }));
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(planArb, (input) => {
        expect(checkGrantPlan(structuredClone(input))).toEqual(checkGrantPlan(input));
      }),
      RUNS,
    );
  });

  it('gives the same result whatever form the money takes: numbers, bigints, digit strings', () => {
    // Plain-number plans may be read without the schema; any other form goes through it. Both
    // ways must agree to the last field.
    fc.assert(
      fc.property(planArb, fc.constantFrom('bigint', 'string', 'mixed'), (input, form) => {
        let k = 0;
        const converted = mapRows(input, (row) => {
          const as = (n: number): unknown => {
            k += 1;
            if (form === 'bigint' || (form === 'mixed' && k % 2 === 0)) return BigInt(n);
            return form === 'string' ? String(n) : n;
          };
          return {
            ...row,
            publicFunding: as(row.publicFunding),
            cash: as(row.cash),
            inKind: as(row.inKind),
          } as unknown as Row;
        });
        expect(checkGrantPlan(converted)).toEqual(checkGrantPlan(input));
        expect(checkGrantPlan(converted, { locale: 'en' })).toEqual(checkGrantPlan(input, { locale: 'en' }));
      }),
      RUNS,
    );
  });

  it('gives the same result for a plan and a class instance with the same fields', () => {
    class PlanObject {
      constructor(
        readonly edition: string,
        readonly track: string,
        readonly years: Plan['years'],
      ) {}
    }
    fc.assert(
      fc.property(planArb, (input) => {
        expect(checkGrantPlan(new PlanObject(input.edition, input.track, input.years))).toEqual(
          checkGrantPlan(input),
        );
      }),
      RUNS,
    );
  });

  it('a valid plan passes or fails on the rules only, always with a summary', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const result = checkGrantPlan(input);
        const summary = result.ok ? result.value : result.summary;
        expect(summary).toBeDefined();
        for (const issue of issuesOf(result)) expect(issue.code).toMatch(/^GRANT_/u);
      }),
      RUNS,
    );
  });
});
