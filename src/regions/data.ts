import { deepFreeze } from '../rules/deepFreeze';
import type { Evidence, RegionCode } from '../rules/types';
import {
  GWANGJU_JEONNAM_MERGER_ACT,
  METROPOLITAN_AREA_ACT,
  OHMYNEWS_2026_01_27,
  OHMYNEWS_2026_01_30,
  REGION_CODE_TABLE,
} from '../sources/index';
import type { Region, RegionCandidate, RegionEvent, SuccessorRegion } from './types';

// One evidence object per claim, shared by every region it covers (it also keeps the bundle small).
const CODE_EVIDENCE: Evidence = { sources: [REGION_CODE_TABLE], confidence: 'reported' };
const CAPITAL_EVIDENCE: Evidence = { sources: [METROPOLITAN_AREA_ACT], confidence: 'confirmed' };
const provenance = { code: CODE_EVIDENCE, capital: CAPITAL_EVIDENCE } as const;

type RegionRow = readonly [
  code: RegionCode,
  ko: string,
  koShort: string,
  en: string,
  enFull: string,
  capital: boolean,
  aliases: readonly string[],
];

// code, full Korean name, short name, English name, full English name, capital, other names: the
// city form (서울시), the short name with 도 (경북도), former English names, McCune–Reischauer
// (Pusan, Kyŏngsang-bukto: the breve and apostrophes fold away) and common spellings (Kyungbuk).
// '광주시' is not here: it also names 경기도 광주시 (see COLLISIONS).
const ROWS: readonly RegionRow[] = [
  [
    '11',
    '서울특별시',
    '서울',
    'Seoul',
    'Seoul Special City',
    true,
    ['서울시', 'Seoul City', 'Seoul Metropolitan City'],
  ],
  ['26', '부산광역시', '부산', 'Busan', 'Busan Metropolitan City', false, ['부산시', 'Pusan', 'Busan City']],
  ['27', '대구광역시', '대구', 'Daegu', 'Daegu Metropolitan City', false, ['대구시', 'Taegu', 'Daegu City']],
  [
    '28',
    '인천광역시',
    '인천',
    'Incheon',
    'Incheon Metropolitan City',
    true,
    ['인천시', 'Inchon', 'Incheon City'],
  ],
  ['29', '광주광역시', '광주', 'Gwangju', 'Gwangju Metropolitan City', false, ['Kwangju']],
  [
    '30',
    '대전광역시',
    '대전',
    'Daejeon',
    'Daejeon Metropolitan City',
    false,
    ['대전시', 'Taejon', 'Daejeon City'],
  ],
  ['31', '울산광역시', '울산', 'Ulsan', 'Ulsan Metropolitan City', false, ['울산시', 'Ulsan City']],
  [
    '36',
    '세종특별자치시',
    '세종',
    'Sejong',
    'Sejong Special Self-Governing City',
    false,
    ['세종시', 'Sejong City', 'Sejong Special Autonomous City'],
  ],
  [
    '41',
    '경기도',
    '경기',
    'Gyeonggi',
    'Gyeonggi Province',
    true,
    ['Gyeonggi-do', 'Kyonggi', 'Kyonggi-do', 'Kyunggi', 'Kyunggi-do'],
  ],
  [
    '43',
    '충청북도',
    '충북',
    'Chungbuk',
    'North Chungcheong Province',
    false,
    ['충북도', 'Chungcheongbuk-do', 'Chungchongbuk-do', 'Chungchong-bukto'],
  ],
  [
    '44',
    '충청남도',
    '충남',
    'Chungnam',
    'South Chungcheong Province',
    false,
    ['충남도', 'Chungcheongnam-do', 'Chungchongnam-do', 'Chungchong-namdo'],
  ],
  [
    '46',
    '전라남도',
    '전남',
    'Jeonnam',
    'South Jeolla Province',
    false,
    ['전남도', 'Jeollanam-do', 'Chonnam', 'Chollanam-do', 'Cholla-namdo'],
  ],
  [
    '47',
    '경상북도',
    '경북',
    'Gyeongbuk',
    'North Gyeongsang Province',
    false,
    [
      '경북도',
      'Gyeongsangbuk-do',
      'Kyungbuk',
      'Kyongbuk',
      'Kyongsangbuk-do',
      'Kyongsang-bukto',
      'Kyungsangbuk-do',
    ],
  ],
  [
    '48',
    '경상남도',
    '경남',
    'Gyeongnam',
    'South Gyeongsang Province',
    false,
    [
      '경남도',
      'Gyeongsangnam-do',
      'Kyungnam',
      'Kyongnam',
      'Kyongsangnam-do',
      'Kyongsang-namdo',
      'Kyungsangnam-do',
    ],
  ],
  [
    '50',
    '제주특별자치도',
    '제주',
    'Jeju',
    'Jeju Special Self-Governing Province',
    false,
    // 제주시 is a city of 제주특별자치도, so it names no other 시·도.
    ['제주도', '제주시', 'Jeju-do', 'Cheju', 'Cheju-do', 'Jeju Special Autonomous Province'],
  ],
  [
    '51',
    '강원특별자치도',
    '강원',
    'Gangwon',
    'Gangwon State',
    false,
    [
      '강원도',
      'Gangwon-do',
      'Kangwon',
      'Kangwon-do',
      'Gangwon Province',
      'Gangwon Special Self-Governing Province',
    ],
  ],
  [
    '52',
    '전북특별자치도',
    '전북',
    'Jeonbuk',
    'Jeonbuk State',
    false,
    [
      '전라북도',
      '전북도',
      'Jeollabuk-do',
      'Chonbuk',
      'Chollabuk-do',
      'Cholla-bukto',
      'North Jeolla Province',
      'Jeonbuk Special Self-Governing Province',
    ],
  ],
];

// The two 특별자치도 of 2023 and 2024 took new codes; the old codes still appear in older records.
const LEGACY: Partial<Record<RegionCode, Pick<Region, 'validFrom' | 'legacyCodes'>>> = {
  '51': { validFrom: '2023-06-11', legacyCodes: [{ code: '42', name: '강원도', until: '2023-06-10' }] },
  '52': { validFrom: '2024-01-18', legacyCodes: [{ code: '45', name: '전라북도', until: '2024-01-17' }] },
};

function toRegion([code, ko, koShort, en, enFull, capital, aliases]: RegionRow): Region {
  const legacy = LEGACY[code];
  return {
    code,
    name: { ko, koShort, en, enFull },
    capital,
    validFrom: legacy?.validFrom ?? null,
    legacyCodes: legacy?.legacyCodes ?? [],
    aliases,
    provenance,
  };
}

/**
 * The 17 시·도 in code order, deeply frozen. Codes are `reported` (community-consistent; the
 * official table was not seen); the capital flags are `confirmed` by 수도권정비계획법.
 *
 * @example
 * ```ts
 * import { REGIONS } from 'regional-innovation-rnd/regions';
 * REGIONS.length; // 17
 * REGIONS.filter((r) => r.capital).map((r) => r.name.koShort); // ['서울', '인천', '경기']
 * ```
 */
export const REGIONS: readonly Region[] = /* @__PURE__ */ deepFreeze(ROWS.map(toRegion));

/**
 * The codes of the 14 non-capital 시·도 the program serves.
 *
 * @example
 * ```ts
 * import { NON_CAPITAL_REGION_CODES } from 'regional-innovation-rnd/regions';
 * NON_CAPITAL_REGION_CODES.includes('26'); // true (부산)
 * NON_CAPITAL_REGION_CODES.includes('41'); // false (경기)
 * ```
 */
export const NON_CAPITAL_REGION_CODES: readonly RegionCode[] = /* @__PURE__ */ Object.freeze(
  ROWS.filter((row) => !row[5]).map((row) => row[0]),
);

/**
 * Recorded changes to the regions, with their effective dates. The 광주·전남 merger of
 * 2026-07-01 is recorded as reported; both parts are non-capital, and it changes no answer for the
 * 2025 or 2026 call (both application windows closed before it takes effect).
 *
 * @example
 * ```ts
 * import { REGION_EVENTS } from 'regional-innovation-rnd/regions';
 * REGION_EVENTS[0]?.from; // ['29', '46']
 * REGION_EVENTS[0]?.to.code; // null (not yet known)
 * ```
 */
export const REGION_EVENTS: readonly RegionEvent[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'merger-gwangju-jeonnam-2026',
    kind: 'merger',
    effective: '2026-07-01',
    from: ['29', '46'],
    to: { name: '전남광주통합특별시', code: null, capital: false },
    effect:
      'No change for the 2025 and 2026 calls; 광주 (29) and 전남 (46) stay non-capital. The merged unit’s code is unknown.',
    provenance: { sources: [GWANGJU_JEONNAM_MERGER_ACT], confidence: 'reported' },
  },
]);

/**
 * The look-ups' view of each unit in {@link SUCCESSOR_REGIONS}, in the same order: the codes it
 * replaces and its names (full, short, then aliases). It keeps the records, with their sources,
 * out of the bundles that only look names up.
 *
 * @internal
 */
export const SUCCESSOR_NAMES: readonly {
  readonly successorOf: readonly RegionCode[];
  readonly names: readonly string[];
}[] = /* @__PURE__ */ deepFreeze([
  {
    successorOf: ['29', '46'],
    // The act's name, its 약칭, the name agreed on 2026-01-27 and the provisional one before it.
    names: ['전남광주통합특별시', '광주특별시', '전남광주특별시', '광주전남특별시'],
  },
]);

/**
 * Units that are to replace some of the 17 시·도: 전남광주통합특별시 (광주 29 + 전남 46), planned
 * for 2026-07-01 (`reported`; whether it launched is not in the sources). Its code is `null`: no
 * source gives one. It is non-capital, as both its parts are; no answer for the 2025 or 2026 call
 * changes (both application windows closed before the date).
 *
 * @example
 * ```ts
 * import { SUCCESSOR_REGIONS } from 'regional-innovation-rnd/regions';
 * SUCCESSOR_REGIONS[0]?.name.koShort; // '광주특별시'
 * SUCCESSOR_REGIONS[0]?.successorOf; // ['29', '46']
 * SUCCESSOR_REGIONS[0]?.effective; // { from: '2026-07-01', confidence: 'reported' }
 * ```
 */
export const SUCCESSOR_REGIONS: readonly SuccessorRegion[] = /* @__PURE__ */ deepFreeze([
  {
    code: null,
    name: { ko: '전남광주통합특별시', koShort: '광주특별시' },
    capital: false,
    effective: { from: '2026-07-01', confidence: 'reported' },
    successorOf: ['29', '46'],
    // The names agreed before the act: 전남광주특별시 (2026-01-27) and the provisional 광주전남특별시.
    aliases: ['전남광주특별시', '광주전남특별시'],
    event: 'merger-gwangju-jeonnam-2026',
    provenance: {
      name: {
        sources: [GWANGJU_JEONNAM_MERGER_ACT, OHMYNEWS_2026_01_30, OHMYNEWS_2026_01_27],
        confidence: 'reported',
      },
      code: {
        sources: [GWANGJU_JEONNAM_MERGER_ACT],
        confidence: 'reported',
        note: 'The sources give no code for the merged unit (public repositories disagree: 12, or keeping 29); null until one is published.',
      },
      capital: {
        sources: [METROPOLITAN_AREA_ACT],
        confidence: 'derived',
        note: '수도권 is 서울, 인천 and 경기; the merged unit is none of them.',
      },
      effective: {
        sources: [GWANGJU_JEONNAM_MERGER_ACT, OHMYNEWS_2026_01_30],
        confidence: 'reported',
        note: 'The planned launch; whether it took place is not in the sources.',
      },
    },
  },
]);

/** 광주광역시's five 자치구. 경기도 광주시 has none (it has 읍·면·동). */
const GWANGJU_DISTRICTS = ['동구', '서구', '남구', '북구', '광산구'] as const;

/**
 * A name that may mean more than one place. `alone`: the names that are ambiguous on their own;
 * `leading`: the Korean names that are ambiguous at the start of a longer address, unless the next
 * word is one of `settledBy.words`, which settle it for `settledBy.region`. Candidates are 시·도
 * codes, or a place that is not a 시·도.
 *
 * @internal
 */
export interface NameCollision {
  readonly alone: readonly string[];
  readonly leading: readonly string[];
  readonly candidates: readonly (RegionCode | RegionCandidate)[];
  readonly settledBy?: { readonly region: RegionCode; readonly words: readonly string[] };
}

/**
 * The names the look-ups refuse to decide. '광주' alone and 'Gwangju' stay 광주광역시: they are its
 * short name as a 시·도, as '부산' and 'Busan' are 부산's.
 *
 * @internal
 */
export const COLLISIONS: readonly NameCollision[] = /* @__PURE__ */ deepFreeze([
  {
    // 광주광역시, or 경기도 광주시: a city of 경기도, in the capital region.
    alone: ['광주시', 'Gwangju-si', 'Gwangju City', 'Kwangju-si', 'Kwangju City'],
    // '광주 북구' and '광주시 북구' are in 광주광역시 (경기도 광주시 has no 구); '광주 오포읍' is in
    // 경기도, so anything else after them stays ambiguous.
    leading: ['광주', '광주시'],
    candidates: ['29', { region: '41', ko: '경기도 광주시', en: 'Gwangju, Gyeonggi', capital: true }],
    settledBy: { region: '29', words: GWANGJU_DISTRICTS },
  },
  {
    // Two 시·도 written together.
    alone: ['광주전남', '전남광주'],
    leading: [],
    candidates: ['29', '46'],
  },
]);
