// What checkConsortium takes: malformed input gives issues, never an exception; the OrThrow
// variant; locales; inputs left untouched; properties over random input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkConsortium as checkTyped,
  checkConsortiumOrThrow as checkTypedOrThrow,
  type ConsortiumInput,
  type ConsortiumResult,
} from 'regional-innovation-rnd/consortium';
import { ISSUE_CODES, isRulesError, type RuleIssue } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';
import { guardObjectPrototype } from '../support/prototype';
import {
  EDITION_IDS,
  KINDS,
  TRACK_IDS,
  freezeDeep,
  goodConsortium,
  goodLead,
  issuesOf,
  member,
  sortIssues,
  validBusinessNumber,
  withoutMessage,
} from '../support/builders';

// These tests give checkConsortium what a JavaScript caller may give it: anything.
const checkConsortium = (input: unknown, options?: Parameters<typeof checkTyped>[1]) =>
  checkTyped(input as ConsortiumInput, options);
const checkConsortiumOrThrow = (input: unknown, options?: Parameters<typeof checkTyped>[1]) =>
  checkTypedOrThrow(input as ConsortiumInput, options);

const RUNS = { numRuns: 300 };
const KIND_LIST = 'sme | midsize | large | university | research-institute | nonprofit';

describe('malformed consortia give issues, never an exception', () => {
  const good = () => goodConsortium('2026', 'capability');
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
    [
      'an array',
      [good()],
      [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: '[array(1)]' }]],
    ],
    ['a number', 42, [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: '42' }]]],
    [
      'no lead',
      { edition: '2026', track: 'capability', members: [] },
      [['INPUT_INVALID', ['lead'], { problem: 'missing', expected: 'object', input: 'undefined' }]],
    ],
    [
      'no members',
      { edition: '2026', track: 'capability', lead: goodLead('capability') },
      [['INPUT_INVALID', ['members'], { problem: 'missing', expected: 'array', input: 'undefined' }]],
    ],
    [
      'an empty lead',
      { ...good(), lead: {} },
      [
        ['INPUT_INVALID', ['lead', 'id'], { problem: 'missing', expected: 'string', input: 'undefined' }],
        ['INPUT_INVALID', ['lead', 'kind'], { problem: 'value', expected: KIND_LIST, input: 'undefined' }],
      ],
    ],
    [
      'a lead that is an array',
      { ...good(), lead: [] },
      [['INPUT_INVALID', ['lead'], { problem: 'type', expected: 'object', input: '[array(0)]' }]],
    ],
    [
      'members as an object',
      { ...good(), members: {} },
      [['INPUT_INVALID', ['members'], { problem: 'type', expected: 'array', input: '[object Object]' }]],
    ],
    [
      'a null member',
      { ...good(), members: [null] },
      [['INPUT_INVALID', ['members', 0], { problem: 'type', expected: 'object', input: 'null' }]],
    ],
    [
      'more than 100 members',
      { ...good(), members: Array.from({ length: 101 }, (_, i) => member(`u${String(i)}`, 'university')) },
      [['INPUT_INVALID', ['members'], { problem: 'size', expected: 'at most 100', input: '[array(101)]' }]],
    ],
    [
      'an empty id',
      { ...good(), lead: goodLead('capability', { id: '' }) },
      [['INPUT_INVALID', ['lead', 'id'], { problem: 'size', expected: 'at least 1', input: '""' }]],
    ],
    [
      'an unknown kind',
      { ...good(), members: [{ id: 'x', kind: 'startup' }] },
      [
        [
          'INPUT_INVALID',
          ['members', 0, 'kind'],
          { problem: 'value', expected: KIND_LIST, input: '"startup"' },
        ],
      ],
    ],
    [
      'an unknown tier',
      { ...good(), lead: { ...goodLead('capability'), tier: 'top' } },
      [
        [
          'INPUT_INVALID',
          ['lead', 'tier'],
          { problem: 'value', expected: 'leading | potential | none', input: '"top"' },
        ],
      ],
    ],
    [
      'a business number that is a number',
      { ...good(), lead: { ...goodLead('capability'), businessNumber: 1208147521 } },
      [
        [
          'INPUT_INVALID',
          ['lead', 'businessNumber'],
          { problem: 'type', expected: 'string', input: '1208147521' },
        ],
      ],
    ],
    [
      'a business number longer than 40 characters',
      { ...good(), lead: goodLead('capability', { businessNumber: '1'.repeat(41) }) },
      [
        [
          'INPUT_INVALID',
          ['lead', 'businessNumber'],
          { problem: 'size', expected: 'at most 40', input: `"${'1'.repeat(41)}"` },
        ],
      ],
    ],
    [
      'an unknown edition',
      { ...good(), edition: '2027' },
      [['EDITION_UNKNOWN', ['edition'], { input: '"2027"', known: ['2025', '2026'] }]],
    ],
    [
      'an unknown track',
      { ...good(), track: 'both' },
      [
        [
          'INPUT_INVALID',
          ['track'],
          { problem: 'value', expected: 'supply-chain | capability', input: '"both"' },
        ],
      ],
    ],
    [
      'an extra key',
      { ...good(), budget: 1 },
      [['INPUT_INVALID', ['budget'], { problem: 'unknown-key', expected: 'no such key', input: '"budget"' }]],
    ],
    [
      'an extra key on a member',
      { ...good(), members: [{ id: 'u', kind: 'university', name: 'KAIST' }] },
      [
        [
          'INPUT_INVALID',
          ['members', 0, 'name'],
          { problem: 'unknown-key', expected: 'no such key', input: '"name"' },
        ],
      ],
    ],
  ];

  it.each(CASES)('%s', (_label, input, expected) => {
    let result: ConsortiumResult | undefined;
    expect(() => {
      result = checkConsortium(input);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    expect(result && sortIssues(issuesOf(result).map((i) => [i.code, i.path, i.params]))).toEqual(
      sortIssues(expected),
    );
    expect(result).not.toHaveProperty('summary');
    for (const issue of result ? issuesOf(result) : []) {
      expect(issue.rule).toEqual({ id: 'input.shape', sources: [], confidence: 'confirmed' });
      expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  it('takes the edition as a number', () => {
    expect(checkConsortium({ ...good(), edition: 2026 }).ok).toBe(true);
  });

  it.each([
    [
      'the consortium',
      '{"edition":"2026","track":"capability","lead":{"id":"a","kind":"sme","region":"부산","tier":"potential"},"members":[],"__proto__":{"polluted":true}}',
      ['__proto__'],
    ],
    [
      'the lead',
      '{"edition":"2026","track":"capability","lead":{"id":"a","kind":"sme","region":"부산","tier":"potential","__proto__":{"kind":"large"}},"members":[]}',
      ['lead', '__proto__'],
    ],
    [
      'a member',
      '{"edition":"2026","track":"capability","lead":{"id":"a","kind":"sme","region":"부산","tier":"potential"},"members":[{"id":"u","kind":"university","__proto__":{"polluted":true}}]}',
      ['members', 0, '__proto__'],
    ],
  ])(
    'refuses a "__proto__" key from JSON.parse on %s, and leaves Object.prototype alone',
    (_label, json, path) => {
      const before = Reflect.ownKeys(Object.prototype);
      const result = checkConsortium(JSON.parse(json));
      expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
        ['INPUT_INVALID', path, { problem: 'unknown-key', expected: 'no such key', input: '"__proto__"' }],
      ]);
      expect(Reflect.ownKeys(Object.prototype)).toEqual(before);
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('a region of the wrong type is INPUT_INVALID with problem "type"', () => {
    const result = checkConsortium({ ...good(), lead: { ...goodLead('capability'), region: true } });
    expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
      ['INPUT_INVALID', ['lead', 'region'], expect.objectContaining({ problem: 'type' })],
    ]);
  });

  it('null options give a result or a RulesError, not a TypeError', () => {
    expect(() => caughtRulesError(() => checkConsortium(good(), null as never))).not.toThrow();
  });

  it('a revoked proxy as the consortium gives issues, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => checkConsortium(proxy)).not.toThrow();
  });
});

describe('checkConsortiumOrThrow', () => {
  it.each(EDITION_IDS.flatMap((edition) => TRACK_IDS.map((track) => [edition, track] as const)))(
    'returns the summary of a good %s %s consortium',
    (edition, track) => {
      const input = goodConsortium(edition, track);
      const result = checkConsortium(input);
      expect(checkConsortiumOrThrow(input)).toEqual(result.ok && result.value);
    },
  );

  it('returns the summary when there are only warnings', () => {
    const input = { ...goodConsortium('2025', 'capability'), members: [member('m', 'sme')] };
    expect(checkConsortium(input).warnings.length).toBe(1);
    expect(checkConsortiumOrThrow(input).participants).toBe(2);
  });

  it.each([
    [
      'rule failures',
      { ...goodConsortium('2026', 'supply-chain'), members: [], lead: goodLead('capability') },
    ],
    ['a malformed consortium', { edition: '2026', track: 'x', lead: null, members: [] }],
    [
      'a bad business number',
      { ...goodConsortium('2025', 'capability'), lead: goodLead('capability', { businessNumber: '1' }) },
    ],
  ])('throws a RulesError with every issue on %s', (_label, input) => {
    const issues = issuesOf(checkConsortium(input));
    expect(issues.length).toBeGreaterThan(0);
    const error = caughtRulesError(() => checkConsortiumOrThrow(input));
    expect(isRulesError(error)).toBe(true);
    expect(error?.issues).toEqual(issues);
    expect(error?.code).toBe(issues[0]?.code);
    expect(error?.path).toEqual(issues[0]?.path);
    expect(error?.params).toEqual(issues[0]?.params);
    expect(error?.messages.en).not.toBe(error?.messages.ko);
  });
});

describe('locale', () => {
  const FAILING: readonly (readonly [string, unknown])[] = [
    [
      'every rule',
      {
        edition: '2026',
        track: 'capability',
        lead: { id: 'a', kind: 'large', region: '서울', businessNumber: '1208147520' },
        members: [
          member('a', 'sme', { businessNumber: '12' }),
          member('b', 'university', { businessNumber: '120-81-47521' }),
          member('c', 'university', { businessNumber: '1208147521' }),
        ],
      },
    ],
    ['requirements', { ...goodConsortium('2026', 'supply-chain'), members: [] }],
    [
      'an unknown region',
      { ...goodConsortium('2025', 'capability'), lead: goodLead('capability', { region: '서을' }) },
    ],
    ['the shape', { edition: '1', track: 1, lead: [], members: 1, extra: 1 }],
  ];

  it.each(FAILING)('{ locale: "en" } changes the messages of %s, nothing else', (_label, input) => {
    const ko = checkConsortium(input);
    const en = checkConsortium(input, { locale: 'en' });
    const strip = withoutMessage;
    expect(issuesOf(en).map(strip)).toEqual(issuesOf(ko).map(strip));
    expect(issuesOf(ko).length).toBeGreaterThan(0);
    issuesOf(ko).forEach((issue, i) => {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issuesOf(en)[i]?.message).not.toBe(issue.message);
    });
    expect(checkConsortium(input, { locale: 'ko' })).toEqual(ko);
  });

  it('translates warnings too', () => {
    const input = { ...goodConsortium('2025', 'capability'), members: [member('m', 'sme')] };
    const ko = checkConsortium(input).warnings[0];
    const en = checkConsortium(input, { locale: 'en' }).warnings[0];
    expect(en?.code).toBe(ko?.code);
    expect(en?.params).toEqual(ko?.params);
    expect(en?.message).not.toBe(ko?.message);
  });

  it('the "every rule" consortium covers every consortium rule code', () => {
    const codes = new Set(issuesOf(checkConsortium(FAILING[0]?.[1])).map((i) => i.code));
    expect([...codes].sort()).toEqual(
      [
        'BUSINESS_NUMBER_INVALID',
        'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
        'CONSORTIUM_DUPLICATE_ID',
        'CONSORTIUM_LEAD_KIND',
        'CONSORTIUM_LEAD_REGION',
        'CONSORTIUM_LEAD_TIER',
        'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED',
      ].sort(),
    );
  });
});

describe('inputs are left untouched', () => {
  it('checks a deeply frozen consortium without writing to it', () => {
    const input = {
      edition: '2026' as const,
      track: 'supply-chain' as const,
      lead: goodLead('supply-chain', { businessNumber: ' 120-81-47521 ', region: ' 42 ' }),
      members: [member('a', 'sme', { businessNumber: '1208147521' }), member('a', 'nonprofit')],
    };
    const before = structuredClone(input);
    freezeDeep(input);
    const result = checkConsortium(input);
    expect(result.ok).toBe(false);
    expect(input).toEqual(before);
    expect(result).toEqual(checkConsortium(structuredClone(before)));
  });
});

// Random consortia: well-formed, then broken.
const consortiumArb = fc.record({
  edition: fc.constantFrom(...EDITION_IDS),
  track: fc.constantFrom(...TRACK_IDS),
  lead: fc.record(
    {
      id: fc.constantFrom('a', 'b', 'lead'),
      kind: fc.constantFrom(...KINDS),
      region: fc.constantFrom('부산', '서울', '42', '서을', 11, 47),
      tier: fc.constantFrom('leading', 'potential', 'none'),
      businessNumber: fc.constantFrom(
        '120-81-47521',
        '1208147521',
        '120-81-47520',
        validBusinessNumber('314159265'),
        'x',
      ),
    },
    { requiredKeys: ['id', 'kind'] },
  ),
  members: fc.array(
    fc.record(
      {
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        kind: fc.constantFrom(...KINDS),
        businessNumber: fc.constantFrom('120-81-47521', validBusinessNumber('271828182'), '1'),
        role: fc.constantFrom('공동', '위탁'),
      },
      { requiredKeys: ['id', 'kind'] },
    ),
    { maxLength: 6 },
  ),
});
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
});

function expectWellFormed(result: ConsortiumResult): void {
  expect(typeof result.ok).toBe('boolean');
  const issues = issuesOf(result);
  if (!result.ok) expect(issues.length).toBeGreaterThan(0);
  for (const issue of [...issues, ...result.warnings]) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(['confirmed', 'reported', 'derived']).toContain(issue.rule.confidence);
  }
}

describe('checkConsortium properties', () => {
  guardObjectPrototype();

  it('never throws on anything, and every issue is well-formed', () => {
    fc.assert(
      fc.property(anythingArb, (input) => {
        expectWellFormed(checkConsortium(input));
      }),
      RUNS,
    );
  });

  it('never throws on consortia with one field replaced by anything', () => {
    fc.assert(
      fc.property(
        consortiumArb,
        fc.constantFrom(
          'edition',
          'track',
          'lead',
          'members',
          'lead.id',
          'lead.kind',
          'lead.region',
          'lead.tier',
          'lead.businessNumber',
          'members.0',
          'members.0.kind',
          'members.0.businessNumber',
        ),
        anythingArb,
        (input, where, value) => {
          const copy = structuredClone(input) as unknown as Record<string, unknown>;
          const keys = where.split('.');
          let holder: unknown = copy;
          for (const key of keys.slice(0, -1)) holder = (holder as Record<string, unknown>)[key];
          if (typeof holder === 'object' && holder !== null)
            (holder as Record<string, unknown>)[keys.at(-1) ?? ''] = value;
          expectWellFormed(checkConsortium(copy));
        },
      ),
      RUNS,
    );
  });

  it('a well-formed consortium always gets a summary, and ok exactly when it has no issues', () => {
    fc.assert(
      fc.property(consortiumArb, (input) => {
        const result = checkConsortium(input);
        expectWellFormed(result);
        const summary = result.ok ? result.value : result.summary;
        expect(summary?.participants).toBe(1 + input.members.length);
        expect(Object.values(summary?.countsByKind ?? {}).reduce((a, b) => a + b, 0)).toBe(
          1 + input.members.length,
        );
        for (const issue of issuesOf(result)) expect(issue.code).not.toBe('INPUT_INVALID');
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of the locale but for messages', () => {
    fc.assert(
      fc.property(fc.oneof(consortiumArb, anythingArb), (input) => {
        const ko = checkConsortium(input);
        expect(checkConsortium(input)).toEqual(ko);
        const en = checkConsortium(input, { locale: 'en' });
        const strip = withoutMessage;
        expect(issuesOf(en).map(strip)).toEqual(issuesOf(ko).map(strip));
        expect(en.warnings.map(strip)).toEqual(ko.warnings.map(strip));
      }),
      RUNS,
    );
  });

  it('adding a member never removes an issue of the lead or an earlier member', () => {
    fc.assert(
      fc.property(consortiumArb, fc.constantFrom(...KINDS), (input, kind) => {
        const before = issuesOf(checkConsortium(input)).filter(
          (i) => i.code !== 'CONSORTIUM_REQUIREMENT_UNMET',
        );
        const after = issuesOf(
          checkConsortium({ ...input, members: [...input.members, member('new', kind)] }),
        );
        const key = (i: RuleIssue) => `${i.code} ${JSON.stringify(i.path)}`;
        expect(after.map(key)).toEqual(expect.arrayContaining(before.map(key)));
      }),
      RUNS,
    );
  });
});

describe('checkConsortium on a consortium it cannot read', () => {
  it('gives one INPUT_INVALID issue at the root and no warning', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkConsortium(proxy)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'INPUT_INVALID', path: [] })],
      warnings: [],
    });
  });
});

describe('a members list that lies about its length', () => {
  const lead = { id: 'lead', kind: 'sme', region: '부산', tier: 'leading' } as const;
  const lying = (length: unknown): never =>
    new Proxy([{ id: 'u', kind: 'university' }], {
      get: (target, key, receiver) =>
        key === 'length' ? length : (Reflect.get(target, key, receiver) as unknown),
    }) as never;

  it.each(['x', Number.NaN, 1.5, -1])(
    'is unreadable input for a length of %o, never a reading of made-up members',
    (length) => {
      const result = checkConsortium({
        edition: '2026',
        track: 'supply-chain',
        lead,
        members: lying(length),
      });
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['INPUT_INVALID']);
    },
  );
});
