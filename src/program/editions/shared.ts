// Pieces both editions state alike. Each edition file assembles its own record from these, so a
// later call that changes one rule changes one line of its own file.
import type { Evidence, LocalizedText, SourceRef } from '../../rules/types';
import {
  DAILYEN_2025_01_30,
  ETNEWS_2025_02_19,
  ETNEWS_2025_04_20,
  MSS_CALL_2026,
  MSS_PRESS_RELEASE_2025_01_24,
  NATIONAL_RND_ACT,
  NATIONAL_RND_DECREE,
  NEWS_2026_01_29,
  PRIME_ECONOMY_2026_02,
  SBS_2026_01_29,
  STEPI_BRIEF_2023_12_11,
} from '../../sources/index';
import type { CostShareRule, EligibilityRequirement } from '../types';

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
/** Track 2 caps: 2억원 a year, 2 years, 4억원 — confirmed for 2025 and, by the 2026 reports, 2026. */
export const CAPABILITY_CAP_2025: Evidence = {
  sources: [MSS_PRESS_RELEASE_2025_01_24, DAILYEN_2025_01_30],
  confidence: 'confirmed',
};
export const CAPABILITY_CAP_2026: Evidence = {
  sources: [SBS_2026_01_29, NEWS_2026_01_29],
  confidence: 'confirmed',
  note: '"2년간 최대 4억 원" in both reports of 2026-01-29.',
};

/** The caps limit 정부·지자체 지원연구개발비 together: derived from the 2025 selection figures. */
export const GRANT_COVERS_PUBLIC: Evidence = {
  sources: [ETNEWS_2025_04_20],
  confidence: 'derived',
  note: '38 track-1 projects × 14억원 = 532억원 = 국비 370억원 + 지방비 162억원, so the cap covers national and local money together; no source states it.',
};

/** Tiers of the applicants (상위 30% / 30–50%) — press release. */
export const APPLICANT_TIER: Evidence = PRESS_RELEASE;

const DECREE_TABLE_NOTE =
  '국가연구개발혁신법 시행령 [별표 1], which applies to all national R&D, as tabulated by STEPI.';

/** 중견기업 and the other-company rows: the decree's table, the same in both editions. */
export const MIDSIZE_COST_SHARE: CostShareRule = {
  maxPublicPercent: 70,
  minCashPercentOfOwnShare: 13,
  provenance: { sources: [STEPI_BRIEF_2023_12_11], confidence: 'reported', note: DECREE_TABLE_NOTE },
};
/** `large`: [별표 1]'s row "중소기업·중견기업이 아닌 기업", wider than 대기업. */
export const LARGE_COST_SHARE: CostShareRule = {
  maxPublicPercent: 50,
  minCashPercentOfOwnShare: 15,
  provenance: {
    sources: [STEPI_BRIEF_2023_12_11],
    confidence: 'reported',
    note: `${DECREE_TABLE_NOTE} The row is "중소기업·중견기업이 아닌 기업": every company that is neither an SME nor midsize, not only 대기업.`,
  },
};

const CALL_2026_P31_SOURCE = { ...MSS_CALL_2026, locator: '붙임3, p.31' };

/** The 2026 call's [붙임3] p.31 quotes the SME row, which STEPI's table of the decree gives too. */
export const CALL_2026_P31: Evidence = {
  sources: [CALL_2026_P31_SOURCE, STEPI_BRIEF_2023_12_11],
  confidence: 'reported',
};

/** The 2026 call's [붙임3] p.31 gives 비영리기관 100%, no cash share; STEPI's table has no such row. */
export const CALL_2026_P31_NONPROFIT: Evidence = {
  sources: [CALL_2026_P31_SOURCE],
  confidence: 'reported',
  note: 'p.31: 비영리기관 100%, 현금 없음.',
};

/** 2025, SME row: the decree's table, which the 2025 call is not quoted on. */
export const DERIVED_FROM_DECREE_2025: Evidence = {
  sources: [STEPI_BRIEF_2023_12_11],
  confidence: 'derived',
  note: 'The general national-R&D rule (시행령 [별표 1], as tabulated by STEPI); the 2025 call’s own table was not found.',
};

/** 2025, non-profit rows: the decree's general rule (STEPI's table shows "-" for them). */
export const DERIVED_NONPROFIT_2025: Evidence = {
  sources: [NATIONAL_RND_DECREE],
  confidence: 'derived',
  note: 'The general national-R&D rule: a non-profit bears no own share. The 2025 call’s own table was not found; STEPI’s table shows "-" for these kinds.',
};

/** What our sources do not give beyond the requirements below: thresholds and weights. */
export const UNKNOWN_ELIGIBILITY: readonly LocalizedText[] = [
  { ko: '매출액·매출증가율 기준값', en: 'the sales and sales-growth thresholds' },
  { ko: 'K-TOP 결과의 평가 반영 방식', en: 'how K-TOP results enter the evaluation' },
];

const NOT_QUOTED =
  'Calls of this kind state it in their eligibility section (신청자격); our sources do not quote that part, so its content is not known: check the notice.';

/**
 * The requirements a call has whose content our sources do not state, with the source that reports
 * the call (the place to check) and `derived` confidence: that the call has such a rule is our
 * reading, not a statement.
 */
export function unstatedRequirements(call: SourceRef): readonly EligibilityRequirement[] {
  const evidence: Evidence = { sources: [call], confidence: 'derived', note: NOT_QUOTED };
  return [
    {
      id: 'eligibility.employees',
      name: { ko: '상시근로자 최소 인원', en: 'the minimum of regular employees (상시근로자)' },
      threshold: { fact: 'employees', override: 'minEmployees' },
      provenance: evidence,
    },
    {
      id: 'eligibility.research-institute',
      name: {
        ko: '기업부설연구소(연구개발전담부서) 보유',
        en: 'a corporate R&D institute or department (기업부설연구소·연구개발전담부서)',
      },
      threshold: null,
      provenance: evidence,
    },
    {
      id: 'eligibility.location',
      name: {
        ko: '본사·주사업장 소재지 기준',
        en: 'the location test, head office or main workplace (본사·주사업장)',
      },
      threshold: null,
      provenance: evidence,
    },
    {
      id: 'eligibility.participation-restriction',
      name: {
        ko: '국가연구개발사업 참여제한 여부',
        en: 'restrictions on taking part in national R&D (참여제한)',
      },
      threshold: null,
      provenance: {
        sources: [NATIONAL_RND_ACT, call],
        confidence: 'derived',
        note: 'The act restricts participation for misconduct in every national R&D program; how the call words its exclusions is not in our sources.',
      },
    },
    {
      id: 'eligibility.tax-arrears',
      name: { ko: '국세·지방세 체납 여부', en: 'arrears of national or local taxes (국세·지방세 체납)' },
      threshold: null,
      provenance: evidence,
    },
    {
      id: 'eligibility.double-funding',
      name: {
        ko: '중복지원 제외·동시수행 과제 수 제한',
        en: 'double funding and the limit on concurrent projects (중복지원)',
      },
      threshold: null,
      provenance: evidence,
    },
  ];
}

/** 2026: the call regrouped its items; whether the 41 주축산업 still decide eligibility is not confirmed. */
export const KEY_INDUSTRY_2026: Evidence = {
  sources: [NEWS_2026_01_29, MSS_PRESS_RELEASE_2025_01_24],
  confidence: 'reported',
  note: 'The 2026 call regrouped its 684 support items into 6 fields and 11 sub-industries; reports still say "지역 주력산업 기반", but whether the 41 주축산업 still decide who may apply is not confirmed.',
};

/** The thresholds of the sales rule are not public in either call: the caller supplies them. */
export const SALES_THRESHOLDS_UNKNOWN_NOTE = 'Thresholds are not public: pass them as overrides.';
