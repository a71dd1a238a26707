import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseKRW } from 'regional-innovation-rnd/money';
import { describeInput, isRulesError, type MoneyInvalidReason } from '../../src/rules/index';

const HANGUL = /[\uAC00-\uD7A3]/u;

/** Runs parseKRW on an input it must refuse and returns the error's code, reason and echo. */
function refusal(input: unknown): { code: string; reason: string; input: string } {
  try {
    parseKRW(input);
  } catch (error) {
    if (!isRulesError(error, 'MONEY_INVALID')) throw error;
    // Both messages exist and echo the input; their wording is the locales' business.
    expect(error.messages.ko).toMatch(HANGUL);
    expect(error.messages.ko).toContain(error.params.input);
    expect(error.messages.en).toContain(error.params.input);
    return { code: error.code, reason: error.params.reason, input: error.params.input };
  }
  throw new Error(`parseKRW(${describeInput(input)}) did not throw`);
}

describe('parseKRW: numbers, bigints and Decimals', () => {
  it.each<[unknown, number]>([
    [0, 0],
    [-0, 0],
    [700_000_000, 700_000_000],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [0n, 0],
    [5_000n, 5_000],
    [BigInt(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    [new Decimal(0), 0],
    [new Decimal('-0'), 0],
    [new Decimal('700000000'), 700_000_000],
    [new Decimal('700000000.000'), 700_000_000],
    [new Decimal('9007199254740991'), Number.MAX_SAFE_INTEGER],
    [new Decimal('1.5e8'), 150_000_000],
  ])('reads %s as %d', (input, expected) => {
    const won = parseKRW(input);
    expect(won).toBe(expected);
    expect(Object.is(won, -0)).toBe(false);
  });

  it.each<[string, unknown, MoneyInvalidReason]>([
    ['NaN', Number.NaN, 'not-finite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not-finite'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'not-finite'],
    ['a negative number', -5, 'negative'],
    ['a negative fraction', -1.5, 'negative'],
    ['a fraction', 1.5, 'fractional'],
    ['the smallest fraction', Number.EPSILON, 'fractional'],
    ['MAX_SAFE_INTEGER + 1', Number.MAX_SAFE_INTEGER + 1, 'unsafe'],
    ['1e20', 1e20, 'unsafe'],
    ['a negative bigint', -1n, 'negative'],
    ['2n ** 53n', 2n ** 53n, 'unsafe'],
    ['a NaN Decimal', new Decimal(Number.NaN), 'not-finite'],
    ['an infinite Decimal', new Decimal(Number.POSITIVE_INFINITY), 'not-finite'],
    ['a negative Decimal', new Decimal(-5), 'negative'],
    ['a negative fractional Decimal', new Decimal('-0.5'), 'negative'],
    ['a fractional Decimal', new Decimal('1.5'), 'fractional'],
    ['a fractional Decimal below 1', new Decimal('0.5'), 'fractional'],
    ['a tiny Decimal', new Decimal('1e-9000000000000000'), 'fractional'],
    ['a Decimal one past MAX_SAFE_INTEGER', new Decimal('9007199254740992'), 'unsafe'],
    ['a large Decimal', new Decimal('1e20'), 'unsafe'],
    ['a huge Decimal', new Decimal('1e9000000000000000'), 'unsafe'],
    ['a huge negative Decimal', new Decimal('-1e9000000000000000'), 'negative'],
    ['a large Decimal with a fraction', new Decimal('10000000000000000.5'), 'fractional'],
  ])('refuses %s', (_, input, reason) => {
    expect(refusal(input)).toEqual({ code: 'MONEY_INVALID', reason, input: describeInput(input) });
  });

  it('echoes the digits of a refused Decimal', () => {
    expect(refusal(new Decimal('1.5')).input).toBe('1.5');
  });

  it('recognises a Decimal from another copy or clone of decimal.js', () => {
    const Clone = Decimal.clone({ precision: 5 });
    expect(parseKRW(new Clone('123456789'))).toBe(123_456_789);
  });

  it('leaves a Decimal input unchanged', () => {
    const amount = new Decimal('700000000');
    parseKRW(amount);
    expect(amount.toFixed()).toBe('700000000');
  });
});

describe('parseKRW: Decimal look-alikes', () => {
  const duck = (fixed: unknown, extra: object = {}): object => ({
    isInteger: () => true,
    isNegative: () => false,
    isFinite: () => true,
    toFixed: () => fixed,
    ...extra,
  });

  it('reads a look-alike by its toFixed() digits, with isNeg instead of isNegative', () => {
    expect(parseKRW(duck('5000'))).toBe(5_000);
    const withIsNeg = {
      isInteger: () => true,
      isNeg: () => false,
      isFinite: () => true,
      toFixed: () => '42',
    };
    expect(parseKRW(withIsNeg)).toBe(42);
  });

  it('reads the sign of a huge look-alike with isNeg', () => {
    const huge = { e: 30, isInteger: () => true, isNeg: () => true, isFinite: () => true, toFixed: () => '' };
    expect(refusal(huge).reason).toBe('negative');
  });

  it.each<[string, unknown]>([
    ['toFixed() is not a string', duck(5000)],
    ['toFixed() is not plain decimal notation', duck('5e3')],
    ['toFixed() writes Korean units', duck('7억')],
    [
      'toFixed() throws',
      duck('', {
        toFixed: () => {
          throw new Error('boom');
        },
      }),
    ],
    ['a method is missing', { isInteger: () => true, isFinite: () => true, toFixed: () => '1' }],
  ])('refuses a look-alike when %s, as a type error', (_, input) => {
    expect(refusal(input).reason).toBe('type');
  });

  it('refuses a revoked proxy as a type error, without a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(proxy)).toMatchObject({ code: 'MONEY_INVALID', reason: 'type' });
  });
});

describe('parseKRW: strings', () => {
  it.each<[string, number]>([
    // Plain digits, with thousands commas, with 원 and whitespace.
    ['0', 0],
    ['0원', 0],
    ['700000000', 700_000_000],
    ['700,000,000', 700_000_000],
    ['700,000,000원', 700_000_000],
    ['  700,000,000 원  ', 700_000_000],
    ['\t5,000원\n', 5_000],
    ['1,234', 1_234],
    ['999', 999],
    ['007', 7],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    ['9,007,199,254,740,991원', Number.MAX_SAFE_INTEGER],
    ['000000000000000000009007199254740991', Number.MAX_SAFE_INTEGER],
    ['123456789012345', 123_456_789_012_345],
    ['1234567890123456', 1_234_567_890_123_456],
    // Korean units.
    ['7억원', 700_000_000],
    ['7억', 700_000_000],
    ['7억 원', 700_000_000],
    ['1조 445억원', 1_044_500_000_000],
    ['1조445억', 1_044_500_000_000],
    ['5천만원', 50_000_000],
    ['1억 2천만원', 120_000_000],
    ['1억2천만원', 120_000_000],
    ['2억 5,000만원', 250_000_000],
    ['3만 5천원', 35_000],
    ['1,000만원', 10_000_000],
    ['1억 2,345만 6,789원', 123_456_789],
    ['9,007조 1,992억 5,474만 991원', Number.MAX_SAFE_INTEGER],
    ['90조 0719억 9254만 0991', 90_071_992_540_991],
    ['1조 5000만', 1_000_050_000_000],
    ['1억 5000원', 100_005_000],
    ['1만 0', 10_000],
    ['0만', 0],
    ['0경 5조', 5_000_000_000_000],
    ['1억 만', 100_010_000],
    ['1억\u30002천만', 120_000_000],
    ['1억  \t2천만', 120_000_000],
    // 천, 백 and 십 within a group, and units without a number.
    ['2천5백만', 25_000_000],
    ['2천 5백만', 25_000_000],
    ['2천500만', 25_000_000],
    ['1천2백3십4만 5천6백7십8', 12_345_678],
    ['3천억', 300_000_000_000],
    ['5천 3만', 50_030_000],
    ['12천만원', 120_000_000],
    ['만원', 10_000],
    ['천만원', 10_000_000],
    ['백만원', 1_000_000],
    ['십만원', 100_000],
    ['억', 100_000_000],
    ['조', 1_000_000_000_000],
    ['천', 1_000],
    ['십', 10],
    // Decimal points that still come to whole won.
    ['1.5억', 150_000_000],
    ['1.5억원', 150_000_000],
    ['2.5천만원', 25_000_000],
    ['1,234.5만', 12_345_000],
    ['0.5만', 5_000],
    ['1.00000001억', 100_000_001],
    ['1.000000010억', 100_000_001],
    ['1.0', 1],
    ['1.000원', 1],
    ['0.9경', 9_000_000_000_000_000],
    ['1.5억 3천만', 180_000_000],
    // Minus zero is zero.
    ['-0', 0],
    ['-0원', 0],
    ['\u22120만', 0],
  ])('reads %j as %d', (input, expected) => {
    expect(parseKRW(input)).toBe(expected);
  });

  it('reads decomposed (NFD) Hangul as composed', () => {
    for (const text of ['7억원', '1조 445억원', '1억 2천만원', '3만 5천원', '만원']) {
      const nfd = text.normalize('NFD');
      expect(nfd).not.toBe(text);
      expect(parseKRW(nfd)).toBe(parseKRW(text));
    }
  });

  it('composes a syllable and a trailing consonant given apart, as NFC does', () => {
    // 마 (U+B9C8) followed by the trailing ㄴ (U+11AB) is 만; ᄆ ᅡ ᆫ (U+1106 U+1161 U+11AB) too.
    expect(parseKRW('5\ub9c8\u11ab원')).toBe(50_000);
    expect(parseKRW('5\u1106\u1161\u11ab원')).toBe(50_000);
    // 마 alone is no unit, and a vowel alone joins nothing.
    expect(refusal('5\ub9c8원').reason).toBe('syntax');
    expect(refusal('5\u1161만').reason).toBe('syntax');
  });

  it.each<[string, MoneyInvalidReason]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\n\t', 'empty'],
    ['원', 'syntax'],
    ['  원 ', 'syntax'],
    ['abc', 'syntax'],
    ['7,00', 'syntax'],
    ['1,2345', 'syntax'],
    ['1234,567', 'syntax'],
    ['1,234,56', 'syntax'],
    ['1,', 'syntax'],
    [',100', 'syntax'],
    ['0,123', 'syntax'],
    ['1 000', 'syntax'],
    ['7 억', 'syntax'],
    ['1억억', 'syntax'],
    ['1만 1억', 'syntax'],
    ['만만', 'syntax'],
    ['1천2천만', 'syntax'],
    ['5백3천', 'syntax'],
    ['1억 12,000만', 'syntax'],
    ['3만 15000', 'syntax'],
    ['2천5000만', 'syntax'],
    ['1억 0경', 'syntax'],
    ['0억 99999만', 'syntax'],
    ['5.억', 'syntax'],
    ['5.', 'syntax'],
    ['.5억', 'syntax'],
    ['1.5.5', 'syntax'],
    ['1,000.5,5', 'syntax'],
    ['7억원원', 'syntax'],
    ['7원억', 'syntax'],
    ['₩5,000원', 'syntax'],
    ['+5', 'syntax'],
    ['5e3', 'syntax'],
    ['0x10', 'syntax'],
    ['①억', 'syntax'],
    ['칠억', 'syntax'],
    ['-', 'syntax'],
    ['- 5', 'syntax'],
    ['-abc', 'syntax'],
    ['--5', 'syntax'],
    ['-5', 'negative'],
    ['-7억', 'negative'],
    ['\u22127억', 'negative'],
    ['-1.5', 'negative'],
    ['-1경', 'negative'],
    ['1.5', 'fractional'],
    ['1.5원', 'fractional'],
    ['0.00001만', 'fractional'],
    ['1.000000001억', 'fractional'],
    ['1억 0.5', 'fractional'],
    ['99999999999999999.5', 'fractional'],
    ['9007199254740992', 'unsafe'],
    ['9,007,199,254,740,992원', 'unsafe'],
    ['9,007조 1,992억 5,474만 992원', 'unsafe'],
    ['10000조', 'unsafe'],
    ['1경', 'unsafe'],
    ['0.95경', 'unsafe'],
    [`1${'0'.repeat(100_000)}`, 'unsafe'],
  ])('refuses %j: %s', (input, reason) => {
    expect(refusal(input)).toEqual({ code: 'MONEY_INVALID', reason, input: describeInput(input) });
  });

  it('echoes a long input shortened, and leaves its NFD form as given', () => {
    const long = `${'1'.repeat(200)}억`;
    expect(refusal(long).input).toBe(describeInput(long));
    const nfd = '1억억'.normalize('NFD');
    expect(refusal(nfd).input).toBe(describeInput(nfd));
  });
});

describe('parseKRW: other types', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['true', true],
    ['false', false],
    ['an object', { won: 5 }],
    ['an array', [5]],
    ['a boxed number', Object(5)],
    ['a boxed string', Object('5')],
    ['a Date', new Date(0)],
    ['a symbol', Symbol('5')],
    ['a function', () => 5],
  ])('refuses %s as a type error', (_, input) => {
    expect(refusal(input)).toEqual({ code: 'MONEY_INVALID', reason: 'type', input: describeInput(input) });
  });
});
