import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NON_CAPITAL_REGION_CODES,
  REGIONS,
  REGION_EVENTS,
  getRegion,
  isNonCapitalCode,
  isNonCapitalRegion,
  requireRegion,
} from 'regional-innovation-rnd/regions';
import { isRulesError } from 'regional-innovation-rnd/rules';

// An independent transcription of DOMAIN §5, to check the data against.
const EXPECTED: readonly [code: string, ko: string, koShort: string, capital: boolean][] = [
  ['11', '서울특별시', '서울', true],
  ['26', '부산광역시', '부산', false],
  ['27', '대구광역시', '대구', false],
  ['28', '인천광역시', '인천', true],
  ['29', '광주광역시', '광주', false],
  ['30', '대전광역시', '대전', false],
  ['31', '울산광역시', '울산', false],
  ['36', '세종특별자치시', '세종', false],
  ['41', '경기도', '경기', true],
  ['43', '충청북도', '충북', false],
  ['44', '충청남도', '충남', false],
  ['46', '전라남도', '전남', false],
  ['47', '경상북도', '경북', false],
  ['48', '경상남도', '경남', false],
  ['50', '제주특별자치도', '제주', false],
  ['51', '강원특별자치도', '강원', false],
  ['52', '전북특별자치도', '전북', false],
];

describe('REGIONS', () => {
  it('has the 17 시·도 with their codes, names and capital flags', () => {
    expect(REGIONS.map((r) => [r.code, r.name.ko, r.name.koShort, r.capital])).toEqual(EXPECTED);
  });

  it('has unique codes, legacy codes and names', () => {
    const keys = REGIONS.flatMap((r) => [
      r.code,
      ...r.legacyCodes.map((l) => l.code),
      r.name.ko,
      r.name.koShort,
      r.name.en,
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives 14 non-capital codes, exactly the regions not in 수도권', () => {
    expect(NON_CAPITAL_REGION_CODES).toHaveLength(14);
    expect([...NON_CAPITAL_REGION_CODES].sort()).toEqual(
      EXPECTED.filter(([, , , capital]) => !capital)
        .map(([code]) => code)
        .sort(),
    );
  });

  it('records the legacy codes of 강원 and 전북 with the day before the new code took effect', () => {
    const gangwon = REGIONS.find((r) => r.code === '51');
    const jeonbuk = REGIONS.find((r) => r.code === '52');
    expect(gangwon?.validFrom).toBe('2023-06-11');
    expect(gangwon?.legacyCodes).toEqual([{ code: '42', name: '강원도', until: '2023-06-10' }]);
    expect(jeonbuk?.validFrom).toBe('2024-01-18');
    expect(jeonbuk?.legacyCodes).toEqual([{ code: '45', name: '전라북도', until: '2024-01-17' }]);
    for (const region of REGIONS) {
      for (const legacy of region.legacyCodes) {
        expect(region.validFrom !== null && legacy.until < region.validFrom).toBe(true);
      }
    }
  });

  it('gives every region sourced evidence for its code and capital flag', () => {
    for (const region of REGIONS) {
      for (const evidence of [region.provenance.code, region.provenance.capital]) {
        expect(evidence.sources.length).toBeGreaterThan(0);
        expect(['confirmed', 'reported', 'derived']).toContain(evidence.confidence);
      }
    }
    expect(REGIONS[0]?.provenance.capital.confidence).toBe('confirmed');
    expect(REGIONS[0]?.provenance.code.confidence).toBe('reported');
  });

  it('is deeply frozen', () => {
    const busan = REGIONS[1];
    expect(() => {
      (REGIONS as Region[]).push({} as Region);
    }).toThrow(TypeError);
    expect(() => {
      (busan?.name as { ko: string }).ko = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (busan?.provenance.code.sources[0] as { title: string }).title = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (NON_CAPITAL_REGION_CODES as string[]).push('11');
    }).toThrow(TypeError);
  });
});

type Region = (typeof REGIONS)[number];

describe('REGION_EVENTS', () => {
  it('records the 광주·전남 merger of 2026-07-01 as reported, code unknown, non-capital', () => {
    expect(REGION_EVENTS).toHaveLength(1);
    const [merger] = REGION_EVENTS;
    expect(merger?.effective).toBe('2026-07-01');
    expect(merger?.from).toEqual(['29', '46']);
    expect(merger?.to).toEqual({ name: '전남광주통합특별시', code: null, capital: false });
    expect(merger?.provenance.confidence).toBe('reported');
    expect(merger?.provenance.sources.length).toBeGreaterThan(0);
  });

  it('changes no answer: 광주 and 전남 are still found and non-capital', () => {
    expect(isNonCapitalRegion('광주')).toBe(true);
    expect(isNonCapitalRegion('전남')).toBe(true);
    expect(getRegion('29')?.name.ko).toBe('광주광역시');
  });
});

describe('getRegion', () => {
  it.each([
    ['26', '26'],
    [26, '26'],
    ['부산', '26'],
    ['부산광역시', '26'],
    ['Busan', '26'],
    ['busan', '26'],
    ['BUSAN', '26'],
    [' 부산 ', '26'],
    ['부산 광역시', '26'],
    ['Busan Metropolitan City', '26'],
    ['42', '51'],
    [42, '51'],
    ['강원도', '51'],
    ['강원특별자치도', '51'],
    ['Gangwon-do', '51'],
    ['45', '52'],
    ['전라북도', '52'],
    ['Jeollabuk-do', '52'],
    ['jeollabukdo', '52'],
    ['경기', '41'],
    ['Gyeonggi-do', '41'],
    ['세종', '36'],
    ['제주도', '50'],
  ])('finds %o → %s', (input, code) => {
    expect(getRegion(input)?.code).toBe(code);
  });

  it('reads NFD Hangul the same as NFC', () => {
    for (const region of REGIONS) {
      expect(getRegion(region.name.ko.normalize('NFD'))).toBe(region);
      expect(getRegion(region.name.koShort.normalize('NFD'))).toBe(region);
    }
  });

  it.each([
    ['a typo', '서을'],
    ['an empty string', ''],
    ['spaces', '   '],
    ['a code that does not exist', '99'],
    ['a retired code as a number out of range', 100],
    ['a fractional number', 26.5],
    ['a negative number', -26],
    ['NaN', Number.NaN],
    ['null', null],
    ['undefined', undefined],
    ['an object', { code: '26' }],
    ['an array', ['26']],
    ['a very long string', '부'.repeat(1_000_000)],
    ['an inherited property name', '__proto__'],
    ['constructor', 'constructor'],
  ])('answers undefined for %s', (_label, input) => {
    expect(getRegion(input)).toBeUndefined();
  });

  it('answers a region or undefined, or throws REGION_AMBIGUOUS and nothing else, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          const region = getRegion(input);
          expect(region === undefined || REGIONS.includes(region)).toBe(true);
        } catch (error) {
          expect(isRulesError(error, 'REGION_AMBIGUOUS')).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('isNonCapitalRegion', () => {
  it('is false for exactly 서울, 인천 and 경기, by any name', () => {
    for (const input of [
      '서울',
      '서울특별시',
      'Seoul',
      '11',
      '인천',
      'Incheon',
      '28',
      '경기',
      '경기도',
      '41',
    ]) {
      expect(isNonCapitalRegion(input)).toBe(false);
    }
  });

  it('is true for each of the 14 non-capital regions, by code, names and legacy codes', () => {
    for (const region of REGIONS.filter((r) => !r.capital)) {
      for (const input of [region.code, region.name.ko, region.name.koShort, region.name.en]) {
        expect(isNonCapitalRegion(input)).toBe(true);
      }
    }
    expect(isNonCapitalRegion('42')).toBe(true);
    expect(isNonCapitalRegion('45')).toBe(true);
  });

  it.each([['서을'], [''], ['Seol'], [null], [99], ['수도권']])(
    'throws REGION_UNKNOWN with the input echoed for %o',
    (input) => {
      let caught: unknown;
      try {
        isNonCapitalRegion(input);
      } catch (error) {
        caught = error;
      }
      expect(isRulesError(caught, 'REGION_UNKNOWN')).toBe(true);
      if (isRulesError(caught, 'REGION_UNKNOWN')) {
        expect(caught.params.input).toBe(typeof input === 'string' ? JSON.stringify(input) : String(input));
        expect(caught.messages.ko.length).toBeGreaterThan(0);
        expect(caught.messages.en.length).toBeGreaterThan(0);
      }
    },
  );

  it('agrees with isNonCapitalCode and requireRegion for every region', () => {
    for (const region of REGIONS) {
      expect(isNonCapitalRegion(region.code)).toBe(isNonCapitalCode(region.code));
      expect(requireRegion(region.name.en)).toBe(region);
    }
  });
});
