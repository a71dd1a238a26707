// withIndustries: the industries a caller adds, the base catalogue it extends and its options —
// what it keeps, completes and refuses.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOGUE,
  withIndustries,
  type Industry,
  type IndustryCatalogue,
  type IndustryInput,
} from 'regional-innovation-rnd/industries';
import { rulesError } from '../../src/rules/issues/build';
import { REGION_UNKNOWN } from '../../src/rules/issues/regions';
import { caughtRulesError } from '../support/errors';
import { ROBOTS } from '../support/industries';

/** The one industry `withIndustries` adds to the default catalogue. */
function added(input: Record<string, unknown>): Industry {
  const catalogue = withIndustries([input as unknown as IndustryInput]);
  const industry = catalogue.industries[catalogue.industries.length - 1];
  if (industry === undefined) throw new Error('nothing was added');
  return industry;
}

describe('withIndustries: the industries it adds', () => {
  it('takes each of the three confidences', () => {
    for (const confidence of ['confirmed', 'reported', 'derived'] as const) {
      expect(added({ ...ROBOTS, confidence }).provenance.confidence).toBe(confidence);
    }
  });

  it('refuses a 미래신산업 with no region', () => {
    const error = caughtRulesError(() => withIndustries([{ ...ROBOTS, kind: 'future', regions: [] }]));
    expect(error?.code).toBe('INDUSTRY_INVALID');
    expect(error?.path).toEqual([0, 'regions']);
    expect(error?.params).toMatchObject({ reason: 'shape' });
  });

  it('gives an industry without aliases an empty alias list', () => {
    expect(added({ ...ROBOTS }).aliases).toEqual([]);
  });

  it('keeps only the optional source fields that were given', () => {
    const bare = { title: 'Plan', publisher: 'Ministry', date: '2025-01-01' };
    const full = { ...bare, url: 'https://example.org', locator: 'p. 3', note: 'table 2' };
    const [first, second] = added({ ...ROBOTS, sources: [bare, full] }).provenance.sources;
    expect(Object.keys(first ?? {}).sort()).toEqual(['date', 'publisher', 'title']);
    expect(second).toStrictEqual(full);
  });

  it('takes an id of exactly 100 characters and refuses one of 101', () => {
    const id = 'a'.repeat(100);
    expect(added({ ...ROBOTS, id }).id).toBe(id);
    const error = caughtRulesError(() => withIndustries([{ ...ROBOTS, id: `${id}b` }]));
    expect(error?.code).toBe('INDUSTRY_INVALID');
    expect(error?.path).toEqual([0, 'id']);
  });
});

describe('withIndustries: the base catalogue', () => {
  const refusedBase = (base: unknown) => caughtRulesError(() => withIndustries([], base as never));

  it('refuses a base whose keyListComplete is not an object', () => {
    for (const keyListComplete of [5, 'x', null, undefined, []]) {
      const error = refusedBase({ industries: [], keyListComplete });
      expect(error?.code).toBe('OPTIONS_INVALID');
      expect(error?.params).toMatchObject({ option: 'base' });
      expect(error?.path).toEqual([]);
    }
  });

  it('refuses a base whose industries are not an array, even an iterable string', () => {
    for (const industries of ['ab', 5, {}, undefined]) {
      const error = refusedBase({ industries, keyListComplete: {} });
      expect(error?.code).toBe('OPTIONS_INVALID');
      expect(error?.params).toMatchObject({ option: 'base' });
    }
  });

  it('refuses a base that cannot be read, as a whole (empty path)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      get industries(): never {
        throw new Error('no');
      },
      keyListComplete: {},
    };
    for (const base of [proxy, throwing]) {
      const error = refusedBase(base);
      expect(error?.code).toBe('OPTIONS_INVALID');
      expect(error?.params).toMatchObject({ option: 'base' });
      expect(error?.path).toEqual([]);
    }
  });

  it('passes on a RulesError raised while the base is read, unchanged', () => {
    const raised = rulesError(REGION_UNKNOWN, { input: '"서을"' });
    const base = {
      get industries(): never {
        throw raised;
      },
      keyListComplete: {},
    };
    expect(refusedBase(base)).toBe(raised);
  });

  it('blocks the id a base industry gives when its ids are collected, not the one it first showed', () => {
    // A base industry whose id changes between reads: a string when checked, then a number.
    let reads = 0;
    const shifty = {
      get id(): unknown {
        reads += 1;
        return reads === 1 ? 'busan-shifty' : 42;
      },
    };
    const base = { industries: [shifty], keyListComplete: {} } as unknown as IndustryCatalogue;
    const catalogue = withIndustries([{ ...ROBOTS, id: 'busan-shifty' }], base);
    expect(catalogue.industries.map((industry) => industry.id)).toContain('busan-shifty');
  });
});

describe('withIndustries: the options', () => {
  it('refuses options that cannot be read, as a whole (empty path)', () => {
    const options = {
      get keyListComplete(): never {
        throw new Error('no');
      },
    };
    const error = caughtRulesError(() => withIndustries([], DEFAULT_CATALOGUE, options));
    expect(error?.code).toBe('OPTIONS_INVALID');
    expect(error?.params).toMatchObject({ option: 'options' });
    expect(error?.path).toEqual([]);
  });
});
