import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  FUTURE_INDUSTRIES,
  KEY_INDUSTRIES,
  KEY_LIST_COMPLETE,
  KEY_LIST_EVIDENCE,
  type Industry,
} from 'regional-innovation-rnd/industries';
import type { Confidence, RegionCode } from 'regional-innovation-rnd/rules';

const NON_CAPITAL: readonly RegionCode[] = [
  '26',
  '27',
  '29',
  '30',
  '31',
  '36',
  '43',
  '44',
  '46',
  '47',
  '48',
  '50',
  '51',
  '52',
];

// DOMAIN.md §6: the 14 one-region 미래신산업.
const ONE_REGION_FUTURE: readonly (readonly [RegionCode, string])[] = [
  ['26', '전력반도체'],
  ['27', '고난도 자율조작'],
  ['29', '산업활용·혁신AI'],
  ['30', '5G·6G 위성통신'],
  ['31', '전기·수소차'],
  ['36', '데이터·AI·보안'],
  ['51', '디지털헬스 데이터 분석활용'],
  ['43', '차세대 이차전지 소재셀'],
  ['44', '수소연료전지 및 발전'],
  ['52', '수전해 수소생산'],
  ['46', '도심항공교통(UAM)'],
  ['47', '이차전지 모듈·시스템'],
  ['48', '소형모듈형원자로(SMR)'],
  ['50', '이차전지 재사용·재활용'],
];

// DOMAIN.md §6: the five shared ones and their regions.
const SHARED_FUTURE: readonly (readonly [string, readonly RegionCode[]])[] = [
  ['수소 저장·운송', ['26', '31', '48', '50']],
  ['반도체 첨단패키징', ['44', '43', '29']],
  ['유전자·세포치료', ['30', '47']],
  ['차세대 고성능 센서', ['51', '27']],
  ['리튬이온전지 및 핵심소재', ['52', '46']],
];

// DOMAIN.md §6 table (with SOURCES.md for the HINT rows): region → [name, confidence] in order.
const KEY_TABLE: Readonly<Record<RegionCode, readonly (readonly [string, Confidence])[]>> = {
  '11': [],
  '28': [],
  '41': [],
  '26': [
    ['초정밀소재·부품', 'confirmed'],
    ['저온·고압 에너지 저장·공급 시스템', 'confirmed'],
    ['실버케어테크', 'confirmed'],
  ],
  '27': [
    ['전기·자율모빌리티 부품', 'confirmed'],
    ['기계요소 소재부품', 'confirmed'],
    ['디지털 의료기기', 'confirmed'],
  ],
  '29': [
    ['모빌리티 의장·전장부품', 'confirmed'],
    ['스마트홈부품', 'reported'],
    ['생체의료소재부품', 'reported'],
  ],
  '30': [
    ['나노·반도체', 'confirmed'],
    ['정밀의료바이오헬스', 'confirmed'],
  ],
  '31': [
    ['전기자동차 부품', 'reported'],
    ['가스연료 선박기자재', 'reported'],
    ['기능성 화학소재', 'reported'],
  ],
  '36': [
    ['지능형 모빌리티 부품', 'reported'],
    ['기능성 바이오 소재', 'reported'],
  ],
  '51': [
    ['디지털헬스케어', 'confirmed'],
    ['천연물바이오소재', 'confirmed'],
    ['세라믹원료소재', 'confirmed'],
  ],
  '43': [
    ['첨단반도체', 'confirmed'],
    ['친환경모빌리티부품', 'confirmed'],
    ['융합바이오', 'confirmed'],
  ],
  '44': [
    ['탄소저감 자동차부품', 'confirmed'],
    ['고기능성 그린바이오', 'confirmed'],
    ['첨단디스플레이', 'reported'],
  ],
  '52': [
    ['농생명바이오', 'confirmed'],
    ['특수목적용 지능형 기계부품', 'confirmed'],
    ['탄소융복합소재', 'confirmed'],
  ],
  '46': [],
  '47': [
    ['첨단디지털부품', 'confirmed'],
    ['소재부품가공', 'confirmed'],
    ['라이프케어소재', 'confirmed'],
  ],
  '48': [
    ['첨단정밀기계', 'confirmed'],
    ['항공부품', 'reported'],
    ['항노화메디컬', 'confirmed'],
  ],
  '50': [
    ['청정바이오', 'confirmed'],
    ['지능형관광서비스', 'confirmed'],
    ['그린에너지솔루션', 'confirmed'],
  ],
};

// DOMAIN.md §9: complete only where a source states the count (부산, 대구, 광주, 충북, 충남).
const COMPLETE: Readonly<Record<string, boolean>> = {
  '26': true,
  '27': true,
  '29': true,
  '30': false,
  '31': false,
  '36': false,
  '51': false,
  '43': true,
  '44': true,
  '52': false,
  '46': false,
  '47': false,
  '48': false,
  '50': false,
};

// The source that states the count, for each complete region: [address, date, the words].
const COUNT_STATED: Readonly<Record<string, readonly [string, string, string]>> = {
  '26': ['https://www.busan.com/view/busan/view.php?code=2023022818061973807', '2023-02-28', '3개 분야'],
  '27': ['https://dgmbc.com/article/xjorIpWavedn', '2024-08-26', '3가지 산업'],
  '29': ['https://jnilbo.com/print.php?aid=70746273275', '2023-06-18', '3대 주력(주축)산업'],
  '43': ['https://segye.com/content/html/2023/07/13/20230713525009.html', '2023-07-14', '3대 산업 분야'],
  '44': ['https://www.news1.kr/amp/local/daejeon-chungnam/4975363', '2023-03-08', '3대 주축산업'],
};

const ALL: readonly Industry[] = [...KEY_INDUSTRIES, ...FUTURE_INDUSTRIES];

describe('FUTURE_INDUSTRIES', () => {
  it('holds exactly the 19 미래신산업, all confirmed', () => {
    expect(FUTURE_INDUSTRIES).toHaveLength(19);
    for (const industry of FUTURE_INDUSTRIES) {
      expect(industry.kind).toBe('future');
      expect(industry.provenance.confidence).toBe('confirmed');
    }
  });

  it.each(ONE_REGION_FUTURE)('gives %s its own 미래신산업 %s', (region, ko) => {
    const matches = FUTURE_INDUSTRIES.filter((industry) => industry.name.ko === ko);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.regions).toEqual([region]);
  });

  it.each(SHARED_FUTURE)('shares %s among its regions', (ko, regions) => {
    const industry = FUTURE_INDUSTRIES.find((candidate) => candidate.name.ko === ko);
    expect([...(industry?.regions ?? [])].sort()).toEqual([...regions].sort());
  });

  it('has 14 one-region and 5 shared industries', () => {
    expect(FUTURE_INDUSTRIES.filter((industry) => industry.regions.length === 1)).toHaveLength(14);
    expect(FUTURE_INDUSTRIES.filter((industry) => industry.regions.length > 1)).toHaveLength(5);
  });

  it('names the ids in the brief', () => {
    const ids = FUTURE_INDUSTRIES.map((industry) => industry.id);
    expect(ids).toContain('busan-power-semiconductor');
    expect(ids).toContain('hydrogen-storage-transport');
  });
});

describe('KEY_INDUSTRIES', () => {
  it('holds the 37 known 주축산업 (28 confirmed, 9 reported), one region each', () => {
    expect(KEY_INDUSTRIES).toHaveLength(37);
    const count = (confidence: Confidence): number =>
      KEY_INDUSTRIES.filter((industry) => industry.provenance.confidence === confidence).length;
    expect(count('confirmed')).toBe(28);
    expect(count('reported')).toBe(9);
    for (const industry of KEY_INDUSTRIES) {
      expect(industry.kind).toBe('key');
      expect(industry.regions).toHaveLength(1);
    }
  });

  it.each(Object.entries(KEY_TABLE))('lists the 주축산업 of %s with their confidences', (region, rows) => {
    const inRegion = KEY_INDUSTRIES.filter((industry) => industry.regions.includes(region as RegionCode));
    expect(inRegion.map((industry) => [industry.name.ko, industry.provenance.confidence])).toEqual(rows);
  });

  it('marks the rows that rest on indirect evidence as hints', () => {
    const hints = KEY_INDUSTRIES.filter((industry) => industry.provenance.note?.startsWith('hint') === true);
    expect(hints.map((industry) => industry.id).sort()).toEqual([
      'chungnam-advanced-display',
      'sejong-functional-bio-materials',
      'sejong-intelligent-mobility-parts',
    ]);
    for (const industry of hints) expect(industry.provenance.confidence).toBe('reported');
  });

  it('keeps the known alternative spellings as aliases', () => {
    const aliases = (id: string): readonly string[] =>
      KEY_INDUSTRIES.find((industry) => industry.id === id)?.aliases ?? [];
    expect(aliases('chungbuk-eco-friendly-mobility-parts')).toEqual([
      '친환경 모빌리티',
      '미래모빌리티소재부품',
    ]);
    expect(aliases('chungnam-advanced-display')).toContain('차세대 디스플레이');
    expect(aliases('daejeon-nano-semiconductor')).toContain('나노반도체');
    expect(aliases('jeju-green-energy-solutions')).toContain('그린에너지 솔루션');
    // 대구MBC's spellings of two of 경북's, beside the spelling of the 2024-12-26 reports.
    expect(aliases('gyeongbuk-materials-parts-processing')).toEqual(['신소재 부품 가공']);
    expect(aliases('gyeongbuk-advanced-digital-parts')).toEqual(['첨단 디지털 부품']);
  });
});

describe('KEY_LIST_COMPLETE', () => {
  it('marks the 14 non-capital regions as DOMAIN.md §6 does, and no other region', () => {
    expect(KEY_LIST_COMPLETE).toEqual(COMPLETE);
    expect(Object.keys(KEY_LIST_COMPLETE).sort()).toEqual([...NON_CAPITAL].sort());
  });

  it.each(Object.entries(COUNT_STATED))(
    'cites, first, the source that states the count of %s, with its address, date and words',
    (region, [url, date, words]) => {
      const evidence = KEY_LIST_EVIDENCE[region as keyof typeof KEY_LIST_EVIDENCE];
      expect([evidence.sources[0]?.url, evidence.sources[0]?.date]).toEqual([url, date]);
      expect(evidence.note).toContain(`"${words}"`);
    },
  );

  it('says why 강원, 경북, 전북 and 제주 are not complete though three are named', () => {
    for (const region of ['51', '47', '52', '50'] as const) {
      expect(KEY_LIST_COMPLETE[region]).toBe(false);
      expect(KEY_INDUSTRIES.filter((industry) => industry.regions.includes(region))).toHaveLength(3);
      expect(KEY_LIST_EVIDENCE[region].note).toMatch(/none states how many/u);
    }
  });

  it('cites the two reports of 2024-12-26 for 경북, by full address', () => {
    const urls = (sources: readonly { readonly url?: string }[]): (string | undefined)[] =>
      sources.map((source) => source.url);
    const expected = [
      'https://www.yeongnam.com/web/view.php?key=20241226022453757',
      'https://www.asiatoday.co.kr/view.php?key=20241226010014100',
    ];
    expect(urls(KEY_LIST_EVIDENCE['47'].sources).slice(0, 2)).toEqual(expected);
    for (const industry of KEY_INDUSTRIES.filter((candidate) => candidate.regions.includes('47'))) {
      expect(urls(industry.provenance.sources).slice(0, 2)).toEqual(expected);
      expect(industry.provenance.sources.map((source) => source.date).slice(0, 2)).toEqual([
        '2024-12-26',
        '2024-12-26',
      ]);
    }
  });

  it('has evidence with at least one source for every region', () => {
    expect(Object.keys(KEY_LIST_EVIDENCE).sort()).toEqual([...NON_CAPITAL].sort());
    for (const evidence of Object.values(KEY_LIST_EVIDENCE)) {
      expect(evidence.sources.length).toBeGreaterThan(0);
      expect(['confirmed', 'reported']).toContain(evidence.confidence);
    }
  });

  it('leaves out exactly the 4 unnamed 주축산업 of the 41, in incomplete regions', () => {
    const held = (region: RegionCode): number =>
      KEY_INDUSTRIES.filter((industry) => industry.regions.includes(region)).length;
    const complete = NON_CAPITAL.filter(
      (region) => KEY_LIST_COMPLETE[region as keyof typeof KEY_LIST_COMPLETE],
    );
    expect(complete.every((region) => held(region) === 3)).toBe(true);
    expect(41 - KEY_INDUSTRIES.length).toBe(4);
  });
});

describe('the data as a whole', () => {
  it('has unique kebab-case ASCII ids', () => {
    const ids = ALL.map((industry) => industry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it('has a Korean and an English name for every industry, and non-empty aliases', () => {
    for (const industry of ALL) {
      expect(industry.name.ko).toMatch(/[\uAC00-\uD7A3]/u);
      expect(industry.name.en).toMatch(/^[A-Z0-9]/u);
      for (const alias of industry.aliases) expect(alias.trim()).not.toBe('');
    }
  });

  it('puts industries only in the 14 non-capital regions', () => {
    for (const industry of ALL) {
      for (const region of industry.regions) expect(NON_CAPITAL).toContain(region);
    }
  });

  it('gives every record at least one dated source with a title and a publisher, and a confidence', () => {
    const sources = [
      ...ALL.map((industry) => industry.provenance),
      ...Object.values(KEY_LIST_EVIDENCE),
    ].flatMap((evidence) => {
      expect(evidence.sources.length).toBeGreaterThan(0);
      expect(['confirmed', 'reported', 'derived']).toContain(evidence.confidence);
      return evidence.sources;
    });
    for (const source of sources) {
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
      // One report shows its year only; the rest are YYYY-MM or YYYY-MM-DD.
      expect(source.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u);
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//u);
    }
  });

  it('builds the default catalogue from the two lists, capital regions complete', () => {
    expect(DEFAULT_CATALOGUE.industries).toEqual([...KEY_INDUSTRIES, ...FUTURE_INDUSTRIES]);
    expect(DEFAULT_CATALOGUE.keyListComplete).toEqual({ ...COMPLETE, '11': true, '28': true, '41': true });
  });
});

describe('deep freeze', () => {
  it('freezes every level of every record', () => {
    const frozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null
        ? true
        : Object.isFrozen(value) && Object.values(value).every((child) => frozen(child));
    expect(frozen(FUTURE_INDUSTRIES)).toBe(true);
    expect(frozen(KEY_INDUSTRIES)).toBe(true);
    expect(frozen(KEY_LIST_COMPLETE)).toBe(true);
    expect(frozen(KEY_LIST_EVIDENCE)).toBe(true);
    expect(frozen(DEFAULT_CATALOGUE)).toBe(true);
  });

  it('throws on a write to a nested field (test modules are strict)', () => {
    const industry = KEY_INDUSTRIES[0] as unknown as { name: { ko: string }; regions: string[] };
    const source = KEY_INDUSTRIES[0]?.provenance.sources[0] as { title: string };
    expect(() => {
      industry.name.ko = 'x';
    }).toThrow(TypeError);
    expect(() => {
      industry.regions.push('11');
    }).toThrow(TypeError);
    expect(() => {
      source.title = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (DEFAULT_CATALOGUE.keyListComplete as Record<string, boolean>)['30'] = true;
    }).toThrow(TypeError);
    expect(KEY_INDUSTRIES[0]?.name.ko).toBe('초정밀소재·부품');
  });
});
