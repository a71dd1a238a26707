import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  FUTURE_INDUSTRIES,
  KEY_INDUSTRIES,
  findIndustry,
  normalizeIndustryName,
  type Industry,
  type IndustryCatalogue,
} from 'regional-innovation-rnd/industries';

describe('normalizeIndustryName', () => {
  it.each([
    ['나노·반도체', '나노반도체'],
    ['나노 반도체', '나노반도체'],
    ['나노반도체산업', '나노반도체'],
    ['나노 · 반도체 산업', '나노반도체'],
    ['나노・반도체', '나노반도체'],
    ['나노‧반도체', '나노반도체'],
    ['나노•반도체', '나노반도체'],
    ['나노ㆍ반도체', '나노반도체'],
    ['나노,반도체', '나노반도체'],
    ['나노、반도체', '나노반도체'],
    ['나노\u200B반도체', '나노반도체'],
    ['\t나노\n반도체 ', '나노반도체'],
    ['Power Semiconductors', 'powersemiconductors'],
    ['도심항공교통(UAM)', '도심항공교통(uam)'],
    ['busan-power-semiconductor', 'busan-power-semiconductor'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalizeIndustryName(input)).toBe(expected);
  });

  it('composes NFD input (as macOS writes file names)', () => {
    const nfd = '실버케어테크 산업'.normalize('NFD');
    expect(nfd).not.toBe('실버케어테크 산업');
    expect(normalizeIndustryName(nfd)).toBe('실버케어테크');
  });

  it('drops one trailing 산업 only, and only at the end', () => {
    expect(normalizeIndustryName('산업산업')).toBe('산업');
    expect(normalizeIndustryName('산업활용·혁신AI')).toBe('산업활용혁신ai');
    expect(normalizeIndustryName('산업')).toBe('');
    expect(normalizeIndustryName(' · ')).toBe('');
  });

  it('composes what dropping a space brings together', () => {
    expect(normalizeIndustryName('e \u0301')).toBe('\u00E9');
    expect(normalizeIndustryName('\u1100 \u1161')).toBe('가');
  });

  it('changes the case of ASCII letters only', () => {
    expect(normalizeIndustryName('ÄB')).toBe('Äb');
  });

  it('gives an empty key for anything but a string', () => {
    expect(normalizeIndustryName(42 as unknown as string)).toBe('');
    expect(normalizeIndustryName(undefined as unknown as string)).toBe('');
  });

  it('is idempotent, but for a 산업 the first pass exposed at the end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeIndustryName(text);
        // A second pass may remove a 산업 that the first pass exposed at the end, and then find
        // no letter left.
        const exposed = once.replace(/산업$/u, '');
        expect(normalizeIndustryName(once)).toBe(/[\p{L}\p{N}]/u.test(exposed) ? exposed : '');
      }),
    );
  });

  it.each([
    [''],
    ['   '],
    ['·'],
    ['산업'],
    [' 산업 '],
    ['·산업'],
    ['\u200B'],
    ['\u200B\u200C\u200D\u2060\uFEFF'],
    ['\u00AD'],
    ['-'],
    ['--'],
    ['()'],
    ['( · )'],
    ['…'],
    ['\u0301'],
  ])('folds %j, which names nothing, to the empty key', (input) => {
    expect(normalizeIndustryName(input)).toBe('');
  });

  it('keeps a name with one letter or digit, and drops invisible format characters inside one', () => {
    expect(normalizeIndustryName('-a-')).toBe('-a-');
    expect(normalizeIndustryName('(5)')).toBe('(5)');
    expect(normalizeIndustryName('가')).toBe('가');
    expect(normalizeIndustryName('실버\u00AD케어\uFEFF테크\u200E')).toBe('실버케어테크');
  });
});

describe('findIndustry', () => {
  it('finds every industry by its id, Korean name, English name and aliases', () => {
    for (const industry of DEFAULT_CATALOGUE.industries) {
      for (const name of [industry.id, industry.name.ko, industry.name.en, ...industry.aliases]) {
        expect(findIndustry(name), name).toBe(industry);
      }
    }
  });

  it.each([
    ['나노 반도체 산업', 'daejeon-nano-semiconductor'],
    ['나노반도체', 'daejeon-nano-semiconductor'],
    ['차세대 디스플레이', 'chungnam-advanced-display'],
    ['첨단 디스플레이산업', 'chungnam-advanced-display'],
    ['친환경 모빌리티', 'chungbuk-eco-friendly-mobility-parts'],
    ['미래모빌리티 소재부품', 'chungbuk-eco-friendly-mobility-parts'],
    ['그린에너지 솔루션', 'jeju-green-energy-solutions'],
    ['신소재부품가공', 'gyeongbuk-materials-parts-processing'],
    ['신소재 부품 가공', 'gyeongbuk-materials-parts-processing'],
    ['첨단 디지털 부품', 'gyeongbuk-advanced-digital-parts'],
    ['수소 저장 · 운송 산업', 'hydrogen-storage-transport'],
    ['UAM', 'jeonnam-urban-air-mobility'],
    ['POWER SEMICONDUCTORS', 'busan-power-semiconductor'],
    ['  BUSAN-POWER-SEMICONDUCTOR ', 'busan-power-semiconductor'],
  ])('finds %j loosely', (input, id) => {
    expect(findIndustry(input)?.id).toBe(id);
  });

  it('finds NFD input', () => {
    expect(findIndustry('항노화메디컬'.normalize('NFD'))?.id).toBe('gyeongnam-anti-aging-medical');
  });

  it('matches whole names only', () => {
    expect(findIndustry('반도체')).toBeUndefined();
    expect(findIndustry('바이오')).toBeUndefined();
    expect(findIndustry('라이프케어소')).toBeUndefined();
  });

  it.each(['', '   ', '·', '산업', ' 산업 ', '·산업', '\u200B', '-', '()'])(
    'finds nothing for %j, which names nothing',
    (input) => {
      expect(findIndustry(input)).toBeUndefined();
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    'finds nothing for %j: names are not read off an object prototype',
    (input) => {
      expect(findIndustry(input)).toBeUndefined();
    },
  );

  it('answers undefined, never throws, for anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const found = findIndustry(input as string);
        if (found !== undefined) expect(DEFAULT_CATALOGUE.industries).toContain(found);
      }),
    );
  });

  it('looks in the catalogue it is given', () => {
    const onlyFuture = { industries: FUTURE_INDUSTRIES, keyListComplete: DEFAULT_CATALOGUE.keyListComplete };
    expect(findIndustry('실버케어테크', onlyFuture)).toBeUndefined();
    expect(findIndustry('실버케어테크')).toBe(KEY_INDUSTRIES[2]);
  });

  it('has no two industries going by the same name', () => {
    const owner = new Map<string, string>();
    for (const industry of DEFAULT_CATALOGUE.industries) {
      const keys = new Set(
        [industry.id, industry.name.ko, industry.name.en, ...industry.aliases].map(normalizeIndustryName),
      );
      for (const key of keys) {
        expect(owner.get(key), key).toBeUndefined();
        owner.set(key, industry.id);
      }
    }
  });
});

describe('findIndustry', () => {
  it('finds nothing for a name that folds to nothing, even where an alias folds to nothing too', () => {
    // A hand-made catalogue is not checked: its alias '산업' folds to the empty key.
    const odd: Industry = {
      id: 'busan-odd',
      name: { ko: '이상한', en: 'Odd' },
      kind: 'future',
      regions: ['26'],
      aliases: ['산업'],
      provenance: { sources: [], confidence: 'reported' },
    };
    const catalogue: IndustryCatalogue = {
      industries: [odd],
      keyListComplete: DEFAULT_CATALOGUE.keyListComplete,
    };
    expect(findIndustry('산업', catalogue)).toBeUndefined();
    expect(findIndustry('', catalogue)).toBeUndefined();
    expect(findIndustry(' · ', catalogue)).toBeUndefined();
    expect(findIndustry('이상한', catalogue)).toBe(odd);
  });
});
