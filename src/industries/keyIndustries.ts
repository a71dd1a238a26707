import type { Evidence } from '../rules/types';
import { deepFreeze } from '../rules/deepFreeze';
import {
  ASIATODAY_2024_12_26,
  BUSAN_ILBO_2023_02_28,
  DGMBC_2024_08_26,
  DPI_2026,
  EKN_2023_05_08,
  ETNEWS_2024_02_23,
  ETNEWS_2024_04_22,
  ETNEWS_2024_11_11,
  FIRSTNEWS_2024_10_22,
  GYEONGNAM_2023_03_07,
  IJEJUTODAY_2025,
  IJSN_2024_11,
  JNILBO_2023_06_18,
  KUKINEWS_2024_10_28,
  KUKINEWS_2024_11_04,
  KWNEWS_2023_03_09,
  NEWDAILY_2024_11_19,
  NEWS1_2023_03_08,
  NEWSPIM_2025_03_26,
  SEDAILY_2023_02_16,
  SEDAILY_2024_11_19,
  SEGYE_2023_07_14,
  SEOUL_2023_02_28,
  SHINAILBO_2023_02_16,
  SIMINILBO_2024_11_17,
  SISANPEOPLE_2023_03_02,
  WIKITREE_2024_11_06,
  YEONGNAM_2024_12_26,
} from './sources';
import type { Industry, IndustryRegionCode } from './types';

// Evidence shared by the industries of one region, where the same reports name them all.
const BUSAN: Evidence = { sources: [BUSAN_ILBO_2023_02_28, SEOUL_2023_02_28], confidence: 'confirmed' };
const DAEGU: Evidence = { sources: [DGMBC_2024_08_26, DPI_2026], confidence: 'confirmed' };
const GWANGJU_ONE_REPORT: Evidence = {
  sources: [JNILBO_2023_06_18],
  confidence: 'reported',
  note: 'one report only',
};
const DAEJEON: Evidence = { sources: [KUKINEWS_2024_11_04, NEWSPIM_2025_03_26], confidence: 'confirmed' };
const ULSAN: Evidence = {
  sources: [KUKINEWS_2024_10_28],
  confidence: 'reported',
  note: "one report (울산TP's profile) naming 울산's main industries and the TP's 지역 주력산업 focus; it never uses the word 주축산업",
};
const SEJONG: Evidence = {
  sources: [SEDAILY_2024_11_19, NEWDAILY_2024_11_19],
  confidence: 'reported',
  note: "hint: the fields of 세종's 레전드50+ 2.0 project, which the Ministry describes as covering each region's 주축산업; no source calls them 주축산업",
};
const GANGWON: Evidence = { sources: [EKN_2023_05_08, KWNEWS_2023_03_09], confidence: 'confirmed' };
const CHUNGBUK: Evidence = { sources: [SEGYE_2023_07_14, WIKITREE_2024_11_06], confidence: 'confirmed' };
const CHUNGNAM: Evidence = { sources: [NEWS1_2023_03_08, FIRSTNEWS_2024_10_22], confidence: 'confirmed' };
const JEONBUK: Evidence = { sources: [SISANPEOPLE_2023_03_02, ETNEWS_2024_04_22], confidence: 'confirmed' };
const GYEONGBUK_SOURCES = [YEONGNAM_2024_12_26, ASIATODAY_2024_12_26, DGMBC_2024_08_26];
const GYEONGBUK_SPELLING = 'the spelling follows the two reports of 2024-12-26';
const GYEONGBUK: Evidence = { sources: GYEONGBUK_SOURCES, confidence: 'confirmed', note: GYEONGBUK_SPELLING };
/** 경북's evidence, with the spelling 대구MBC (2024-08-26) uses instead, kept as an alias. */
const gyeongbukWithVariant = (variant: string): Evidence => ({
  sources: GYEONGBUK_SOURCES,
  confidence: 'confirmed',
  note: `${GYEONGBUK_SPELLING}; 대구MBC writes ${variant}, kept as an alias`,
});
const JEJU: Evidence = {
  sources: [IJEJUTODAY_2025, IJSN_2024_11],
  confidence: 'confirmed',
  note: '제주TP releases of different dates',
};

/**
 * The 주축산업 known to the library: 37 of the 41 of the 2023 re-organisation, from regional
 * reports (the Ministry's own 41-item table was not found). Deeply frozen.
 *
 * Each carries its own confidence: `confirmed` where two independent reports (or an official
 * text) agree, `reported` where one report names it; a `note` starting with "hint" marks a name
 * that rests on indirect evidence. Not included: 전남's (only broad fields are known) and 대전's
 * third, if it has one. {@link KEY_LIST_COMPLETE} says which regions' lists are complete.
 *
 * @example
 * ```ts
 * import { KEY_INDUSTRIES } from 'regional-innovation-rnd/industries';
 * KEY_INDUSTRIES.length; // 37
 * KEY_INDUSTRIES.filter((i) => i.regions.includes('44')).map((i) => i.name.ko);
 * // ['탄소저감 자동차부품', '고기능성 그린바이오', '첨단디스플레이']
 * ```
 */
export const KEY_INDUSTRIES: readonly Industry[] = /* @__PURE__ */ deepFreeze<readonly Industry[]>([
  // 부산 (26)
  {
    id: 'busan-ultra-precision-materials-parts',
    name: { ko: '초정밀소재·부품', en: 'Ultra-precision materials and parts' },
    kind: 'key',
    regions: ['26'],
    aliases: ['초정밀 소재부품'],
    provenance: BUSAN,
  },
  {
    id: 'busan-low-temperature-high-pressure-energy-storage-supply',
    name: {
      ko: '저온·고압 에너지 저장·공급 시스템',
      en: 'Low-temperature, high-pressure energy storage and supply systems',
    },
    kind: 'key',
    regions: ['26'],
    aliases: ['저온고압 에너지 저장 공급시스템'],
    provenance: BUSAN,
  },
  {
    id: 'busan-silver-care-tech',
    name: { ko: '실버케어테크', en: 'Silver-care technology' },
    kind: 'key',
    regions: ['26'],
    aliases: ['실버케어 테크'],
    provenance: BUSAN,
  },
  // 대구 (27)
  {
    id: 'daegu-electric-autonomous-mobility-parts',
    name: { ko: '전기·자율모빌리티 부품', en: 'Electric and autonomous mobility parts' },
    kind: 'key',
    regions: ['27'],
    aliases: ['전기·자율 모빌리티부품', '전기와 자율모빌리티 부품'],
    provenance: DAEGU,
  },
  {
    id: 'daegu-machine-element-materials-parts',
    name: { ko: '기계요소 소재부품', en: 'Machine-element materials and parts' },
    kind: 'key',
    regions: ['27'],
    aliases: [],
    provenance: DAEGU,
  },
  {
    id: 'daegu-digital-medical-devices',
    name: { ko: '디지털 의료기기', en: 'Digital medical devices' },
    kind: 'key',
    regions: ['27'],
    aliases: [],
    provenance: DAEGU,
  },
  // 광주 (29)
  {
    id: 'gwangju-mobility-interior-electronic-parts',
    name: { ko: '모빌리티 의장·전장부품', en: 'Mobility interior and electronic parts' },
    kind: 'key',
    regions: ['29'],
    aliases: [],
    provenance: {
      sources: [JNILBO_2023_06_18, ETNEWS_2024_02_23],
      confidence: 'confirmed',
      note: 'the second source (연구개발특구, a different program) confirms the name only',
    },
  },
  {
    id: 'gwangju-smart-home-parts',
    name: { ko: '스마트홈부품', en: 'Smart home parts' },
    kind: 'key',
    regions: ['29'],
    aliases: [],
    provenance: GWANGJU_ONE_REPORT,
  },
  {
    id: 'gwangju-biomedical-materials-parts',
    name: { ko: '생체의료소재부품', en: 'Biomedical materials and parts' },
    kind: 'key',
    regions: ['29'],
    aliases: [],
    provenance: GWANGJU_ONE_REPORT,
  },
  // 대전 (30)
  {
    id: 'daejeon-nano-semiconductor',
    name: { ko: '나노·반도체', en: 'Nano and semiconductors' },
    kind: 'key',
    regions: ['30'],
    aliases: ['나노반도체', '나노 반도체', '나노‧반도체'],
    provenance: {
      sources: [KUKINEWS_2024_11_04, NEWSPIM_2025_03_26],
      confidence: 'confirmed',
      note: 'the exact spelling (with or without the middle dot) is uncertain',
    },
  },
  {
    id: 'daejeon-precision-medicine-bio-health',
    name: { ko: '정밀의료바이오헬스', en: 'Precision medicine and bio-health' },
    kind: 'key',
    regions: ['30'],
    aliases: [],
    provenance: DAEJEON,
  },
  // 울산 (31)
  {
    id: 'ulsan-electric-vehicle-parts',
    name: { ko: '전기자동차 부품', en: 'Electric vehicle parts' },
    kind: 'key',
    regions: ['31'],
    aliases: [],
    provenance: ULSAN,
  },
  {
    id: 'ulsan-gas-fuelled-ship-equipment',
    name: { ko: '가스연료 선박기자재', en: 'Gas-fuelled ship equipment' },
    kind: 'key',
    regions: ['31'],
    aliases: [],
    provenance: ULSAN,
  },
  {
    id: 'ulsan-functional-chemical-materials',
    name: { ko: '기능성 화학소재', en: 'Functional chemical materials' },
    kind: 'key',
    regions: ['31'],
    aliases: [],
    provenance: ULSAN,
  },
  // 세종 (36)
  {
    id: 'sejong-intelligent-mobility-parts',
    name: { ko: '지능형 모빌리티 부품', en: 'Intelligent mobility parts' },
    kind: 'key',
    regions: ['36'],
    aliases: [],
    provenance: SEJONG,
  },
  {
    id: 'sejong-functional-bio-materials',
    name: { ko: '기능성 바이오 소재', en: 'Functional bio-materials' },
    kind: 'key',
    regions: ['36'],
    aliases: [],
    provenance: SEJONG,
  },
  // 강원 (51)
  {
    id: 'gangwon-digital-healthcare',
    name: { ko: '디지털헬스케어', en: 'Digital healthcare' },
    kind: 'key',
    regions: ['51'],
    aliases: [],
    provenance: GANGWON,
  },
  {
    id: 'gangwon-natural-product-bio-materials',
    name: { ko: '천연물바이오소재', en: 'Natural-product bio-materials' },
    kind: 'key',
    regions: ['51'],
    aliases: [],
    provenance: {
      sources: [EKN_2023_05_08, KWNEWS_2023_03_09, SHINAILBO_2023_02_16],
      confidence: 'confirmed',
      note: 'one of the six industries kept as they were in the 2023 re-organisation',
    },
  },
  {
    id: 'gangwon-ceramic-raw-materials',
    name: { ko: '세라믹원료소재', en: 'Ceramic raw materials' },
    kind: 'key',
    regions: ['51'],
    aliases: [],
    provenance: GANGWON,
  },
  // 충북 (43)
  {
    id: 'chungbuk-advanced-semiconductors',
    name: { ko: '첨단반도체', en: 'Advanced semiconductors' },
    kind: 'key',
    regions: ['43'],
    aliases: [],
    provenance: CHUNGBUK,
  },
  {
    id: 'chungbuk-eco-friendly-mobility-parts',
    name: { ko: '친환경모빌리티부품', en: 'Eco-friendly mobility parts' },
    kind: 'key',
    regions: ['43'],
    aliases: ['친환경 모빌리티', '미래모빌리티소재부품'],
    provenance: {
      sources: [SEGYE_2023_07_14, WIKITREE_2024_11_06],
      confidence: 'confirmed',
      note: 'the second report calls it 미래모빌리티소재부품',
    },
  },
  {
    id: 'chungbuk-convergence-bio',
    name: { ko: '융합바이오', en: 'Convergence bio' },
    kind: 'key',
    regions: ['43'],
    aliases: [],
    provenance: CHUNGBUK,
  },
  // 충남 (44)
  {
    id: 'chungnam-carbon-reducing-automotive-parts',
    name: { ko: '탄소저감 자동차부품', en: 'Carbon-reducing automotive parts' },
    kind: 'key',
    regions: ['44'],
    aliases: ['탄소저감 자동차 부품'],
    provenance: CHUNGNAM,
  },
  {
    id: 'chungnam-high-functional-green-bio',
    name: { ko: '고기능성 그린바이오', en: 'High-functional green bio' },
    kind: 'key',
    regions: ['44'],
    aliases: [],
    provenance: CHUNGNAM,
  },
  {
    id: 'chungnam-advanced-display',
    name: { ko: '첨단디스플레이', en: 'Advanced displays' },
    kind: 'key',
    regions: ['44'],
    aliases: ['차세대 디스플레이'],
    provenance: {
      sources: [NEWS1_2023_03_08, SEDAILY_2023_02_16],
      confidence: 'reported',
      note: "hint for the name: 충남TP reports a display 주축산업 it calls 차세대 디스플레이; 첨단디스플레이 is the Ministry's name in a list of examples without regions, and 충남 is the only region with a display industry",
    },
  },
  // 전북 (52)
  {
    id: 'jeonbuk-agri-life-bio',
    name: { ko: '농생명바이오', en: 'Agricultural life-science bio' },
    kind: 'key',
    regions: ['52'],
    aliases: ['농생명·바이오'],
    provenance: JEONBUK,
  },
  {
    id: 'jeonbuk-special-purpose-intelligent-machine-parts',
    name: { ko: '특수목적용 지능형 기계부품', en: 'Intelligent machine parts for special purposes' },
    kind: 'key',
    regions: ['52'],
    aliases: [],
    provenance: JEONBUK,
  },
  {
    id: 'jeonbuk-carbon-convergence-composites',
    name: { ko: '탄소융복합소재', en: 'Carbon convergence composite materials' },
    kind: 'key',
    regions: ['52'],
    aliases: [],
    provenance: JEONBUK,
  },
  // 경북 (47)
  {
    id: 'gyeongbuk-advanced-digital-parts',
    name: { ko: '첨단디지털부품', en: 'Advanced digital parts' },
    kind: 'key',
    regions: ['47'],
    aliases: ['첨단 디지털 부품'],
    provenance: gyeongbukWithVariant('첨단 디지털 부품'),
  },
  {
    id: 'gyeongbuk-materials-parts-processing',
    name: { ko: '소재부품가공', en: 'Materials and parts processing' },
    kind: 'key',
    regions: ['47'],
    aliases: ['신소재 부품 가공'],
    provenance: gyeongbukWithVariant('신소재 부품 가공'),
  },
  {
    id: 'gyeongbuk-life-care-materials',
    name: { ko: '라이프케어소재', en: 'Life-care materials' },
    kind: 'key',
    regions: ['47'],
    aliases: [],
    provenance: GYEONGBUK,
  },
  // 경남 (48)
  {
    id: 'gyeongnam-advanced-precision-machinery',
    name: { ko: '첨단정밀기계', en: 'Advanced precision machinery' },
    kind: 'key',
    regions: ['48'],
    aliases: [],
    provenance: { sources: [GYEONGNAM_2023_03_07, ETNEWS_2024_11_11], confidence: 'confirmed' },
  },
  {
    id: 'gyeongnam-aircraft-parts',
    name: { ko: '항공부품', en: 'Aircraft parts' },
    kind: 'key',
    regions: ['48'],
    aliases: [],
    provenance: { sources: [GYEONGNAM_2023_03_07], confidence: 'reported', note: 'one report only' },
  },
  {
    id: 'gyeongnam-anti-aging-medical',
    name: { ko: '항노화메디컬', en: 'Anti-ageing medical' },
    kind: 'key',
    regions: ['48'],
    aliases: [],
    provenance: {
      sources: [GYEONGNAM_2023_03_07, ETNEWS_2024_11_11, SHINAILBO_2023_02_16],
      confidence: 'confirmed',
      note: 'one of the six industries kept as they were in the 2023 re-organisation',
    },
  },
  // 제주 (50)
  {
    id: 'jeju-clean-bio',
    name: { ko: '청정바이오', en: 'Clean bio' },
    kind: 'key',
    regions: ['50'],
    aliases: [],
    provenance: JEJU,
  },
  {
    id: 'jeju-intelligent-tourism-services',
    name: { ko: '지능형관광서비스', en: 'Intelligent tourism services' },
    kind: 'key',
    regions: ['50'],
    aliases: [],
    provenance: JEJU,
  },
  {
    id: 'jeju-green-energy-solutions',
    name: { ko: '그린에너지솔루션', en: 'Green energy solutions' },
    kind: 'key',
    regions: ['50'],
    aliases: ['그린에너지 솔루션'],
    provenance: JEJU,
  },
]);

/**
 * For each of the 14 non-capital regions, whether {@link KEY_INDUSTRIES} holds all of its
 * 주축산업. `true` only where a source states how many the region has ("3개 분야", "3가지 산업",
 * "3대 주축산업" and the like) and the library holds that many: 부산, 대구, 광주, 충북 and 충남.
 * `false` everywhere else — then an industry the library does not hold may still be a 주축산업
 * there, and the answer is `unknown`. 강원, 경북, 전북 and 제주 are `false` although every source
 * names the same three: none states the count, and three names in a sentence may be an
 * incomplete list. The evidence for each region, with the source that states the count, is in
 * {@link KEY_LIST_EVIDENCE}.
 *
 * The total of 41 주축산업 is confirmed; 37 are named, so the missing 4 belong to regions marked
 * `false` (most likely among 대전, 울산, 세종, 전남 and 경남, whose sources name fewer or leave the
 * list open).
 *
 * @example
 * ```ts
 * import { KEY_LIST_COMPLETE } from 'regional-innovation-rnd/industries';
 * KEY_LIST_COMPLETE['26']; // true: "3개 분야" (부산일보, 2023-02-28), and the three are known
 * KEY_LIST_COMPLETE['51']; // false: 강원's three are named, but no source states the count
 * KEY_LIST_COMPLETE['46']; // false: 전남's are not known
 * ```
 */
export const KEY_LIST_COMPLETE: Readonly<Record<IndustryRegionCode, boolean>> = /* @__PURE__ */ Object.freeze(
  {
    '26': true,
    '27': true,
    '29': true,
    '30': false,
    '31': false,
    '36': false,
    '43': true,
    '44': true,
    '46': false,
    '47': false,
    '48': false,
    '50': false,
    '51': false,
    '52': false,
  },
);

const NO_COUNT = 'three named in every source, but none states how many there are; not shown complete';

/**
 * The evidence behind each region's entry in {@link KEY_LIST_COMPLETE}: for `true`, the source
 * that states the count first, with the words it uses in `note`; for `false`, what is known and
 * why it is not shown complete.
 *
 * @example
 * ```ts
 * import { KEY_LIST_EVIDENCE } from 'regional-innovation-rnd/industries';
 * KEY_LIST_EVIDENCE['26'].sources[0]?.url; // 'https://www.busan.com/view/busan/view.php?code=2023022818061973807'
 * KEY_LIST_EVIDENCE['48'].note; // 'the one source ends its list with "등" (and others)'
 * ```
 */
export const KEY_LIST_EVIDENCE: Readonly<Record<IndustryRegionCode, Evidence>> = /* @__PURE__ */ deepFreeze<
  Record<IndustryRegionCode, Evidence>
>({
  '26': {
    sources: [BUSAN_ILBO_2023_02_28, SEOUL_2023_02_28],
    confidence: 'confirmed',
    note: 'the count is stated: "3개 분야" (부산일보, 2023-02-28, "부산 주력산업, 초정밀 소재부품 등 3개 분야 재편")',
  },
  '27': {
    sources: [DGMBC_2024_08_26, DPI_2026],
    confidence: 'confirmed',
    note: 'the count is stated: "3가지 산업" (대구MBC, 2024-08-26)',
  },
  '29': {
    sources: [JNILBO_2023_06_18],
    confidence: 'reported',
    note: 'the count is stated: "3대 주력(주축)산업" (전남일보, 2023-06-18), in one report',
  },
  '30': {
    sources: [KUKINEWS_2024_11_04, NEWSPIM_2025_03_26],
    confidence: 'reported',
    note: 'two are known; whether there is a third (before 2023 대전 also had 지능형로봇) is unknown',
  },
  '31': {
    sources: [KUKINEWS_2024_10_28],
    confidence: 'reported',
    note: 'the one source names three main industries but never calls them 주축산업; not shown complete',
  },
  '36': {
    sources: [SEDAILY_2024_11_19, NEWDAILY_2024_11_19],
    confidence: 'reported',
    note: 'hint only: the fields of a 레전드50+ 2.0 project; not shown complete',
  },
  '43': {
    sources: [SEGYE_2023_07_14, WIKITREE_2024_11_06],
    confidence: 'confirmed',
    note: 'the count is stated: "3대 산업 분야" (세계일보, 2023-07-14); a second report names the same three',
  },
  '44': {
    sources: [NEWS1_2023_03_08, FIRSTNEWS_2024_10_22],
    confidence: 'confirmed',
    note: 'the count is stated: "3대 주축산업" (뉴스1, 2023-03-08, a 충남TP release)',
  },
  '46': {
    sources: [SIMINILBO_2024_11_17],
    confidence: 'reported',
    note: 'hint: only broad fields are known (소재·부품, 친환경에너지, 바이오·헬스케어); no 주축산업 name is held',
  },
  '47': {
    sources: [YEONGNAM_2024_12_26, ASIATODAY_2024_12_26, DGMBC_2024_08_26],
    confidence: 'reported',
    note: NO_COUNT,
  },
  '48': {
    sources: [GYEONGNAM_2023_03_07, ETNEWS_2024_11_11],
    confidence: 'reported',
    note: 'the one source ends its list with "등" (and others)',
  },
  '50': {
    sources: [IJEJUTODAY_2025, IJSN_2024_11],
    confidence: 'reported',
    note: NO_COUNT,
  },
  '51': {
    sources: [EKN_2023_05_08, KWNEWS_2023_03_09],
    confidence: 'reported',
    note: NO_COUNT,
  },
  '52': {
    sources: [SISANPEOPLE_2023_03_02, ETNEWS_2024_04_22],
    confidence: 'reported',
    note: NO_COUNT,
  },
});
