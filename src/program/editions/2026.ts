import type { Evidence } from '../../rules/types';
import {
  ETNEWS_2026_02_12,
  MSS_CALL_2026,
  NEWS_2026_01_29,
  PRIME_ECONOMY_2026_02,
} from '../../sources/index';
import { deepFreeze } from '../../rules/deepFreeze';
import { TIER_THRESHOLDS } from '../tiers';
import type { Edition } from '../types';
import {
  APPLICANT_TIER,
  CALL_2026_P31,
  CAPABILITY_CAP,
  GRANT_COVERS_PUBLIC,
  LARGE_COST_SHARE,
  MIDSIZE_COST_SHARE,
  PRESS_RELEASE,
  SALES_THRESHOLDS_UNKNOWN_NOTE,
  SUPPLY_CHAIN_CAP_2026,
  TRACK_NAMES,
  UNKNOWN_ELIGIBILITY,
  unstatedRequirements,
  KEY_INDUSTRY_2026,
} from './shared';

const NEWS: Evidence = { sources: [NEWS_2026_01_29], confidence: 'confirmed' };
const CONSORTIUM_2026: Evidence = {
  sources: [NEWS_2026_01_29],
  confidence: 'confirmed',
  note: 'Reported alike by five outlets on 2026-01-29.',
};
const BRIEFING: Evidence = { sources: [PRIME_ECONOMY_2026_02], confidence: 'reported' };
const RND_INTENSITY: Evidence = {
  sources: [NEWS_2026_01_29],
  confidence: 'confirmed',
  note: 'R&D spending ÷ sales ≥ 5% may replace the sales rule (2026 call).',
};

/**
 * The 2026 call, 중소벤처기업부 공고 제2026-57호 (number reported).
 *
 * @example
 * ```ts
 * import { EDITION_2026 } from 'regional-innovation-rnd/program';
 * EDITION_2026.applicationWindow.closes; // '2026-03-03T18:00:00.000+09:00'
 * EDITION_2026.eligibility.rndIntensityAlternative?.minPercent; // 5
 * ```
 */
export const EDITION_2026: Edition = /* @__PURE__ */ deepFreeze({
  id: '2026',
  year: 2026,
  applicationWindow: {
    opens: '2026-02-11T00:00:00.000+09:00',
    closes: '2026-03-03T18:00:00.000+09:00',
    system: 'SMTECH (www.smtech.go.kr)',
    provenance: {
      sources: [NEWS_2026_01_29, { ...MSS_CALL_2026, locator: 'p.6' }],
      confidence: 'confirmed',
      note: 'No source states an opening hour, so the window opens at the start of the day.',
    },
  },
  tiers: TIER_THRESHOLDS,
  tracks: {
    'supply-chain': {
      id: 'supply-chain',
      ...TRACK_NAMES['supply-chain'],
      maxGrantPerYear: 700_000_000,
      maxYears: 2,
      maxGrantTotal: 1_400_000_000,
      applicantTier: 'leading',
      grantCovers: 'public',
      consortium: {
        form: 'consortium',
        formProvenance: CONSORTIUM_2026,
        lead: {
          kinds: ['sme'],
          tier: 'leading',
          nonCapitalRegion: true,
          provenance: {
            sources: [PRIME_ECONOMY_2026_02],
            confidence: 'reported',
            note: 'The 주관기관 is an SME (경북TP briefing); the tier rule is the press release’s.',
          },
        },
        requirements: [
          {
            id: 'consortium.2026.min-smes',
            kinds: ['sme'],
            min: 2,
            countsLead: true,
            description: {
              ko: '중소기업 2개 이상 (주관기관 포함)',
              en: 'At least two SMEs, the lead included',
            },
            provenance: CONSORTIUM_2026,
          },
          {
            id: 'consortium.2026.min-universities',
            kinds: ['university'],
            min: 1,
            countsLead: false,
            description: { ko: '대학 1개 이상', en: 'At least one university' },
            provenance: CONSORTIUM_2026,
          },
        ],
        memberKinds: ['sme', 'university', 'midsize', 'large', 'research-institute'],
        memberKindsProvenance: {
          ...BRIEFING,
          note: 'Other SMEs and universities join as 공동 or 위탁 기관; 대·중견기업 and research institutes may join as well.',
        },
      },
      provenance: {
        maxGrantPerYear: SUPPLY_CHAIN_CAP_2026,
        maxYears: SUPPLY_CHAIN_CAP_2026,
        maxGrantTotal: SUPPLY_CHAIN_CAP_2026,
        applicantTier: APPLICANT_TIER,
        grantCovers: GRANT_COVERS_PUBLIC,
      },
    },
    capability: {
      id: 'capability',
      ...TRACK_NAMES.capability,
      maxGrantPerYear: 200_000_000,
      maxYears: 2,
      maxGrantTotal: 400_000_000,
      applicantTier: 'potential',
      grantCovers: 'public',
      consortium: {
        form: 'single-or-consortium',
        formProvenance: {
          ...BRIEFING,
          note: '단독 또는 대학·연구기관 공동 (경북TP); 컨소시엄 또는 단독 (대전TP, 2026-02-09)',
        },
        lead: { kinds: ['sme'], tier: 'potential', nonCapitalRegion: true, provenance: PRESS_RELEASE },
        requirements: [],
        memberKinds: ['university', 'research-institute'],
        memberKindsProvenance: BRIEFING,
      },
      provenance: {
        maxGrantPerYear: CAPABILITY_CAP,
        maxYears: CAPABILITY_CAP,
        maxGrantTotal: CAPABILITY_CAP,
        applicantTier: APPLICANT_TIER,
        grantCovers: GRANT_COVERS_PUBLIC,
      },
    },
  },
  costSharing: {
    sme: { maxPublicPercent: 75, minCashPercentOfOwnShare: 10, provenance: CALL_2026_P31 },
    midsize: MIDSIZE_COST_SHARE,
    large: LARGE_COST_SHARE,
    university: { maxPublicPercent: 100, minCashPercentOfOwnShare: null, provenance: CALL_2026_P31 },
    'research-institute': {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: CALL_2026_P31,
    },
    nonprofit: { maxPublicPercent: 100, minCashPercentOfOwnShare: null, provenance: CALL_2026_P31 },
  },
  budgetItemRules: {
    indirectCostMaxPercentOfDirect: 10,
    researchAllowanceMaxPercentOfAdjustedPersonnel: 20,
    subcontractMaxPercent: 40,
    provenance: { sources: [{ ...MSS_CALL_2026, locator: 'p.18' }], confidence: 'reported' },
  },
  eligibility: {
    applicantKind: 'sme',
    nonCapitalRegion: true,
    keyIndustry: true,
    provenance: PRESS_RELEASE,
    salesRule: {
      minSales: null,
      minSalesGrowth: null,
      provenance: { sources: [NEWS_2026_01_29], confidence: 'reported', note: SALES_THRESHOLDS_UNKNOWN_NOTE },
    },
    rndIntensityAlternative: { minPercent: 5, provenance: RND_INTENSITY },
    keyIndustryProvenance: KEY_INDUSTRY_2026,
    requirements: unstatedRequirements(MSS_CALL_2026),
    unknown: UNKNOWN_ELIGIBILITY,
  },
  call: {
    notice: '중소벤처기업부 공고 제2026-57호',
    announced: '2026-01-29',
    nationalBudget: 73_430_000_000,
    localBudget: 31_500_000_000,
    totalBudget: 104_900_000_000,
    plannedProjects: 306,
    plannedProjectsByTrack: { 'supply-chain': 157, capability: 149 },
    supportItems: 684,
    fields: ['제조', '모빌리티', '바이오', '방산·우주', '에너지', '문화관광'],
    provenance: {
      notice: { sources: [MSS_CALL_2026], confidence: 'reported' },
      announced: { ...NEWS, note: 'The call was reported on 2026-01-29.' },
      budget: {
        ...NEWS,
        note: '734.3억원 national + 315억원 local, reported as 1,049억원 in all (the parts add up to 1,049.3억원).',
      },
      plannedProjects: NEWS,
      plannedProjectsByTrack: {
        sources: [ETNEWS_2026_02_12],
        confidence: 'reported',
        note: 'About 157 and 149, from a regional briefing.',
      },
      supportItems: { ...NEWS, confidence: 'reported' },
      fields: {
        ...NEWS,
        confidence: 'reported',
        note: 'The 684 items regrouped into 6 fields and 11 sub-industries (the sub-industries are not named).',
      },
    },
  },
  outcome: null,
  changes: [
    {
      ruleId: 'consortium.2026.min-smes',
      description: {
        ko: '내역1 컨소시엄은 중소기업 2개 이상(주관기관 포함)으로 구성',
        en: 'A track-1 consortium has at least two SMEs, the lead included',
      },
      provenance: CONSORTIUM_2026,
    },
    {
      ruleId: 'consortium.2026.min-universities',
      description: {
        ko: '내역1 컨소시엄에 대학 1개 이상 참여',
        en: 'A track-1 consortium has at least one university',
      },
      provenance: CONSORTIUM_2026,
    },
    {
      ruleId: 'eligibility.rnd-intensity',
      description: {
        ko: '매출 요건 대신 R&D 집약도(연구개발비 ÷ 매출액) 5% 이상으로도 신청 가능',
        en: 'R&D intensity (R&D spending ÷ sales) of at least 5% may replace the sales rule',
      },
      provenance: RND_INTENSITY,
    },
    {
      ruleId: 'consortium.capability.member-kinds',
      description: {
        ko: '내역2는 단독 또는 대학·연구기관과 공동으로 수행',
        en: 'Track 2 runs alone or with universities and research institutes',
      },
      provenance: BRIEFING,
    },
  ],
});
