import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  normalizeIndustryName,
  suggestIndustries,
  withIndustries,
  type Industry,
  type IndustryCatalogue,
} from 'regional-innovation-rnd/industries';
import { rulesError } from '../../src/rules/issues/build';
import { REGION_UNKNOWN } from '../../src/rules/issues/regions';
import { describeInput, type RegionCode } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';
import { ROBOTS } from '../support/industries';

const ids = (industries: readonly Industry[]): string[] => industries.map((industry) => industry.id);

/** An industry of a hand-made catalogue going by one name (its id, both names). */
function named(name: string, region: RegionCode = '26', aliases: readonly string[] = []): Industry {
  return {
    id: name,
    name: { ko: name, en: name },
    kind: 'key',
    regions: [region],
    aliases,
    provenance: { sources: [], confidence: 'reported' },
  };
}

const catalogueOf = (industries: readonly Industry[]): IndustryCatalogue =>
  ({ industries, keyListComplete: {} }) as unknown as IndustryCatalogue;

describe('suggestIndustries: what is close', () => {
  it.each([
    // A final syllable missing: two jamo.
    ['라이프케어소', ['gyeongbuk-life-care-materials']],
    // A final syllable half typed, with a compatibility jamo as a keyboard gives it.
    ['라이프케어소ㅈ', ['gyeongbuk-life-care-materials']],
    // One vowel mistyped, with spaces and a trailing 산업 that do not count.
    ['실버캐어 테크 산업', ['busan-silver-care-tech']],
    ['전력반도채', ['busan-power-semiconductor']],
    ['첨단디스플래이', ['chungnam-advanced-display']],
    // A syllable missing, or two.
    ['항공품', ['gyeongnam-aircraft-parts']],
    ['나노도체', ['daejeon-nano-semiconductor']],
    ['실버케어', ['busan-silver-care-tech']],
    ['위성통신', ['daejeon-5g-6g-satellite-communications']],
    // English names and ids count too.
    ['Power semiconductor', ['busan-power-semiconductor', 'daejeon-nano-semiconductor']],
    ['busan-silver-care-tec', ['busan-silver-care-tech']],
  ])('suggests for %j: %j', (name, expected) => {
    expect(ids(suggestIndustries(name))).toEqual(expected);
  });

  it.each(['지능형로봇', '반도체', '바이오', '스마트제조', '조선해양플랜트', 'robots', 'a', 'ab'])(
    'suggests nothing for %j, which is close to no industry',
    (name) => {
      expect(suggestIndustries(name)).toEqual([]);
    },
  );

  it.each(['', '   ', '·', '산업', ' 산업 ', '·산업', '\u200B', '-', '()'])(
    'suggests nothing for %j, which names nothing',
    (name) => {
      const suggestions = suggestIndustries(name, { limit: 100 });
      expect(suggestions).toEqual([]);
      expect(Object.isFrozen(suggestions)).toBe(true);
    },
  );

  it('puts a name the catalogue knows first, at distance 0, then the close ones', () => {
    expect(ids(suggestIndustries('기능성바이오소재'))).toEqual([
      'sejong-functional-bio-materials',
      'ulsan-functional-chemical-materials',
    ]);
  });

  it('gives nothing but a string name nothing', () => {
    for (const odd of [undefined, null, 42, {}, ['실버케어테크']]) {
      expect(suggestIndustries(odd as never)).toEqual([]);
    }
  });

  it('answers a very long name at once, with nothing', () => {
    expect(suggestIndustries('가'.repeat(200_000))).toEqual([]);
    expect(suggestIndustries('실버케어테크'.repeat(10_000))).toEqual([]);
  });
});

describe('suggestIndustries: the cut-off, a third of the longer name’s letters, at least 1', () => {
  /** Whether `typed` is close to the one industry of a catalogue going by `name`. */
  const close = (name: string, typed: string): boolean =>
    suggestIndustries(typed, { catalogue: catalogueOf([named(name)]) }).length === 1;

  it('lets 1 edit through between names of up to 5 letters, not 2', () => {
    expect([close('ax', 'ab'), close('xy', 'ab')]).toEqual([true, false]);
    expect([close('abxy', 'axxy'), close('abxy', 'zbxz')]).toEqual([true, false]);
    expect([close('abcxy', 'abcxz'), close('abcxy', 'abczz')]).toEqual([true, false]);
  });

  it('lets 2 edits through when the longer name has 6 to 8 letters, not 3', () => {
    expect([close('abcdyz', 'abcdef'), close('abcdyz', 'abcxxx')]).toEqual([true, false]);
    expect([close('abcdyz', 'abcd'), close('abcdyz', 'abc')]).toEqual([true, false]);
    expect([close('abcdefgh', 'abcdefxx'), close('abcdefgh', 'abcdexxx')]).toEqual([true, false]);
  });

  it('lets 3 edits through when the longer name has 9 to 11 letters, not 4', () => {
    expect([close('abcdefghij', 'abcdefg'), close('abcdefghij', 'abcdef')]).toEqual([true, false]);
  });

  it('takes the longer of the two names, whichever was typed', () => {
    // 13 letters typed for a name of 10: 4 edits pass, so 3 extra letters do.
    expect(close('abcdefghij', 'abcdefghijklm')).toBe(true);
    expect(close('abcdefghij', 'abcdefghijklmno')).toBe(true);
    expect(close('abcdefghij', 'abcdefghijklmnop')).toBe(false);
  });

  it('counts a Hangul syllable as its jamo', () => {
    // 가나다라 has 8 jamo, so 2 edits pass: 가나다 (two jamo fewer) does, 가나 (four fewer) does not.
    expect(close('가나다라', '가나다')).toBe(true);
    expect(close('가나다라', '각나다라')).toBe(true);
    expect(close('가나다라', '가나')).toBe(false);
  });

  it('compares every name of an industry and counts the closest', () => {
    const aliased = catalogueOf([named('zzzzzzzz', '26', ['abcdefgh'])]);
    expect(ids(suggestIndustries('abcdefgx', { catalogue: aliased }))).toEqual(['zzzzzzzz']);
  });
});

describe('suggestIndustries: the order', () => {
  // 'abcdef': B, C, D at distance 1, A at distance 2; C and A in 부산, B and D in 대구.
  const catalogue = catalogueOf([
    named('abcdxx', '26'),
    named('abcdex', '27'),
    named('abcdey', '26'),
    named('abcdez', '27'),
  ]);

  it('orders by distance, then catalogue order', () => {
    expect(ids(suggestIndustries('abcdef', { catalogue, limit: 4 }))).toEqual([
      'abcdex',
      'abcdey',
      'abcdez',
      'abcdxx',
    ]);
  });

  it('puts the region’s own first on equal distance only', () => {
    expect(ids(suggestIndustries('abcdef', { catalogue, limit: 4, region: '부산' }))).toEqual([
      'abcdey',
      'abcdex',
      'abcdez',
      'abcdxx',
    ]);
    expect(ids(suggestIndustries('abcdef', { catalogue, limit: 4, region: 'Daegu' }))).toEqual([
      'abcdex',
      'abcdez',
      'abcdey',
      'abcdxx',
    ]);
    // A capital region has no industries of its own: catalogue order.
    expect(ids(suggestIndustries('abcdef', { catalogue, limit: 4, region: '서울' }))).toEqual([
      'abcdex',
      'abcdey',
      'abcdez',
      'abcdxx',
    ]);
  });

  it('gives three by default, and as many as asked', () => {
    expect(ids(suggestIndustries('abcdef', { catalogue }))).toEqual(['abcdex', 'abcdey', 'abcdez']);
    expect(ids(suggestIndustries('abcdef', { catalogue, limit: 1 }))).toEqual(['abcdex']);
    expect(suggestIndustries('abcdef', { catalogue, limit: 0 })).toEqual([]);
    expect(suggestIndustries('abcdef', { catalogue, limit: 100 })).toHaveLength(4);
  });

  it('suggests a record a hand-made catalogue lists twice once', () => {
    const twice = named('abcdex');
    expect(ids(suggestIndustries('abcdef', { catalogue: catalogueOf([twice, twice]) }))).toEqual(['abcdex']);
  });

  it('suggests nothing for a name that names nothing, not even a one-letter name', () => {
    const short = catalogueOf([named('abc', '26', ['x'])]);
    expect(ids(suggestIndustries('y', { catalogue: short }))).toEqual(['abc']);
    expect(suggestIndustries('', { catalogue: short })).toEqual([]);
    expect(suggestIndustries('산업', { catalogue: short })).toEqual([]);
  });

  it('never suggests a record whose names all fold to nothing', () => {
    const blank = { ...named('x'), id: '-', name: { ko: '산업', en: '·' } };
    expect(suggestIndustries('산업x', { catalogue: catalogueOf([blank]), limit: 5 })).toEqual([]);
  });

  it('suggests the industries a caller added', () => {
    const extended = withIndustries([ROBOTS]);
    expect(ids(suggestIndustries('지능형 로보트', { catalogue: extended, region: '대전' }))).toEqual([
      'daejeon-intelligent-robots',
    ]);
  });
});

describe('suggestIndustries: options', () => {
  it.each([null, 5, 'x', [], true])('refuses options %j as OPTIONS_INVALID at the top', (options) => {
    const error = caughtRulesError(() => suggestIndustries('실버케어테크', options as never));
    expect([error?.code, error?.path, error?.params]).toEqual([
      'OPTIONS_INVALID',
      [],
      {
        option: 'options',
        input: describeInput(options),
        expected: '{ region?, catalogue?, limit? } or undefined',
      },
    ]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', null])(
    'refuses the limit %j with OPTIONS_INVALID at [limit]',
    (limit) => {
      const error = caughtRulesError(() => suggestIndustries('실버케어테크', { limit: limit as never }));
      expect([error?.code, error?.path, error?.params]).toEqual([
        'OPTIONS_INVALID',
        ['limit'],
        { option: 'limit', input: describeInput(limit), expected: 'a non-negative integer' },
      ]);
    },
  );

  it('takes undefined for every option, and no options at all', () => {
    const expected = ids(suggestIndustries('실버캐어테크'));
    expect(expected).toEqual(['busan-silver-care-tech']);
    expect(ids(suggestIndustries('실버캐어테크', {}))).toEqual(expected);
    expect(
      ids(suggestIndustries('실버캐어테크', { region: undefined, catalogue: undefined, limit: undefined })),
    ).toEqual(expected);
  });

  it.each(['서을', '__proto__', 'constructor', 99, null])(
    'refuses the region %j with REGION_UNKNOWN at [region]',
    (region) => {
      const error = caughtRulesError(() => suggestIndustries('실버케어테크', { region }));
      expect([error?.code, error?.path, error?.params]).toEqual([
        'REGION_UNKNOWN',
        ['region'],
        { input: describeInput(region) },
      ]);
    },
  );

  it('refuses options that cannot be read as OPTIONS_INVALID at the top, and passes on a RulesError', () => {
    const throwing = {
      get limit(): never {
        throw new Error('no');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const options of [throwing, proxy]) {
      const error = caughtRulesError(() => suggestIndustries('실버케어테크', options));
      expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', []]);
    }
    const raised = rulesError(REGION_UNKNOWN, { input: '"서을"' });
    const raising = {
      get region(): never {
        throw raised;
      },
    };
    expect(caughtRulesError(() => suggestIndustries('실버케어테크', raising))).toBe(raised);
  });

  it('checks the catalogue even for a name that names nothing', () => {
    const error = caughtRulesError(() => suggestIndustries('', { catalogue: null as never }));
    expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['catalogue']]);
  });
});

describe('suggestIndustries: properties', () => {
  const names = DEFAULT_CATALOGUE.industries.flatMap((industry) =>
    [industry.id, industry.name.ko, industry.name.en, ...industry.aliases].map((name) => ({
      industry,
      name,
    })),
  );

  it('suggests only the catalogue’s own records, each once, at most limit, frozen, the same every time', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...names.map(({ name }) => name)),
          fc.constantFrom(...names.map(({ name }) => name)).map((name) => `${name.slice(1)}x`),
        ),
        fc.option(fc.constantFrom('부산', '대전', '42', '서울'), { nil: undefined }),
        fc.nat({ max: 6 }),
        (name, region, limit) => {
          const suggestions = suggestIndustries(name, { region, limit });
          expect(suggestions.length).toBeLessThanOrEqual(limit);
          expect(new Set(suggestions).size).toBe(suggestions.length);
          for (const industry of suggestions) expect(DEFAULT_CATALOGUE.industries).toContain(industry);
          expect(Object.isFrozen(suggestions)).toBe(true);
          expect(suggestIndustries(name, { region, limit })).toEqual(suggestions);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('suggests an industry for any of its names with one letter or syllable dropped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), ({ industry, name }, at) => {
        const key = normalizeIndustryName(name);
        const letters = Array.from(key);
        fc.pre(letters.length >= 2);
        const typo = letters.filter((_, index) => index !== at % letters.length).join('');
        fc.pre(normalizeIndustryName(typo) === typo);
        expect(suggestIndustries(typo, { limit: 100 })).toContain(industry);
      }),
      { numRuns: 500 },
    );
  });
});
