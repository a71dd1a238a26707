import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedDigits } from '../../src/locales/digits';

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
