/**
 * Korean messages, one exported function per issue code, gathered in {@link ko}. Importing a single
 * function keeps a bundle from carrying the whole table.
 *
 * @module
 */
import { groupedDigits } from './digits';
import type { MessageFn, Messages, TierExplanationParams } from './types';

const REASONS_KO = {
  type: '금액으로 읽을 수 없는 형식입니다',
  empty: '빈 값입니다',
  syntax: '금액 표기가 올바르지 않습니다',
  negative: '음수입니다',
  fractional: '원 단위 정수가 아닙니다',
  'not-finite': '유한한 수가 아닙니다',
  unsafe: '안전한 정수 범위(Number.MAX_SAFE_INTEGER)를 넘습니다',
} as const;

const EXPECTED_KO = {
  digit: '숫자가 와야 합니다',
  unit: '억·만·천 같은 단위나 원이 와야 합니다',
  'smaller-unit': '앞 단위보다 작은 단위가 와야 합니다',
  'smaller-number': '앞 단위보다 작은 수가 와야 합니다 — 1억 다음에는 9,999만까지',
  'comma-group': '쉼표는 세 자리마다 찍습니다',
  end: '금액이 여기서 끝나야 합니다',
} as const;

const INDUSTRY_REASONS_KO = {
  shape: '산업 항목의 형식이 올바르지 않습니다',
  'empty-name': '산업 이름이 비어 있습니다',
  'duplicate-id': '이미 있는 산업 ID입니다',
  'unknown-region': '알 수 없는 시·도 코드입니다',
} as const;

const BANDS_REASONS_KO = {
  shape: '{ min, max, value } 형식이 아니거나 구간표가 배열이 아닙니다',
  empty: '구간이 하나도 없습니다',
  'not-finite': '경계값이 유한한 수가 아닙니다',
  'empty-band': 'min이 max보다 작지 않습니다',
  unsorted: '앞 구간보다 낮은 점수에서 시작합니다 (오름차순이 아님)',
  gap: '앞 구간의 max보다 높은 점수에서 시작합니다 (빈틈)',
  overlap: '앞 구간의 max보다 낮은 점수에서 시작합니다 (겹침)',
} as const;

/** @see {@link ko} */
export const OPTIONS_INVALID: MessageFn<'OPTIONS_INVALID'> = (p) =>
  `옵션 ${p.option}의 값 ${p.input}이(가) 잘못되었습니다. 필요한 값: ${p.expected}`;
/** @see {@link ko} */
export const EDITION_UNKNOWN: MessageFn<'EDITION_UNKNOWN'> = (p) =>
  `알 수 없는 공고 연도 ${p.input}입니다. 지원하는 연도: ${p.known.join(', ')}`;
/** @see {@link ko} */
export const DATE_INVALID: MessageFn<'DATE_INVALID'> = (p) =>
  `날짜·시각 ${p.input}을(를) 해석할 수 없습니다. 유효한 Date, epoch 밀리초, 또는 시간대 오프셋(+09:00, Z)이 있는 ISO 8601 일시를 입력하세요.`;
/** @see {@link ko} */
export const REGION_UNKNOWN: MessageFn<'REGION_UNKNOWN'> = (p) =>
  `알 수 없는 시·도 ${p.input}입니다. 시·도 코드, 이름(예: 부산, 부산광역시) 또는 영문명(Busan)을 입력하세요.`;
/** @see {@link ko} */
export const REGION_AMBIGUOUS: MessageFn<'REGION_AMBIGUOUS'> = (p) =>
  `지역 이름이 여러 곳을 가리킵니다: ${p.input} → ${p.candidates.map((c) => `${c.ko}${c.capital ? '(수도권)' : ''}`).join(', ')}. 이 가운데 한 곳을 골라 시·도 이름부터 적어 주세요(예: 광주광역시, 경기도 광주시).`;
/** @see {@link ko} */
export const INDUSTRY_INVALID: MessageFn<'INDUSTRY_INVALID'> = (p) =>
  `산업 ${p.input}을(를) 추가할 수 없습니다: ${INDUSTRY_REASONS_KO[p.reason]}.`;
/** @see {@link ko} */
export const TIERING_INVALID_SCORE: MessageFn<'TIERING_INVALID_SCORE'> = (p) =>
  `${String(p.index + 1)}번째 항목(인덱스 ${String(p.index)}${p.cohort === null ? '' : `, 코호트 ${p.cohort}`})의 점수 ${p.input}이(가) 유한한 수가 아닙니다.`;
/** @see {@link ko} */
export const TIERING_INVALID_COHORT: MessageFn<'TIERING_INVALID_COHORT'> = (p) =>
  `${String(p.index + 1)}번째 항목(인덱스 ${String(p.index)})의 코호트(산업) ${p.input}이(가) 문자열이 아닙니다.`;
/** @see {@link ko} */
export const TIERING_INVALID_RANK: MessageFn<'TIERING_INVALID_RANK'> = (p) =>
  `순위 ${p.input}와(과) 코호트 크기 ${p.cohortSize}이(가) 맞지 않습니다. 크기는 양의 정수, 순위는 1 이상 크기 이하의 0.5 단위 수여야 합니다.`;
/** @see {@link ko} */
export const INPUT_INVALID: MessageFn<'INPUT_INVALID'> = (p) =>
  `입력 형식이 올바르지 않습니다 (${p.problem}): 필요한 값 ${p.expected}, 받은 값 ${p.input}.`;
/** @see {@link ko} */
export const GRANT_TOO_MANY_YEARS: MessageFn<'GRANT_TOO_MANY_YEARS'> = (p) =>
  `연구기간이 ${p.actual}년으로, 최대 ${p.limit}년을 넘습니다.`;
/** @see {@link ko} */
export const GRANT_YEAR_CAP_EXCEEDED: MessageFn<'GRANT_YEAR_CAP_EXCEEDED'> = (p) =>
  `${p.year}차년도 정부·지자체 지원연구개발비 ${groupedDigits(p.actual)}원이 연간 한도 ${groupedDigits(p.limit)}원을 넘습니다.`;
/** @see {@link ko} */
export const GRANT_TOTAL_CAP_EXCEEDED: MessageFn<'GRANT_TOTAL_CAP_EXCEEDED'> = (p) =>
  `전체 기간 정부·지자체 지원연구개발비 ${groupedDigits(p.actual)}원이 총 한도 ${groupedDigits(p.limit)}원을 넘습니다.`;
/** @see {@link ko} */
export const GRANT_PUBLIC_SHARE_EXCEEDED: MessageFn<'GRANT_PUBLIC_SHARE_EXCEEDED'> = (p) =>
  `${p.year}차년도 ${p.participant}(${p.kind})의 정부·지자체 지원 비율이 한도를 넘습니다: ${p.actual} > ${p.limit}.`;
/** @see {@link ko} */
export const GRANT_CASH_SHARE_TOO_LOW: MessageFn<'GRANT_CASH_SHARE_TOO_LOW'> = (p) =>
  `${p.year}차년도 ${p.participant}(${p.kind})의 기관부담 중 현금 비율이 최소 기준에 못 미칩니다: ${p.actual} < ${p.limit}.`;
/** @see {@link ko} */
export const GRANT_PARTICIPANT_ZERO_TOTAL: MessageFn<'GRANT_PARTICIPANT_ZERO_TOTAL'> = (p) =>
  `${p.year}차년도 ${p.participant}의 연구개발비 합계가 0원입니다.`;
/** @see {@link ko} */
export const GRANT_PARTICIPANT_DUPLICATE: MessageFn<'GRANT_PARTICIPANT_DUPLICATE'> = (p) =>
  `${p.year}차년도에 참여기관 ${p.participant}이(가) 두 번 있습니다.`;
/** @see {@link ko} */
export const CONSORTIUM_LEAD_KIND: MessageFn<'CONSORTIUM_LEAD_KIND'> = (p) =>
  `주관기관 유형 ${p.actual}은(는) 주관할 수 없습니다. 가능한 유형: ${p.expected.join(', ')}.`;
/** @see {@link ko} */
export const CONSORTIUM_LEAD_TIER: MessageFn<'CONSORTIUM_LEAD_TIER'> = (p) =>
  `주관기관의 등급이 ${p.actual ?? '미입력'}입니다. 필요한 등급: ${p.expected}.`;
/** @see {@link ko} */
export const CONSORTIUM_LEAD_REGION: MessageFn<'CONSORTIUM_LEAD_REGION'> = (p) =>
  `주관기관 소재지가 ${p.actual ?? '미입력'}입니다. 비수도권 14개 시·도에 있어야 합니다.`;
/** @see {@link ko} */
export const CONSORTIUM_REQUIREMENT_UNMET: MessageFn<'CONSORTIUM_REQUIREMENT_UNMET'> = (p) =>
  `컨소시엄 구성 요건(${p.requirement})을 충족하지 않습니다: ${p.kinds.join('·')} ${p.limit}개 이상 필요, 현재 ${p.actual}개.`;
/** @see {@link ko} */
export const CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: MessageFn<'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED'> = (p) =>
  `참여기관 유형 ${p.actual}은(는) 이 내역에 참여할 수 없습니다. 가능한 유형: ${p.allowed.join(', ')}.`;
/** @see {@link ko} */
export const CONSORTIUM_MEMBER_KINDS_UNKNOWN: MessageFn<'CONSORTIUM_MEMBER_KINDS_UNKNOWN'> = (p) =>
  `${p.edition}년 ${p.track} 내역의 참여 가능 기관 유형은 공개되지 않아 확인하지 않았습니다.`;
/** @see {@link ko} */
export const CONSORTIUM_DUPLICATE_ID: MessageFn<'CONSORTIUM_DUPLICATE_ID'> = (p) =>
  `참여기관 ID ${p.id}이(가) 중복됩니다.`;
/** @see {@link ko} */
export const CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: MessageFn<'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER'> = (p) =>
  `사업자등록번호 ${p.businessNumber}이(가) 중복됩니다.`;
/** @see {@link ko} */
export const BUSINESS_NUMBER_INVALID: MessageFn<'BUSINESS_NUMBER_INVALID'> = (p) =>
  `사업자등록번호 ${p.input}이(가) 올바르지 않습니다 (${p.reason === 'format' ? '10자리 숫자가 아님' : '검증번호 불일치'}).`;
/** @see {@link ko} */
export const MONEY_INVALID: MessageFn<'MONEY_INVALID'> = (p) => {
  // Where a malformed amount goes wrong: after so many characters (position is 0-based).
  const at = p.position === 0 ? '맨 앞' : `${String(p.position)}번째 글자 다음`;
  const where = p.position === null || p.expected === null ? '' : ` (${at}: ${EXPECTED_KO[p.expected]})`;
  return `금액 ${p.input}: ${REASONS_KO[p.reason]}${where}.`;
};
/** @see {@link ko} */
export const MONEY_AMBIGUOUS: MessageFn<'MONEY_AMBIGUOUS'> = (p) =>
  `금액을 두 가지로 읽을 수 있습니다: ${p.input} → ${groupedDigits(p.readings[0])}원 또는 ${groupedDigits(p.readings[1])}원. 단위를 모두 적어 주세요(예: 7억 5천만원, 7억 5,000원).`;
/** @see {@link ko} */
export const KTOP_GRADE_INVALID: MessageFn<'KTOP_GRADE_INVALID'> = (p) =>
  `K-TOP 원천성 등급으로 읽을 수 없는 값입니다: ${p.input}. 1부터 10까지의 숫자나 '3등급'처럼 입력하세요.`;
/** @see {@link ko} */
export const KTOP_SCORE_INVALID: MessageFn<'KTOP_SCORE_INVALID'> = (p) =>
  `K-TOP 기업혁신역량 점수 ${p.input}이(가) ${p.min}점 이상 ${p.max}점 이하의 유한한 수가 아닙니다.`;
/** @see {@link ko} */
export const KTOP_BANDS_INVALID: MessageFn<'KTOP_BANDS_INVALID'> = (p) =>
  `${p.index === null ? '점수 구간표가' : `점수 구간표의 ${String(p.index + 1)}번째 구간(인덱스 ${String(p.index)})이`} 올바르지 않습니다: ${BANDS_REASONS_KO[p.reason]}.`;
/** @see {@link ko} */
export const KTOP_SCORE_OUT_OF_BANDS: MessageFn<'KTOP_SCORE_OUT_OF_BANDS'> = (p) =>
  `점수 ${p.input}이(가) 구간표의 범위(${p.min} 이상 ${p.max} 이하)에 들지 않습니다.`;

/**
 * The Korean message table (the library's default locale).
 *
 * @example
 * ```ts
 * import { ko } from 'regional-innovation-rnd/locales';
 * ko.REGION_UNKNOWN({ input: '"서을"' }); // '알 수 없는 시·도 "서을"입니다. …'
 * ```
 */
export const ko: Messages = {
  OPTIONS_INVALID,
  EDITION_UNKNOWN,
  DATE_INVALID,
  REGION_UNKNOWN,
  REGION_AMBIGUOUS,
  INDUSTRY_INVALID,
  TIERING_INVALID_SCORE,
  TIERING_INVALID_COHORT,
  TIERING_INVALID_RANK,
  MONEY_INVALID,
  MONEY_AMBIGUOUS,
  INPUT_INVALID,
  GRANT_TOO_MANY_YEARS,
  GRANT_YEAR_CAP_EXCEEDED,
  GRANT_TOTAL_CAP_EXCEEDED,
  GRANT_PUBLIC_SHARE_EXCEEDED,
  GRANT_CASH_SHARE_TOO_LOW,
  GRANT_PARTICIPANT_ZERO_TOTAL,
  GRANT_PARTICIPANT_DUPLICATE,
  CONSORTIUM_LEAD_KIND,
  CONSORTIUM_LEAD_TIER,
  CONSORTIUM_LEAD_REGION,
  CONSORTIUM_REQUIREMENT_UNMET,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN,
  CONSORTIUM_DUPLICATE_ID,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER,
  BUSINESS_NUMBER_INVALID,
  KTOP_GRADE_INVALID,
  KTOP_SCORE_INVALID,
  KTOP_BANDS_INVALID,
  KTOP_SCORE_OUT_OF_BANDS,
};

/** A percent for reading: at most two decimals, without trailing zeros. */
const percentText = (value: number): string => String(Number(value.toFixed(2)));

/**
 * Explains a tier assignment in Korean: "10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)".
 *
 * @param p - rank, cohort size, top share, tier and thresholds.
 * @returns the explanation.
 *
 * @example
 * ```ts
 * import { TIER_EXPLANATION } from './ko'; // inside src/ only: tiering's explainTier shows it
 * const params = { rank: 3, cohortSize: 10, topPercent: 30, leadingPercent: 30, potentialPercent: 50 };
 * TIER_EXPLANATION({ ...params, tier: 'leading' });
 * // '10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)'
 * ```
 */
export const TIER_EXPLANATION = (p: TierExplanationParams): string => {
  const tier =
    p.tier === 'leading'
      ? `(예비)선도기업 (상위 ${percentText(p.leadingPercent)}% 이내)`
      : p.tier === 'potential'
        ? `잠재기업 (상위 ${percentText(p.leadingPercent)}%~${percentText(p.potentialPercent)}%)`
        : `해당 없음 (상위 ${percentText(p.potentialPercent)}% 밖)`;
  return `${String(p.cohortSize)}개 중 ${String(p.rank)}위 → 상위 ${percentText(p.topPercent)}% → ${tier}`;
};
