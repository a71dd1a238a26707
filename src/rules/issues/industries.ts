/**
 * Codes of the industry catalogue.
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { defineIssue } from './define';

/**
 * Why an industry given to extend the catalogue was refused.
 */
export type IndustryInvalidReason = 'shape' | 'empty-name' | 'duplicate-id' | 'unknown-region';

/** An industry given to extend the catalogue is malformed, a duplicate, or in an unknown region. */
export type IndustryInvalidParams = {
  /** The offending value (or its id), echoed. */
  readonly input: string;
  /** Why it was refused. */
  readonly reason: IndustryInvalidReason;
};

const REASONS_KO = {
  shape: '항목의 형식이 맞지 않습니다',
  'empty-name': '산업 이름이 비어 있습니다',
  'duplicate-id': '같은 식별자의 산업이 이미 있습니다',
  'unknown-region': '비수도권 14개 시·도 가운데 하나가 아닙니다',
} as const;

const REASONS_EN = {
  shape: 'it is not a well-formed industry',
  'empty-name': 'its name is empty',
  'duplicate-id': 'an industry with that id exists already',
  'unknown-region': 'it names none of the 14 non-capital regions (시·도)',
} as const;

/** 카탈로그에 추가하려는 산업이 형식에 맞지 않거나, 중복이거나, 이 사업의 시·도에 속하지 않습니다. */
export const INDUSTRY_INVALID = /* @__PURE__ */ defineIssue('INDUSTRY_INVALID', {
  ko: (p: IndustryInvalidParams) =>
    `산업을 카탈로그에 추가할 수 없습니다(${p.input}): ${REASONS_KO[p.reason]}.`,
  en: (p) => `Cannot add industry ${p.input}: ${REASONS_EN[p.reason]}.`,
});
