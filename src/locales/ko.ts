/**
 * Korean messages, one exported function per issue code, gathered in {@link ko}. Importing a single
 * function keeps a bundle from carrying the whole table.
 *
 * @module
 */
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

const INDUSTRY_REASONS_KO = {
  shape: '산업 항목의 형식이 올바르지 않습니다',
  'empty-name': '산업 이름이 비어 있습니다',
  'duplicate-id': '이미 있는 산업 ID입니다',
  'unknown-region': '알 수 없는 시·도 코드입니다',
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
export const INDUSTRY_INVALID: MessageFn<'INDUSTRY_INVALID'> = (p) =>
  `산업 ${p.input}을(를) 추가할 수 없습니다: ${INDUSTRY_REASONS_KO[p.reason]}.`;
/** @see {@link ko} */
export const TIERING_INVALID_SCORE: MessageFn<'TIERING_INVALID_SCORE'> = (p) =>
  `${p.index}번째 항목의 점수 ${p.input}이(가) 유한한 수가 아닙니다.`;
/** @see {@link ko} */
export const TIERING_INVALID_COHORT: MessageFn<'TIERING_INVALID_COHORT'> = (p) =>
  `${p.index}번째 항목의 코호트(산업) ${p.input}이(가) 문자열이 아닙니다.`;
/** @see {@link ko} */
export const TIERING_INVALID_RANK: MessageFn<'TIERING_INVALID_RANK'> = (p) =>
  `순위 ${p.input}와(과) 코호트 크기 ${p.cohortSize}이(가) 맞지 않습니다. 크기는 양의 정수, 순위는 1 이상 크기 이하의 0.5 단위 수여야 합니다.`;
/** @see {@link ko} */
export const MONEY_INVALID: MessageFn<'MONEY_INVALID'> = (p) =>
  `금액 ${p.input}이(가) 올바르지 않습니다: ${REASONS_KO[p.reason]}.`;

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
  INDUSTRY_INVALID,
  TIERING_INVALID_SCORE,
  TIERING_INVALID_COHORT,
  TIERING_INVALID_RANK,
  MONEY_INVALID,
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
 * import { ko } from 'regional-innovation-rnd/locales';
 * ko; // the issue messages; the explanation is TIER_EXPLANATION in the same file
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
