import { deepFreeze } from '../rules/deepFreeze';
import type { Evidence, RegionCode } from '../rules/types';
import { GWANGJU_JEONNAM_MERGER_ACT, METROPOLITAN_AREA_ACT, REGION_CODE_TABLE } from '../sources/index';
import type { Region, RegionEvent } from './types';

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

// code, full Korean name, short name, English name, full English name, capital, other names
const ROWS: readonly RegionRow[] = [
  ['11', '서울특별시', '서울', 'Seoul', 'Seoul Special City', true, ['서울시']],
  ['26', '부산광역시', '부산', 'Busan', 'Busan Metropolitan City', false, ['부산시', 'Pusan']],
  ['27', '대구광역시', '대구', 'Daegu', 'Daegu Metropolitan City', false, ['대구시', 'Taegu']],
  ['28', '인천광역시', '인천', 'Incheon', 'Incheon Metropolitan City', true, ['인천시']],
  ['29', '광주광역시', '광주', 'Gwangju', 'Gwangju Metropolitan City', false, ['광주시']],
  ['30', '대전광역시', '대전', 'Daejeon', 'Daejeon Metropolitan City', false, ['대전시']],
  ['31', '울산광역시', '울산', 'Ulsan', 'Ulsan Metropolitan City', false, ['울산시']],
  ['36', '세종특별자치시', '세종', 'Sejong', 'Sejong Special Self-Governing City', false, ['세종시']],
  ['41', '경기도', '경기', 'Gyeonggi', 'Gyeonggi Province', true, ['Gyeonggi-do']],
  ['43', '충청북도', '충북', 'Chungbuk', 'North Chungcheong Province', false, ['Chungcheongbuk-do']],
  ['44', '충청남도', '충남', 'Chungnam', 'South Chungcheong Province', false, ['Chungcheongnam-do']],
  ['46', '전라남도', '전남', 'Jeonnam', 'South Jeolla Province', false, ['Jeollanam-do']],
  ['47', '경상북도', '경북', 'Gyeongbuk', 'North Gyeongsang Province', false, ['Gyeongsangbuk-do']],
  ['48', '경상남도', '경남', 'Gyeongnam', 'South Gyeongsang Province', false, ['Gyeongsangnam-do']],
  [
    '50',
    '제주특별자치도',
    '제주',
    'Jeju',
    'Jeju Special Self-Governing Province',
    false,
    ['제주도', 'Jeju-do'],
  ],
  [
    '51',
    '강원특별자치도',
    '강원',
    'Gangwon',
    'Gangwon State',
    false,
    ['강원도', 'Gangwon-do', 'Gangwon Special Self-Governing Province'],
  ],
  [
    '52',
    '전북특별자치도',
    '전북',
    'Jeonbuk',
    'Jeonbuk State',
    false,
    ['전라북도', 'Jeollabuk-do', 'Jeonbuk Special Self-Governing Province'],
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
