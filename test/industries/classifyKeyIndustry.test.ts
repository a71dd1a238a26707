import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  FUTURE_INDUSTRIES,
  KEY_INDUSTRIES,
  classifyKeyIndustry,
  findIndustry,
  industriesOf,
  isKeyIndustryOf,
  normalizeIndustryName,
  withIndustries,
  type Industry,
  type IndustryCatalogue,
  type KeyIndustryClassification,
} from 'regional-innovation-rnd/industries';
import { REGIONS } from 'regional-innovation-rnd/regions';
import { describeInput, isRulesError } from 'regional-innovation-rnd/rules';
import { caughtRulesError } from '../support/errors';
import { ROBOTS } from '../support/industries';

/** The library's industry with this id. */
function byId(id: string): Industry {
  const industry = DEFAULT_CATALOGUE.industries.find((candidate) => candidate.id === id);
  if (industry === undefined) throw new Error(`no industry ${id}`);
  return industry;
}

/** What a caller reads off a classification: answer, reason, the matched id or the suggested ids, origin. */
function summary(result: KeyIndustryClassification): readonly unknown[] {
  if (result.reason === 'blank' || result.reason === 'capital-region') return [result.answer, result.reason];
  if (result.reason === 'unrecognised') {
    return [result.answer, result.reason, result.suggestions.map((industry) => industry.id)];
  }
  return [result.answer, result.reason, result.industry.id, result.origin];
}

/** A hand-made catalogue, which may leave regions out of keyListComplete. */
const handMade = (catalogue: {
  industries: readonly Industry[];
  keyListComplete: object;
}): IndustryCatalogue => catalogue as IndustryCatalogue;

const NON_CAPITAL_CODES = REGIONS.filter((region) => !region.capital).map((region) => region.code);
const BLANKS = [
  '',
  '   ',
  '·',
  '산업',
  ' 산업 ',
  '·산업',
  '\u200B',
  '\u200B\u2060\uFEFF',
  '-',
  '()',
  ' ( - ) ',
];

describe('classifyKeyIndustry: the reasons', () => {
  it.each([
    // Listed: one of the region's 주축산업, by any of its names.
    ['부산', '실버케어 테크', 'yes', 'listed', 'busan-silver-care-tech'],
    ['42', '세라믹원료소재', 'yes', 'listed', 'gangwon-ceramic-raw-materials'],
    ['경북', '신소재 부품 가공', 'yes', 'listed', 'gyeongbuk-materials-parts-processing'],
    ['대전', 'daejeon-nano-semiconductor', 'yes', 'listed', 'daejeon-nano-semiconductor'],
    // One of the region's 미래신산업, its own or shared.
    ['부산', '전력반도체', 'no', 'future-industry', 'busan-power-semiconductor'],
    ['경남', '수소 저장·운송', 'no', 'future-industry', 'hydrogen-storage-transport'],
    ['전남', 'UAM', 'no', 'future-industry', 'jeonnam-urban-air-mobility'],
    // Known, of other regions; the region's list complete.
    ['부산', '디지털헬스케어', 'no', 'not-listed', 'gangwon-digital-healthcare'],
    ['대구', '전력반도체', 'no', 'not-listed', 'busan-power-semiconductor'],
    ['충남', '라이프케어소재', 'no', 'not-listed', 'gyeongbuk-life-care-materials'],
    // Known, of other regions; the region's list not known to be complete.
    ['대전', '디지털헬스케어', 'unknown', 'list-incomplete', 'gangwon-digital-healthcare'],
    ['강원', '나노반도체', 'unknown', 'list-incomplete', 'daejeon-nano-semiconductor'],
    ['경북', '실버케어테크', 'unknown', 'list-incomplete', 'busan-silver-care-tech'],
    ['전북', '청정바이오', 'unknown', 'list-incomplete', 'jeju-clean-bio'],
    ['제주', '항공부품', 'unknown', 'list-incomplete', 'gyeongnam-aircraft-parts'],
    ['전남', '수소 저장·운송', 'unknown', 'list-incomplete', 'hydrogen-storage-transport'],
  ] as const)('classifies %s / %j as %s (%s, %s)', (region, name, answer, reason, id) => {
    expect(summary(classifyKeyIndustry(region, name))).toEqual([answer, reason, id, 'library']);
  });

  it('hands back the catalogue’s own record as the industry, in a frozen result', () => {
    const result = classifyKeyIndustry('부산', '실버케어테크');
    expect(result).toEqual({
      answer: 'yes',
      reason: 'listed',
      industry: byId('busan-silver-care-tech'),
      origin: 'library',
    });
    expect(result.reason === 'listed' && result.industry).toBe(byId('busan-silver-care-tech'));
    expect(Object.isFrozen(result)).toBe(true);
  });

  it.each(BLANKS)('gives a name that names nothing, %j, the blank reason, in every region', (name) => {
    for (const region of ['부산', '대전', '전남', '서울', '경기']) {
      const result = classifyKeyIndustry(region, name);
      expect(result).toEqual({ answer: 'unknown', reason: 'blank' });
      expect(Object.isFrozen(result)).toBe(true);
      expect(isKeyIndustryOf(region, name)).toBe('unknown');
    }
  });

  it('gives a capital region no, reason capital-region, for a known name, a typo or an industry object', () => {
    for (const name of ['첨단반도체', '라이프케어소', byId('busan-silver-care-tech')]) {
      for (const region of ['서울', '인천', '경기', '11', 'Gyeonggi']) {
        const result = classifyKeyIndustry(region, name);
        expect(result).toEqual({ answer: 'no', reason: 'capital-region' });
        expect(Object.isFrozen(result)).toBe(true);
      }
    }
  });

  it('takes a typo for unrecognised, not for "not a key industry", even where the list is complete', () => {
    // 부산's list is complete, and 라이프케어소 is a typo of 경북's 라이프케어소재.
    expect(KEY_INDUSTRIES.filter((industry) => industry.regions.includes('26'))).toHaveLength(3);
    expect(industriesOf('부산').keyListComplete).toBe(true);
    const busan = classifyKeyIndustry('부산', '라이프케어소');
    expect(summary(busan)).toEqual(['unknown', 'unrecognised', ['gyeongbuk-life-care-materials']]);
    expect(isKeyIndustryOf('부산', '라이프케어소')).toBe('unknown');
    expect(summary(classifyKeyIndustry('경북', '라이프케어소'))).toEqual([
      'unknown',
      'unrecognised',
      ['gyeongbuk-life-care-materials'],
    ]);
  });

  it('suggests nothing for an unrecognised name close to no industry, in a frozen list', () => {
    const result = classifyKeyIndustry('대전', '지능형로봇');
    expect(result).toEqual({ answer: 'unknown', reason: 'unrecognised', suggestions: [] });
    expect(Object.isFrozen(result)).toBe(true);
    expect(result.reason === 'unrecognised' && Object.isFrozen(result.suggestions)).toBe(true);
  });

  it('suggests at most three, the region’s own first on equal distance', () => {
    const named = (id: string, region: string): Industry => ({
      ...byId('busan-silver-care-tech'),
      id,
      name: { ko: id, en: id },
      regions: [region as Industry['regions'][number]],
      aliases: [],
    });
    const catalogue = handMade({
      industries: ['abcdex', 'abcdey', 'abcdez', 'abcdew'].map((id, index) =>
        named(id, index === 2 ? '30' : '26'),
      ),
      keyListComplete: { '26': true, '30': false },
    });
    expect(summary(classifyKeyIndustry('부산', 'abcdef', catalogue))).toEqual([
      'unknown',
      'unrecognised',
      ['abcdex', 'abcdey', 'abcdew'],
    ]);
    expect(summary(classifyKeyIndustry('대전', 'abcdef', catalogue))).toEqual([
      'unknown',
      'unrecognised',
      ['abcdez', 'abcdex', 'abcdey'],
    ]);
  });

  it('classifies an industry object by its id, and anything that is not a name as blank', () => {
    const silverCare = byId('busan-silver-care-tech');
    expect(summary(classifyKeyIndustry('부산', silverCare))).toEqual([
      'yes',
      'listed',
      'busan-silver-care-tech',
      'library',
    ]);
    expect(summary(classifyKeyIndustry('대전', silverCare))[1]).toBe('list-incomplete');
    expect(summary(classifyKeyIndustry('부산', { ...silverCare, id: 'busan-silver-kare-tech' }))).toEqual([
      'unknown',
      'unrecognised',
      ['busan-silver-care-tech'],
    ]);
    const unreadable = {
      get id(): string {
        throw new Error('no');
      },
    };
    for (const odd of [null, 42, undefined, { id: 42 }, {}, unreadable, () => '실버케어테크']) {
      expect(classifyKeyIndustry('부산', odd as never)).toEqual({ answer: 'unknown', reason: 'blank' });
    }
  });
});

describe('classifyKeyIndustry: which industry a shared name matches', () => {
  const future = byId('busan-power-semiconductor');
  const base = byId('busan-silver-care-tech');
  const copy = (fields: Partial<Industry>): Industry => ({ ...base, ...fields });

  it('takes the region’s 주축산업 over its 미래신산업 of the same name', () => {
    const key = copy({ id: 'busan-x', name: { ko: '전력반도체', en: 'x' } });
    const catalogue = { industries: [future, key], keyListComplete: DEFAULT_CATALOGUE.keyListComplete };
    expect(summary(classifyKeyIndustry('부산', '전력반도체', catalogue))).toEqual([
      'yes',
      'listed',
      'busan-x',
      'caller',
    ]);
  });

  it('takes the region’s 미래신산업 over another region’s 주축산업 listed before it', () => {
    const elsewhere = copy({ id: 'daegu-x', name: { ko: '전력반도체', en: 'x' }, regions: ['27'] });
    const catalogue = { industries: [elsewhere, future], keyListComplete: DEFAULT_CATALOGUE.keyListComplete };
    expect(summary(classifyKeyIndustry('부산', '전력반도체', catalogue))).toEqual([
      'no',
      'future-industry',
      'busan-power-semiconductor',
      'library',
    ]);
    // findIndustry, which knows no region, takes the first in catalogue order.
    expect(findIndustry('전력반도체', catalogue)?.id).toBe('daegu-x');
  });

  it('takes the first in catalogue order when none is the region’s', () => {
    const first = copy({ id: 'daegu-x', name: { ko: '같은이름', en: 'x' }, regions: ['27'] });
    const second = copy({ id: 'ulsan-x', name: { ko: '같은 이름', en: 'y' }, regions: ['31'] });
    const catalogue = handMade({ industries: [first, second], keyListComplete: { '26': true } });
    expect(summary(classifyKeyIndustry('부산', '같은이름', catalogue))).toEqual([
      'no',
      'not-listed',
      'daegu-x',
      'caller',
    ]);
  });
});

describe('classifyKeyIndustry: origin', () => {
  it('is library for the library’s own records, also inside a catalogue made by withIndustries', () => {
    const extended = withIndustries([ROBOTS], DEFAULT_CATALOGUE, { keyListComplete: { 대전: true } });
    expect(summary(classifyKeyIndustry('대전', '나노반도체', extended))).toEqual([
      'yes',
      'listed',
      'daejeon-nano-semiconductor',
      'library',
    ]);
    expect(summary(classifyKeyIndustry('대전', '지능형 로봇', extended))).toEqual([
      'yes',
      'listed',
      'daejeon-intelligent-robots',
      'caller',
    ]);
    expect(summary(classifyKeyIndustry('대전', '실버케어테크', extended))).toEqual([
      'no',
      'not-listed',
      'busan-silver-care-tech',
      'library',
    ]);
  });

  it('is caller for a copy of a library record, even an exact one', () => {
    const exact = { ...byId('busan-silver-care-tech') };
    const catalogue = { industries: [exact], keyListComplete: DEFAULT_CATALOGUE.keyListComplete };
    expect(summary(classifyKeyIndustry('부산', '실버케어테크', catalogue))).toEqual([
      'yes',
      'listed',
      'busan-silver-care-tech',
      'caller',
    ]);
  });
});

describe('classifyKeyIndustry: own properties only', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
    'throws REGION_UNKNOWN for the region %j, as industriesOf does',
    (region) => {
      for (const run of [() => classifyKeyIndustry(region, '실버케어테크'), () => industriesOf(region)]) {
        const error = caughtRulesError(run);
        expect([error?.code, error?.params, error?.path]).toEqual([
          'REGION_UNKNOWN',
          { input: describeInput(region) },
          [],
        ]);
      }
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'valueOf'])(
    'does not recognise %j as an industry of the library',
    (name) => {
      expect(classifyKeyIndustry('부산', name)).toEqual({
        answer: 'unknown',
        reason: 'unrecognised',
        suggestions: [],
      });
    },
  );

  it('finds an industry a hand-made catalogue gives the id __proto__', () => {
    const odd = { ...byId('busan-silver-care-tech'), id: '__proto__' };
    const catalogue = handMade({ industries: [odd], keyListComplete: {} });
    expect(findIndustry('__proto__', catalogue)).toBe(odd);
    expect(summary(classifyKeyIndustry('부산', '__proto__', catalogue))).toEqual([
      'yes',
      'listed',
      '__proto__',
      'caller',
    ]);
  });

  it('reads a keyListComplete that is a plain record, with or without a prototype, and refuses one inheriting entries', () => {
    const inherited = {
      industries: DEFAULT_CATALOGUE.industries,
      keyListComplete: Object.create({ '26': true }) as Record<string, boolean>,
    } as IndustryCatalogue;
    for (const look of [
      () => classifyKeyIndustry('부산', '디지털헬스케어', inherited),
      () => industriesOf('부산', inherited),
    ]) {
      let caught: unknown;
      try {
        look();
      } catch (error) {
        caught = error;
      }
      expect(isRulesError(caught, 'OPTIONS_INVALID') && caught.path).toEqual([
        'catalogue',
        'keyListComplete',
      ]);
    }
    const prototypeless = {
      industries: DEFAULT_CATALOGUE.industries,
      keyListComplete: Object.assign(Object.create(null) as Record<string, boolean>, { '26': true }),
    } as IndustryCatalogue;
    expect(summary(classifyKeyIndustry('부산', '디지털헬스케어', prototypeless))[1]).toBe('not-listed');
    expect(industriesOf('부산', prototypeless).keyListComplete).toBe(true);
  });
});

describe('classifyKeyIndustry: properties', () => {
  // Names near the catalogue's: its names, with a letter dropped, doubled or changed, and noise.
  const names = DEFAULT_CATALOGUE.industries.flatMap((industry) => [
    industry.id,
    industry.name.ko,
    industry.name.en,
    ...industry.aliases,
  ]);
  const nearName = fc.oneof(
    fc.constantFrom(...names),
    fc
      .tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom('', '재', 'x', ' ', '·', '산업'))
      .map(([name, at, insert]) => {
        const chars = Array.from(name);
        const index = at % (chars.length + 1);
        return [...chars.slice(0, index), insert, ...chars.slice(index + 1)].join('');
      }),
    fc.constantFrom(...BLANKS),
    fc.string(),
  );
  const region = fc.constantFrom(...REGIONS.map((candidate) => candidate.code), '42', '부산', 'Daejeon');

  it('is blank exactly when the name folds to nothing, and unrecognised exactly when findIndustry finds nothing', () => {
    fc.assert(
      fc.property(region, nearName, (where, name) => {
        const result = classifyKeyIndustry(where, name);
        const key = normalizeIndustryName(name);
        const capital = REGIONS.find((candidate) => candidate.code === industriesOf(where).region)?.capital;
        expect(result.reason === 'blank').toBe(key === '');
        if (key === '' || capital === true) return;
        expect(result.reason === 'unrecognised').toBe(findIndustry(name) === undefined);
        if ('industry' in result) {
          const { industry } = result;
          const keys = [industry.id, industry.name.ko, industry.name.en, ...industry.aliases].map(
            normalizeIndustryName,
          );
          expect(keys).toContain(key);
          expect(DEFAULT_CATALOGUE.industries).toContain(industry);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives isKeyIndustryOf’s answer, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(region, fc.anything()), fc.oneof(nearName, fc.anything()), (where, name) => {
        const answer = (): unknown => isKeyIndustryOf(where, name as string);
        const classified = (): unknown => classifyKeyIndustry(where, name as string).answer;
        try {
          expect(answer()).toBe(classified());
        } catch (error) {
          expect(isRulesError(error, 'REGION_UNKNOWN')).toBe(true);
          expect(caughtRulesError(classified)?.code).toBe('REGION_UNKNOWN');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answers yes only for a 주축산업 of the region, and no for a 미래신산업 of it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NON_CAPITAL_CODES), fc.constantFrom(...names), (code, name) => {
        const result = classifyKeyIndustry(code, name);
        if (result.reason === 'listed') expect(result.industry.regions).toContain(code);
        if (result.reason === 'listed') expect(result.industry.kind).toBe('key');
        if (result.reason === 'future-industry') expect(FUTURE_INDUSTRIES).toContain(result.industry);
        if (result.reason === 'not-listed' || result.reason === 'list-incomplete') {
          expect(result.industry.regions).not.toContain(code);
          expect(result.reason === 'not-listed').toBe(industriesOf(code).keyListComplete);
        }
      }),
      { numRuns: 300 },
    );
  });
});
