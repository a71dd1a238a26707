import { describe, expect, it } from 'vitest';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { formatKRW, parseKRW } from 'regional-innovation-rnd/money';
import { describeInput, isRulesError } from 'regional-innovation-rnd/rules';
import { invalidReason } from '../support/money';

const MAX = Number.MAX_SAFE_INTEGER;

/** The two readings parseKRW reports for an ambiguous amount, checking the rest of the error. */
function readings(input: string): readonly [number, number] {
  try {
    parseKRW(input);
  } catch (error) {
    if (!isRulesError(error, 'MONEY_AMBIGUOUS')) throw error;
    expect(error.path).toEqual([]);
    expect(error.params.input).toBe(describeInput(input));
    return error.params.readings;
  }
  throw new Error(`parseKRW(${describeInput(input)}) did not throw`);
}

describe('a bare 천, 백 or 십 after 억, 조 or 경 that no 만 closes reads two ways', () => {
  it.each<[string, number, number]>([
    // input, colloquial (the group a unit lower: 만 after 억, 억 after 조), literal
    ['7억5천', 750_000_000, 700_005_000],
    ['7억 5천', 750_000_000, 700_005_000],
    ['7억 5천원', 750_000_000, 700_005_000],
    ['7억 5천 원', 750_000_000, 700_005_000],
    ['7억 천', 710_000_000, 700_001_000],
    ['7억5천5백', 755_000_000, 700_005_500],
    ['7억 5천500', 755_000_000, 700_005_500],
    ['3억5백', 305_000_000, 300_000_500],
    ['2억2십', 200_200_000, 200_000_020],
    ['1.5억 3천', 180_000_000, 150_003_000],
    ['7억 1.5천', 715_000_000, 700_001_500],
    ['1조 5천', 1_500_000_000_000, 1_000_000_005_000],
    ['1조 2억 5천', 1_000_250_000_000, 1_000_200_005_000],
    ['0경 5천', 5_000_000_000_000_000, 5_000],
    ['₩7억5천', 750_000_000, 700_005_000],
    ['KRW 7억 5천', 750_000_000, 700_005_000],
    ['７억５천', 750_000_000, 700_005_000],
  ])('%j: %d or %d', (input, colloquial, literal) => {
    expect(readings(input)).toEqual([colloquial, literal]);
  });

  it('reads decomposed (NFD) Hangul the same way', () => {
    expect(readings('7억5천'.normalize('NFD'))).toEqual([750_000_000, 700_005_000]);
  });
});

describe('bare digits after 억 or 조, without 원, read two ways', () => {
  it.each<[string, number, number]>([
    ['2억 5,000', 250_000_000, 200_005_000],
    ['2억 5000', 250_000_000, 200_005_000],
    ['2억 500', 205_000_000, 200_000_500],
    ['2억 1', 200_010_000, 200_000_001],
    ['1억 9,999', 199_990_000, 100_009_999],
    ['1조 5,000', 1_500_000_000_000, 1_000_000_005_000],
    ['₩2억 5,000', 250_000_000, 200_005_000],
  ])('%j: %d or %d', (input, colloquial, literal) => {
    expect(readings(input)).toEqual([colloquial, literal]);
  });
});

describe('amounts that read one way only', () => {
  it.each<[string, number]>([
    // 만 closes the group.
    ['7억5천만', 750_000_000],
    ['7억 5천만원', 750_000_000],
    ['2억 5,000만', 250_000_000],
    ['1조5천억', 1_500_000_000_000],
    ['1조 5천억 3천만', 1_500_030_000_000],
    // Digits followed by 원 or KRW count won, as formatKRW writes them.
    ['7억 5,000원', 700_005_000],
    ['7억 5,000 원', 700_005_000],
    ['2억 5,000 KRW', 200_005_000],
    ['1조 5,000원', 1_000_000_005_000],
    // After 만 a 천 is literal; with no larger unit before it, too.
    ['5만5천', 55_000],
    ['1억 2만 5천', 100_025_000],
    ['1억 2만 5천원', 100_025_000],
    ['5천', 5_000],
    ['5천5백', 5_500],
    ['3백', 300],
    ['2십', 20],
    ['5000', 5_000],
    // Both readings are the same amount.
    ['2억 0', 200_000_000],
    ['1억 0천', 100_000_000],
    // The reading a unit lower does not fit below the unit before it: 12천만 is 1억 2천만.
    ['7억 12천', 700_012_000],
    ['1억 50000', 100_050_000],
    ['1억 10,000', 100_010_000],
  ])('%j is %d', (input, won) => {
    expect(parseKRW(input)).toBe(won);
  });

  it('reads the literal amount when the reading a unit lower is past MAX_SAFE_INTEGER', () => {
    // 9,007조 1,992억 is 9,007,199,200,000,000, below 2^53 − 1; 9,007조 1,993억 is above.
    expect(readings('9,007조 1,992')).toEqual([9_007_199_200_000_000, 9_007_000_000_001_992]);
    expect(parseKRW('9,007조 1,993')).toBe(9_007_000_000_001_993);
    expect(readings('9,007조 1천')).toEqual([9_007_100_000_000_000, 9_007_000_000_001_000]);
    expect(parseKRW('9,007조 2천')).toBe(9_007_000_000_002_000);
  });

  it('reads back every amount formatKRW writes, whatever its groups', () => {
    for (const won of [
      700_005_000,
      200_000_500,
      1_000_000_005_000,
      100_000_001,
      MAX,
      9_007_000_000_001_993,
    ]) {
      expect(parseKRW(formatKRW(won))).toBe(won);
    }
  });
});

describe('what comes before ambiguity', () => {
  it.each([
    ['-7억5천', 'negative'],
    ['-2억 5,000', 'negative'],
    ['1억 0.5', 'fractional'],
    ['1억억 5천', 'syntax'],
    ['7 억5천', 'syntax'],
  ])('refuses %j as MONEY_INVALID %s', (input, reason) => {
    expect(invalidReason(input)).toBe(reason);
  });

  it('writes both readings, with thousands separators, in both messages', () => {
    try {
      parseKRW('7억5천');
    } catch (error) {
      if (!isRulesError(error, 'MONEY_AMBIGUOUS')) throw error;
      for (const text of [error.messages.ko, error.messages.en]) {
        expect(text).toContain('750,000,000');
        expect(text).toContain('700,005,000');
        expect(text).toContain('"7억5천"');
      }
    }
    expect.assertions(6);
  });
});

describe('validators that read money', () => {
  it('report an ambiguous amount as MONEY_AMBIGUOUS at its path, with both readings', () => {
    const result = checkGrantPlan({
      edition: '2026',
      track: 'supply-chain',
      years: [{ participants: [{ id: 'a', kind: 'sme', publicFunding: '3억5천', cash: 0, inKind: '1억' }] }],
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      [
        'MONEY_AMBIGUOUS',
        ['years', 0, 'participants', 0, 'publicFunding'],
        { input: '"3억5천"', readings: [350_000_000, 300_005_000] },
      ],
    ]);
  });
});
