// A catalogue passed by a caller is checked before any look-up: a malformed one is an
// OPTIONS_INVALID error with the path to the bad field, never a TypeError or a wrong answer.
import { describe, expect, it } from 'vitest';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import {
  DEFAULT_CATALOGUE,
  classifyKeyIndustry,
  findIndustry,
  suggestIndustries,
  industriesOf,
  isKeyIndustryOf,
  withIndustries,
  type Industry,
  type IndustryCatalogue,
} from 'regional-innovation-rnd/industries';
import { aCompany } from 'regional-innovation-rnd/testing';
import { caughtRulesError as caught } from '../support/errors';
import { ROBOTS } from '../support/industries';

const FIRST = DEFAULT_CATALOGUE.industries[0] as Industry;

const expectedOf = (error: { readonly params: object } | undefined): unknown =>
  (error?.params as { readonly expected?: unknown } | undefined)?.expected;
const asCatalogue = (value: unknown): IndustryCatalogue => value as IndustryCatalogue;

/** The library's catalogue with its first industry's fields replaced. */
function withFirst(fields: Record<string, unknown>): unknown {
  return {
    ...DEFAULT_CATALOGUE,
    industries: [{ ...FIRST, ...fields }, ...DEFAULT_CATALOGUE.industries.slice(1)],
  };
}

// Every public function that takes a catalogue, asked about 부산's 실버케어테크 (a listed 주축산업).
const LOOK_UPS: readonly (readonly [string, (catalogue: unknown) => unknown])[] = [
  ['findIndustry', (catalogue) => findIndustry('실버케어테크', asCatalogue(catalogue))],
  ['industriesOf', (catalogue) => industriesOf('부산', asCatalogue(catalogue))],
  ['isKeyIndustryOf', (catalogue) => isKeyIndustryOf('부산', '실버케어테크', asCatalogue(catalogue))],
  ['classifyKeyIndustry', (catalogue) => classifyKeyIndustry('부산', '실버케어테크', asCatalogue(catalogue))],
  [
    'suggestIndustries',
    (catalogue) => suggestIndustries('실버케어테크', { catalogue: asCatalogue(catalogue) }),
  ],
  [
    'assessEligibility',
    (catalogue) =>
      assessEligibility(aCompany(), {
        edition: '2026',
        track: 'supply-chain',
        catalogue: asCatalogue(catalogue),
      }),
  ],
];

// [what is wrong, the catalogue, the path of the error, the echoed input, the expected value]
type Bad = readonly [string, unknown, readonly (string | number)[], string, string];

const NOT_A_CATALOGUE = 'an IndustryCatalogue, such as DEFAULT_CATALOGUE or one made by withIndustries';
const NAME = '{ ko: string; en: string }';
const REGIONS = 'an array of current region codes';

/** A row for the library's catalogue with one field of its first industry replaced. */
const firstWith = (label: string, field: string, value: unknown, input: string, expected: string): Bad => [
  label,
  withFirst({ [field]: value }),
  ['catalogue', 'industries', 0, field],
  input,
  expected,
];

const BAD: readonly Bad[] = [
  ['null', null, ['catalogue'], 'null', NOT_A_CATALOGUE],
  ['an array', [], ['catalogue'], '[array(0)]', NOT_A_CATALOGUE],
  ['a string', 'default', ['catalogue'], '"default"', NOT_A_CATALOGUE],
  [
    'no industries',
    { keyListComplete: {} },
    ['catalogue', 'industries'],
    'undefined',
    'an array of Industry',
  ],
  [
    'industries as an object',
    { industries: {}, keyListComplete: {} },
    ['catalogue', 'industries'],
    '[object Object]',
    'an array of Industry',
  ],
  [
    'a null industry',
    { industries: [null], keyListComplete: {} },
    ['catalogue', 'industries', 0],
    'null',
    'an Industry',
  ],
  firstWith('a numeric id', 'id', 7, '7', 'a string'),
  firstWith('a name without ko', 'name', { en: 'Silver care tech' }, '[object Object]', NAME),
  firstWith('a name without en', 'name', { ko: '실버케어테크' }, '[object Object]', NAME),
  firstWith('a name as a string', 'name', '실버케어테크', '"실버케어테크"', NAME),
  firstWith(
    'a name as an array',
    'name',
    Object.assign([], { ko: '실버케어테크', en: 'Silver care tech' }),
    '[array(0)]',
    NAME,
  ),
  firstWith('an upper-case kind', 'kind', 'KEY', '"KEY"', "'key' | 'future'"),
  firstWith('regions as one string', 'regions', '26', '"26"', REGIONS),
  firstWith('a region by name', 'regions', ['부산'], '[array(1)]', REGIONS),
  firstWith('a region by number', 'regions', [26], '[array(1)]', REGIONS),
  firstWith("강원's old code", 'regions', ['42'], '[array(1)]', REGIONS),
  firstWith('a region no one knows', 'regions', ['서을'], '[array(1)]', REGIONS),
  firstWith('one good region and one by name', 'regions', ['26', '부산'], '[array(2)]', REGIONS),
  firstWith('no aliases', 'aliases', undefined, 'undefined', 'an array of strings'),
  firstWith('a numeric alias', 'aliases', ['실버', 3], '[array(2)]', 'an array of strings'),
  [
    'no keyListComplete',
    { industries: [] },
    ['catalogue', 'keyListComplete'],
    'undefined',
    'an object mapping region codes to true or false',
  ],
  [
    'a region name as a key',
    { industries: [], keyListComplete: { 부산: true } },
    ['catalogue', 'keyListComplete', '부산'],
    '"부산"',
    'a current region code',
  ],
  [
    'a string flag',
    { industries: [], keyListComplete: { '26': 'true' } },
    ['catalogue', 'keyListComplete', '26'],
    '"true"',
    'true or false',
  ],
];

describe('a catalogue passed by a caller', () => {
  describe.each(LOOK_UPS)('%s', (_name, lookUp) => {
    it.each(BAD)(
      'refuses %s with OPTIONS_INVALID and the path to the bad field',
      (_label, catalogue, path, input, expected) => {
        const error = caught(() => lookUp(catalogue));
        expect([error?.code, error?.path, error?.params]).toEqual([
          'OPTIONS_INVALID',
          path,
          { option: 'catalogue', input, expected },
        ]);
      },
    );

    it('refuses a catalogue whose industries cannot be read', () => {
      const unreadable = {
        get industries(): never {
          throw new Error('no');
        },
        keyListComplete: {},
      };
      const error = caught(() => lookUp(unreadable));
      expect([error?.code, error?.path, expectedOf(error)]).toEqual([
        'OPTIONS_INVALID',
        ['catalogue'],
        'a catalogue that can be read',
      ]);
    });

    it('refuses a catalogue that changes between reads, as a catalogue error', () => {
      let reads = 0;
      const shifty = {
        get industries(): unknown {
          reads += 1;
          return reads === 1 ? [] : null;
        },
        keyListComplete: {},
      };
      const error = caught(() => lookUp(shifty));
      // Which read sees the change depends on how often the function reads the catalogue.
      expect([error?.code, error?.path[0]]).toEqual(['OPTIONS_INVALID', 'catalogue']);
    });

    it('takes a well-formed catalogue made by hand, unfrozen', () => {
      const copy = {
        industries: [...DEFAULT_CATALOGUE.industries],
        keyListComplete: { ...DEFAULT_CATALOGUE.keyListComplete },
      };
      expect(caught(() => lookUp(copy))).toBeUndefined();
    });

    it('takes an empty catalogue, which lists nothing and knows no list complete', () => {
      expect(caught(() => lookUp({ industries: [], keyListComplete: {} }))).toBeUndefined();
    });
  });

  it.each(LOOK_UPS.slice(0, 5))(
    '%s refuses a catalogue that changes between the check and the look-up as unreadable',
    (_name, lookUp) => {
      let reads = 0;
      const shifty = {
        get industries(): unknown {
          reads += 1;
          return reads === 1 ? [] : null;
        },
        keyListComplete: {},
      };
      const error = caught(() => lookUp(shifty));
      expect([error?.code, error?.path, expectedOf(error)]).toEqual([
        'OPTIONS_INVALID',
        ['catalogue'],
        'a catalogue that can be read',
      ]);
    },
  );

  it('is checked for a capital region too, though no catalogue is read to answer it', () => {
    expect(isKeyIndustryOf('서울', '첨단반도체')).toBe('no');
    expect(caught(() => isKeyIndustryOf('서울', '첨단반도체', null as never))?.path).toEqual(['catalogue']);
    expect(caught(() => industriesOf('서울', null as never))?.path).toEqual(['catalogue']);
  });

  it('is checked for an empty name too, though no name can match', () => {
    expect(findIndustry('')).toBeUndefined();
    expect(caught(() => findIndustry('', null as never))?.path).toEqual(['catalogue']);
    expect(isKeyIndustryOf('부산', '')).toBe('unknown');
    expect(caught(() => isKeyIndustryOf('부산', '', null as never))?.path).toEqual(['catalogue']);
  });

  it('names the region the region error is about before looking at the catalogue', () => {
    expect(caught(() => isKeyIndustryOf('서을', '실버케어테크', null as never))?.code).toBe('REGION_UNKNOWN');
    expect(caught(() => industriesOf('서을', null as never))?.code).toBe('REGION_UNKNOWN');
  });

  it('accepts capital-region codes, which the library itself lists as complete', () => {
    const catalogue = {
      industries: [{ ...FIRST, regions: ['11'] }],
      keyListComplete: { '11': true, '41': false },
    };
    expect(isKeyIndustryOf('경기', '실버케어테크', asCatalogue(catalogue))).toBe('no');
    expect(industriesOf('부산', asCatalogue(catalogue))).toEqual({
      region: '26',
      key: [],
      future: [],
      keyListComplete: false,
    });
  });

  it('answers from the catalogue given, not the library one', () => {
    const onlyFirst = { industries: [FIRST], keyListComplete: { [FIRST.regions[0] as string]: true } };
    expect(findIndustry(FIRST.name.ko, asCatalogue(onlyFirst))).toBe(FIRST);
    expect(
      findIndustry('실버케어테크', asCatalogue({ industries: [], keyListComplete: {} })),
    ).toBeUndefined();
  });
});

describe('assessEligibility with a catalogue', () => {
  // 대전's third 주축산업 is not in the public sources: the library cannot tell, a caller who knows it can.
  const daejeon = aCompany({ region: '대전', industry: '지능형로봇' });
  const options = { edition: '2026', track: 'supply-chain' } as const;
  const extended = withIndustries([ROBOTS], DEFAULT_CATALOGUE, { keyListComplete: { 대전: true } });
  const keyIndustry = (assessment: ReturnType<typeof assessEligibility>): unknown =>
    assessment.findings.find((finding) => finding.rule.id === 'eligibility.key-industry')?.status;

  it('is unknown with the library catalogue, where 대전 lists two of its three 주축산업', () => {
    expect(keyIndustry(assessEligibility(daejeon, options))).toBe('unknown');
    expect(keyIndustry(assessEligibility(daejeon, { ...options, catalogue: undefined }))).toBe('unknown');
  });

  it('passes with a catalogue that adds the industry', () => {
    const assessment = assessEligibility(daejeon, { ...options, catalogue: extended });
    expect(keyIndustry(assessment)).toBe('pass');
  });

  it('fails another industry of 대전 once the catalogue marks its list complete', () => {
    const other = aCompany({ region: '대전', industry: '실버케어테크' });
    expect(keyIndustry(assessEligibility(other, options))).toBe('unknown');
    const assessment = assessEligibility(other, { ...options, catalogue: extended });
    expect([keyIndustry(assessment), assessment.outcome]).toEqual(['fail', 'ineligible']);
  });

  it('checks the catalogue even when the company names no industry', () => {
    const error = caught(() =>
      assessEligibility(aCompany({ industry: undefined }), { ...options, catalogue: 'mine' as never }),
    );
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['catalogue']]);
  });
});

describe('the lists of a catalogue passed by a caller', () => {
  it('refuses a list of industries of an absurd length at once, without walking it', () => {
    let reads = 0;
    const industries = new Proxy(new Array<unknown>(2 ** 28), {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/u.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const error = caught(() =>
      findIndustry('실버케어테크', asCatalogue({ industries, keyListComplete: {} })),
    );
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['catalogue', 'industries']]);
    expect(reads).toBe(0);
  });

  it("refuses a hole in a list of industries, and in an industry's regions, at the hole", () => {
    const sparse: unknown[] = [FIRST];
    sparse.length = 2;
    expect(
      caught(() => findIndustry('x', asCatalogue({ industries: sparse, keyListComplete: {} })))?.path,
    ).toEqual(['catalogue', 'industries', 1]);
    const regions: string[] = ['26'];
    regions.length = 2;
    expect(caught(() => findIndustry('x', asCatalogue(withFirst({ regions }))))?.path).toEqual([
      'catalogue',
      'industries',
      0,
      'regions',
      1,
    ]);
  });

  it('refuses a list whose length is not a count', () => {
    const lying = new Proxy([FIRST], {
      get: (t, k, r) => (k === 'length' ? Number.NaN : (Reflect.get(t, k, r) as unknown)),
    });
    expect(
      caught(() => findIndustry('x', asCatalogue({ industries: lying, keyListComplete: {} })))?.path,
    ).toEqual(['catalogue', 'industries']);
  });
});
