import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedDigits, percentOfRatio } from '../../src/rules/issues/text';

describe('groupedDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [700_000_001, '700,000,001'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%d → %s', (won, text) => {
    expect(groupedDigits(won)).toBe(text);
  });

  it('agrees with Intl for every safe whole number, and reads back to the number', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (won) => {
        const text = groupedDigits(won);
        expect(text).toBe(new Intl.NumberFormat('en-US').format(won));
        expect(Number(text.replaceAll(',', ''))).toBe(won);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves what is not a plain run of digits as String gives it', () => {
    expect(groupedDigits(1e21)).toBe('1e+21');
    expect(groupedDigits(-1_000)).toBe('-1000');
    expect(groupedDigits(1.5)).toBe('1.5');
    // Fraction digits are never grouped, however many there are.
    expect(groupedDigits(1234.5678)).toBe('1234.5678');
  });
});

describe('percentOfRatio: an exact ratio as the percent it means', () => {
  it.each([
    ['0.75', '75'],
    ['0.1', '10'],
    ['0.09', '9'],
    ['0.125', '12.5'],
    ['0.800000001', '80.0000001'],
    ['0.76666666666666666667', '76.666666666666666667'],
    ['0', '0'],
    ['1', '100'],
    ['1.5', '150'],
    ['0.005', '0.5'],
    ['0.00001', '0.001'],
  ])('%s → %s', (ratio, percent) => {
    expect(percentOfRatio(ratio)).toBe(percent);
  });

  it('moves the point two places, digit for digit, for any decimal', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.integer({ min: 0, max: 12 }), (units, scale) => {
        const digits = String(units).padStart(scale + 1, '0');
        const ratio = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        // units ÷ 10^scale × 100 = units ÷ 10^(scale − 2), compared as exact fractions in bigints.
        const [whole = '', fraction = ''] = percentOfRatio(ratio).split('.');
        const printed =
          BigInt(`${whole}${fraction}`) * 10n ** BigInt(Math.max(0, scale - 2 - fraction.length));
        const expected = BigInt(units) * 10n ** BigInt(Math.max(0, fraction.length + 2 - scale));
        expect(printed).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back text that is not a plain decimal', () => {
    expect(percentOfRatio('1e-7')).toBe('1e-7');
    expect(percentOfRatio('')).toBe('');
  });
});
