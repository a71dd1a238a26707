import type { Evidence } from '../../rules/types';
import {
  DAILYEN_2025_01_30,
  ETNEWS_2025_02_19,
  ETNEWS_2025_04_20,
  ETODAY_2026_01_29,
  MSS_PRESS_RELEASE_2025_01_24,
  NEWSEYES_2025_01_30,
  NEWSIS_2025_01_30,
  NEWSPIC_2025_01_30,
} from '../../sources/index';
import { deepFreeze } from '../../rules/deepFreeze';
import { TIER_THRESHOLDS } from '../tiers';
import type { Edition } from '../types';
import {
  APPLICANT_TIER,
  CAPABILITY_CAP_2025,
  DERIVED_FROM_DECREE_2025,
  DERIVED_NONPROFIT_2025,
  GRANT_COVERS_PUBLIC,
  LARGE_COST_SHARE,
  MIDSIZE_COST_SHARE,
  PRESS_RELEASE,
  SALES_THRESHOLDS_UNKNOWN_NOTE,
  SUPPLY_CHAIN_CAP_2025,
  TRACK_NAMES,
  UNKNOWN_ELIGIBILITY,
  unstatedRequirements,
} from './shared';

const CALL_REPORT: Evidence = { sources: [DAILYEN_2025_01_30], confidence: 'confirmed' };

/**
 * The 2025 call (the first, announced on 2025-01-30; the press release had planned 2025-01-31; its
 * notice number and title were not found).
 *
 * @example
 * ```ts
 * import { EDITION_2025 } from 'regional-innovation-rnd/program';
 * EDITION_2025.applicationWindow.opens; // '2025-02-17T00:00:00.000+09:00'
 * EDITION_2025.outcome?.selectedByTrack; // { 'supply-chain': 38, capability: 77 }
 * ```
 */
export const EDITION_2025: Edition = /* @__PURE__ */ deepFreeze({
  id: '2025',
  year: 2025,
  applicationWindow: {
    opens: '2025-02-17T00:00:00.000+09:00',
    closes: '2025-03-04T18:00:00.000+09:00',
    system: 'SMTECH (www.smtech.go.kr)',
    provenance: {
      sources: [DAILYEN_2025_01_30, ETNEWS_2025_02_19],
      confidence: 'confirmed',
      note: 'The closing time 18:00 is given by 경남TP; no source states an opening hour, so the window opens at the start of the day.',
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
        formProvenance: PRESS_RELEASE,
        lead: { kinds: ['sme'], tier: 'leading', nonCapitalRegion: true, provenance: PRESS_RELEASE },
        requirements: [
          {
            id: 'consortium.2025.partner',
            kinds: ['university', 'large', 'midsize', 'research-institute'],
            min: 1,
            countsLead: false,
            description: {
              ko: '대학, 대·중견기업, 연구기관 중 1개 이상이 컨소시엄에 참여',
              en: 'At least one university, large or midsize company, or research institute joins the consortium',
            },
            provenance: {
              ...PRESS_RELEASE,
              confidence: 'derived',
              note: 'The release says only “대학, 대·중견, 연구기관 컨소시엄형” (참고1); that one partner of these kinds is required is our reading.',
            },
            countsLeadProvenance: {
              ...PRESS_RELEASE,
              confidence: 'derived',
              note: 'The lead is an SME, which is not among these kinds, so counting it or not gives the same answer.',
            },
          },
        ],
        memberKinds: null,
        memberKindsProvenance: {
          sources: [MSS_PRESS_RELEASE_2025_01_24],
          confidence: 'confirmed',
          note: 'The 2025 sources name the partners a consortium needs, not a closed list of who may join.',
        },
      },
      provenance: {
        maxGrantPerYear: SUPPLY_CHAIN_CAP_2025,
        maxYears: SUPPLY_CHAIN_CAP_2025,
        maxGrantTotal: SUPPLY_CHAIN_CAP_2025,
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
          sources: [MSS_PRESS_RELEASE_2025_01_24, DAILYEN_2025_01_30],
          confidence: 'confirmed',
          note: '개별기업 성장지원형; 단독 또는 컨소시엄 수행 가능',
        },
        lead: { kinds: ['sme'], tier: 'potential', nonCapitalRegion: true, provenance: PRESS_RELEASE },
        requirements: [],
        memberKinds: null,
        memberKindsProvenance: {
          sources: [DAILYEN_2025_01_30],
          confidence: 'reported',
          note: 'The 2025 sources allow a consortium without saying who may join; only a 2026 briefing limits members to universities and research institutes.',
        },
      },
      provenance: {
        maxGrantPerYear: CAPABILITY_CAP_2025,
        maxYears: CAPABILITY_CAP_2025,
        maxGrantTotal: CAPABILITY_CAP_2025,
        applicantTier: APPLICANT_TIER,
        grantCovers: GRANT_COVERS_PUBLIC,
      },
    },
  },
  costSharing: {
    sme: { maxPublicPercent: 75, minCashPercentOfOwnShare: 10, provenance: DERIVED_FROM_DECREE_2025 },
    midsize: MIDSIZE_COST_SHARE,
    large: LARGE_COST_SHARE,
    university: {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: DERIVED_NONPROFIT_2025,
    },
    'research-institute': {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: DERIVED_NONPROFIT_2025,
    },
    nonprofit: {
      maxPublicPercent: 100,
      minCashPercentOfOwnShare: null,
      provenance: DERIVED_NONPROFIT_2025,
    },
  },
  budgetItemRules: null,
  eligibility: {
    applicantKind: 'sme',
    nonCapitalRegion: true,
    keyIndustry: true,
    provenance: PRESS_RELEASE,
    salesRule: {
      minSales: null,
      minSalesGrowth: null,
      provenance: {
        sources: [DAILYEN_2025_01_30, NEWSPIC_2025_01_30, NEWSEYES_2025_01_30, ETODAY_2026_01_29],
        confidence: 'reported',
        note:
          'The reports disagree on what the rule measures: "매출액과 연구개발 투자 비율 등의 기준" (newseyes, 2025-01-30) ' +
          'vs "매출액과 매출증가율" (이투데이, 2026-01-29, of the earlier rule). The 2025-01-30 reports (dailyen, newspic) ' +
          `give sales thresholds of 15억원 to 140억원 depending on the field. ${SALES_THRESHOLDS_UNKNOWN_NOTE}`,
      },
    },
    rndIntensityAlternative: null,
    keyIndustryProvenance: PRESS_RELEASE,
    requirements: unstatedRequirements(DAILYEN_2025_01_30),
    unknown: UNKNOWN_ELIGIBILITY,
  },
  call: {
    notice: null,
    title: null,
    announced: '2025-01-30',
    nationalBudget: 21_560_000_000,
    localBudget: null,
    totalBudget: null,
    plannedProjects: 111,
    plannedProjectsByTrack: null,
    supportItems: 342,
    fields: ['모빌리티', '기계소재', '바이오소재', '의료기기', '전기·전자정보통신', '에너지·화학'],
    provenance: {
      notice: {
        ...CALL_REPORT,
        confidence: 'reported',
        note: 'The notice number of the 2025 call was not found.',
      },
      title: { ...CALL_REPORT, confidence: 'reported', note: 'The title of the 2025 call was not found.' },
      announced: {
        sources: [NEWSIS_2025_01_30, NEWSEYES_2025_01_30],
        confidence: 'confirmed',
        note: 'Announced on 2025-01-30 (“모집한다고 30일 밝혔다”); the press release of 2025-01-24 had planned 2025-01-31.',
      },
      budget: CALL_REPORT,
      plannedProjects: CALL_REPORT,
      plannedProjectsByTrack: { ...CALL_REPORT, note: 'Not stated per track.' },
      supportItems: { ...CALL_REPORT, confidence: 'reported' },
      fields: {
        sources: [NEWSPIC_2025_01_30],
        confidence: 'reported',
        note: 'The six evaluation divisions (분과) of the 2025 call.',
      },
    },
  },
  outcome: {
    applications: 278,
    passedPanel: 127,
    selected: 115,
    selectedByTrack: { 'supply-chain': 38, capability: 77 },
    fundingTwoYears: 83_200_000_000,
    fundingByTrack: {
      'supply-chain': { national: 37_000_000_000, local: 16_200_000_000 },
      capability: { national: 21_000_000_000, local: 9_000_000_000 },
    },
    provenance: {
      counts: { sources: [ETNEWS_2025_04_20], confidence: 'confirmed' },
      funding: {
        sources: [ETNEWS_2025_04_20],
        confidence: 'reported',
        note: 'One report; its figures add up to 832억원.',
      },
    },
  },
  changes: [],
});
