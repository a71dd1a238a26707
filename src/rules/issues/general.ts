/**
 * Codes of any function: options, editions, instants, the shape of a validator's input.
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { defineIssue } from './define';

/** An option of a function call is out of its range or of the wrong type. */
export type OptionsInvalidParams = {
  /** The option's name, e.g. `'leadingPercent'`. */
  readonly option: string;
  /** The value given, echoed. */
  readonly input: string;
  /** What the option accepts. */
  readonly expected: string;
};

/** 함수에 넘긴 옵션이 허용 범위를 벗어나거나 형식이 틀립니다. */
export const OPTIONS_INVALID = /* @__PURE__ */ defineIssue('OPTIONS_INVALID', {
  // The option's name is in `params.option`, the path and the English message: Korean text names no identifier.
  ko: (p: OptionsInvalidParams) => `옵션 값이 올바르지 않습니다: ${p.input}.`,
  en: (p) => `Option ${p.option} has an invalid value ${p.input}; expected ${p.expected}.`,
});

/** An edition (yearly call) id the library does not know. */
export type EditionUnknownParams = {
  /** The id given, echoed. */
  readonly input: string;
  /** The edition ids the library knows. */
  readonly known: readonly string[];
};

/** 라이브러리가 모르는 공고 연도입니다. */
export const EDITION_UNKNOWN = /* @__PURE__ */ defineIssue('EDITION_UNKNOWN', {
  ko: (p: EditionUnknownParams) =>
    `알 수 없는 공고 연도입니다: ${p.input}. 이 라이브러리에 있는 공고: ${p.known.map((id) => `${id}년`).join(', ')}.`,
  en: (p) => `Unknown edition ${p.input}; known editions: ${p.known.join(', ')}.`,
});

/** An instant that is not a valid date: an invalid Date, an ISO string without offset, NaN. */
export type DateInvalidParams = {
  /** The value given, echoed. */
  readonly input: string;
  /** What is accepted. */
  readonly expected: string;
};

/** 올바른 시각이 아닙니다: 잘못된 Date, 시간대 없는 ISO 문자열, NaN 등. */
export const DATE_INVALID = /* @__PURE__ */ defineIssue('DATE_INVALID', {
  ko: (p: DateInvalidParams) =>
    `날짜·시각으로 읽을 수 없는 값입니다: ${p.input}. 시간대까지 적은 일시(예: 2026-03-03T18:00:00+09:00), 날짜 객체 또는 밀리초 단위 시각을 넣으세요.`,
  en: (p) => `Cannot read ${p.input} as an instant; expected ${p.expected}.`,
});

/** The input does not have the shape a validator takes: a missing or extra key, a wrong type, a value outside its set. */
export type InputInvalidParams = {
  /** What is wrong. */
  readonly problem: 'type' | 'missing' | 'unknown-key' | 'value' | 'size' | 'unreadable' | 'other';
  /** What was expected there. */
  readonly expected: string;
  /** The value given, echoed. */
  readonly input: string;
};

const PROBLEMS_KO = {
  type: '값의 종류가 맞지 않습니다',
  missing: '꼭 있어야 할 항목이 빠졌습니다',
  'unknown-key': '알 수 없는 항목입니다',
  value: '허용되지 않는 값입니다',
  size: '값의 크기나 개수가 범위를 벗어났습니다',
  unreadable: '읽을 수 없는 값입니다',
  other: '값이 올바르지 않습니다',
} as const;

const PROBLEMS_EN = {
  type: 'wrong type',
  missing: 'a required value is missing',
  'unknown-key': 'unknown key',
  value: 'value not allowed',
  size: 'out of range',
  unreadable: 'cannot be read',
  other: 'invalid value',
} as const;

/** 검증 함수가 받는 형태가 아닙니다: 빠지거나 남는 항목, 잘못된 종류, 허용되지 않는 값. */
export const INPUT_INVALID = /* @__PURE__ */ defineIssue('INPUT_INVALID', {
  ko: (p: InputInvalidParams) =>
    `입력 형식이 올바르지 않습니다: ${PROBLEMS_KO[p.problem]}${p.problem === 'missing' ? '' : `(받은 값: ${p.input})`}.`,
  en: (p) =>
    `Invalid input: ${PROBLEMS_EN[p.problem]}; expected ${p.expected}${p.problem === 'missing' ? '' : `, received ${p.input}`}.`,
});
