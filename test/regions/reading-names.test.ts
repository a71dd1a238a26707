import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS, getRegion, isNonCapitalRegion, requireRegion } from 'regional-innovation-rnd/regions';

// Every input the look-up read before names and addresses were added, with its code, transcribed
// from the earlier data ('광주시' aside: it is ambiguous now). None of these answers may change.
const EARLIER: readonly [input: string | number, code: string][] = [
  ...(
    [
      ['11', '서울특별시', '서울', 'Seoul', 'Seoul Special City', '서울시'],
      ['26', '부산광역시', '부산', 'Busan', 'Busan Metropolitan City', '부산시', 'Pusan'],
      ['27', '대구광역시', '대구', 'Daegu', 'Daegu Metropolitan City', '대구시', 'Taegu'],
      ['28', '인천광역시', '인천', 'Incheon', 'Incheon Metropolitan City', '인천시'],
      ['29', '광주광역시', '광주', 'Gwangju', 'Gwangju Metropolitan City'],
      ['30', '대전광역시', '대전', 'Daejeon', 'Daejeon Metropolitan City', '대전시'],
      ['31', '울산광역시', '울산', 'Ulsan', 'Ulsan Metropolitan City', '울산시'],
      ['36', '세종특별자치시', '세종', 'Sejong', 'Sejong Special Self-Governing City', '세종시'],
      ['41', '경기도', '경기', 'Gyeonggi', 'Gyeonggi Province', 'Gyeonggi-do'],
      ['43', '충청북도', '충북', 'Chungbuk', 'North Chungcheong Province', 'Chungcheongbuk-do'],
      ['44', '충청남도', '충남', 'Chungnam', 'South Chungcheong Province', 'Chungcheongnam-do'],
      ['46', '전라남도', '전남', 'Jeonnam', 'South Jeolla Province', 'Jeollanam-do'],
      ['47', '경상북도', '경북', 'Gyeongbuk', 'North Gyeongsang Province', 'Gyeongsangbuk-do'],
      ['48', '경상남도', '경남', 'Gyeongnam', 'South Gyeongsang Province', 'Gyeongsangnam-do'],
      ['50', '제주특별자치도', '제주', 'Jeju', 'Jeju Special Self-Governing Province', '제주도', 'Jeju-do'],
      [
        '51',
        '강원특별자치도',
        '강원',
        'Gangwon',
        'Gangwon State',
        '강원도',
        'Gangwon-do',
        'Gangwon Special Self-Governing Province',
        '42',
      ],
      [
        '52',
        '전북특별자치도',
        '전북',
        'Jeonbuk',
        'Jeonbuk State',
        '전라북도',
        'Jeollabuk-do',
        'Jeonbuk Special Self-Governing Province',
        '45',
      ],
    ] as const
  ).flatMap(([code, ...names]) =>
    [code, Number(code), ...names].map((input) => [input, code] as [string | number, string]),
  ),
  [42, '51'],
  [45, '52'],
];

describe('getRegion: what it read before still reads the same', () => {
  it.each(EARLIER)('%o → %s', (input, code) => {
    expect(getRegion(input)?.code).toBe(code);
    expect(isNonCapitalRegion(input)).toBe(!['11', '28', '41'].includes(code));
  });
});

describe('getRegion: the forms people write', () => {
  it.each([
    // 도 short forms and full names
    ['경북도', '47'],
    ['전남도', '46'],
    ['충북도', '43'],
    ['충남도', '44'],
    ['경남도', '48'],
    ['전북도', '52'],
    ['강원도', '51'],
    ['제주도', '50'],
    ['경상북도', '47'],
    ['전라북도', '52'],
    ['제주시', '50'],
    // romanisations: Revised, McCune–Reischauer and the usual spellings
    ['Kyungbuk', '47'],
    ['Kyongbuk', '47'],
    ['Gyeongbuk', '47'],
    ['Gyeongsangbuk-do', '47'],
    ['Kyongsangbuk-do', '47'],
    ['Kyŏngsang-bukto', '47'],
    ['Chungbuk', '43'],
    ['Chungcheongbuk-do', '43'],
    ["Ch'ungch'ŏng-bukto", '43'],
    ['Jeonnam', '46'],
    ['Chonnam', '46'],
    ['Jeollanam-do', '46'],
    ['Chŏlla-namdo', '46'],
    ['Kyungnam', '48'],
    ['Gyeongnam', '48'],
    ['Kyongsangnam-do', '48'],
    ['Pusan', '26'],
    ['Taegu', '27'],
    ['Daegu', '27'],
    ['Inchon', '28'],
    ["Inch'ŏn", '28'],
    ['Taejon', '30'],
    ['Daejeon', '30'],
    ['Chungnam', '44'],
    ['Chungchongnam-do', '44'],
    ['Jeonbuk', '52'],
    ['Chonbuk', '52'],
    ['Chollabuk-do', '52'],
    ['North Jeolla Province', '52'],
    ['Kangwon', '51'],
    ['Kangwon-do', '51'],
    ['Gangwon', '51'],
    ['Gangwon Province', '51'],
    ['Cheju', '50'],
    ['Cheju-do', '50'],
    ['Jeju', '50'],
    ['Ulsan', '31'],
    ['Sejong', '36'],
    ['Sejong City', '36'],
    ['Kyonggi', '41'],
    ['Kyunggi-do', '41'],
    ['Gyeonggi', '41'],
    ['Seoul', '11'],
    ['Kwangju', '29'],
    // spreadsheet noise
    ['부산\u00A0', '26'],
    ['\u3000부산\u3000', '26'],
    ['부산.', '26'],
    ['부산,', '26'],
    ['"부산"', '26'],
    ['(부산)', '26'],
    ['부산★', '26'],
    ['부\u200B산', '26'],
    ['ＢＵＳＡＮ', '26'],
    ['２６', '26'],
    [' 26 ', '26'],
    ['경상북도ㆍ', '47'],
  ])('%o → %s', (input, code) => {
    expect(getRegion(input)?.code).toBe(code);
  });

  it('reads any name of any region through case, spaces, hyphens, odd spaces and punctuation', () => {
    const named = REGIONS.flatMap((region) =>
      [region.name.ko, region.name.koShort, region.name.en, region.name.enFull, ...region.aliases].map(
        (name) => [name, region] as const,
      ),
    );
    const noise = fc.constantFrom(' ', '-', '.', '\u00A0', '\u3000', "'", '\u200B');
    fc.assert(
      fc.property(
        fc.constantFrom(...named),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('', '.', ',', ';', ':', ')', '"', '!'),
        ([name, region], inserts, fullWidth, trailing) => {
          let text = name;
          for (const [at, char] of inserts) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + char + text.slice(i);
          }
          const cased = Array.from(text, (c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase()))
            .map((c) =>
              fullWidth && c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c,
            )
            .join('');
          expect(getRegion(`${cased}${trailing}`)).toBe(region);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('getRegion: addresses that start with a Korean 시·도 name', () => {
  it.each([
    ['부산광역시 해운대구 센텀중앙로 79', '26'],
    ['경북 포항시 남구 대송로', '47'],
    ['서울 강남구', '11'],
    ['서울시 강남구 테헤란로', '11'],
    ['경기도 광주시', '41'],
    ['경기도 광주시 오포읍', '41'],
    ['경기 광주', '41'],
    ['경기도광주시', '41'],
    ['광주광역시 북구', '29'],
    ['광주광역시북구 첨단과기로', '29'],
    ['광주 광역시 북구', '29'],
    ['전라남도 나주시', '46'],
    ['강원도 춘천시', '51'],
    ['전라북도 전주시', '52'],
    ['제주특별자치도 제주시', '50'],
    ['충남, 천안시', '44'],
    ['"대전 유성구"', '30'],
    ['서울시청', '11'],
    ['경기도청', '41'],
  ])('%s → %s', (input, code) => {
    expect(getRegion(input)?.code).toBe(code);
    expect(requireRegion(input).code).toBe(code);
  });

  it.each([
    ['a 시·도 name after other words', '해운대구 부산'],
    ['a 시·도 name after a company name', '(주)부산'],
    ['a postcode first', '48058 부산 해운대구'],
    ['an English address (the 시·도 comes last)', 'Haeundae-gu, Busan'],
    ['an English name followed by more', 'Busan Haeundae-gu'],
    ['a 시·도 short name run into the next word', '서울강남구'],
    ['a 시·군 name without its 시·도', '포항시 남구'],
    ['a 군 that two 도 have', '고성군'],
    ['only symbols', '★★'],
    ['a short name inside a word', '부산은행'],
  ])('answers undefined for %s', (_label, input) => {
    expect(getRegion(input)).toBeUndefined();
  });

  // Words that are not region names, and do not start one.
  const TAIL = ['해운대구', '센텀중앙로', '79', '남구', '101동', '2층', '산업단지', '테크노파크'];
  const koreanNames = REGIONS.flatMap((region) =>
    [region.name.ko, region.name.koShort, ...region.legacyCodes.map((l) => l.name), ...region.aliases]
      .filter((name) => /^\p{Script=Hangul}+$/u.test(name))
      // '광주' before more words is asked about (see the ambiguity tests).
      .filter((name) => name !== '광주')
      .map((name) => [name, region] as const),
  );

  it('decides by the name at the start, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...koreanNames),
        fc.constantFrom(' ', ', ', '\u00A0', '\u3000', ' (', ' - '),
        fc.array(fc.constantFrom(...TAIL), { minLength: 1, maxLength: 4 }),
        ([name, region], separator, tail) => {
          expect(getRegion(`${name}${separator}${tail.join(' ')}`)).toBe(region);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('decides by a name ending in 시 or 도 even with no space after it', () => {
    for (const [name, region] of koreanNames.filter(([n]) => /[시도]$/u.test(n))) {
      expect(getRegion(`${name}해운대구 79`), name).toBe(region);
    }
  });

  it('never lets a name later in the text decide', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TAIL), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...koreanNames),
        (head, [name]) => {
          expect(getRegion(`${head.join(' ')} ${name}`)).toBeUndefined();
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('agrees with isNonCapitalRegion wherever it finds a region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...koreanNames),
        fc.array(fc.constantFrom(...TAIL), { maxLength: 3 }),
        ([name], tail) => {
          const input = [name, ...tail].join(' ');
          expect(isNonCapitalRegion(input)).toBe(!requireRegion(input).capital);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('getRegion: own names only', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'nope', '부산 constructor'])(
    '%o names no region unless a region name leads',
    (input) => {
      expect(getRegion(input)?.code).toBe(input.startsWith('부산') ? '26' : undefined);
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
    'isNonCapitalRegion(%o) and requireRegion throw REGION_UNKNOWN, as for a typo',
    (input) => {
      expect(() => isNonCapitalRegion(input)).toThrow(expect.objectContaining({ code: 'REGION_UNKNOWN' }));
      expect(() => requireRegion(input)).toThrow(
        expect.objectContaining({ code: 'REGION_UNKNOWN', params: { input: JSON.stringify(input) } }),
      );
    },
  );
});

describe('getRegion: how long a name may be', () => {
  it('reads a name padded to 100 characters', () => {
    const padded = `부산${' '.repeat(98)}`;
    expect(padded).toHaveLength(100);
    expect(getRegion(padded)?.code).toBe('26');
  });

  it('refuses anything longer than 100 characters, even a name with spaces around it', () => {
    const padded = `부산${' '.repeat(99)}`;
    expect(padded).toHaveLength(101);
    expect(getRegion(padded)).toBeUndefined();
  });
});
