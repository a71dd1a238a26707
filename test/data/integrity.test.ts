import { describe, expect, it } from 'vitest';
import { EDITIONS, EDITION_IDS, PROGRAM } from 'regional-innovation-rnd/program';
import { FUTURE_INDUSTRIES, KEY_INDUSTRIES, KEY_LIST_EVIDENCE } from 'regional-innovation-rnd/industries';
import { REGIONS, REGION_EVENTS } from 'regional-innovation-rnd/regions';
import * as schemas from './schemas';

const DATA = {
  PROGRAM,
  EDITIONS,
  REGIONS,
  REGION_EVENTS,
  FUTURE_INDUSTRIES,
  KEY_INDUSTRIES,
  KEY_LIST_EVIDENCE,
} as const;

/** Every object reachable from a value, with its path. */
function* walk(value: unknown, path: string): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}.${key}`);
}

describe('rule data: schemas (zod, in tests only)', () => {
  it('PROGRAM matches its schema', () => {
    expect(schemas.program.safeParse(PROGRAM).error?.issues ?? []).toEqual([]);
  });
  it.each(EDITION_IDS)('EDITIONS[%s] matches its schema', (id) => {
    expect(schemas.edition.safeParse(EDITIONS[id]).error?.issues ?? []).toEqual([]);
  });
  it('every industry matches its schema, with one region for a key industry', () => {
    for (const item of [...FUTURE_INDUSTRIES, ...KEY_INDUSTRIES]) {
      expect(schemas.industry.safeParse(item).error?.issues ?? [], item.id).toEqual([]);
    }
    for (const item of KEY_INDUSTRIES) expect(item.regions).toHaveLength(1);
    expect(FUTURE_INDUSTRIES).toHaveLength(19);
  });
  it('every region and region event matches its schema', () => {
    for (const region of REGIONS) expect(schemas.region.safeParse(region).error?.issues ?? []).toEqual([]);
    for (const event of REGION_EVENTS)
      expect(schemas.regionEvent.safeParse(event).error?.issues ?? []).toEqual([]);
  });
});

describe('rule data: provenance', () => {
  it.each(Object.keys(DATA))('%s: every evidence record has a source and a confidence', (name) => {
    let count = 0;
    for (const [path, node] of walk(DATA[name as keyof typeof DATA], name)) {
      if (!('confidence' in node)) continue;
      count += 1;
      expect(schemas.evidence.safeParse(node).success, path).toBe(true);
    }
    expect(count).toBeGreaterThan(0);
  });

  it('every track, cost-sharing row and requirement carries evidence for each of its values', () => {
    for (const id of EDITION_IDS) {
      for (const track of Object.values(EDITIONS[id].tracks)) {
        expect(Object.keys(track.provenance).sort()).toEqual(
          ['applicantTier', 'grantCovers', 'maxGrantPerYear', 'maxGrantTotal', 'maxYears'].sort(),
        );
      }
    }
  });
});

describe('rule data: dates and codes', () => {
  it('application windows open before they close, ascend by edition and do not overlap', () => {
    let previousClose = Number.NEGATIVE_INFINITY;
    for (const id of EDITION_IDS) {
      const { opens, closes } = EDITIONS[id].applicationWindow;
      expect(Date.parse(opens)).toBeLessThan(Date.parse(closes));
      expect(Date.parse(opens)).toBeGreaterThan(previousClose);
      expect(opens.startsWith(id)).toBe(true);
      previousClose = Date.parse(closes);
    }
  });

  it('the program timeline ascends and editions are announced before their windows open', () => {
    const dates = PROGRAM.timeline.map((entry) => entry.date);
    expect([...dates].sort()).toEqual(dates);
    for (const id of EDITION_IDS) {
      expect(EDITIONS[id].call.announced < EDITIONS[id].applicationWindow.opens.slice(0, 10)).toBe(true);
    }
  });

  it('region legacy codes end before the current code starts; events come after the 2026 window', () => {
    for (const region of REGIONS) {
      for (const legacy of region.legacyCodes) expect(legacy.until < (region.validFrom ?? '')).toBe(true);
    }
    for (const event of REGION_EVENTS) {
      expect(event.effective > EDITIONS['2026'].applicationWindow.closes.slice(0, 10)).toBe(true);
    }
  });

  it('codes and ids are unique', () => {
    const industryIds = [...FUTURE_INDUSTRIES, ...KEY_INDUSTRIES].map((item) => item.id);
    expect(new Set(industryIds).size).toBe(industryIds.length);
    const codes = REGIONS.flatMap((r) => [r.code, ...r.legacyCodes.map((l) => l.code)]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const id of EDITION_IDS) {
      const ruleIds = Object.values(EDITIONS[id].tracks).flatMap((t) =>
        t.consortium.requirements.map((r) => r.id),
      );
      expect(new Set(ruleIds).size).toBe(ruleIds.length);
    }
  });
});

describe('rule data: deeply frozen', () => {
  it.each(Object.keys(DATA))('%s: every reachable object is frozen', (name) => {
    for (const [path, node] of walk(DATA[name as keyof typeof DATA], name)) {
      expect(Object.isFrozen(node), path).toBe(true);
    }
  });

  it('a write throws in strict mode', () => {
    expect(() => {
      (EDITIONS['2025'].tracks['supply-chain'] as { maxGrantPerYear: number }).maxGrantPerYear = 1;
    }).toThrow(TypeError);
    expect(() => {
      (EDITIONS['2026'].costSharing.sme.provenance.sources[0] as { title: string }).title = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (PROGRAM.legalBases as unknown[]).push({});
    }).toThrow(TypeError);
    expect(EDITIONS['2025'].tracks['supply-chain'].maxGrantPerYear).toBe(700_000_000);
  });
});
