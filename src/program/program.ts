import type { Evidence } from '../rules/types';
import {
  MSS_PRESS_RELEASE_2025_01_24,
  NEWS_2024_08_26_EXEMPTION,
  NEWS_2026_01_29,
  NEWSEYES_2025_01_30,
  NEWSIS_2025_01_30,
} from '../sources/index';
import { deepFreeze } from '../rules/deepFreeze';
import type { Program } from './types';

const PRESS_RELEASE: Evidence = { sources: [MSS_PRESS_RELEASE_2025_01_24], confidence: 'confirmed' };

/**
 * The program's own facts (press release of 2025-01-24), deeply frozen: name, budget, years,
 * scale, goals, legal bases, timeline and follow-on programs, each with its evidence.
 *
 * @example
 * ```ts
 * import { PROGRAM } from 'regional-innovation-rnd/program';
 * PROGRAM.totalBudget; // 1044500000000 (1조 445억원)
 * PROGRAM.years; // { from: 2025, to: 2029 }
 * PROGRAM.targets.newJobs; // 11000
 * ```
 */
export const PROGRAM: Program = /* @__PURE__ */ deepFreeze({
  name: {
    ko: '지역혁신선도기업육성(R&D)',
    en: 'Regional Innovation Leading Company Development (R&D)',
  },
  ministry: { ko: '중소벤처기업부', en: 'Ministry of SMEs and Startups (MSS)' },
  totalBudget: 1_044_500_000_000,
  years: { from: 2025, to: 2029 },
  plannedProjects: 926,
  targets: { salesGrowthPercent: 16, newJobs: 11_000 },
  type: {
    ko: '품목지정형 (주력산업별 지원 품목 지정, 국가전략기술 연계)',
    en: 'Designated-item type (support items designated per key industry, tied to national strategic technologies)',
  },
  target: {
    ko: '비수도권 14개 시·도 소재 주력산업 분야 지역의 중소기업',
    en: 'SMEs in the key industries of the 14 non-capital regions',
  },
  legalBases: [
    {
      ko: '지역중소기업 육성 및 혁신촉진 등에 관한 법률 제12조',
      en: 'Regional SME Promotion Act, Article 12',
    },
    { ko: '중소기업기술혁신 촉진법 제9조', en: 'SME Technology Innovation Promotion Act, Article 9' },
    {
      ko: '지방자치분권 및 지역균형발전에 관한 특별법 제14조',
      en: 'Special Act on Decentralisation and Balanced Regional Development, Article 14',
    },
  ],
  timeline: [
    {
      date: '2024-08-26',
      event: {
        ko: '예비타당성조사 면제 의결 발표',
        en: 'Exemption from the preliminary feasibility study announced',
      },
    },
    {
      date: '2025-01-24',
      event: {
        ko: '사업계획 적정성 검토 결과 의결 (2025년 제1회 국가연구개발사업평가 총괄위원회)',
        en: 'Adequacy review of the plan adopted (1st National R&D Evaluation Committee of 2025)',
      },
    },
    {
      date: '2025-01-30',
      event: {
        ko: '첫 참여기업 모집 공고 (보도자료의 계획일은 2025-01-31)',
        en: 'First call for participants (the press release had planned 2025-01-31)',
      },
    },
  ],
  followOn: [
    {
      ko: '내역1 과제: 지역특화프로젝트 「레전드 50+」 연계',
      en: 'Track 1 projects link to the regional project “Legend 50+”',
    },
    {
      ko: '내역2 과제: 이후 비R&D 지역특화산업육성사업 연계',
      en: 'Track 2 projects later link to the non-R&D regional specialised industry programme',
    },
  ],
  sources: [
    MSS_PRESS_RELEASE_2025_01_24,
    NEWS_2024_08_26_EXEMPTION,
    NEWSIS_2025_01_30,
    NEWSEYES_2025_01_30,
    NEWS_2026_01_29,
  ],
  provenance: {
    name: PRESS_RELEASE,
    totalBudget: PRESS_RELEASE,
    years: PRESS_RELEASE,
    plannedProjects: {
      ...PRESS_RELEASE,
      note: 'The release says both “926개 품목 규모” (items) and “926개 과제(’25~’29)” (projects); the number is confirmed, the unit is not.',
    },
    targets: PRESS_RELEASE,
    type: PRESS_RELEASE,
    target: PRESS_RELEASE,
    legalBases: { ...PRESS_RELEASE, note: 'press release, 참고1 (추진근거)' },
    timeline: {
      sources: [
        MSS_PRESS_RELEASE_2025_01_24,
        NEWS_2024_08_26_EXEMPTION,
        NEWSIS_2025_01_30,
        NEWSEYES_2025_01_30,
      ],
      confidence: 'confirmed',
    },
    followOn: { sources: [MSS_PRESS_RELEASE_2025_01_24, NEWS_2026_01_29], confidence: 'confirmed' },
  },
});
