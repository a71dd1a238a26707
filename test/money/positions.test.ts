import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMessage } from 'regional-innovation-rnd/locales';
import { parseKRW } from 'regional-innovation-rnd/money';
import { describeInput, isRulesError, type IssueParamsByCode } from 'regional-innovation-rnd/rules';

type Params = IssueParamsByCode['MONEY_INVALID'];
type Expected = Params['expected'];

/** The params of the MONEY_INVALID parseKRW throws for an input. */
function paramsOf(input: unknown): Params {
  try {
    parseKRW(input);
  } catch (error) {
    if (!isRulesError(error, 'MONEY_INVALID')) throw error;
    return error.params;
  }
  throw new Error(`parseKRW(${describeInput(input)}) did not throw`);
}

const where = (input: unknown): [string, number | null, Expected] => {
  const { reason, position, expected } = paramsOf(input);
  return [reason, position, expected];
};

describe('a malformed amount says where it goes wrong and what it needed there', () => {
  it.each<[string, number, NonNullable<Expected>]>([
    // Something other than an amount where one starts, or nothing after a sign or currency mark.
    ['abc', 0, 'digit'],
    ['칠억', 0, 'digit'],
    ['+5', 0, 'digit'],
    ['.5억', 0, 'digit'],
    [',100', 0, 'digit'],
    ['원', 0, 'digit'],
    ['-', 1, 'digit'],
    ['- 5', 1, 'digit'],
    ['--5', 1, 'digit'],
    ['₩', 1, 'digit'],
    ['KRW ', 4, 'digit'],
    // After a unit, a digit (or a smaller unit) must come.
    ['7억x', 2, 'digit'],
    ['7억 abc', 3, 'digit'],
    // After a number, a unit (or the end).
    ['7 억', 1, 'unit'],
    ['1 000', 1, 'unit'],
    ['5e3', 1, 'unit'],
    ['0x10', 1, 'unit'],
    ['1.5.5', 3, 'unit'],
    ['700 ₩', 3, 'unit'],
    // Thousands commas.
    ['7,00', 4, 'digit'],
    ['1,', 2, 'digit'],
    ['1,23,456', 4, 'digit'],
    ['1,,000', 2, 'digit'],
    ['1,2345', 5, 'comma-group'],
    ['1234,567', 4, 'comma-group'],
    ['0,123', 1, 'comma-group'],
    // Decimal points.
    ['5.', 2, 'digit'],
    ['5.억', 2, 'digit'],
    // Units out of order or repeated.
    ['1억억', 2, 'smaller-unit'],
    ['만만', 1, 'smaller-unit'],
    ['1만 1억', 4, 'smaller-unit'],
    ['5백3천', 3, 'smaller-unit'],
    ['1천2천만', 3, 'smaller-unit'],
    ['1억 0경', 4, 'smaller-unit'],
    // A number too large for its place.
    ['1억 12,000만', 3, 'smaller-number'],
    ['3만 15000', 3, 'smaller-number'],
    ['2천5000만', 2, 'smaller-number'],
    ['0억 99999만', 3, 'smaller-number'],
    // Anything after the end of the amount.
    ['7억원원', 3, 'end'],
    ['7원억', 2, 'end'],
    ['7억원 5천', 4, 'end'],
    ['₩700원', 4, 'end'],
    ['700원 KRW', 5, 'end'],
  ])('%j: at %d, %s', (input, position, expected) => {
    expect(where(input)).toEqual(['syntax', position, expected]);
  });

  it.each<[string, string, number, NonNullable<Expected>]>([
    ['leading whitespace', '  abc', 2, 'digit'],
    ['a leading ideographic space', '\u3000 1억억', 4, 'smaller-unit'],
    ['whitespace before 원 alone', '  원 ', 2, 'digit'],
    ['decomposed (NFD) Hangul', '1억억'.normalize('NFD'), 4, 'smaller-unit'],
    ['decomposed units without a number', '만만'.normalize('NFD'), 3, 'smaller-unit'],
    ['full-width digits', '１억억', 2, 'smaller-unit'],
    ['a full-width number that stops too early', '７，', 2, 'digit'],
    ['decomposed Hangul that stops too early', '7억 1,'.normalize('NFD'), 7, 'digit'],
  ])('counts %s in the string as given: %j at %d', (_, input, position, expected) => {
    expect(input.length).toBeGreaterThanOrEqual(position);
    expect(where(input)).toEqual(['syntax', position, expected]);
  });

  it.each<[string, string, number]>([
    // The minus sign of a negative amount.
    ['-5', 'negative', 0],
    ['  -7억', 'negative', 2],
    ['₩-5,000', 'negative', 1],
    ['-1.5', 'negative', 0],
    // The first digit below one won.
    ['1.5', 'fractional', 2],
    ['1.05', 'fractional', 2],
    ['0.00001만', 'fractional', 6],
    ['1억 0.5', 'fractional', 5],
    ['１．５', 'fractional', 2],
    // The first number of an amount past MAX_SAFE_INTEGER.
    ['9007199254740992', 'unsafe', 0],
    ['  9,007조 1,992억 5,474만 992원', 'unsafe', 2],
    ['₩1경', 'unsafe', 1],
    [`1${'0'.repeat(100_000)}`, 'unsafe', 0],
  ])('%j, well formed but %s, points at %d and expects nothing', (input, reason, position) => {
    expect(where(input)).toEqual([reason, position, null]);
  });

  it.each<[string, unknown, string]>([
    ['a blank string', '   ', 'empty'],
    ['an empty string', '', 'empty'],
    ['a negative number', -5, 'negative'],
    ['a fraction', 1.5, 'fractional'],
    ['NaN', Number.NaN, 'not-finite'],
    ['an unsafe bigint', 2n ** 53n, 'unsafe'],
    ['null', null, 'type'],
    ['an object', { won: 5 }, 'type'],
    ['a fractional Decimal', new Decimal('1.5'), 'fractional'],
    ['a negative Decimal', new Decimal('-5'), 'negative'],
    ['a huge Decimal', new Decimal('1e30'), 'unsafe'],
  ])('gives %s no position and no expectation', (_, input, reason) => {
    expect(where(input)).toEqual([reason, null, null]);
  });
});

describe('the messages of a malformed amount', () => {
  const EXPECTED = ['digit', 'unit', 'smaller-unit', 'smaller-number', 'comma-group', 'end'] as const;
  const params = (position: number | null, expected: Expected): Params => ({
    input: '"1억억"',
    reason: 'syntax',
    position,
    expected,
  });

  it('word every expectation differently, in Korean without the ids', () => {
    for (const locale of ['ko', 'en'] as const) {
      const texts = EXPECTED.map((expected) => formatMessage('MONEY_INVALID', params(2, expected), locale));
      expect(new Set(texts).size).toBe(EXPECTED.length);
    }
    for (const expected of EXPECTED) {
      const ko = formatMessage('MONEY_INVALID', params(2, expected), 'ko');
      expect(ko).not.toMatch(/[A-Za-z]/u);
    }
  });

  it('say after how many characters it goes wrong, or that it is at the start', () => {
    expect(formatMessage('MONEY_INVALID', params(2, 'smaller-unit'), 'ko')).toContain('2번째 글자 다음');
    expect(formatMessage('MONEY_INVALID', params(2, 'smaller-unit'), 'en')).toContain('after 2 characters');
    expect(formatMessage('MONEY_INVALID', params(1, 'unit'), 'en')).toContain('after 1 character:');
    expect(formatMessage('MONEY_INVALID', params(0, 'digit'), 'ko')).toContain('맨 앞');
    expect(formatMessage('MONEY_INVALID', params(0, 'digit'), 'en')).toContain('at the start');
  });

  it('leave the place out when nothing was expected there, or there is no place', () => {
    const plain = { input: '"1.5"', reason: 'fractional' } as const;
    for (const locale of ['ko', 'en'] as const) {
      const without = formatMessage('MONEY_INVALID', { ...plain, position: null, expected: null }, locale);
      expect(formatMessage('MONEY_INVALID', { ...plain, position: 2, expected: null }, locale)).toBe(without);
      expect(without).not.toMatch(/2|\(/u);
    }
  });

  it('are what parseKRW throws, in both languages', () => {
    try {
      parseKRW('1억억');
    } catch (error) {
      if (!isRulesError(error, 'MONEY_INVALID')) throw error;
      expect(error.params).toEqual({
        input: '"1억억"',
        reason: 'syntax',
        position: 2,
        expected: 'smaller-unit',
      });
      expect(error.messages.ko).toBe(formatMessage('MONEY_INVALID', error.params, 'ko'));
      expect(error.messages.en).toBe(formatMessage('MONEY_INVALID', error.params, 'en'));
    }
    expect.assertions(3);
  });
});
