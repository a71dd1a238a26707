/**
 * Codes of tiering (기업군 by top share within an industry).
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { defineIssue } from './define';

/** A score given for tiering is not a finite number. */
export type TieringInvalidScoreParams = {
  /** The index of the first item with a bad score. */
  readonly index: number;
  /** That item's cohort, or `null` when the cohort was not read yet. */
  readonly cohort: string | null;
  /** The score given, echoed. */
  readonly input: string;
};

/** 기업군을 정할 점수가 유한한 수가 아닙니다. */
export const TIERING_INVALID_SCORE = /* @__PURE__ */ defineIssue('TIERING_INVALID_SCORE', {
  // The cohort is the caller's own key (often an id): the path and the params carry it.
  ko: (p: TieringInvalidScoreParams) =>
    `${String(p.index + 1)}번째 항목(인덱스 ${String(p.index)})의 점수로 쓸 수 없는 값입니다: ${p.input}.`,
  en: (p) =>
    `The item at index ${String(p.index)}${p.cohort === null ? '' : ` (cohort ${p.cohort})`} has score ${p.input}, not a finite number.`,
});

/** A cohort key given for tiering is not a string. */
export type TieringInvalidCohortParams = {
  /** The index of the first item with a bad cohort key. */
  readonly index: number;
  /** The key given, echoed. */
  readonly input: string;
};

/** 기업군을 정할 비교 집단(산업)의 키가 문자열이 아닙니다. */
export const TIERING_INVALID_COHORT = /* @__PURE__ */ defineIssue('TIERING_INVALID_COHORT', {
  ko: (p: TieringInvalidCohortParams) =>
    `${String(p.index + 1)}번째 항목(인덱스 ${String(p.index)})의 산업 값이 문자열이 아닙니다: ${p.input}.`,
  en: (p) => `The item at index ${String(p.index)} has cohort ${p.input}, not a string.`,
});

/** A rank and cohort size given to `tierOf` do not fit together. */
export type TieringInvalidRankParams = {
  /** The rank given, echoed. */
  readonly input: string;
  /** The cohort size given, echoed. */
  readonly cohortSize: string;
};

/** 순위와 산업 내 기업 수가 맞지 않습니다. */
export const TIERING_INVALID_RANK = /* @__PURE__ */ defineIssue('TIERING_INVALID_RANK', {
  ko: (p: TieringInvalidRankParams) =>
    `순위와 기업 수가 맞지 않습니다(순위 ${p.input}, 기업 수 ${p.cohortSize}). 기업 수는 양의 정수, 순위는 1부터 기업 수까지 0.5 단위여야 합니다.`,
  en: (p) =>
    `Rank ${p.input} does not fit cohort size ${p.cohortSize}: the size must be a positive integer and the rank a multiple of 0.5 from 1 to the size.`,
});
