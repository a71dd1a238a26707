import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ExactDecimal, toDecimal } from '../../src/money/decimal';
import { isRulesError } from '../../src/rules/index';

describe('ExactDecimal', () => {
  it('has its own settings: 64 digits, half-even rounding, no exponent notation within 64 digits', () => {
    expect(ExactDecimal.precision).toBe(64);
    expect(ExactDecimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(new ExactDecimal('1e63').toString()).toBe(`1${'0'.repeat(63)}`);
    expect(new ExactDecimal('1e-63').toString()).toBe(`0.${'0'.repeat(62)}1`);
    expect(new ExactDecimal(1).div(3).toString()).toBe(`0.${'3'.repeat(64)}`);
    expect(new ExactDecimal('2.5').toDecimalPlaces(0).toString()).toBe('2');
    expect(new ExactDecimal('3.5').toDecimalPlaces(0).toString()).toBe('4');
  });

  it('leaves the global Decimal settings alone', () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(20)}`);
  });
});

describe('toDecimal', () => {
  it('turns a safe amount of won into an ExactDecimal', () => {
    const won = toDecimal(Number.MAX_SAFE_INTEGER);
    expect(won).toBeInstanceOf(ExactDecimal);
    expect(won.toString()).toBe('9007199254740991');
    expect(toDecimal(700_000_000n).times('0.75').toString()).toBe('525000000');
    expect(toDecimal(-0).isNegative()).toBe(false);
  });

  it.each<[number | bigint, string]>([
    [-5, 'negative'],
    [1.5, 'fractional'],
    [Number.NaN, 'not-finite'],
    [2n ** 53n, 'unsafe'],
  ])('refuses %s as MONEY_INVALID (%s)', (won, reason) => {
    let caught: unknown;
    try {
      toDecimal(won);
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'MONEY_INVALID') && caught.params.reason).toBe(reason);
  });
});
