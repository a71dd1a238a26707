import { describe, expect, it } from 'vitest';
import { type FormatKRWOptions, formatKRW } from 'regional-innovation-rnd/money';
import { describeInput, isRulesError, type IssueCode } from '../../src/rules/index';

/** Runs formatKRW where it must throw and returns the error's code and params. */
function refusal(action: () => unknown): { code: IssueCode; params: Record<string, unknown> } {
  try {
    action();
  } catch (error) {
    if (!isRulesError(error)) throw error;
    const { input } = error.params as { input: string };
    expect(error.messages.ko).toContain(input);
    expect(error.messages.en).toContain(input);
    return { code: error.code, params: { ...error.params } };
  }
  throw new Error('formatKRW did not throw');
}

describe('formatKRW', () => {
  it.each<[number | bigint, string, string]>([
    [0, '0원', '0원'],
    [-0, '0원', '0원'],
    [1, '1원', '1원'],
    [999, '999원', '999원'],
    [5_000, '5,000원', '5,000원'],
    [9_999, '9,999원', '9,999원'],
    [10_000, '1만원', '10,000원'],
    [35_000, '3만 5,000원', '35,000원'],
    [100_000_000, '1억원', '100,000,000원'],
    [120_000_000, '1억 2,000만원', '120,000,000원'],
    [100_000_001, '1억 1원', '100,000,001원'],
    [123_456_789, '1억 2,345만 6,789원', '123,456,789원'],
    [700_000_000, '7억원', '700,000,000원'],
    [1_000_000_000_000, '1조원', '1,000,000,000,000원'],
    [1_000_000_010_000, '1조 1만원', '1,000,000,010,000원'],
    [1_044_500_000_000, '1조 445억원', '1,044,500,000,000원'],
    [Number.MAX_SAFE_INTEGER, '9,007조 1,992억 5,474만 991원', '9,007,199,254,740,991원'],
    // Next to 2^53, with every group at its largest below it.
    [9_007_199_254_739_999, '9,007조 1,992억 5,473만 9,999원', '9,007,199,254,739,999원'],
    [5_000n, '5,000원', '5,000원'],
    [BigInt(Number.MAX_SAFE_INTEGER), '9,007조 1,992억 5,474만 991원', '9,007,199,254,740,991원'],
  ])('writes %s as %j and %j', (won, korean, digits) => {
    expect(formatKRW(won)).toBe(korean);
    expect(formatKRW(won, {})).toBe(korean);
    expect(formatKRW(won, { style: 'korean' })).toBe(korean);
    expect(formatKRW(won, { style: 'digits' })).toBe(digits);
  });

  it('treats an explicit undefined style as the default', () => {
    const options = { style: undefined } as unknown as FormatKRWOptions;
    expect(formatKRW(700_000_000, options)).toBe('7억원');
  });

  it.each<[string, unknown, string]>([
    ['NaN', Number.NaN, 'not-finite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not-finite'],
    ['a negative number', -5, 'negative'],
    ['a negative bigint', -5n, 'negative'],
    ['a fraction', 1.5, 'fractional'],
    ['MAX_SAFE_INTEGER + 1', Number.MAX_SAFE_INTEGER + 1, 'unsafe'],
    ['2n ** 53n', 2n ** 53n, 'unsafe'],
    ['a string', '7억원', 'type'],
    ['null', null, 'type'],
    ['undefined', undefined, 'type'],
  ])('refuses %s as MONEY_INVALID', (_, won, reason) => {
    for (const style of ['korean', 'digits'] as const) {
      expect(refusal(() => formatKRW(won as number, { style }))).toEqual({
        code: 'MONEY_INVALID',
        params: { input: describeInput(won), reason, position: null, expected: null },
      });
    }
  });

  it.each<[string, unknown]>([
    ['an unknown style', 'hangul'],
    ['a style of the wrong case', 'Korean'],
    ['a style of the wrong type', 1],
    ['a null style', null],
  ])('refuses %s as OPTIONS_INVALID, before looking at the amount', (_, style) => {
    const options = { style } as unknown as FormatKRWOptions;
    const expected = {
      code: 'OPTIONS_INVALID',
      params: { option: 'style', input: describeInput(style), expected: "'korean' | 'digits'" },
    };
    expect(refusal(() => formatKRW(5_000, options))).toEqual(expected);
    expect(refusal(() => formatKRW(-5, options))).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'digits'],
  ])('refuses options that are %s as OPTIONS_INVALID', (_, options) => {
    const error = refusal(() => formatKRW(5_000, options as FormatKRWOptions));
    expect(error.code).toBe('OPTIONS_INVALID');
    expect(error.params).toMatchObject({ option: 'options', input: describeInput(options) });
  });
});
