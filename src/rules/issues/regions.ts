/**
 * Codes of the regions (시·도).
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { defineIssue } from './define';

/** A region (시·도) the library does not recognise. */
export type RegionUnknownParams = {
  /** The value given, echoed. */
  readonly input: string;
};

/** 알 수 없는 시·도입니다. */
export const REGION_UNKNOWN = /* @__PURE__ */ defineIssue('REGION_UNKNOWN', {
  ko: (p: RegionUnknownParams) =>
    `알 수 없는 시·도입니다: ${p.input}. 부산, 부산광역시처럼 시·도 이름을 적거나 행정표준코드(26)를 적어 주세요.`,
  en: (p) =>
    `Unknown region ${p.input}; give a region (시·도) by its name (Busan, 부산, 부산광역시) or its code (26).`,
});

/** A region name that names more than one place (`'광주시'`: 광주광역시, or 경기도 광주시 in the capital region). */
export type RegionAmbiguousParams = {
  /** The value given, echoed. */
  readonly input: string;
  /** The places it may name, each with the code of its 시·도, its Korean and English name, and whether it is in the capital region. */
  readonly candidates: readonly {
    /** The code of the place's 시·도. */
    readonly region: string;
    /** Its Korean name (`'경기도 광주시'`). */
    readonly ko: string;
    /** Its English name. */
    readonly en: string;
    /** Whether it is in the capital region (수도권). */
    readonly capital: boolean;
  }[];
};

/** 여러 곳을 가리킬 수 있는 지역 이름입니다(예: 광주시 — 광주광역시 또는 경기도 광주시). */
export const REGION_AMBIGUOUS = /* @__PURE__ */ defineIssue('REGION_AMBIGUOUS', {
  ko: (p: RegionAmbiguousParams) =>
    `지역 이름이 여러 곳을 가리킵니다: ${p.input} → ${p.candidates.map((c) => `${c.ko}${c.capital ? '(수도권)' : ''}`).join(', ')}. 이 가운데 한 곳을 시·도 이름부터 적어 주세요(예: 광주광역시, 경기도 광주시).`,
  en: (p) =>
    `The region ${p.input} may name more than one place: ${p.candidates.map((c) => `${c.en} (${c.ko}${c.capital ? ', capital region' : ''})`).join(', ')}; write one of them, starting with its province or metropolitan city (광주광역시, 경기도 광주시).`,
});
