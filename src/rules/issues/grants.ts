/**
 * Codes of grant plans: duration, caps, cost sharing.
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { INSTITUTION_KIND_LABELS, labelOf } from '../labels';
import { defineIssue } from './define';
import { groupedDigits, percentOfRatio } from './text';

const kindKo = (kind: string): string => labelOf(INSTITUTION_KIND_LABELS, kind, 'ko');
const kindEn = (kind: string): string => labelOf(INSTITUTION_KIND_LABELS, kind, 'en');

/** A plan runs more years than the track allows. */
export type GrantTooManyYearsParams = {
  /** The most years the track allows. */
  readonly limit: number;
  /** The years in the plan. */
  readonly actual: number;
};

/** 연구개발기간이 내역의 최대 연차를 넘습니다. */
export const GRANT_TOO_MANY_YEARS = /* @__PURE__ */ defineIssue('GRANT_TOO_MANY_YEARS', {
  ko: (p: GrantTooManyYearsParams) =>
    `연구개발기간이 ${String(p.actual)}년으로, 이 내역의 최대 ${String(p.limit)}년을 넘습니다.`,
  en: (p) => `The plan runs ${String(p.actual)} years; the track allows at most ${String(p.limit)}.`,
});

/** Public money in one year is above the track's yearly cap. */
export type GrantYearCapExceededParams = {
  /** The year, 1 for the first. */
  readonly year: number;
  /** The cap in won. */
  readonly limit: number;
  /** The public money of that year in won. */
  readonly actual: number;
};

/** 한 해의 정부지원연구개발비(국비·지방비)가 내역의 연간 한도를 넘습니다. */
export const GRANT_YEAR_CAP_EXCEEDED = /* @__PURE__ */ defineIssue('GRANT_YEAR_CAP_EXCEEDED', {
  ko: (p: GrantYearCapExceededParams) =>
    `${String(p.year)}차년도 정부지원연구개발비(국비·지방비) ${groupedDigits(p.actual)}원이 연간 한도 ${groupedDigits(p.limit)}원을 넘습니다.`,
  en: (p) =>
    `Public money (정부지원연구개발비) in year ${String(p.year)} is ${groupedDigits(p.actual)} won, above the yearly cap of ${groupedDigits(p.limit)} won.`,
});

/** Public money over all years is above the track's total cap. */
export type GrantTotalCapExceededParams = {
  /** The cap in won. */
  readonly limit: number;
  /** The public money of all years in won. */
  readonly actual: number;
};

/** 전체 연구개발기간의 정부지원연구개발비(국비·지방비)가 내역의 총 한도를 넘습니다. */
export const GRANT_TOTAL_CAP_EXCEEDED = /* @__PURE__ */ defineIssue('GRANT_TOTAL_CAP_EXCEEDED', {
  ko: (p: GrantTotalCapExceededParams) =>
    `전체 연구개발기간의 정부지원연구개발비(국비·지방비) ${groupedDigits(p.actual)}원이 총 한도 ${groupedDigits(p.limit)}원을 넘습니다.`,
  en: (p) =>
    `Public money (정부지원연구개발비) over all years is ${groupedDigits(p.actual)} won, above the total cap of ${groupedDigits(p.limit)} won.`,
});

/** A participant's public money is above the share of its total R&D cost its kind may receive. */
export type GrantPublicShareExceededParams = {
  /** The year, 1 for the first. */
  readonly year: number;
  /** The participant's id. */
  readonly participant: string;
  /** Its institution kind. */
  readonly kind: string;
  /** The largest share allowed, as an exact decimal (`"0.75"`). */
  readonly limit: string;
  /** Its share, as an exact decimal. */
  readonly actual: string;
};

/** 참여기관의 연구개발비 중 정부지원연구개발비 비율이 기관 유형별 상한을 넘습니다. */
export const GRANT_PUBLIC_SHARE_EXCEEDED = /* @__PURE__ */ defineIssue('GRANT_PUBLIC_SHARE_EXCEEDED', {
  ko: (p: GrantPublicShareExceededParams) =>
    `${String(p.year)}차년도 참여기관 ${p.participant}(${kindKo(p.kind)})의 연구개발비 중 정부지원연구개발비 비율이 상한을 넘습니다: ${percentOfRatio(p.actual)}% > ${percentOfRatio(p.limit)}%.`,
  en: (p) =>
    `In year ${String(p.year)}, public money (정부지원연구개발비) is ${percentOfRatio(p.actual)}% of the R&D cost of ${p.participant} (${kindEn(p.kind)}), above the limit of ${percentOfRatio(p.limit)}%.`,
});

/** A participant pays less of its own share in cash than its kind must. */
export type GrantCashShareTooLowParams = {
  /** The year, 1 for the first. */
  readonly year: number;
  /** The participant's id. */
  readonly participant: string;
  /** Its institution kind. */
  readonly kind: string;
  /** The smallest cash share of its own share, as an exact decimal (`"0.1"`). */
  readonly limit: string;
  /** Its cash share, as an exact decimal. */
  readonly actual: string;
};

/** 참여기관의 기관부담연구개발비 중 현금 비율이 기관 유형별 하한에 못 미칩니다. */
export const GRANT_CASH_SHARE_TOO_LOW = /* @__PURE__ */ defineIssue('GRANT_CASH_SHARE_TOO_LOW', {
  ko: (p: GrantCashShareTooLowParams) =>
    `${String(p.year)}차년도 참여기관 ${p.participant}(${kindKo(p.kind)})의 기관부담연구개발비 중 현금 비율이 하한에 못 미칩니다: ${percentOfRatio(p.actual)}% < ${percentOfRatio(p.limit)}%.`,
  en: (p) =>
    `In year ${String(p.year)}, ${p.participant} (${kindEn(p.kind)}) pays ${percentOfRatio(p.actual)}% of its own share (기관부담연구개발비) in cash, below the minimum of ${percentOfRatio(p.limit)}%.`,
});

/** A participant has no R&D cost at all in a year. */
export type GrantParticipantZeroTotalParams = {
  /** The year, 1 for the first. */
  readonly year: number;
  /** The participant's id. */
  readonly participant: string;
};

/** 한 해 연구개발비 합계가 0원인 참여기관이 있습니다. */
export const GRANT_PARTICIPANT_ZERO_TOTAL = /* @__PURE__ */ defineIssue('GRANT_PARTICIPANT_ZERO_TOTAL', {
  ko: (p: GrantParticipantZeroTotalParams) =>
    `${String(p.year)}차년도 참여기관 ${p.participant}의 연구개발비 합계가 0원입니다.`,
  en: (p) => `In year ${String(p.year)}, ${p.participant} has a total R&D cost of 0 won.`,
});

/** The same participant id appears twice in one year. */
export type GrantParticipantDuplicateParams = {
  /** The year, 1 for the first. */
  readonly year: number;
  /** The repeated id. */
  readonly participant: string;
};

/** 같은 해에 같은 참여기관이 두 번 나옵니다. */
export const GRANT_PARTICIPANT_DUPLICATE = /* @__PURE__ */ defineIssue('GRANT_PARTICIPANT_DUPLICATE', {
  ko: (p: GrantParticipantDuplicateParams) =>
    `${String(p.year)}차년도 참여기관 목록에 같은 기관이 두 번 있습니다: ${p.participant}.`,
  en: (p) => `Participant ${p.participant} appears twice in year ${String(p.year)}.`,
});
