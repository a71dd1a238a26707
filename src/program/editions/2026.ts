import type { Evidence } from '../../rules/types';
import {
  ETNEWS_2026_02_12,
  ETODAY_2026_01_29,
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
  CALL_2026_P31_NONPROFIT,
  CAPABILITY_CAP_2026,
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
const MIN_SMES_2026: Evidence = {
  ...CONSORTIUM_2026,
  note: 'Reported alike by five outlets on 2026-01-29: “중소기업 2개사와 대학 참여가 필수”. That the lead is one of the two is a separate, derived reading.',
};
const BRIEFING: Evidence = { sources: [PRIME_ECONOMY_2026_02], confidence: 'reported' };
const RND_INTENSITY: Evidence = {
  sources: [NEWS_2026_01_29],
  confidence: 'confirmed',
  note: 'R&D spending ÷ sales ≥ 5% may replace the sales rule (2026 call).',
};

/**
 * The 2026 call, 「2026년 지역혁신선도기업육성(R&D) 시행계획 공고」, 중소벤처기업부 공고 제2026-57호
 * (title confirmed, number reported).
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
            provenance: MIN_SMES_2026,
            countsLeadProvenance: {
              sources: [NEWS_2026_01_29, PRIME_ECONOMY_2026_02],
              confidence: 'derived',
              note: 'The sources say “중소기업 2개사와 대학 참여가 필수” and that the lead (주관기관) is an SME; that the lead is one of the two SMEs is our reading.',
            },
          },
          {
            id: 'consortium.2026.min-universities',
            kinds: ['university'],
            min: 1,
            countsLead: false,
            description: { ko: '대학 1개 이상', en: 'At least one university' },
            provenance: CONSORTIUM_2026,
            countsLeadProvenance: {
              ...CONSORTIUM_2026,
              confidence: 'derived',
              note: 'The lead is an SME, not a university, so counting it or not gives the same answer.',
            },
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
        maxGrantPerYear: CAPABILITY_CAP_2026,
        maxYears: CAPABILITY_CAP_2026,
        maxGrantTotal: CAPABILITY_CAP_2026,
        applicantTier: APPLICANT_TIER,
        grantCovers: GRANT_COVERS_PUBLIC,
      },
    },
  },
  costSharing: {
    sme: { maxPublicPercent: 75, minCashPercentOfOwnShare: 10, provenance: CALL_2026_P31 },
    midsize: MIDSIZE_COST_SHARE,
    large: LARGE_COST_SHARE,
    university: {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: CALL_2026_P31_NONPROFIT,
    },
    'research-institute': {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: CALL_2026_P31_NONPROFIT,
    },
    nonprofit: {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: CALL_2026_P31_NONPROFIT,
    },
  },
  budgetItemRules: {
    indirectCostMaxPercentOfDirect: 10,
    researchAllowanceMaxPercentOfAdjustedPersonnel: 20,
    subcontractMaxPercent: 40,
    externalTechnologyMaxPercentOfDirect: 40,
    provenance: {
      sources: [{ ...MSS_CALL_2026, locator: '붙임3, p.18' }],
      confidence: 'reported',
      note: 'Bases as quoted: 간접비, 직접비 without 현물·위탁·국제공동·연구개발부담비; 위탁, 직접비 (현물 포함) less 위탁·국제공동·연구개발부담비; 외부기술활용, 직접비 (현물 포함).',
    },
  },
  eligibility: {
    applicantKind: 'sme',
    nonCapitalRegion: true,
    keyIndustry: true,
    provenance: PRESS_RELEASE,
    salesRule: {
      minSales: null,
      minSalesGrowth: null,
      provenance: {
        sources: [NEWS_2026_01_29, ETODAY_2026_01_29],
        confidence: 'reported',
        note: `The 2026 reports name the sales rule (매출액 기준), not its values. ${SALES_THRESHOLDS_UNKNOWN_NOTE}`,
      },
    },
    rndIntensityAlternative: { minPercent: 5, provenance: RND_INTENSITY },
    keyIndustryProvenance: KEY_INDUSTRY_2026,
    requirements: unstatedRequirements(MSS_CALL_2026),
    unknown: UNKNOWN_ELIGIBILITY,
  },
  call: {
    notice: '중소벤처기업부 공고 제2026-57호',
    title: '2026년 지역혁신선도기업육성(R&D) 시행계획 공고',
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
      title: {
        sources: [MSS_CALL_2026],
        confidence: 'confirmed',
        note: 'The title on 강원지역산업진흥원’s notice board and in a public repository’s transcription of the call.',
      },
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
      provenance: MIN_SMES_2026,
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
