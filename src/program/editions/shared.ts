// Pieces both editions state alike. Each edition file assembles its own record from these, so a
// later call that changes one rule changes one line of its own file.
import type { Evidence, LocalizedText } from '../../rules/types';
import {
  DAILYEN_2025_01_30,
  ETNEWS_2025_02_19,
  ETNEWS_2025_04_20,
  MSS_CALL_2026,
  MSS_PRESS_RELEASE_2025_01_24,
  NEWS_2026_01_29,
  PRIME_ECONOMY_2026_02,
  STEPI_BRIEF_2023_12_11,
} from '../../sources/index';
import type { CostShareRule } from '../types';

export const TRACK_NAMES: Readonly<
  Record<'supply-chain' | 'capability', { name: LocalizedText; summary: LocalizedText }>
> = {
  'supply-chain': {
    name: { ko: '내역1 주력산업 생태계 구축', en: 'Track 1: key-industry ecosystem' },
    summary: {
      ko: '지역 (예비)선도기업 중심의 공급망 협력 R&D (산·학·연 컨소시엄)',
      en: 'Supply-chain collaborative R&D led by (prospective) leading companies, in industry–academia–institute consortia',
    },
  },
  capability: {
    name: { ko: '내역2 지역기업 역량강화', en: 'Track 2: regional company capability' },
    summary: {
      ko: '잠재기업의 혁신역량 강화 R&D (개별기업 성장지원형)',
      en: 'Innovation-capability R&D for potential companies (individual growth support)',
    },
  },
};

export const PRESS_RELEASE: Evidence = { sources: [MSS_PRESS_RELEASE_2025_01_24], confidence: 'confirmed' };

/** Track 1 caps: 7억원 a year, 2 years (24 months), 14억원 — confirmed for 2025 and 2026. */
export const SUPPLY_CHAIN_CAP_2025: Evidence = {
  sources: [MSS_PRESS_RELEASE_2025_01_24, DAILYEN_2025_01_30, ETNEWS_2025_02_19],
  confidence: 'confirmed',
};
export const SUPPLY_CHAIN_CAP_2026: Evidence = {
  sources: [NEWS_2026_01_29, PRIME_ECONOMY_2026_02],
  confidence: 'confirmed',
};
/** Track 2 caps: 2억원 a year, 2 years, 4억원 — confirmed. */
export const CAPABILITY_CAP: Evidence = {
  sources: [MSS_PRESS_RELEASE_2025_01_24, DAILYEN_2025_01_30],
  confidence: 'confirmed',
};

/** The caps limit 정부·지자체 지원연구개발비 together: derived from the 2025 selection figures. */
export const GRANT_COVERS_PUBLIC: Evidence = {
  sources: [ETNEWS_2025_04_20],
  confidence: 'derived',
  note: '38 track-1 projects × 14억원 = 532억원 = 국비 370억원 + 지방비 162억원, so the cap covers national and local money together; no source states it.',
};

/** Tiers of the applicants (상위 30% / 30–50%) — press release. */
export const APPLICANT_TIER: Evidence = PRESS_RELEASE;

const FROM_DECREE_TABLE: Evidence = {
  sources: [STEPI_BRIEF_2023_12_11],
  confidence: 'reported',
  note: '국가연구개발혁신법 시행령 [별표 1], which applies to all national R&D, as tabulated by STEPI.',
};

/** 중견기업 and 대기업 rows: the decree's table, the same in both editions. */
export const MIDSIZE_COST_SHARE: CostShareRule = {
  maxPublicPercent: 70,
  minCashPercentOfOwnShare: 13,
  provenance: FROM_DECREE_TABLE,
};
export const LARGE_COST_SHARE: CostShareRule = {
  maxPublicPercent: 50,
  minCashPercentOfOwnShare: 15,
  provenance: FROM_DECREE_TABLE,
};

/** The 2026 call's [붙임3] p.31 quotes the SME and non-profit rows. */
export const CALL_2026_P31: Evidence = {
  sources: [{ ...MSS_CALL_2026, locator: '붙임3, p.31' }, STEPI_BRIEF_2023_12_11],
  confidence: 'reported',
};

/** For 2025 the same rows follow from the decree, which the 2025 call is not quoted on. */
export const DERIVED_FROM_DECREE_2025: Evidence = {
  sources: [STEPI_BRIEF_2023_12_11],
  confidence: 'derived',
  note: 'The general national-R&D rule (시행령 [별표 1]); the 2025 call’s own table was not found.',
};

export const UNKNOWN_ELIGIBILITY: readonly LocalizedText[] = [
  { ko: '매출액·매출증가율 기준값', en: 'the sales and sales-growth thresholds' },
  { ko: '상시근로자 최소 인원', en: 'the minimum number of regular employees' },
  { ko: '기업부설연구소 보유 요건', en: 'whether a corporate R&D centre is required' },
  {
    ko: '본사 또는 주사업장 소재지 판단 기준',
    en: 'whether the head office or the main workplace decides the location',
  },
  { ko: '중복 지원 제외 기준', en: 'the exclusions for double funding' },
  { ko: 'K-TOP 결과의 평가 반영 방식', en: 'how K-TOP results enter the evaluation' },
];

export const SALES_THRESHOLDS_UNKNOWN_NOTE =
  'Thresholds are not public; one report gives 15억원 to 140억원 depending on the field. Pass them as overrides.';
