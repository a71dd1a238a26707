/**
 * Codes of money amounts.
 *
 * @module
 */
// Params are object types, not interfaces: like the inline types they were, they stay assignable to
// Record<string, unknown>, which an app that reads params generically relies on.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import { defineIssue } from './define';
import { groupedDigits } from './text';

/**
 * Why a money amount was refused.
 */
export type MoneyInvalidReason =
  'type' | 'empty' | 'syntax' | 'negative' | 'fractional' | 'not-finite' | 'unsafe';

/** A money amount that is not a whole, non-negative, safe number of won. */
export type MoneyInvalidParams = {
  /** The value given, echoed. */
  readonly input: string;
  /** Why it was refused. */
  readonly reason: MoneyInvalidReason;
  /** Where a string goes wrong, for a UI to highlight: a 0-based index (UTF-16 code units) into the string exactly as given, before trimming or normalising; the string's length when it stops too early. `null` for a blank string and for anything that is not a string (numbers, bigints, Decimals). The messages count from 1. */
  readonly position: number | null;
  /** What the amount needed at `position`: `'digit'`, `'unit'` (조·억·만·천·백·십 or 원), `'smaller-unit'` (units go from large to small, each once), `'smaller-number'` (a number must fit below the unit before it), `'comma-group'` (a comma every three digits) or `'end'` (nothing more may follow); `null` when the text is well formed but the amount is not whole, safe or positive, or when `position` is `null`. */
  readonly expected: 'digit' | 'unit' | 'smaller-unit' | 'smaller-number' | 'comma-group' | 'end' | null;
};

const REASONS_KO = {
  type: '금액으로 읽을 수 없는 형식입니다',
  empty: '빈 값입니다',
  syntax: '금액 표기가 올바르지 않습니다',
  negative: '음수입니다',
  fractional: '원 단위 정수가 아닙니다',
  'not-finite': '유한한 수가 아닙니다',
  unsafe: '다룰 수 있는 가장 큰 금액(9,007,199,254,740,991원)을 넘습니다',
} as const;

const REASONS_EN = {
  type: 'it is not of a type that can hold an amount',
  empty: 'it is empty',
  syntax: 'it is not a well-formed amount',
  negative: 'it is negative',
  fractional: 'it is not a whole number of won',
  'not-finite': 'it is not a finite number',
  unsafe: 'it is above the largest amount handled, 9,007,199,254,740,991 won',
} as const;

const EXPECTED_KO = {
  digit: '숫자가 와야 합니다',
  unit: '억·만·천 같은 단위나 원이 와야 합니다',
  'smaller-unit': '앞 단위보다 작은 단위가 와야 합니다',
  'smaller-number': '앞 단위보다 작은 수가 와야 합니다 — 1억 다음에는 9,999만까지',
  'comma-group': '쉼표는 세 자리마다 찍습니다',
  end: '금액이 여기서 끝나야 합니다',
} as const;

const EXPECTED_EN = {
  digit: 'a digit is expected',
  unit: 'a unit such as 억, 만 or 천, or 원, is expected',
  'smaller-unit': 'a unit smaller than the one before is expected',
  'smaller-number': 'the number must fit below the unit before it — after 1억, at most 9,999만',
  'comma-group': 'thousands commas go every three digits',
  end: 'the amount should end here',
} as const;

/** 금액이 원 단위의 0 이상 정수(또는 그렇게 읽히는 문자열)가 아닙니다. */
export const MONEY_INVALID = /* @__PURE__ */ defineIssue('MONEY_INVALID', {
  ko: (p: MoneyInvalidParams) => {
    // Where a malformed amount goes wrong: after so many characters (position is 0-based).
    const at = p.position === 0 ? '맨 앞' : `${String(p.position)}번째 글자 다음`;
    const where = p.position === null || p.expected === null ? '' : ` (${at}: ${EXPECTED_KO[p.expected]})`;
    return `금액 ${p.input}: ${REASONS_KO[p.reason]}${where}.`;
  },
  en: (p) => {
    const at =
      p.position === 0
        ? 'at the start'
        : `after ${String(p.position)} character${p.position === 1 ? '' : 's'}`;
    const where = p.position === null || p.expected === null ? '' : ` (${at}: ${EXPECTED_EN[p.expected]})`;
    return `Invalid amount ${p.input}: ${REASONS_EN[p.reason]}${where}.`;
  },
});

/** A Korean amount that can be read two ways (`'7억5천'`: 7억 5천만원, or 7억 5천원). */
export type MoneyAmbiguousParams = {
  /** The value given, echoed. */
  readonly input: string;
  /** The two readings in won: the colloquial one (a bare 천·백·십 after a larger unit read as 만 units) first, the literal one second. */
  readonly readings: readonly [number, number];
};

/** 두 가지로 읽히는 금액입니다(예: 7억5천 — 7억 5천만원 또는 7억 5천원). */
export const MONEY_AMBIGUOUS = /* @__PURE__ */ defineIssue('MONEY_AMBIGUOUS', {
  ko: (p: MoneyAmbiguousParams) =>
    `금액을 두 가지로 읽을 수 있습니다: ${p.input} → ${groupedDigits(p.readings[0])}원 또는 ${groupedDigits(p.readings[1])}원. 단위를 모두 적어 주세요(예: 7억 5천만원, 7억 5,000원).`,
  en: (p) =>
    `The amount ${p.input} reads two ways: ${groupedDigits(p.readings[0])} won or ${groupedDigits(p.readings[1])} won; write every unit (7억 5천만원, or 7억 5,000원).`,
});
