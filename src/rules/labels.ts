/**
 * The names people read for the library's ids, in Korean and English: tiers (기업군), institution
 * kinds, tracks (내역) and the rules the library reports. Messages print these, never the ids;
 * apps can print them too instead of writing their own.
 *
 * (This module imports nothing: the issue messages use it, and the types of the ids depend on the
 * issue codes. test/locales/labels.test.ts holds the keys to the id unions.)
 *
 * @module
 */

/**
 * One name in both languages.
 *
 * @example
 * ```ts
 * import type { Label } from 'regional-innovation-rnd/rules';
 * const sme: Label = { ko: '중소기업', en: 'SME' };
 * ```
 */
export interface Label {
  /** The name in Korean, as the call (공고) writes it. */
  readonly ko: string;
  /** The name in English. */
  readonly en: string;
}

/**
 * The names of the tiers (기업군) by `Tier` id. `(예비)선도기업` and `잠재기업` are company groups of
 * the program, not grades.
 *
 * @example
 * ```ts
 * import { TIER_LABELS } from 'regional-innovation-rnd/rules';
 * TIER_LABELS.potential.ko; // '잠재기업'
 * ```
 */
export const TIER_LABELS: Readonly<Record<'leading' | 'potential' | 'none', Label>> =
  /* @__PURE__ */ Object.freeze({
    leading: /* @__PURE__ */ Object.freeze({ ko: '(예비)선도기업', en: 'leading company' }),
    potential: /* @__PURE__ */ Object.freeze({ ko: '잠재기업', en: 'potential company' }),
    none: /* @__PURE__ */ Object.freeze({ ko: '해당 없음', en: 'neither group' }),
  });

/**
 * The names of the institution kinds by `InstitutionKind` id. `large` is the decree's row
 * "중소기업·중견기업이 아닌 기업", for which 대기업 is the usual name.
 *
 * @example
 * ```ts
 * import { INSTITUTION_KIND_LABELS } from 'regional-innovation-rnd/rules';
 * INSTITUTION_KIND_LABELS['research-institute'].ko; // '연구기관'
 * ```
 */
export const INSTITUTION_KIND_LABELS: Readonly<
  Record<'sme' | 'midsize' | 'large' | 'university' | 'research-institute' | 'nonprofit', Label>
> = /* @__PURE__ */ Object.freeze({
  sme: /* @__PURE__ */ Object.freeze({ ko: '중소기업', en: 'SME' }),
  midsize: /* @__PURE__ */ Object.freeze({ ko: '중견기업', en: 'mid-sized company' }),
  large: /* @__PURE__ */ Object.freeze({ ko: '대기업', en: 'large company' }),
  university: /* @__PURE__ */ Object.freeze({ ko: '대학', en: 'university' }),
  'research-institute': /* @__PURE__ */ Object.freeze({ ko: '연구기관', en: 'research institute' }),
  nonprofit: /* @__PURE__ */ Object.freeze({ ko: '비영리기관', en: 'non-profit institution' }),
});

/**
 * The names of the tracks (내역) by `TrackId` id, as the editions name them.
 *
 * @example
 * ```ts
 * import { TRACK_LABELS } from 'regional-innovation-rnd/rules';
 * TRACK_LABELS.capability.ko; // '내역2 지역기업 역량강화'
 * ```
 */
export const TRACK_LABELS: Readonly<Record<'supply-chain' | 'capability', Label>> =
  /* @__PURE__ */ Object.freeze({
    'supply-chain': /* @__PURE__ */ Object.freeze({
      ko: '내역1 주력산업 생태계 구축',
      en: 'Track 1: key-industry ecosystem',
    }),
    capability: /* @__PURE__ */ Object.freeze({
      ko: '내역2 지역기업 역량강화',
      en: 'Track 2: regional company capability',
    }),
  });

const costShare = (kind: string, ko: string, en: string) => ({
  [`grants.cost-share.public.${kind}`]: {
    ko: `${ko}의 정부지원연구개발비 비율 상한`,
    en: `Most public money (정부지원연구개발비) for a ${en}`,
  },
  [`grants.cost-share.cash.${kind}`]: {
    ko: `${ko}의 기관부담연구개발비 중 현금 비율 하한`,
    en: `Least cash in the own share (기관부담연구개발비) of a ${en}`,
  },
});

/**
 * How sure a rule is, in words (see {@link Confidence}): `confirmed` — a source states it (확인);
 * `reported` — news reports say it (보도); `derived` — the library's reading of a source (추론).
 *
 * @example
 * ```ts
 * import { CONFIDENCE_LABELS } from 'regional-innovation-rnd/rules';
 * CONFIDENCE_LABELS.derived.ko; // '추론'
 * ```
 */
export const CONFIDENCE_LABELS: Readonly<Record<'confirmed' | 'reported' | 'derived', Label>> =
  /* @__PURE__ */ Object.freeze({
    confirmed: Object.freeze({ ko: '확인', en: 'confirmed' }),
    reported: Object.freeze({ ko: '보도', en: 'reported' }),
    derived: Object.freeze({ ko: '추론', en: 'derived' }),
  });

/**
 * The names of the rules the library reports, by rule id (`RuleRef.id`): the checks of the
 * validators, the eligibility requirements and the tiering rules.
 *
 * @example
 * ```ts
 * import { RULE_LABELS } from 'regional-innovation-rnd/rules';
 * RULE_LABELS['grants.cap.per-year']?.ko; // '연간 정부지원연구개발비 한도'
 * ```
 */
export const RULE_LABELS: Readonly<Record<string, Label>> = /* @__PURE__ */ (() => {
  const labels: Record<string, Label> = {
    'input.shape': { ko: '입력 형식', en: 'Input shape' },
    'money.safe-integer': { ko: '원 단위 금액', en: 'Amounts in whole won' },
    'grants.max-years': { ko: '최대 연구개발기간', en: 'Longest duration' },
    'grants.cap.per-year': { ko: '연간 정부지원연구개발비 한도', en: 'Yearly cap on public money' },
    'grants.cap.total': { ko: '총 정부지원연구개발비 한도', en: 'Total cap on public money' },
    'grants.participant.unique': { ko: '연차별 참여기관 중복 금지', en: 'Each participant once a year' },
    'grants.participant.nonzero': { ko: '참여기관 연구개발비', en: 'R&D cost of each participant' },
    ...costShare('sme', '중소기업', 'SME'),
    ...costShare('midsize', '중견기업', 'mid-sized company'),
    ...costShare('large', '대기업', 'large company'),
    ...costShare('university', '대학', 'university'),
    ...costShare('research-institute', '연구기관', 'research institute'),
    ...costShare('nonprofit', '비영리기관', 'non-profit institution'),
    'consortium.lead': { ko: '주관연구개발기관 요건', en: 'The lead (주관연구개발기관)' },
    'consortium.2025.partner': {
      ko: '대학·대기업·중견기업·연구기관 중 1곳 이상 참여',
      en: 'A university, large or mid-sized company, or research institute takes part',
    },
    'consortium.2026.min-smes': {
      ko: '중소기업 2곳 이상 참여(주관연구개발기관 포함)',
      en: 'At least two SMEs, the lead included',
    },
    'consortium.2026.min-universities': { ko: '대학 1곳 이상 참여', en: 'At least one university' },
    'consortium.supply-chain.member-kinds': {
      ko: '내역1 참여 가능 기관',
      en: 'Who may join track 1',
    },
    'consortium.capability.member-kinds': {
      ko: '내역2 참여 가능 기관',
      en: 'Who may join track 2',
    },
    'consortium.unique': { ko: '참여기관 중복 금지', en: 'Each participant once' },
    'consortium.business-number': { ko: '사업자등록번호', en: 'Business registration number' },
    'eligibility.sme': { ko: '중소기업', en: 'An SME' },
    'eligibility.non-capital-region': { ko: '비수도권 소재', en: 'Outside the capital region' },
    'eligibility.key-industry': { ko: '주축산업', en: 'Key industry (주축산업)' },
    'eligibility.tier': { ko: '기업군', en: 'Company group' },
    'eligibility.sales': { ko: '매출 요건', en: 'Sales rule' },
    'eligibility.rnd-intensity': {
      ko: 'R&D 집약도 5% 이상으로 매출 요건 대체',
      en: 'R&D intensity of 5% in place of the sales rule',
    },
    'eligibility.employees': { ko: '상시근로자 최소 인원', en: 'Minimum of regular employees' },
    'eligibility.research-institute': {
      ko: '기업부설연구소(연구개발전담부서) 보유',
      en: 'A corporate R&D institute or department',
    },
    'eligibility.location': { ko: '본사·주사업장 소재지 기준', en: 'Location of head office or workplace' },
    'eligibility.participation-restriction': {
      ko: '국가연구개발사업 참여제한 여부',
      en: 'Restrictions on national R&D',
    },
    'eligibility.tax-arrears': { ko: '국세·지방세 체납 여부', en: 'Tax arrears' },
    'eligibility.double-funding': {
      ko: '중복지원 제외·동시수행 과제 수 제한',
      en: 'Double funding and concurrent projects',
    },
    'eligibility.ktop': { ko: 'K-TOP 평가 결과', en: 'K-TOP results' },
    'ktop.innovation-score.range': { ko: 'K-TOP 기업혁신역량 점수 범위', en: 'K-TOP innovation score range' },
    'tiering.percentile': {
      ko: '산업 내 상위 비율로 정하는 기업군',
      en: 'Company group by top share in the industry',
    },
    'tiering.convention': {
      ko: '순위 계산 방식(라이브러리 기준)',
      en: 'How ranks are counted (the library’s convention)',
    },
  };
  for (const label of Object.values(labels)) Object.freeze(label);
  return Object.freeze(labels);
})();

/**
 * The name of an id in a table of labels, in one language; the id itself when the table has none
 * (a value from outside the library's types).
 *
 * @param table - a table of labels.
 * @param id - the id to name.
 * @param locale - the language.
 * @returns the name.
 *
 * @example
 * ```ts
 * import { INSTITUTION_KIND_LABELS, labelOf } from './labels';
 * labelOf(INSTITUTION_KIND_LABELS, 'large', 'ko'); // '대기업'
 * ```
 */
export function labelOf(table: Readonly<Record<string, Label>>, id: string, locale: 'ko' | 'en'): string {
  return Object.hasOwn(table, id) ? (table[id] as Label)[locale] : id;
}
