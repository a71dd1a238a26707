/**
 * Codes of the K-TOP scales.
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { defineIssue } from './define';

/**
 * Why a table of score bands was refused: `shape` (the table is not an array, or a band is not
 * `{ min, max, value }` with numbers), `empty` (no band), `not-finite` (a bound is NaN or
 * infinite), `empty-band` (a band's `min` is not below its `max`), `unsorted` (a band starts below
 * the previous one), `gap` (a band starts above the previous one's `max`), `overlap` (a band starts
 * inside the previous one).
 */
export type ScoreBandsInvalidReason =
  'shape' | 'empty' | 'not-finite' | 'empty-band' | 'unsorted' | 'gap' | 'overlap';

/** A K-TOP originality grade (원천성 등급) that is not 1 to 10 or a letter AAA to D. */
export type KtopGradeInvalidParams = {
  /** The value given, echoed. */
  readonly input: string;
};

/** K-TOP 원천성 등급(1~10 또는 AAA~D)으로 읽을 수 없는 값입니다. */
export const KTOP_GRADE_INVALID = /* @__PURE__ */ defineIssue('KTOP_GRADE_INVALID', {
  ko: (p: KtopGradeInvalidParams) =>
    `K-TOP 원천성 등급으로 읽을 수 없는 값입니다: ${p.input}. 1부터 10까지의 숫자나 '3등급'처럼 입력하세요.`,
  en: (p) =>
    `Cannot read ${p.input} as a K-TOP originality grade; give a number from 1 to 10 or a form such as '3등급'.`,
});

/** A K-TOP innovation score (기업혁신역량 점수) that is not a finite number from 0 to 100. */
export type KtopScoreInvalidParams = {
  /** The value given, echoed. */
  readonly input: string;
  /** The lowest score, 0. */
  readonly min: number;
  /** The highest score, 100. */
  readonly max: number;
};

/** K-TOP 기업혁신역량 점수가 0~100점 사이의 유한한 수가 아닙니다. */
export const KTOP_SCORE_INVALID = /* @__PURE__ */ defineIssue('KTOP_SCORE_INVALID', {
  ko: (p: KtopScoreInvalidParams) =>
    `K-TOP 기업혁신역량 점수로 쓸 수 없는 값입니다: ${p.input}. ${String(p.min)}점 이상 ${String(p.max)}점 이하의 수를 넣으세요.`,
  en: (p) =>
    `The K-TOP innovation score ${p.input} is not a finite number from ${String(p.min)} to ${String(p.max)}.`,
});

/** A table of score bands is malformed, unordered, or has a gap or an overlap. */
export type KtopBandsInvalidParams = {
  /** The index of the bad band, or `null` when the table as a whole is bad (not an array, empty). */
  readonly index: number | null;
  /** Why it was refused. */
  readonly reason: ScoreBandsInvalidReason;
};

const BANDS_KO = {
  shape: '구간마다 숫자인 하한·상한과 값이 있어야 하고, 구간표는 목록이어야 합니다',
  empty: '구간이 하나도 없습니다',
  'not-finite': '경계값이 유한한 수가 아닙니다',
  'empty-band': '하한이 상한보다 작지 않습니다',
  unsorted: '앞 구간보다 낮은 점수에서 시작합니다(오름차순이 아님)',
  gap: '앞 구간의 상한보다 높은 점수에서 시작합니다(빈틈)',
  overlap: '앞 구간의 상한보다 낮은 점수에서 시작합니다(겹침)',
} as const;

const BANDS_EN = {
  shape: 'it is not { min, max, value } with numbers, or the table is not an array',
  empty: 'the table has no band',
  'not-finite': 'a bound is not a finite number',
  'empty-band': 'its min is not below its max',
  unsorted: 'it starts below the previous band (the bands must be in ascending order)',
  gap: "it starts above the previous band's max (a gap)",
  overlap: "it starts below the previous band's max (an overlap)",
} as const;

/** 점수 구간표가 잘못되었습니다: 빈 표, 빈 구간, 순서·빈틈·겹침 오류. */
export const KTOP_BANDS_INVALID = /* @__PURE__ */ defineIssue('KTOP_BANDS_INVALID', {
  ko: (p: KtopBandsInvalidParams) =>
    `${p.index === null ? '점수 구간표가' : `점수 구간표의 ${String(p.index + 1)}번째 구간(인덱스 ${String(p.index)})이`} 올바르지 않습니다: ${BANDS_KO[p.reason]}.`,
  en: (p) =>
    `${p.index === null ? 'The score band table' : `The score band at index ${String(p.index)}`} is invalid: ${BANDS_EN[p.reason]}.`,
});

/** A score to map is not a finite number inside the bands of the table. */
export type KtopScoreOutOfBandsParams = {
  /** The score given, echoed. */
  readonly input: string;
  /** The lowest score the bands take (inclusive). */
  readonly min: number;
  /** The highest score the bands take (inclusive). */
  readonly max: number;
};

/** 점수가 어느 구간에도 들지 않습니다. */
export const KTOP_SCORE_OUT_OF_BANDS = /* @__PURE__ */ defineIssue('KTOP_SCORE_OUT_OF_BANDS', {
  ko: (p: KtopScoreOutOfBandsParams) =>
    `점수가 구간표의 범위(${String(p.min)} 이상 ${String(p.max)} 이하)를 벗어납니다: ${p.input}.`,
  en: (p) =>
    `Score ${p.input} is outside the bands, which take ${String(p.min)} to ${String(p.max)} inclusive.`,
});
