import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  KEY_INDUSTRIES,
  findIndustry,
  industriesOf,
  isKeyIndustryOf,
  withIndustries,
  type Industry,
  type IndustryCatalogue,
  type IndustryInput,
} from 'regional-innovation-rnd/industries';
import { describeInput, isRulesError, type IssueCode, type IssuePath } from 'regional-innovation-rnd/rules';

import { ROBOTS } from '../support/industries';

/** Runs `action`, expects a RulesError, and returns what a program would read from it. */
function caught(action: () => unknown): { code: IssueCode; path: IssuePath; params: unknown } {
  try {
    action();
  } catch (error) {
    if (!isRulesError(error)) throw error;
    return { code: error.code, path: error.path, params: error.params };
  }
  throw new Error('expected a RulesError');
}

/** A list of one valid industry with one field replaced. */
function invalid(field: string, value: unknown): readonly IndustryInput[] {
  return [{ ...ROBOTS, [field]: value }];
}

// Length 2, nothing at index 0: a hole, not an undefined element.
const WITH_HOLE: readonly string[] = Object.assign(new Array<string>(2), { 1: '대전' });

describe('withIndustries: a new catalogue', () => {
  it('returns a new, frozen catalogue and leaves the built-in data unchanged', () => {
    const before = JSON.stringify(DEFAULT_CATALOGUE);
    const keyBefore = JSON.stringify(KEY_INDUSTRIES);
    const catalogue = withIndustries([ROBOTS]);
    expect(catalogue).not.toBe(DEFAULT_CATALOGUE);
    expect(catalogue.industries).toHaveLength(DEFAULT_CATALOGUE.industries.length + 1);
    expect(JSON.stringify(DEFAULT_CATALOGUE)).toBe(before);
    expect(JSON.stringify(KEY_INDUSTRIES)).toBe(keyBefore);
    expect(findIndustry('지능형로봇')).toBeUndefined();
    expect(findIndustry('지능형 로봇', catalogue)?.id).toBe('daejeon-intelligent-robots');
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(catalogue.industries)).toBe(true);
    expect(Object.isFrozen(catalogue.keyListComplete)).toBe(true);
    const added = catalogue.industries.at(-1) as unknown as {
      name: { ko: string };
      provenance: { sources: unknown[] };
    };
    expect(() => {
      added.name.ko = 'x';
    }).toThrow(TypeError);
    expect(() => {
      added.provenance.sources.push({});
    }).toThrow(TypeError);
  });

  it('extends a region: the new 주축산업 appears in industriesOf', () => {
    const catalogue = withIndustries([ROBOTS]);
    const daejeon = industriesOf('대전', catalogue);
    expect(daejeon.key.map((industry) => industry.id)).toEqual([
      'daejeon-nano-semiconductor',
      'daejeon-precision-medicine-bio-health',
      'daejeon-intelligent-robots',
    ]);
    expect(daejeon.keyListComplete).toBe(false);
    expect(industriesOf('대전').key).toHaveLength(2);
  });

  it('copies and completes the input: current codes, English name, caller-supplied provenance', () => {
    const input = {
      id: 'gangwon-x',
      name: { ko: ' 강원 신산업 '.normalize('NFD') },
      kind: 'future',
      regions: ['42', '강원', 'Gangwon', '30'],
      aliases: ['강원X'],
    } as const;
    const snapshot = JSON.stringify(input);
    const [added] = withIndustries([input]).industries.slice(-1);
    expect(added).toEqual({
      id: 'gangwon-x',
      name: { ko: '강원 신산업', en: '강원 신산업' },
      kind: 'future',
      regions: ['51', '30'],
      aliases: ['강원X'],
      provenance: { sources: [], confidence: 'reported', note: 'caller-supplied' },
    });
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it("keeps the caller's sources, confidence and note after the marker", () => {
    const source = {
      title: '대전 지역산업진흥계획',
      publisher: '대전테크노파크',
      date: '2026-02',
      url: 'https://x.example',
    };
    const [added] = withIndustries([
      {
        ...ROBOTS,
        name: { ko: '지능형로봇', en: 'Intelligent robots' },
        sources: [source],
        confidence: 'confirmed',
        note: 'official table',
      },
    ]).industries.slice(-1);
    expect(added?.name.en).toBe('Intelligent robots');
    expect(added?.provenance).toEqual({
      sources: [source],
      confidence: 'confirmed',
      note: 'caller-supplied: official table',
    });
    expect(added?.provenance.sources[0]).not.toBe(source);
  });

  it('copies only the fields of a source it knows', () => {
    const [added] = withIndustries([
      {
        ...ROBOTS,
        sources: [
          { title: ' T ', publisher: 'P', date: '2026', locator: 'p.3', note: 'n', extra: 1 } as never,
        ],
      },
    ]).industries.slice(-1);
    expect(added?.provenance.sources).toEqual([
      { title: 'T', publisher: 'P', date: '2026', locator: 'p.3', note: 'n' },
    ]);
  });

  it('extends a catalogue that was already extended, and accepts an empty list', () => {
    const once = withIndustries([ROBOTS]);
    const twice = withIndustries([{ ...ROBOTS, id: 'daejeon-defence' }], once);
    expect(twice.industries).toHaveLength(once.industries.length + 1);
    expect(withIndustries([]).industries).toEqual(DEFAULT_CATALOGUE.industries);
  });

  it('marks regions complete or not on request, leaving the base as it was', () => {
    const catalogue = withIndustries([ROBOTS], DEFAULT_CATALOGUE, {
      keyListComplete: { 대전: true, '48': true, Busan: false, 대전광역시: true },
    });
    expect(catalogue.keyListComplete['30']).toBe(true);
    expect(catalogue.keyListComplete['48']).toBe(true);
    expect(catalogue.keyListComplete['26']).toBe(false);
    expect(DEFAULT_CATALOGUE.keyListComplete['30']).toBe(false);
    expect(isKeyIndustryOf('대전', '지능형 로봇', catalogue)).toBe('yes');
    expect(isKeyIndustryOf('대전', '항공부품', catalogue)).toBe('no');
    expect(isKeyIndustryOf('부산', '항공부품', catalogue)).toBe('unknown');
    expect(withIndustries([], DEFAULT_CATALOGUE, {}).keyListComplete).toEqual(
      DEFAULT_CATALOGUE.keyListComplete,
    );
    expect(withIndustries([], DEFAULT_CATALOGUE, undefined).keyListComplete).toEqual(
      DEFAULT_CATALOGUE.keyListComplete,
    );
  });
});

describe('withIndustries: refusals', () => {
  it.each([
    ['not an array', () => withIndustries({} as never), [], {}, 'shape'],
    ['a non-object item', () => withIndustries([42 as never]), [0], 42, 'shape'],
    ['an array item', () => withIndustries([[] as never]), [0], [], 'shape'],
    ['a null item', () => withIndustries([null as never]), [0], null, 'shape'],
    ['a missing id', () => withIndustries(invalid('id', undefined)), [0, 'id'], undefined, 'shape'],
    ['a numeric id', () => withIndustries(invalid('id', 7)), [0, 'id'], 7, 'shape'],
    [
      'an id that is not a slug',
      () => withIndustries(invalid('id', 'Daejeon Robots')),
      [0, 'id'],
      'Daejeon Robots',
      'shape',
    ],
    ['an empty id', () => withIndustries(invalid('id', '')), [0, 'id'], '', 'shape'],
    [
      'an over-long id',
      () => withIndustries(invalid('id', 'a'.repeat(101))),
      [0, 'id'],
      'a'.repeat(101),
      'shape',
    ],
    [
      'a built-in id',
      () => withIndustries(invalid('id', 'busan-silver-care-tech')),
      [0, 'id'],
      'busan-silver-care-tech',
      'duplicate-id',
    ],
    [
      'a name that is not an object',
      () => withIndustries(invalid('name', '지능형로봇')),
      [0, 'name'],
      '지능형로봇',
      'shape',
    ],
    [
      'a Korean name that is not a string',
      () => withIndustries(invalid('name', { ko: 1 })),
      [0, 'name', 'ko'],
      1,
      'shape',
    ],
    [
      'an empty Korean name',
      () => withIndustries(invalid('name', { ko: '' })),
      [0, 'name', 'ko'],
      '',
      'empty-name',
    ],
    [
      'a Korean name of dots and 산업',
      () => withIndustries(invalid('name', { ko: ' · 산업' })),
      [0, 'name', 'ko'],
      ' · 산업',
      'empty-name',
    ],
    [
      'an English name that is not a string',
      () => withIndustries(invalid('name', { ko: '로봇', en: null })),
      [0, 'name', 'en'],
      null,
      'shape',
    ],
    [
      'an empty English name',
      () => withIndustries(invalid('name', { ko: '로봇', en: '  ' })),
      [0, 'name', 'en'],
      '  ',
      'empty-name',
    ],
    ['an unknown kind', () => withIndustries(invalid('kind', 'main')), [0, 'kind'], 'main', 'shape'],
    [
      'regions not an array',
      () => withIndustries(invalid('regions', '대전')),
      [0, 'regions'],
      '대전',
      'shape',
    ],
    ['no regions', () => withIndustries(invalid('regions', [])), [0, 'regions'], [], 'shape'],
    [
      'an unknown region',
      () => withIndustries(invalid('regions', ['대전', '서을'])),
      [0, 'regions', 1],
      '서을',
      'unknown-region',
    ],
    [
      'a capital region',
      () => withIndustries(invalid('regions', ['경기'])),
      [0, 'regions', 0],
      '경기',
      'unknown-region',
    ],
    [
      'a hole in the regions',
      () => withIndustries(invalid('regions', WITH_HOLE)),
      [0, 'regions', 0],
      undefined,
      'unknown-region',
    ],
    [
      'a 주축산업 in two regions',
      () => withIndustries(invalid('regions', ['대전', '부산'])),
      [0, 'regions'],
      ['대전', '부산'],
      'shape',
    ],
    [
      'aliases not an array',
      () => withIndustries(invalid('aliases', '로봇')),
      [0, 'aliases'],
      '로봇',
      'shape',
    ],
    [
      'a non-string alias',
      () => withIndustries(invalid('aliases', ['로봇', 3])),
      [0, 'aliases', 1],
      3,
      'shape',
    ],
    ['an empty alias', () => withIndustries(invalid('aliases', ['·'])), [0, 'aliases', 0], '·', 'empty-name'],
    ['sources not an array', () => withIndustries(invalid('sources', {})), [0, 'sources'], {}, 'shape'],
    [
      'a source that is not an object',
      () => withIndustries(invalid('sources', ['url'])),
      [0, 'sources', 0],
      'url',
      'shape',
    ],
    [
      'a source without a title',
      () => withIndustries(invalid('sources', [{ publisher: 'P', date: '2026' }])),
      [0, 'sources', 0, 'title'],
      undefined,
      'shape',
    ],
    [
      'a source with a blank date',
      () => withIndustries(invalid('sources', [{ title: 'T', publisher: 'P', date: ' ' }])),
      [0, 'sources', 0, 'date'],
      ' ',
      'shape',
    ],
    [
      'a source with a numeric url',
      () => withIndustries(invalid('sources', [{ title: 'T', publisher: 'P', date: '2026', url: 1 }])),
      [0, 'sources', 0, 'url'],
      1,
      'shape',
    ],
    [
      'an unknown confidence',
      () => withIndustries(invalid('confidence', 'sure')),
      [0, 'confidence'],
      'sure',
      'shape',
    ],
    ['a note that is not a string', () => withIndustries(invalid('note', 5)), [0, 'note'], 5, 'shape'],
    [
      'an id given twice',
      () => withIndustries([ROBOTS, { ...ROBOTS, name: { ko: '로봇' } }]),
      [1, 'id'],
      'daejeon-intelligent-robots',
      'duplicate-id',
    ],
    [
      'an id of the base catalogue',
      () => withIndustries([ROBOTS], withIndustries([ROBOTS])),
      [0, 'id'],
      'daejeon-intelligent-robots',
      'duplicate-id',
    ],
  ] as const)('refuses %s', (_label, action, path, input, reason) => {
    expect(caught(action)).toEqual({
      code: 'INDUSTRY_INVALID',
      path,
      params: { input: describeInput(input), reason },
    });
  });

  it('refuses an item whose fields cannot be read, as a shape error at its index', () => {
    const hostile = {
      get id(): string {
        throw new Error('no');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(caught(() => withIndustries([ROBOTS, hostile as never]))).toMatchObject({
      code: 'INDUSTRY_INVALID',
      path: [1],
      params: { reason: 'shape' },
    });
    expect(caught(() => withIndustries([proxy as never]))).toMatchObject({
      code: 'INDUSTRY_INVALID',
      path: [0],
      params: { reason: 'shape' },
    });
  });

  it('refuses a list that cannot be read, as a shape error at the top', () => {
    const list = new Proxy([ROBOTS], {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('no');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(caught(() => withIndustries(list))).toMatchObject({
      code: 'INDUSTRY_INVALID',
      path: [],
      params: { reason: 'shape' },
    });
  });

  it.each([
    [
      'options that are not an object',
      () => withIndustries([], DEFAULT_CATALOGUE, 1 as never),
      'options',
      1,
      [],
    ],
    [
      'a keyListComplete that is not an object',
      () => withIndustries([], DEFAULT_CATALOGUE, { keyListComplete: [] as never }),
      'keyListComplete',
      [],
      ['keyListComplete'],
    ],
    [
      'an unknown region',
      () => withIndustries([], DEFAULT_CATALOGUE, { keyListComplete: { 서을: true } }),
      'keyListComplete',
      '서을',
      ['keyListComplete', '서을'],
    ],
    [
      'a capital region',
      () => withIndustries([], DEFAULT_CATALOGUE, { keyListComplete: { 서울: true } }),
      'keyListComplete',
      '서울',
      ['keyListComplete', '서울'],
    ],
    [
      'a value that is not a boolean',
      () => withIndustries([], DEFAULT_CATALOGUE, { keyListComplete: { 대전: 'yes' as never } }),
      'keyListComplete',
      'yes',
      ['keyListComplete', '대전'],
    ],
    [
      'one region given two answers',
      () => withIndustries([], DEFAULT_CATALOGUE, { keyListComplete: { '30': true, 대전: false } }),
      'keyListComplete',
      false,
      ['keyListComplete', '대전'],
    ],
    ['a base that is not a catalogue', () => withIndustries([], {} as never), 'base', {}, []],
    ['a null base', () => withIndustries([], null as never), 'base', null, []],
  ] as const)('refuses %s with OPTIONS_INVALID', (_label, action, option, input, path) => {
    expect(caught(action)).toMatchObject({
      code: 'OPTIONS_INVALID',
      path,
      params: { option, input: describeInput(input) },
    });
  });

  it('refuses options or a base that cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get(): never {
          throw new Error('no');
        },
      },
    );
    expect(caught(() => withIndustries([], DEFAULT_CATALOGUE, hostile))).toMatchObject({
      code: 'OPTIONS_INVALID',
      params: { option: 'options' },
    });
    const unreadableList = new Proxy([] as unknown[], {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('no');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const base = { industries: unreadableList, keyListComplete: {} } as unknown as IndustryCatalogue;
    expect(caught(() => withIndustries([], base))).toMatchObject({
      code: 'OPTIONS_INVALID',
      params: { option: 'base' },
    });
  });

  it('accepts a hand-made base, skipping entries without an id', () => {
    const base = {
      industries: [null, { name: 'no id' }, ...DEFAULT_CATALOGUE.industries],
      keyListComplete: DEFAULT_CATALOGUE.keyListComplete,
    } as unknown as IndustryCatalogue;
    expect(withIndustries([ROBOTS], base).industries).toHaveLength(base.industries.length + 1);
  });

  it('throws nothing but a RulesError, whatever it is given', () => {
    const field = fc.oneof(fc.anything(), fc.constantFrom('대전', '30', '42', 'key', 'future', 'x-y', ''));
    const item = fc.oneof(
      fc.anything(),
      fc.record(
        {
          id: fc.oneof(field, fc.stringMatching(/^[a-z]{1,5}(-[a-z0-9]{1,3})?$/u)),
          name: fc.oneof(field, fc.record({ ko: field, en: field }, { requiredKeys: [] })),
          kind: field,
          regions: fc.oneof(field, fc.array(field, { maxLength: 3 })),
          aliases: fc.oneof(field, fc.array(field, { maxLength: 3 })),
          sources: fc.oneof(
            field,
            fc.array(fc.oneof(field, fc.dictionary(fc.string(), field)), { maxLength: 2 }),
          ),
          confidence: field,
          note: field,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(item, { maxLength: 4 })),
        fc.oneof(fc.constant(undefined), fc.anything(), fc.record({ keyListComplete: fc.anything() })),
        (extra, options) => {
          try {
            const catalogue = withIndustries(extra as never, DEFAULT_CATALOGUE, options as never);
            expect(Object.isFrozen(catalogue.industries)).toBe(true);
          } catch (error) {
            expect(isRulesError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('withIndustries and the caller’s base', () => {
  it('never freezes the records of a hand-made base, and checks them on each look-up', () => {
    const record = { ...(DEFAULT_CATALOGUE.industries[0] as Industry), aliases: [] as string[] };
    const base = { industries: [record], keyListComplete: {} } as unknown as IndustryCatalogue;
    const extended = withIndustries([], base);
    expect(Object.isFrozen(record)).toBe(false);
    expect(Object.isFrozen(base.industries)).toBe(false);
    (record as { kind: unknown }).kind = 'neither';
    expect(caught(() => findIndustry('x', extended)).path).toEqual(['catalogue', 'industries', 0, 'kind']);
  });
});
