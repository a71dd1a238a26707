// What checkGrantPlan takes: money in every accepted form, bad money, malformed plans (issues,
// never an exception), the OrThrow variant, locales, and inputs left untouched.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  checkGrantPlan as checkTyped,
  checkGrantPlanOrThrow as checkTypedOrThrow,
  type GrantPlanInput,
} from 'regional-innovation-rnd/grants';
import { ISSUE_CODES, isRulesError } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';
import {
  core,
  freezeDeep,
  issuesOf,
  participant,
  plan,
  sortIssues,
  withoutMessage,
} from '../support/builders';

// These tests give checkGrantPlan what a JavaScript caller may give it: anything.
const checkGrantPlan = (plan: unknown, options?: Parameters<typeof checkTyped>[1]) =>
  checkTyped(plan as GrantPlanInput, options);
const checkGrantPlanOrThrow = (plan: unknown, options?: Parameters<typeof checkTyped>[1]) =>
  checkTypedOrThrow(plan as GrantPlanInput, options);

const SEVEN_EOK = 700_000_000;

/** A plan with one university whose public money is `amount`, and an SME whose cash is `cash`. */
const moneyPlan = (amount: unknown, cash: unknown = 10_000_000) => ({
  edition: '2026',
  track: 'supply-chain',
  years: [
    {
      participants: [
        { id: 'uni', kind: 'university', publicFunding: amount, cash: 0, inKind: 0 },
        { id: 'sme', kind: 'sme', publicFunding: 0, cash, inKind: 90_000_000 },
      ],
    },
  ],
});

describe('money forms', () => {
  const reference = checkGrantPlan(moneyPlan(SEVEN_EOK));

  it.each([
    ['7억', '7억'],
    ['7억원', '7억원'],
    ['7억 원 with spaces', ' 7억 원 '],
    ['700,000,000', '700,000,000'],
    ['700000000 as a string', '700000000'],
    ['a bigint', 700_000_000n],
    ['a Decimal', new Decimal('700000000')],
    ['a Decimal in exponent form', new Decimal('7e8')],
    ['7.0억', '7.0억'],
    ['70000만원', '70000만원'],
    ['NFD Hangul', '7억원'.normalize('NFD')],
  ])('%s gives the same result as 700000000', (_label, amount) => {
    expect(checkGrantPlan(moneyPlan(amount))).toEqual(reference);
  });

  it('reads the forms in cash and in-kind too', () => {
    const forms = checkGrantPlan(
      plan('2026', 'capability', [
        participant('p', 'sme', '1억 5천만원', '5,000,000', new Decimal('45000000')),
      ]),
    );
    const plain = checkGrantPlan(
      plan('2026', 'capability', [participant('p', 'sme', 150_000_000, 5_000_000, 45_000_000)]),
    );
    expect(forms).toEqual(plain);
    expect(plain.ok).toBe(true);
  });

  it('takes -0 and "-0" as zero', () => {
    const result = checkGrantPlan(plan('2026', 'capability', [participant('p', 'nonprofit', 1, -0, '-0')]));
    expect(result.ok && result.value.years[0]?.participants[0]).toMatchObject({ cash: 0, inKind: 0 });
    expect(Object.is(result.ok && result.value.years[0]?.participants[0]?.cash, -0)).toBe(false);
  });
});

describe('bad money', () => {
  // value, echoed input, reason, and where in a string it goes wrong (position, expected).
  const BAD = [
    ['abc', '"abc"', 'syntax', 0, 'digit'],
    [-5, '-5', 'negative', null, null],
    [1.5, '1.5', 'fractional', null, null],
    ['1억억', '"1억억"', 'syntax', 2, 'smaller-unit'],
    [Number.NaN, 'NaN', 'not-finite', null, null],
    [Number.POSITIVE_INFINITY, 'Infinity', 'not-finite', null, null],
    [Number.MAX_SAFE_INTEGER + 1, '9007199254740992', 'unsafe', null, null],
    [2n ** 53n, '9007199254740992n', 'unsafe', null, null],
    [-1n, '-1n', 'negative', null, null],
    ['', '""', 'empty', null, null],
    ['-7억', '"-7억"', 'negative', 0, null],
    ['0.5', '"0.5"', 'fractional', 2, null],
    [null, 'null', 'type', null, null],
    [true, 'true', 'type', null, null],
    [{}, '[object Object]', 'type', null, null],
    [[1], '[array(1)]', 'type', null, null],
    [new Decimal('1.5'), '1.5', 'fractional', null, null],
  ] as const;

  it.each(BAD)(
    '%o gives MONEY_INVALID %s/%s in each field, at its path',
    (value, input, reason, position, expected) => {
      for (const field of ['publicFunding', 'cash', 'inKind'] as const) {
        const good = participant('ok', 'nonprofit', 1);
        const bad = { ...participant('bad', 'nonprofit', 1, 1, 1), [field]: value };
        const result = checkGrantPlan({
          edition: '2025',
          track: 'capability',
          years: [{ participants: [good] }, { participants: [good, bad] }],
        });
        expect(issuesOf(result).map(core)).toEqual([
          {
            code: 'MONEY_INVALID',
            path: ['years', 1, 'participants', 1, field],
            params: { input, reason, position, expected },
            rule: 'input.shape',
            confidence: 'confirmed',
          },
        ]);
        expect(result).not.toHaveProperty('summary');
      }
    },
  );

  it('reports every bad amount, not only the first', () => {
    const result = checkGrantPlan(plan('2026', 'capability', [participant('p', 'sme', 'abc', -5, 1.5)]));
    expect(issuesOf(result).map((i) => [i.path.at(-1), i.params])).toEqual([
      ['publicFunding', { input: '"abc"', reason: 'syntax', position: 0, expected: 'digit' }],
      ['cash', { input: '-5', reason: 'negative', position: null, expected: null }],
      ['inKind', { input: '1.5', reason: 'fractional', position: null, expected: null }],
    ]);
  });

  it('accepts money adding up to exactly 2^53 − 1 and refuses one won more with reason unsafe at [years]', () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    const at = checkGrantPlan(plan('2026', 'supply-chain', [participant('np', 'nonprofit', MAX - 1, 1)]));
    expect(issuesOf(at).map((i) => i.code)).toEqual(['GRANT_YEAR_CAP_EXCEEDED', 'GRANT_TOTAL_CAP_EXCEEDED']);
    expect(!at.ok && at.summary?.total.total).toBe(MAX);

    const over = checkGrantPlan(plan('2026', 'supply-chain', [participant('np', 'nonprofit', MAX - 1, 2)]));
    expect(issuesOf(over).map(core)).toEqual([
      {
        code: 'MONEY_INVALID',
        path: ['years'],
        params: { input: '9007199254740992', reason: 'unsafe', position: null, expected: null },
        rule: 'money.safe-integer',
        confidence: 'confirmed',
      },
    ]);
    expect(over).not.toHaveProperty('summary');
  });

  it('refuses money that is safe per amount but unsafe across participants and years', () => {
    const half = 2 ** 52;
    const result = checkGrantPlan(
      plan(
        '2026',
        'supply-chain',
        [participant('a', 'nonprofit', half)],
        [participant('a', 'nonprofit', 0, 0, half)],
      ),
    );
    expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'MONEY_INVALID',
        ['years'],
        { input: '9007199254740992', reason: 'unsafe', position: null, expected: null },
      ],
    ]);
  });
});

describe('malformed plans give issues, never an exception', () => {
  const valid = () => plan('2026', 'capability', [participant('a', 'sme', 75, 10, 15)]);
  type Expected = readonly [
    code: string,
    path: readonly (string | number)[],
    params: Record<string, unknown>,
  ];

  const CASES: readonly (readonly [string, unknown, readonly Expected[]])[] = [
    ['null', null, [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: 'null' }]]],
    [
      'undefined',
      undefined,
      [['INPUT_INVALID', [], { problem: 'missing', expected: 'object', input: 'undefined' }]],
    ],
    ['an array', [], [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: '[array(0)]' }]]],
    ['a number', 5, [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: '5' }]]],
    ['a string', 'plan', [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: '"plan"' }]]],
    [
      'no years',
      { edition: '2026', track: 'capability' },
      [['INPUT_INVALID', ['years'], { problem: 'missing', expected: 'array', input: 'undefined' }]],
    ],
    [
      'no track',
      { edition: '2026', years: valid().years },
      [
        [
          'INPUT_INVALID',
          ['track'],
          { problem: 'value', expected: 'supply-chain | capability', input: 'undefined' },
        ],
      ],
    ],
    [
      'no edition',
      { track: 'capability', years: valid().years },
      [['EDITION_UNKNOWN', ['edition'], { input: 'undefined', known: ['2025', '2026'] }]],
    ],
    [
      'an unknown edition',
      { ...valid(), edition: '2024' },
      [['EDITION_UNKNOWN', ['edition'], { input: '"2024"', known: ['2025', '2026'] }]],
    ],
    [
      'an unknown track',
      { ...valid(), track: 'track-3' },
      [
        [
          'INPUT_INVALID',
          ['track'],
          { problem: 'value', expected: 'supply-chain | capability', input: '"track-3"' },
        ],
      ],
    ],
    [
      'empty years',
      { ...valid(), years: [] },
      [['INPUT_INVALID', ['years'], { problem: 'size', expected: 'at least 1', input: '[array(0)]' }]],
    ],
    [
      'more than 10 years',
      { ...valid(), years: Array.from({ length: 11 }, () => valid().years[0]) },
      [['INPUT_INVALID', ['years'], { problem: 'size', expected: 'at most 10', input: '[array(11)]' }]],
    ],
    [
      'empty participants',
      { ...valid(), years: [{ participants: [] }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants'],
          { problem: 'size', expected: 'at least 1', input: '[array(0)]' },
        ],
      ],
    ],
    [
      'more than 200 participants',
      {
        ...valid(),
        years: [
          {
            participants: Array.from({ length: 201 }, (_, i) => participant(`p${String(i)}`, 'nonprofit', 1)),
          },
        ],
      },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants'],
          { problem: 'size', expected: 'at most 200', input: '[array(201)]' },
        ],
      ],
    ],
    [
      'years as an object',
      { ...valid(), years: { 0: valid().years[0] } },
      [['INPUT_INVALID', ['years'], { problem: 'type', expected: 'array', input: '[object Object]' }]],
    ],
    [
      'a year without participants',
      { ...valid(), years: [{}] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants'],
          { problem: 'missing', expected: 'array', input: 'undefined' },
        ],
      ],
    ],
    [
      'a year that is null',
      { ...valid(), years: [null] },
      [['INPUT_INVALID', ['years', 0], { problem: 'type', expected: 'object', input: 'null' }]],
    ],
    [
      'a participant without an id',
      { ...valid(), years: [{ participants: [{ kind: 'sme', publicFunding: 1, cash: 1, inKind: 1 }] }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants', 0, 'id'],
          { problem: 'missing', expected: 'string', input: 'undefined' },
        ],
      ],
    ],
    [
      'an id that is a number',
      { ...valid(), years: [{ participants: [{ ...participant('a', 'sme', 1, 1, 1), id: 7 }] }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants', 0, 'id'],
          { problem: 'type', expected: 'string', input: '7' },
        ],
      ],
    ],
    [
      'an empty id',
      { ...valid(), years: [{ participants: [participant('', 'nonprofit', 1)] }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants', 0, 'id'],
          { problem: 'size', expected: 'at least 1', input: '""' },
        ],
      ],
    ],
    [
      'an unknown kind',
      { ...valid(), years: [{ participants: [{ ...participant('a', 'sme', 1, 1, 1), kind: 'startup' }] }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants', 0, 'kind'],
          {
            problem: 'value',
            expected: 'sme | midsize | large | university | research-institute | nonprofit',
            input: '"startup"',
          },
        ],
      ],
    ],
    [
      'a string where a number belongs',
      { ...valid(), years: [{ participants: [participant('a', 'sme', 'abc', 10, 15)] }] },
      [
        [
          'MONEY_INVALID',
          ['years', 0, 'participants', 0, 'publicFunding'],
          { input: '"abc"', reason: 'syntax', position: 0, expected: 'digit' },
        ],
      ],
    ],
    [
      'an extra key on the plan',
      { ...valid(), note: 'x' },
      [['INPUT_INVALID', ['note'], { problem: 'unknown-key', expected: 'no such key', input: '"note"' }]],
    ],
    [
      'an extra key on a year',
      { ...valid(), years: [{ ...valid().years[0], year: 2026 }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'year'],
          { problem: 'unknown-key', expected: 'no such key', input: '"year"' },
        ],
      ],
    ],
    [
      'an extra key on a participant',
      { ...valid(), years: [{ participants: [{ ...participant('a', 'sme', 75, 10, 15), national: 1 }] }] },
      [
        [
          'INPUT_INVALID',
          ['years', 0, 'participants', 0, 'national'],
          { problem: 'unknown-key', expected: 'no such key', input: '"national"' },
        ],
      ],
    ],
  ];

  it.each(CASES)('%s', (_label, input, expected) => {
    let result: ReturnType<typeof checkGrantPlan> | undefined;
    expect(() => {
      result = checkGrantPlan(input);
    }).not.toThrow();
    expect(result && issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual(expected);
    expect(result?.ok).toBe(false);
    expect(result).not.toHaveProperty('summary');
    for (const issue of result ? issuesOf(result) : []) {
      expect(issue.rule).toEqual({ id: 'input.shape', sources: [], confidence: 'confirmed' });
      expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  it('reports every problem of the shape at once', () => {
    const result = checkGrantPlan({ edition: '1999', track: 'x', years: [], extra: 1 });
    expect(sortIssues(issuesOf(result).map((i) => [i.code, i.path]))).toEqual(
      sortIssues([
        ['INPUT_INVALID', ['extra']],
        ['EDITION_UNKNOWN', ['edition']],
        ['INPUT_INVALID', ['track']],
        ['INPUT_INVALID', ['years']],
      ]),
    );
  });

  it('accepts the edition as a number and checks it as one', () => {
    const result = checkGrantPlan({ ...valid(), edition: 2025 });
    expect(result.ok && result.value.edition).toBe('2025');
    expect(issuesOf(checkGrantPlan({ ...valid(), edition: 2025.5 })).map((i) => [i.code, i.params])).toEqual([
      ['EDITION_UNKNOWN', { input: '2025.5', known: ['2025', '2026'] }],
    ]);
  });

  it.each([
    [
      'the plan',
      '{"edition":"2026","track":"capability","years":[],"__proto__":{"polluted":true}}',
      ['__proto__'],
    ],
    [
      'a year',
      '{"edition":"2026","track":"capability","years":[{"participants":[{"id":"a","kind":"nonprofit","publicFunding":1,"cash":0,"inKind":0}],"__proto__":{"polluted":true}}]}',
      ['years', 0, '__proto__'],
    ],
    [
      'a participant',
      '{"edition":"2026","track":"capability","years":[{"participants":[{"id":"a","kind":"nonprofit","publicFunding":1,"cash":0,"inKind":0,"__proto__":{"polluted":true}}]}]}',
      ['years', 0, 'participants', 0, '__proto__'],
    ],
  ])(
    'refuses a "__proto__" key from JSON.parse on %s, and leaves Object.prototype alone',
    (_label, json, path) => {
      const before = Reflect.ownKeys(Object.prototype);
      const result = checkGrantPlan(JSON.parse(json));
      expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toContainEqual([
        'INPUT_INVALID',
        path,
        { problem: 'unknown-key', expected: 'no such key', input: '"__proto__"' },
      ]);
      expect(Reflect.ownKeys(Object.prototype)).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('reads objects without a prototype and ignores symbol keys', () => {
    const bare = Object.assign(Object.create(null) as object, valid());
    expect(checkGrantPlan(bare).ok).toBe(true);
    expect(checkGrantPlan({ ...valid(), [Symbol('meta')]: 1 }).ok).toBe(true);
  });

  it('a missing amount is INPUT_INVALID with problem "missing", like every other missing key', () => {
    const result = checkGrantPlan({
      ...valid(),
      years: [{ participants: [{ id: 'a', kind: 'sme', publicFunding: 75, cash: 10 }] }],
    });
    expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'INPUT_INVALID',
        ['years', 0, 'participants', 0, 'inKind'],
        expect.objectContaining({ problem: 'missing' }),
      ],
    ]);
  });

  it('null options give a result or a RulesError, not a TypeError', () => {
    expect(() => caughtRulesError(() => checkGrantPlan(valid(), null as never))).not.toThrow();
  });

  it('a revoked proxy as the plan gives issues, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => checkGrantPlan(proxy)).not.toThrow();
  });

  it('a plan whose getter throws gives issues, not the getter’s error', () => {
    const hostile = {
      get edition(): string {
        throw new Error('boom');
      },
      track: 'capability',
      years: valid().years,
    };
    expect(() => checkGrantPlan(hostile)).not.toThrow();
  });

  it('an amount whose getter changes between reads gives issues or a summary, never an exception', () => {
    let reads = 0;
    const row = {
      id: 'a',
      kind: 'nonprofit',
      get publicFunding(): unknown {
        reads += 1;
        return reads === 1 ? 5 : 'abc';
      },
      cash: 0,
      inKind: 0,
    };
    expect(() =>
      checkGrantPlan({ edition: '2026', track: 'capability', years: [{ participants: [row] }] }),
    ).not.toThrow();
  });

  it('a plan gives the same result whether its money is a number or a bigint (non-enumerable key)', () => {
    const make = (amount: unknown) =>
      Object.defineProperty(
        {
          track: 'capability',
          years: [
            { participants: [{ id: 'a', kind: 'nonprofit', publicFunding: amount, cash: 0, inKind: 0 }] },
          ],
          extra: 1,
        },
        'edition',
        { value: '2026', enumerable: false },
      );
    expect(checkGrantPlan(make(1))).toEqual(checkGrantPlan(make(1n)));
  });

  it('folds -0 into 0 when every amount is a plain number', () => {
    const result = checkGrantPlan(plan('2026', 'capability', [participant('p', 'nonprofit', -0, -0, 5)]));
    const summary = result.ok ? result.value : undefined;
    const row = summary?.years[0]?.participants[0];
    for (const value of [
      row?.publicFunding,
      row?.cash,
      summary?.years[0]?.publicFunding,
      summary?.total.cash,
    ]) {
      expect(Object.is(value, 0)).toBe(true);
    }
    expect(result).toEqual(
      checkGrantPlan(plan('2026', 'capability', [participant('p', 'nonprofit', 0, 0, 5)])),
    );
  });

  it('a revoked proxy or a throwing getter as an amount is MONEY_INVALID of type', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = {
      get isInteger(): never {
        throw new Error('boom');
      },
    };
    for (const amount of [proxy, hostile]) {
      const result = checkGrantPlan(
        plan('2026', 'capability', [participant('a', 'nonprofit', amount as never)]),
      );
      expect(issuesOf(result).map((i) => [i.code, i.params])).toEqual([
        [
          'MONEY_INVALID',
          { input: expect.any(String) as unknown, reason: 'type', position: null, expected: null },
        ],
      ]);
    }
  });
});

describe('checkGrantPlanOrThrow', () => {
  it('returns the summary on success', () => {
    const input = plan('2026', 'capability', [participant('a', 'sme', 75, 10, 15)]);
    const result = checkGrantPlan(input);
    expect(result.ok).toBe(true);
    expect(checkGrantPlanOrThrow(input)).toEqual(result.ok && result.value);
  });

  it.each([
    [
      'a rule failure',
      plan('2025', 'supply-chain', [participant('a', 'sme', 700_000_001)], [participant('a', 'sme', 0)]),
    ],
    ['a malformed plan', { edition: '2024', track: 'x', years: [] }],
    ['unsafe money', plan('2026', 'capability', [participant('a', 'nonprofit', Number.MAX_SAFE_INTEGER, 1)])],
  ])('throws a RulesError with every issue on %s', (_label, input) => {
    const result = checkGrantPlan(input);
    const issues = issuesOf(result);
    expect(issues.length).toBeGreaterThan(0);
    const error = caughtRulesError(() => checkGrantPlanOrThrow(input));
    expect(isRulesError(error)).toBe(true);
    expect(error?.issues).toEqual(issues);
    expect(error?.code).toBe(issues[0]?.code);
    expect(error?.path).toEqual(issues[0]?.path);
    expect(error?.params).toEqual(issues[0]?.params);
    expect(error?.messages.ko.length).toBeGreaterThan(0);
    expect(error?.messages.en.length).toBeGreaterThan(0);
    expect(error?.message).toContain(error?.code);
  });

  it('keeps the locale of the issues it carries', () => {
    const input = plan('2026', 'capability', [participant('a', 'sme', 1)]);
    const error = caughtRulesError(() => checkGrantPlanOrThrow(input, { locale: 'en' }));
    const en = checkGrantPlan(input, { locale: 'en' });
    expect(error?.issues).toEqual(issuesOf(en));
  });
});

describe('locale', () => {
  const FAILING: readonly (readonly [string, unknown])[] = [
    [
      'every rule',
      plan(
        '2025',
        'capability',
        [
          participant('a', 'sme', 200_000_001),
          participant('a', 'large', 0, 1, 99),
          participant('z', 'sme', 0),
        ],
        [participant('a', 'sme', 1)],
        [participant('a', 'sme', 1)],
      ),
    ],
    ['the shape', { edition: '2024', track: 'x', years: [{}], extra: 1 }],
    ['money', plan('2026', 'capability', [participant('a', 'sme', 'abc', -1, 0.5)])],
    ['unsafe money', plan('2026', 'capability', [participant('a', 'nonprofit', Number.MAX_SAFE_INTEGER, 1)])],
  ];

  it.each(FAILING)('{ locale: "en" } changes the messages of %s, nothing else', (_label, input) => {
    const ko = issuesOf(checkGrantPlan(input));
    const en = issuesOf(checkGrantPlan(input, { locale: 'en' }));
    const strip = withoutMessage;
    expect(en.map(strip)).toEqual(ko.map(strip));
    expect(ko.length).toBeGreaterThan(0);
    ko.forEach((issue, i) => {
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
      expect(en[i]?.message.length).toBeGreaterThan(0);
      expect(en[i]?.message).not.toBe(issue.message);
    });
    expect(issuesOf(checkGrantPlan(input, { locale: 'ko' }))).toEqual(ko);
    expect(issuesOf(checkGrantPlan(input, {}))).toEqual(ko);
  });

  it('covers every grant rule code in the "every rule" plan', () => {
    const codes = new Set(issuesOf(checkGrantPlan(FAILING[0]?.[1])).map((i) => i.code));
    expect([...codes].sort()).toEqual(
      [
        'GRANT_CASH_SHARE_TOO_LOW',
        'GRANT_PARTICIPANT_DUPLICATE',
        'GRANT_PARTICIPANT_ZERO_TOTAL',
        'GRANT_PUBLIC_SHARE_EXCEEDED',
        'GRANT_TOO_MANY_YEARS',
        'GRANT_YEAR_CAP_EXCEEDED',
      ].sort(),
    );
  });

  it('refuses an unknown locale with OPTIONS_INVALID', () => {
    const input = plan('2026', 'capability', [participant('a', 'sme', 1)]);
    expect(caughtRulesError(() => checkGrantPlan(input, { locale: 'fr' as never }))?.code).toBe(
      'OPTIONS_INVALID',
    );
  });
});

describe('inputs are left untouched', () => {
  it('checks a deeply frozen plan without writing to it, and gives the same result as a copy', () => {
    const input = plan(
      '2026',
      'supply-chain',
      [participant('a', 'sme', '4억', 14_000_000n, '1억 2천만원'), participant('a', 'large', 1, 0, 0)],
      [participant('b', 'nonprofit', 700_000_001)],
      [participant('c', 'midsize', 0)],
    );
    const before = structuredClone(input);
    freezeDeep(input);
    const result = checkGrantPlan(input);
    expect(input).toEqual(before);
    expect(result).toEqual(checkGrantPlan(structuredClone(before)));
    expect(result.ok).toBe(false);
  });

  it('leaves a Decimal amount as it was', () => {
    const amount = new Decimal('700000000');
    const before = amount.toString();
    checkGrantPlan(moneyPlan(amount));
    expect(amount.toString()).toBe(before);
  });

  it('returns issues that share no state with the next call', () => {
    const input = plan('2026', 'capability', [participant('a', 'sme', 1)]);
    const first = checkGrantPlan(input);
    const second = checkGrantPlan(input);
    expect(second).toEqual(first);
    expect(issuesOf(second)[0]).not.toBe(issuesOf(first)[0]);
    expect(Object.isFrozen(issuesOf(first)[0]?.path)).toBe(true);
  });
});

describe('issue codes', () => {
  it('every code the grant checks produce is in ISSUE_CODES', () => {
    const produced = [
      'GRANT_TOO_MANY_YEARS',
      'GRANT_YEAR_CAP_EXCEEDED',
      'GRANT_TOTAL_CAP_EXCEEDED',
      'GRANT_PUBLIC_SHARE_EXCEEDED',
      'GRANT_CASH_SHARE_TOO_LOW',
      'GRANT_PARTICIPANT_ZERO_TOTAL',
      'GRANT_PARTICIPANT_DUPLICATE',
      'MONEY_INVALID',
      'INPUT_INVALID',
      'EDITION_UNKNOWN',
    ];
    for (const code of produced) expect(ISSUE_CODES).toContain(code);
  });
});
