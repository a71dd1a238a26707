import { describe, expect, it, vi } from 'vitest';
import type * as EditionsModule from '../../src/program/editions/index';

// The checks read every rule from the edition data. A later call that dropped the rule that the
// lead sits outside the capital region must be honoured without touching the checker: here the
// 2026 capability track is given such a rule set.
vi.mock('../../src/program/editions/index', async (importOriginal) => {
  const original = await importOriginal<typeof EditionsModule>();
  const edition = original.EDITIONS['2026'];
  const capability = edition.tracks.capability;
  const changed = {
    ...edition,
    tracks: {
      ...edition.tracks,
      capability: {
        ...capability,
        consortium: {
          ...capability.consortium,
          lead: { ...capability.consortium.lead, nonCapitalRegion: false },
        },
      },
    },
  };
  return { ...original, EDITIONS: { ...original.EDITIONS, '2026': changed } };
});

const { checkConsortium } = await import('../../src/consortium/checkConsortium');

describe('checkConsortium follows the edition data', () => {
  it('does not ask for a non-capital lead when the edition does not', () => {
    const result = checkConsortium({
      edition: '2026',
      track: 'capability',
      lead: { id: 'lead', kind: 'sme', region: '서울', tier: 'potential' },
      members: [],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.leadRegion).toBeNull();
  });

  it('still asks for it where the edition does', () => {
    const result = checkConsortium({
      edition: '2026',
      track: 'supply-chain',
      lead: { id: 'lead', kind: 'sme', region: '서울', tier: 'leading' },
      members: [
        { id: 'p', kind: 'sme' },
        { id: 'u', kind: 'university' },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['CONSORTIUM_LEAD_REGION']);
  });
});

describe('union inputs', () => {
  it('reports a region string that is too long as a size problem, not a type problem', () => {
    const result = checkConsortium({
      edition: '2026',
      track: 'capability',
      lead: { id: 'lead', kind: 'sme', region: '부'.repeat(101), tier: 'potential' },
      members: [],
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      [
        'INPUT_INVALID',
        ['lead', 'region'],
        expect.objectContaining({ problem: 'size', expected: 'at most 100' }),
      ],
    ]);
  });
});
