import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  FUTURE_INDUSTRIES,
  KEY_INDUSTRIES,
  KEY_LIST_COMPLETE,
  industriesOf,
  isKeyIndustryOf,
  type IndustryCatalogue,
} from 'regional-innovation-rnd/industries';
import { describeInput, isRulesError, type RegionCode } from 'regional-innovation-rnd/rules';

// Every region in several spellings, with the number of 주축산업 and 미래신산업 it has.
const REGIONS: readonly (readonly [RegionCode, readonly unknown[], number, number])[] = [
  ['11', ['11', '서울', '서울특별시', 'Seoul', 11], 0, 0],
  ['26', ['26', '부산', '부산광역시', 'Busan'], 3, 2],
  ['27', ['27', '대구', 'Daegu'], 3, 2],
  ['28', ['28', '인천', 'Incheon'], 0, 0],
  ['29', ['29', '광주', 'Gwangju'], 3, 2],
  ['30', ['30', '대전', 'Daejeon'], 2, 2],
  ['31', ['31', '울산', 'Ulsan'], 3, 2],
  ['36', ['36', '세종', 'Sejong'], 2, 1],
  ['41', ['41', '경기', '경기도', 'Gyeonggi'], 0, 0],
  ['43', ['43', '충북', '충청북도'], 3, 2],
  ['44', ['44', '충남', '충청남도'], 3, 2],
  ['46', ['46', '전남', '전라남도'], 0, 2],
  ['47', ['47', '경북', '경상북도'], 3, 2],
  ['48', ['48', '경남', '경상남도'], 3, 2],
  ['50', ['50', '제주', '제주특별자치도', 'Jeju'], 3, 2],
  ['51', ['51', '42', '강원', '강원도', '강원특별자치도', 'Gangwon'], 3, 2],
  ['52', ['52', '45', '전북', '전라북도', '전북특별자치도', 'Jeonbuk'], 3, 2],
];

/** The value, asserted present: a missing one fails the test that asked for it. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const FIRST_KEY = present(KEY_INDUSTRIES[0]);
const CAPITAL = new Set<RegionCode>(['11', '28', '41']);

describe('industriesOf', () => {
  it.each(REGIONS)('gives %s the same answer for every spelling', (code, inputs, keyCount, futureCount) => {
    for (const input of inputs) {
      const result = industriesOf(input);
      expect(result.region).toBe(code);
      expect(result.key).toHaveLength(keyCount);
      expect(result.future).toHaveLength(futureCount);
      expect(result.key.every((industry) => industry.kind === 'key' && industry.regions.includes(code))).toBe(
        true,
      );
      expect(
        result.future.every((industry) => industry.kind === 'future' && industry.regions.includes(code)),
      ).toBe(true);
      expect(result.keyListComplete).toBe(
        CAPITAL.has(code) ? true : KEY_LIST_COMPLETE[code as keyof typeof KEY_LIST_COMPLETE],
      );
      expect(Object.isFrozen(result)).toBe(true);
      expect(Object.isFrozen(result.key)).toBe(true);
      expect(Object.isFrozen(result.future)).toBe(true);
    }
  });

  it('covers every industry of the catalogue once per region it belongs to', () => {
    const seen = REGIONS.flatMap(([code]) => {
      const { key, future } = industriesOf(code);
      return [...key, ...future].map((industry) => `${industry.id}@${code}`);
    });
    const expected = [...KEY_INDUSTRIES, ...FUTURE_INDUSTRIES].flatMap((industry) =>
      industry.regions.map((code) => `${industry.id}@${code}`),
    );
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('resolves legacy codes to the current ones', () => {
    expect(industriesOf('42')).toEqual(industriesOf('51'));
    expect(industriesOf('45')).toEqual(industriesOf('52'));
    expect(industriesOf('45').key.map((industry) => industry.name.ko)).toEqual([
      '농생명바이오',
      '특수목적용 지능형 기계부품',
      '탄소융복합소재',
    ]);
  });

  it('gives 전남 its shared 미래신산업 and no 주축산업, list incomplete', () => {
    const jeonnam = industriesOf('전남');
    expect(jeonnam.key).toEqual([]);
    expect(jeonnam.future.map((industry) => industry.id)).toEqual([
      'jeonnam-urban-air-mobility',
      'lithium-ion-batteries-core-materials',
    ]);
    expect(jeonnam.keyListComplete).toBe(false);
  });

  it('gives the capital regions empty lists, complete, whatever the catalogue holds', () => {
    const odd: IndustryCatalogue = {
      industries: [{ ...FIRST_KEY, regions: ['11'] }],
      keyListComplete: { ...DEFAULT_CATALOGUE.keyListComplete, '11': false },
    };
    expect(industriesOf('서울', odd)).toEqual({ region: '11', key: [], future: [], keyListComplete: true });
  });

  it('reads a region missing from a hand-made catalogue as not complete', () => {
    const partial = { industries: KEY_INDUSTRIES, keyListComplete: {} } as unknown as IndustryCatalogue;
    expect(industriesOf('부산', partial).keyListComplete).toBe(false);
    expect(isKeyIndustryOf('부산', '항공부품', partial)).toBe('unknown');
  });

  it.each([['서을'], ['99'], [''], [null], [undefined], [{}], [26.5]])(
    'throws REGION_UNKNOWN for %o',
    (input) => {
      try {
        industriesOf(input);
        expect.unreachable();
      } catch (error) {
        expect(isRulesError(error, 'REGION_UNKNOWN')).toBe(true);
        if (isRulesError(error, 'REGION_UNKNOWN')) {
          expect(error.params).toEqual({ input: describeInput(input) });
          expect(error.path).toEqual([]);
        }
      }
    },
  );
});

describe('isKeyIndustryOf', () => {
  it.each([
    // A listed 주축산업, by any of its names.
    ['부산', '실버케어테크', 'yes'],
    ['부산광역시', '실버케어 테크 산업', 'yes'],
    ['26', 'busan-silver-care-tech', 'yes'],
    ['Busan', 'Silver-care technology', 'yes'],
    ['대전', '나노반도체', 'yes'],
    ['충남', '차세대 디스플레이', 'yes'],
    ['충북', '미래모빌리티소재부품', 'yes'],
    ['42', '세라믹원료소재', 'yes'],
    ['45', '탄소융복합소재', 'yes'],
    ['세종', '지능형 모빌리티 부품', 'yes'],
    // A complete list without it: an industry the catalogue knows, of another region.
    ['부산', '디지털헬스케어', 'no'],
    ['충북', '나노반도체', 'no'],
    ['광주', '항공부품', 'no'],
    ['부산', '반도체 첨단패키징', 'no'],
    // A name the catalogue does not know: unknown even where the list is complete.
    ['부산', '없는산업', 'unknown'],
    ['부산', '라이프케어소', 'unknown'],
    ['충남', '디스플레이', 'unknown'],
    // One of the region's 미래신산업: never a 주축산업, even where the list is incomplete.
    ['부산', '전력반도체', 'no'],
    ['대전', '5G·6G 위성통신', 'no'],
    ['대전', '유전자 세포치료', 'no'],
    ['전남', '도심항공교통', 'no'],
    ['세종', '데이터·AI·보안 ', 'no'],
    // A capital region: no 주축산업 in this program, whatever the name.
    ['경기', '첨단반도체', 'no'],
    ['서울', '없는산업', 'no'],
    ['인천', '실버케어테크', 'no'],
    // An incomplete list without it.
    ['대전', '지능형로봇', 'unknown'],
    ['대전', '디지털헬스케어', 'unknown'],
    ['강원', '나노반도체', 'unknown'],
    ['제주', '항공부품', 'unknown'],
    ['경북', '실버케어테크', 'unknown'],
    ['전북', '청정바이오', 'unknown'],
    ['울산', '조선해양플랜트', 'unknown'],
    ['경남', '스마트제조', 'unknown'],
    ['전남', '소재·부품', 'unknown'],
    ['전남', '실버케어테크', 'unknown'],
    // Nothing to compare, even in a capital region.
    ['대전', '', 'unknown'],
    ['부산', ' · 산업', 'unknown'],
    ['서울', '', 'unknown'],
  ] as const)('answers %s / %j → %s', (region, industry, answer) => {
    expect(isKeyIndustryOf(region, industry)).toBe(answer);
  });

  it('accepts an industry object and compares its id', () => {
    const silverCare = present(KEY_INDUSTRIES.find((industry) => industry.id === 'busan-silver-care-tech'));
    expect(isKeyIndustryOf('부산', silverCare)).toBe('yes');
    expect(isKeyIndustryOf('대구', silverCare)).toBe('no');
    expect(isKeyIndustryOf('대전', silverCare)).toBe('unknown');
    expect(isKeyIndustryOf('부산', { id: 42 } as never)).toBe('unknown');
    expect(isKeyIndustryOf('부산', null as never)).toBe('unknown');
    const unreadable = {
      get id(): string {
        throw new Error('no');
      },
    };
    expect(isKeyIndustryOf('부산', unreadable as never)).toBe('unknown');
  });

  it('says yes when a caller-added 주축산업 shares a name with one of the region’s 미래신산업', () => {
    const catalogue: IndustryCatalogue = {
      industries: [
        ...FUTURE_INDUSTRIES,
        { ...FIRST_KEY, id: 'busan-x', name: { ko: '전력반도체', en: 'x' } },
      ],
      keyListComplete: DEFAULT_CATALOGUE.keyListComplete,
    };
    expect(isKeyIndustryOf('부산', '전력반도체', catalogue)).toBe('yes');
  });

  it('throws REGION_UNKNOWN for a region it cannot resolve', () => {
    expect(() => isKeyIndustryOf('서을', '실버케어테크')).toThrow(
      expect.objectContaining({ code: 'REGION_UNKNOWN', params: { input: '"서을"' } }),
    );
  });

  it('throws nothing but a RulesError, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.constantFrom('부산', '42', '서울', 30)),
        fc.oneof(fc.anything(), fc.constantFrom('실버케어테크', '전력반도체', '')),
        (region, industry) => {
          try {
            expect(['yes', 'no', 'unknown']).toContain(isKeyIndustryOf(region, industry as string));
            expect(industriesOf(region).region).toMatch(/^\d{2}$/u);
          } catch (error) {
            expect(isRulesError(error, 'REGION_UNKNOWN')).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isKeyIndustryOf', () => {
  it('does not read an id off a function: only a string or an industry object names an industry', () => {
    const named = Object.assign(() => undefined, { id: 'busan-silver-care-tech' });
    expect(isKeyIndustryOf('부산', 'busan-silver-care-tech')).toBe('yes');
    expect(isKeyIndustryOf('부산', named as never)).toBe('unknown');
  });
});
