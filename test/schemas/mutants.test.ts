import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { companySchema, readPlainGrantPlan } from 'regional-innovation-rnd/schemas';
import { issuesFromZod } from '../../src/schemas/issues';

// Free text in params (what was expected) is for people; tests only ask that it says something.
const someText: unknown = expect.stringMatching(/\S/u);

const row = (id = 'a'): Record<string, unknown> => ({
  id,
  kind: 'sme',
  publicFunding: 150_000_000,
  cash: 5_000_000,
  inKind: 45_000_000,
});
const planOf = (rows: unknown[], years = 1): Record<string, unknown> => ({
  edition: '2026',
  track: 'capability',
  years: Array.from({ length: years }, () => ({ participants: rows })),
});

/** The library's issues for what a zod schema says about an input. */
function issuesOf(schema: z.ZodType, input: unknown): ReturnType<typeof issuesFromZod> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error('the input was accepted');
  return issuesFromZod(parsed.error.issues, 'en');
}

describe('issuesFromZod', () => {
  it('writes a symbol key of the path as text', () => {
    const key = Symbol('k');
    const [issue] = issuesOf(z.record(z.symbol(), z.number()), { [key]: 'x' });
    expect(issue?.path).toEqual(['Symbol(k)']);
    expect(issue?.code).toBe('INPUT_INVALID');
  });

  it('reads a custom issue that carries no library issue as INPUT_INVALID, problem other', () => {
    const schema = z.string().refine(() => false);
    const zodIssue = schema.safeParse('a').error?.issues[0];
    const [issue] = issuesOf(schema, 'a');
    expect(issue?.code).toBe('INPUT_INVALID');
    expect(issue?.params).toEqual({ problem: 'other', expected: zodIssue?.message, input: '"a"' });
  });

  it('reads a zod check it has no name for (a format) as problem other', () => {
    const issues = issuesOf(z.object({ mail: z.email() }), { mail: 'a' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'INPUT_INVALID',
      path: ['mail'],
      params: { problem: 'other', expected: someText, input: '"a"' },
    });
  });

  it('keeps the code a schema check carried', () => {
    const [issue] = issuesOf(companySchema, { kind: 'sme', region: '부산', sales: '7억억' });
    expect(issue?.code).toBe('MONEY_INVALID');
    expect(issue?.path).toEqual(['sales']);
  });

  it('gives a value of none of a union’s types every type it could have been, once each', () => {
    const [issue] = issuesOf(z.union([z.string(), z.number(), z.string().min(2)]), true);
    expect(issue?.params).toEqual({ problem: 'type', expected: 'string | number', input: 'true' });
  });

  it('says what check a value of one of the union’s types failed', () => {
    const [long] = issuesOf(z.union([z.string().max(3), z.string().min(10)]), 'abcde');
    expect(long?.params).toEqual({ problem: 'size', expected: 'at most 3', input: '"abcde"' });
    const [small] = issuesOf(z.union([z.string(), z.number().min(10), z.number().max(2)]), 5);
    expect(small?.params).toEqual({ problem: 'size', expected: 'at least 10', input: '5' });
  });
});

describe('checkGrantPlan on input the fields refuse', () => {
  it('says an amount of money that is left out is missing, where it is missing', () => {
    const noCash = Object.fromEntries(Object.entries(row()).filter(([key]) => key !== 'cash'));
    const result = checkGrantPlan(planOf([noCash]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'INPUT_INVALID',
      path: ['years', 0, 'participants', 0, 'cash'],
      params: { problem: 'missing', expected: someText, input: 'undefined' },
    });
  });

  it.each([
    ['an array holding the id', ['2026']],
    ['an object that prints as the id', { toString: () => '2026' }],
    ['a year that is not a whole number', 2026.5],
    ['an unknown year', 2024],
  ])('refuses as an edition %s', (_label, edition) => {
    const result = checkGrantPlan({ ...planOf([row()]), edition });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['EDITION_UNKNOWN', ['edition']],
    ]);
  });

  it.each([
    ['2026', '2026'],
    [2026, '2026'],
    [2025, '2025'],
  ])('reads the edition %j as %s', (edition, id) => {
    const result = checkGrantPlan({ ...planOf([row()]), edition });
    expect(result.ok && result.value.edition).toBe(id);
  });

  it('gives one unreadable-input issue, at the root, for a plan that cannot be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = checkGrantPlan(proxy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'INPUT_INVALID',
      path: [],
      params: { problem: 'unreadable', expected: someText },
    });
  });
});

describe('readPlainGrantPlan reads every plain plan within the schema’s bounds', () => {
  it('reads both editions and both tracks', () => {
    for (const edition of ['2025', '2026']) {
      for (const track of ['supply-chain', 'capability']) {
        const plan = { ...planOf([row()]), edition, track };
        expect(readPlainGrantPlan(plan)).toEqual(plan);
      }
    }
  });

  it('reads objects without a prototype', () => {
    const bare = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);
    const plan = bare({
      edition: '2026',
      track: 'capability',
      years: [bare({ participants: [bare(row())] })],
    });
    expect(readPlainGrantPlan(plan)).toEqual(planOf([row()]));
  });

  it('reads keys in any order', () => {
    const { id, kind, publicFunding, cash, inKind } = row();
    const shuffled = {
      years: [{ participants: [{ inKind, cash, publicFunding, kind, id }] }],
      track: 'capability',
      edition: '2026',
    };
    expect(readPlainGrantPlan(shuffled)).toEqual(planOf([row()]));
  });

  it('reads zero won', () => {
    const zero = { ...row(), cash: 0, inKind: 0 };
    expect(readPlainGrantPlan(planOf([zero]))).toEqual(planOf([zero]));
  });

  it('reads up to 10 years, 200 participants a year and ids of 200 characters', () => {
    const rows = Array.from({ length: 200 }, (_, i) => row(String(i)));
    expect(readPlainGrantPlan(planOf(rows, 10))?.years).toHaveLength(10);
    expect(readPlainGrantPlan(planOf(rows, 1))?.years[0]?.participants).toHaveLength(200);
    const longId = row('x'.repeat(200));
    expect(readPlainGrantPlan(planOf([longId]))).toEqual(planOf([longId]));
  });
});

describe('readPlainGrantPlan leaves to the schema what it does not read', () => {
  it('past 10 years, 200 participants a year or ids of 200 characters', () => {
    expect(readPlainGrantPlan(planOf([row()], 11))).toBeUndefined();
    const rows = Array.from({ length: 201 }, (_, i) => row(String(i)));
    expect(readPlainGrantPlan(planOf(rows))).toBeUndefined();
    expect(readPlainGrantPlan(planOf([row('x'.repeat(201))]))).toBeUndefined();
  });

  it('an unknown edition or track, and an edition given as a number', () => {
    expect(readPlainGrantPlan({ ...planOf([row()]), edition: '2024' })).toBeUndefined();
    expect(readPlainGrantPlan({ ...planOf([row()]), edition: 2026 })).toBeUndefined();
    expect(readPlainGrantPlan({ ...planOf([row()]), track: 'other' })).toBeUndefined();
  });

  it('instances of a class, at any level, even with the right fields', () => {
    class RowData {
      id = 'a';
      kind = 'sme';
      publicFunding = 150_000_000;
      cash = 5_000_000;
      inKind = 45_000_000;
    }
    class YearData {
      participants = [row()];
    }
    class PlanData {
      edition = '2026';
      track = 'capability';
      years = [{ participants: [row()] }];
    }
    const good = planOf([row()]);
    expect(readPlainGrantPlan(new PlanData())).toBeUndefined();
    expect(readPlainGrantPlan({ ...good, years: [new YearData()] })).toBeUndefined();
    expect(readPlainGrantPlan(planOf([new RowData()]))).toBeUndefined();
    // An object whose prototype is another plain object is no plain object either.
    const child = Object.assign(Object.create({ inherited: true }) as object, good);
    expect(readPlainGrantPlan(child)).toBeUndefined();
  });
});
