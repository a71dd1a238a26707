import { describe, expect, it } from 'vitest';
import { parseKRW } from 'regional-innovation-rnd/money';
import { invalidReason } from '../support/money';

describe('amounts as spreadsheets and forms write them', () => {
  it.each<[string, number]>([
    // A currency sign or code before the amount, with or without a space.
    ['₩700,000,000', 700_000_000],
    ['₩ 700,000,000', 700_000_000],
    ['￦700,000,000', 700_000_000],
    ['KRW 700,000,000', 700_000_000],
    ['KRW700,000,000', 700_000_000],
    ['₩7억', 700_000_000],
    ['KRW 1조 445억', 1_044_500_000_000],
    ['₩0', 0],
    // 원 or KRW after it, with or without a space.
    ['700,000,000 KRW', 700_000_000],
    ['700,000,000KRW', 700_000_000],
    ['7억 KRW', 700_000_000],
    ['700,000,000 원', 700_000_000],
    ['700,000,000\u00a0원', 700_000_000],
    // Full-width digits, commas, points and letters read as ASCII.
    ['７억', 700_000_000],
    ['７００，０００，０００', 700_000_000],
    ['７００，０００，０００원', 700_000_000],
    ['１．５억', 150_000_000],
    ['１억　２천만원', 120_000_000],
    ['ＫＲＷ ７억', 700_000_000],
    ['１２３', 123],
    // Any Unicode space around the amount and after a unit: NBSP, U+3000, U+FEFF.
    ['\u00a0700,000,000\u00a0', 700_000_000],
    ['\u3000700,000,000\u3000', 700_000_000],
    ['\ufeff700,000,000', 700_000_000],
    ['  7억\u00a05천만원  ', 750_000_000],
    // Minus zero is zero, with the sign before or after the currency mark.
    ['-₩0', 0],
    ['₩-0', 0],
  ])('reads %j as %d', (input, won) => {
    expect(parseKRW(input)).toBe(won);
  });

  it('reads decomposed (NFD) Hangul after a currency sign, and before KRW', () => {
    expect(parseKRW('₩1억 2천만'.normalize('NFD'))).toBe(120_000_000);
    expect(parseKRW('1억 2천만 KRW'.normalize('NFD'))).toBe(120_000_000);
    expect(parseKRW('１억 ２천만원'.normalize('NFD'))).toBe(120_000_000);
  });

  it.each<[string, string]>([
    // One currency mark per amount.
    ['₩700원', 'syntax'],
    ['₩₩700', 'syntax'],
    ['KRW 700 KRW', 'syntax'],
    ['KRW 7억원', 'syntax'],
    ['700원 KRW', 'syntax'],
    // Other currencies, lower-case codes, a currency mark in the wrong place.
    ['$700', 'syntax'],
    ['krw 700', 'syntax'],
    ['700 ₩', 'syntax'],
    ['7억 ₩', 'syntax'],
    // Full-width forms follow the same grammar.
    ['７ 억', 'syntax'],
    ['（５）', 'syntax'],
    ['①억', 'syntax'],
    ['－5', 'negative'],
    ['１．５', 'fractional'],
    // Signs and currency marks.
    ['-₩5,000', 'negative'],
    ['₩-5,000', 'negative'],
    ['₩ -5,000', 'negative'],
    ['-₩-5,000', 'syntax'],
    ['- ₩5,000', 'syntax'],
    ['KRW', 'syntax'],
    ['₩', 'syntax'],
    ['₩ ', 'syntax'],
  ])('refuses %j as %s', (input, reason) => {
    expect(invalidReason(input)).toBe(reason);
  });
});
