// What the program's look-ups take as an argument, up to which bound, and where their errors point.
import { describe, expect, it } from 'vitest';
import { getEdition, isApplicationOpen, toInstant } from 'regional-innovation-rnd/program';
import { caughtRulesError } from '../support/errors';

describe('toInstant: bounds and paths', () => {
  it('points at the input as a whole when no path is given', () => {
    const error = caughtRulesError(() => toInstant('2025-03-04'));
    expect(error?.code).toBe('DATE_INVALID');
    expect(error?.path).toEqual([]);
  });

  it('takes a string of 64 characters, spaces included, and refuses one of 65', () => {
    const text = '2025-03-04T18:00:00+09:00';
    const padded = text.padStart(64, ' ');
    expect(padded).toHaveLength(64);
    expect(toInstant(padded)).toBe(toInstant(text));
    expect(caughtRulesError(() => toInstant(` ${padded}`))?.code).toBe('DATE_INVALID');
  });

  it('takes both ends of the Date range and nothing beyond', () => {
    expect(toInstant(8.64e15)).toBe(8.64e15);
    expect(toInstant(-8.64e15)).toBe(-8.64e15);
    expect(caughtRulesError(() => toInstant(8.64e15 + 1))?.code).toBe('DATE_INVALID');
    expect(caughtRulesError(() => toInstant(-8.64e15 - 1))?.code).toBe('DATE_INVALID');
  });
});

describe('getEdition: what counts as an id', () => {
  it('points at the input as a whole when no path is given', () => {
    const error = caughtRulesError(() => getEdition('2024' as never));
    expect(error?.code).toBe('EDITION_UNKNOWN');
    expect(error?.path).toEqual([]);
  });

  it('reads only an integer number as an id, not anything that prints as one', () => {
    expect(getEdition(2026)).toBe(getEdition('2026'));
    for (const id of [['2026'], { toString: () => '2026' }, new String('2026')]) {
      expect(caughtRulesError(() => getEdition(id as never))?.code).toBe('EDITION_UNKNOWN');
    }
  });
});

describe('isApplicationOpen: where an unknown edition is blamed', () => {
  it('points an unknown edition at the edition argument', () => {
    const error = caughtRulesError(() => isApplicationOpen('2024' as never, '2025-03-04T18:00:00+09:00'));
    expect(error?.code).toBe('EDITION_UNKNOWN');
    expect(error?.path).toEqual(['edition']);
  });
});
