import { describe, expect, it } from 'vitest';
import {
  findRegion,
  getRegion,
  isNonCapitalRegion,
  requireRegion,
  type RegionCandidate,
} from 'regional-innovation-rnd/regions';
import { isRulesError, type RulesError } from 'regional-innovation-rnd/rules';

const GWANGJU: RegionCandidate = { region: '29', ko: '광주광역시', en: 'Gwangju', capital: false };
const GYEONGGI_GWANGJU: RegionCandidate = {
  region: '41',
  ko: '경기도 광주시',
  en: 'Gwangju, Gyeonggi',
  capital: true,
};
const JEONNAM: RegionCandidate = { region: '46', ko: '전라남도', en: 'Jeonnam', capital: false };

function ambiguity(call: () => unknown): RulesError<'REGION_AMBIGUOUS'> {
  try {
    call();
  } catch (error) {
    if (isRulesError(error, 'REGION_AMBIGUOUS')) return error;
    throw error;
  }
  throw new Error('expected REGION_AMBIGUOUS, but nothing was thrown');
}

describe("'광주시': 광주광역시, or 경기도 광주시", () => {
  it.each([
    ['getRegion', getRegion],
    ['requireRegion', requireRegion],
    ['findRegion', findRegion],
    ['isNonCapitalRegion', isNonCapitalRegion],
  ] as const)('%s throws REGION_AMBIGUOUS listing both, with the input echoed', (_name, lookUp) => {
    const error = ambiguity(() => lookUp('광주시'));
    expect(error.params).toEqual({ input: '"광주시"', candidates: [GWANGJU, GYEONGGI_GWANGJU] });
    expect(error.path).toEqual([]);
    expect(error.messages.ko).toContain('경기도 광주시');
    expect(error.messages.en).toContain('capital region');
  });

  it.each([
    '광주시',
    ' 광주시 ',
    '광주 시',
    '광주시.',
    'Gwangju-si',
    'Gwangju City',
    'gwangju si',
    'Kwangju-si',
    'Kwangju City',
  ])('%o is ambiguous', (input) => {
    expect(ambiguity(() => getRegion(input)).params.candidates).toEqual([GWANGJU, GYEONGGI_GWANGJU]);
  });
});

describe('the decisions', () => {
  it.each([
    // The 시·도 short name (like '부산', 'Busan'): 광주광역시.
    ['광주', '29'],
    ['Gwangju', '29'],
    ['Kwangju', '29'],
    // Full names are clear.
    ['광주광역시', '29'],
    ['Gwangju Metropolitan City', '29'],
    ['광주광역시 북구', '29'],
    // A leading 시·도 decides.
    ['경기도 광주시', '41'],
    ['경기 광주', '41'],
    ['경기 광주시 오포읍', '41'],
    // One of 광주광역시's five 자치구 after '광주' or '광주시' settles it: 경기도 광주시 has none.
    ['광주 동구', '29'],
    ['광주 서구', '29'],
    ['광주 남구', '29'],
    ['광주 북구 첨단과기로 123', '29'],
    ['광주 광산구', '29'],
    ['광주시 북구', '29'],
    ['광주시북구', '29'],
  ])('%o → %s', (input, code) => {
    expect(getRegion(input)?.code).toBe(code);
  });

  it.each([
    // '광주' or '광주시' followed by anything but a 자치구 of 광주광역시.
    ['광주 오포읍', [GWANGJU, GYEONGGI_GWANGJU]],
    ['광주시 오포읍 신현리', [GWANGJU, GYEONGGI_GWANGJU]],
    ['광주(경기)', [GWANGJU, GYEONGGI_GWANGJU]],
    ['광주 (경기도)', [GWANGJU, GYEONGGI_GWANGJU]],
    // Two 시·도 written together.
    ['광주·전남', [GWANGJU, JEONNAM]],
    ['광주 전남', [GWANGJU, JEONNAM]],
    ['전남광주', [GWANGJU, JEONNAM]],
    ['광주전남 지역', [GWANGJU, JEONNAM]],
    // A name that is already ambiguous, or a successor unit, stays as it is before a second name.
    ['광주전남 대구', [GWANGJU, JEONNAM]],
    ['전남광주통합특별시 대구', [GWANGJU, JEONNAM]],
  ])('%o is ambiguous', (input, candidates) => {
    expect(ambiguity(() => getRegion(input)).params.candidates).toEqual(candidates);
  });

  it.each([
    ['대구 경북', ['27', '47']],
    ['대구·경북', ['27', '47']],
    ['부산 울산 경남', ['26', '31']],
    ['전남 광주', ['29', '46']],
    ['서울 경기', ['11', '41']],
    ['서울 Busan', ['11', '26']],
    ['서울 광주', ['11', '29', '41']],
    ['부산 광주특별시', ['26', '29', '46']],
  ])('%o names two 시·도 at its start: ambiguous', (input, codes) => {
    expect(ambiguity(() => getRegion(input)).params.candidates.map((c) => c.region)).toEqual(codes);
  });

  it("reads a second name that the first 시·도 holds as part of it: '경기 광주'", () => {
    expect(getRegion('경기 광주시')?.code).toBe('41');
    expect(getRegion('경기도 광주')?.code).toBe('41');
  });

  it('does not read 시·군 names: no 고성 of either 강원 or 경남', () => {
    expect(getRegion('고성')).toBeUndefined();
    expect(getRegion('고성군')).toBeUndefined();
    expect(getRegion('강원 고성군')?.code).toBe('51');
    expect(getRegion('경남 고성군')?.code).toBe('48');
  });
});

describe('isNonCapitalRegion on an ambiguous name', () => {
  it('answers when every place it may name gives the same answer', () => {
    expect(isNonCapitalRegion('대구 경북')).toBe(true);
    expect(isNonCapitalRegion('광주·전남')).toBe(true);
    expect(isNonCapitalRegion('서울 경기')).toBe(false);
  });

  it('throws REGION_AMBIGUOUS when they differ', () => {
    expect(ambiguity(() => isNonCapitalRegion('광주 오포읍')).params.candidates).toEqual([
      GWANGJU,
      GYEONGGI_GWANGJU,
    ]);
    expect(ambiguity(() => isNonCapitalRegion('서울 부산')).params.candidates.map((c) => c.region)).toEqual([
      '11',
      '26',
    ]);
  });
});
