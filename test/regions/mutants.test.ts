import { describe, expect, it } from 'vitest';
import { getRegion } from 'regional-innovation-rnd/regions';

describe('getRegion: long strings', () => {
  it('reads a name padded to 100 characters', () => {
    const padded = `부산${' '.repeat(98)}`;
    expect(padded).toHaveLength(100);
    expect(getRegion(padded)?.code).toBe('26');
  });

  it('refuses anything longer than 100 characters, even a name with spaces around it', () => {
    const padded = `부산${' '.repeat(99)}`;
    expect(padded).toHaveLength(101);
    expect(getRegion(padded)).toBeUndefined();
  });
});
