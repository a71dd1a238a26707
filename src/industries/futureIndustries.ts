import type { Evidence } from '../rules/types';
import { deepFreeze } from '../rules/deepFreeze';
import { ETNEWS_2023_02_27, KCEONEWS_2023_02_21, NEWS1_2023_03_08 } from './sources';
import type { Industry } from './types';

// The full list of 19 was adopted on 2023-02-27; the Ministry's plan of 2023-02-16 gives the count.
const ADOPTED: Evidence = {
  sources: [ETNEWS_2023_02_27, KCEONEWS_2023_02_21],
  confidence: 'confirmed',
};

// 충남's two 미래신산업 are also named by 충남TP, independently of the national report.
const ADOPTED_CHUNGNAM: Evidence = {
  sources: [ETNEWS_2023_02_27, KCEONEWS_2023_02_21, NEWS1_2023_03_08],
  confidence: 'confirmed',
};

/**
 * The 19 미래신산업 of the 2023 re-organisation of the regional 주력산업: 14 held by one region
 * each, and 5 shared by several regions (지역협력형). Deeply frozen.
 *
 * All are `confirmed` (adopted by the 지역경제위원회 on 2023-02-27). Korean names follow the
 * report of that day; English names are the library's translations.
 *
 * @example
 * ```ts
 * import { FUTURE_INDUSTRIES } from 'regional-innovation-rnd/industries';
 * FUTURE_INDUSTRIES.length; // 19
 * FUTURE_INDUSTRIES.find((i) => i.id === 'hydrogen-storage-transport')?.regions; // ['26', '31', '48', '50']
 * ```
 */
export const FUTURE_INDUSTRIES: readonly Industry[] = /* @__PURE__ */ deepFreeze<readonly Industry[]>([
  {
    id: 'busan-power-semiconductor',
    name: { ko: '전력반도체', en: 'Power semiconductors' },
    kind: 'future',
    regions: ['26'],
    aliases: ['파워반도체'],
    provenance: ADOPTED,
  },
  {
    id: 'daegu-advanced-autonomous-manipulation',
    name: { ko: '고난도 자율조작', en: 'Advanced autonomous manipulation' },
    kind: 'future',
    regions: ['27'],
    aliases: ['고난도 자율 조작'],
    provenance: ADOPTED,
  },
  {
    id: 'gwangju-industrial-innovative-ai',
    name: { ko: '산업활용·혁신AI', en: 'AI for industry and innovation' },
    kind: 'future',
    regions: ['29'],
    aliases: ['산업활용 혁신 AI'],
    provenance: ADOPTED,
  },
  {
    id: 'daejeon-5g-6g-satellite-communications',
    name: { ko: '5G·6G 위성통신', en: '5G and 6G satellite communications' },
    kind: 'future',
    regions: ['30'],
    aliases: [],
    provenance: ADOPTED,
  },
  {
    id: 'ulsan-electric-hydrogen-vehicles',
    name: { ko: '전기·수소차', en: 'Electric and hydrogen vehicles' },
    kind: 'future',
    regions: ['31'],
    aliases: [],
    provenance: ADOPTED,
  },
  {
    id: 'sejong-data-ai-security',
    name: { ko: '데이터·AI·보안', en: 'Data, AI and security' },
    kind: 'future',
    regions: ['36'],
    aliases: [],
    provenance: ADOPTED,
  },
  {
    id: 'gangwon-digital-health-data-analytics',
    name: { ko: '디지털헬스 데이터 분석활용', en: 'Digital health data analysis and use' },
    kind: 'future',
    regions: ['51'],
    aliases: [],
    provenance: ADOPTED,
  },
  {
    id: 'chungbuk-next-generation-battery-materials-cells',
    name: { ko: '차세대 이차전지 소재셀', en: 'Next-generation secondary battery materials and cells' },
    kind: 'future',
    regions: ['43'],
    aliases: ['차세대 이차전지 소재·셀'],
    provenance: ADOPTED,
  },
  {
    id: 'chungnam-hydrogen-fuel-cells-power-generation',
    name: { ko: '수소연료전지 및 발전', en: 'Hydrogen fuel cells and power generation' },
    kind: 'future',
    regions: ['44'],
    aliases: [],
    provenance: ADOPTED_CHUNGNAM,
  },
  {
    id: 'jeonbuk-water-electrolysis-hydrogen-production',
    name: { ko: '수전해 수소생산', en: 'Hydrogen production by water electrolysis' },
    kind: 'future',
    regions: ['52'],
    aliases: ['수전해수소생산'],
    provenance: ADOPTED,
  },
  {
    id: 'jeonnam-urban-air-mobility',
    name: { ko: '도심항공교통(UAM)', en: 'Urban air mobility (UAM)' },
    kind: 'future',
    regions: ['46'],
    aliases: ['도심항공교통', 'UAM'],
    provenance: ADOPTED,
  },
  {
    id: 'gyeongbuk-secondary-battery-modules-systems',
    name: { ko: '이차전지 모듈·시스템', en: 'Secondary battery modules and systems' },
    kind: 'future',
    regions: ['47'],
    aliases: [],
    provenance: ADOPTED,
  },
  {
    id: 'gyeongnam-small-modular-reactors',
    name: { ko: '소형모듈형원자로(SMR)', en: 'Small modular reactors (SMR)' },
    kind: 'future',
    regions: ['48'],
    aliases: ['소형모듈형원자로', 'SMR'],
    provenance: ADOPTED,
  },
  {
    id: 'jeju-secondary-battery-reuse-recycling',
    name: { ko: '이차전지 재사용·재활용', en: 'Secondary battery reuse and recycling' },
    kind: 'future',
    regions: ['50'],
    aliases: [],
    provenance: ADOPTED,
  },
  // The five shared by several regions, each region's name for it being the same.
  {
    id: 'hydrogen-storage-transport',
    name: { ko: '수소 저장·운송', en: 'Hydrogen storage and transport' },
    kind: 'future',
    regions: ['26', '31', '48', '50'],
    aliases: ['수소저장·운송'],
    provenance: ADOPTED,
  },
  {
    id: 'semiconductor-advanced-packaging',
    name: { ko: '반도체 첨단패키징', en: 'Advanced semiconductor packaging' },
    kind: 'future',
    regions: ['29', '43', '44'],
    aliases: ['반도체 첨단 패키징'],
    provenance: ADOPTED_CHUNGNAM,
  },
  {
    id: 'gene-cell-therapy',
    name: { ko: '유전자·세포치료', en: 'Gene and cell therapy' },
    kind: 'future',
    regions: ['30', '47'],
    aliases: ['유전자 세포 치료'],
    provenance: ADOPTED,
  },
  {
    id: 'next-generation-high-performance-sensors',
    name: { ko: '차세대 고성능 센서', en: 'Next-generation high-performance sensors' },
    kind: 'future',
    regions: ['27', '51'],
    aliases: [],
    provenance: ADOPTED,
  },
  {
    id: 'lithium-ion-batteries-core-materials',
    name: { ko: '리튬이온전지 및 핵심소재', en: 'Lithium-ion batteries and core materials' },
    kind: 'future',
    regions: ['46', '52'],
    aliases: [],
    provenance: ADOPTED,
  },
]);
