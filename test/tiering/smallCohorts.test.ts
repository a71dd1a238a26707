import { group, rank as d3rank } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtRulesError as caught } from '../support/errors';
import { TIER_THRESHOLDS } from 'regional-innovation-rnd/program';
import {
  explainTier,
  tierCohort,
  tierOf,
  type SmallCohortPolicy,
  type TiePolicy,
  type TierThresholds,
} from 'regional-innovation-rnd/tiering';
import { bruteForceRanks, tierByTheWords } from './oracles';

const POLICIES: readonly TiePolicy[] = ['min', 'max', 'average'];
const atLeastOne = { smallCohorts: 'at-least-one' } as const;

/** Every rank a cohort of `size` can give: 1, 1.5, 2, …, size. */
const ranksOf = (size: number): number[] => Array.from({ length: 2 * size - 1 }, (_, i) => 1 + i / 2);

describe("smallCohorts: 'literal' (the default)", () => {
  it('leaves cohorts of 1–3 without a leading company and a cohort of 1 without any tier', () => {
    expect([tierOf(1, 1), tierOf(1, 2), tierOf(2, 2), tierOf(1, 3), tierOf(2, 3)]).toEqual([
      'none',
      'potential',
      'none',
      'potential',
      'none',
    ]);
    expect(tierOf(1, 4)).toBe('leading');
  });

  it('is what no option, undefined and an explicit literal all give', () => {
    for (let size = 1; size <= 40; size += 1) {
      for (const rank of ranksOf(size)) {
        const expected = tierOf(rank, size);
        expect(tierOf(rank, size, { smallCohorts: 'literal' })).toBe(expected);
        // A JavaScript caller may spell the default as undefined.
        expect(tierOf(rank, size, { smallCohorts: undefined } as unknown as TierThresholds)).toBe(expected);
      }
    }
  });
});

describe("smallCohorts: 'at-least-one'", () => {
  it.each([
    [1, 1, 'leading'],
    [1, 2, 'leading'],
    [2, 2, 'potential'],
    [1.5, 2, 'potential'],
    [1, 3, 'leading'],
    [1.5, 3, 'potential'],
    [2, 3, 'potential'],
    [2.5, 3, 'none'],
    [3, 3, 'none'],
    [1, 4, 'leading'],
    [2, 4, 'potential'],
    [3, 4, 'none'],
    [3, 10, 'leading'],
    [4, 10, 'potential'],
    [5, 10, 'potential'],
    [6, 10, 'none'],
  ])('rank %d of %d → %s', (rank, size, tier) => {
    expect(tierOf(rank, size, atLeastOne)).toBe(tier);
  });

  it('gives cohorts of 1, 2, 3, 4 and 10 (distinct scores) 1/0/0, 1/1/0, 1/1/1, 1/1/2 and 3/2/5 places', () => {
    const items = [1, 2, 3, 4, 10].flatMap((size) =>
      Array.from({ length: size }, (_, i) => ({ cohort: String(size), score: -i })),
    );
    const results = tierCohort(items, { score: 'score', cohort: 'cohort', ...atLeastOne });
    const counts = [1, 2, 3, 4, 10].map((size) => {
      const tiers = results.filter((r) => r.cohortSize === size).map((r) => r.tier);
      return (['leading', 'potential', 'none'] as const).map((t) => tiers.filter((x) => x === t).length);
    });
    expect(counts).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 1],
      [1, 1, 2],
      [3, 2, 5],
    ]);
  });

  it('counts places, not companies: a tie at the top of three keeps its policy', () => {
    const trio = [{ s: 9 }, { s: 9 }, { s: 1 }];
    const under = (ties: TiePolicy) =>
      tierCohort(trio, { score: 's', ties, ...atLeastOne }).map((r) => [r.rank, r.tier]);
    expect(under('min')).toEqual([
      [1, 'leading'],
      [1, 'leading'],
      [3, 'none'],
    ]);
    expect(under('max')).toEqual([
      [2, 'potential'],
      [2, 'potential'],
      [3, 'none'],
    ]);
    expect(under('average')).toEqual([
      [1.5, 'potential'],
      [1.5, 'potential'],
      [3, 'none'],
    ]);
  });

  it('gives potential no place when its share is no larger than the leading one', () => {
    const equal = { leadingPercent: 30, potentialPercent: 30, ...atLeastOne };
    expect([tierOf(1, 3, equal), tierOf(2, 3, equal), tierOf(1, 2, equal), tierOf(2, 2, equal)]).toEqual([
      'leading',
      'none',
      'leading',
      'none',
    ]);
    // One millionth of a percent more, and potential has a share of its own: it gets place 2.
    expect(tierOf(2, 3, { ...equal, potentialPercent: 30.000001 })).toBe('potential');
  });

  it('leaves no place for potential once leading covers the whole cohort', () => {
    const all = { leadingPercent: 100, potentialPercent: 100, ...atLeastOne };
    expect([1, 2, 3].map((rank) => tierOf(rank, 3, all))).toEqual(['leading', 'leading', 'leading']);
    // A cohort of one has one place, and it goes to leading, whatever potential's share.
    expect(tierOf(1, 1, { leadingPercent: 0.1, potentialPercent: 100, ...atLeastOne })).toBe('leading');
  });

  it('decides exactly on both sides of one place in a cohort of millions', () => {
    const tiny = { leadingPercent: 1e-5, potentialPercent: 2e-5 };
    // 10,000,000 × 0.00001% is exactly one place, and 0.00002% exactly two: nothing to widen.
    for (const options of [tiny, { ...tiny, ...atLeastOne }]) {
      expect([1, 1.5, 2, 2.5].map((rank) => tierOf(rank, 10_000_000, options))).toEqual([
        'leading',
        'potential',
        'potential',
        'none',
      ]);
    }
    // One company fewer: 0.99999 and 1.99999 places. Literally no leading place, and potential
    // reaches rank 1.5 only; at least one gives leading place 1 and potential place 2.
    expect([1, 1.5, 2, 2.5].map((rank) => tierOf(rank, 9_999_999, tiny))).toEqual([
      'potential',
      'potential',
      'none',
      'none',
    ]);
    expect([1, 1.5, 2, 2.5].map((rank) => tierOf(rank, 9_999_999, { ...tiny, ...atLeastOne }))).toEqual([
      'leading',
      'potential',
      'potential',
      'none',
    ]);
  });

  it('changes nothing with 30% and 50% from four companies on, for every rank', () => {
    // From four on, 30% of the cohort is more than one company, so the policy's floor never applies:
    // every size up to 200 and a few larger ones, every rank of each.
    const sizes = [...Array.from({ length: 197 }, (_, i) => i + 4), 997, 998, 999, 1_000];
    for (const size of sizes) {
      for (const rank of ranksOf(size)) {
        if (tierOf(rank, size, atLeastOne) !== tierOf(rank, size)) {
          expect.fail(`rank ${String(rank)} of ${String(size)}`);
        }
      }
    }
  });
});

// Shares in tenths of a percent, so that the oracle can read them exactly: 1 … 1000 is 0.1% … 100%.
const sharesArb = fc
  .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
  .map(([a, b]) => ({ leadingTenths: Math.min(a, b), potentialTenths: Math.max(a, b) }));
const optionsOf = (
  shares: { leadingTenths: number; potentialTenths: number },
  smallCohorts: SmallCohortPolicy,
) => ({
  leadingPercent: shares.leadingTenths / 10,
  potentialPercent: shares.potentialTenths / 10,
  smallCohorts,
});
const rankAndSizeArb = fc.integer({ min: 1, max: 60 }).chain((size) =>
  fc.tuple(
    fc.integer({ min: 2, max: 2 * size }).map((twice) => twice / 2),
    fc.constant(size),
  ),
);
const tierOrder = { leading: 0, potential: 1, none: 2 } as const;

describe('small-cohort policies against an independent oracle', () => {
  it.each(['literal', 'at-least-one'] as const)(
    "tierOf agrees with the rule's words in bigints under '%s', for any shares and half ranks",
    (smallCohorts) => {
      fc.assert(
        fc.property(rankAndSizeArb, sharesArb, ([rank, size], shares) => {
          expect(tierOf(rank, size, optionsOf(shares, smallCohorts))).toBe(
            tierByTheWords(rank, size, { ...shares, atLeastOne: smallCohorts === 'at-least-one' }),
          );
        }),
        { numRuns: 2_000 },
      );
    },
  );

  it("tierCohort agrees with d3-array's grouping and ranks ('min') and the oracle's tiers", () => {
    interface Entry {
      readonly item: { readonly cohort: string; readonly score: number };
      readonly index: number;
    }
    const itemsArb = fc.array(
      fc.record({ cohort: fc.constantFrom('a', 'b', 'c', 'd'), score: fc.integer({ min: 0, max: 4 }) }),
      { maxLength: 24 },
    );
    fc.assert(
      fc.property(itemsArb, sharesArb, (items, shares) => {
        const results = tierCohort(items, {
          score: 'score',
          cohort: 'cohort',
          ...optionsOf(shares, 'at-least-one'),
        });
        const byCohort = group(
          items.map((item, index) => ({ item, index })),
          (entry) => entry.item.cohort,
        );
        const expected: string[] = [];
        for (const entries of byCohort.values()) {
          const ranks = d3rank(entries, (a: Entry, b: Entry) => b.item.score - a.item.score);
          entries.forEach((entry, k) => {
            expected[entry.index] = tierByTheWords((ranks[k] as number) + 1, entries.length, {
              ...shares,
              atLeastOne: true,
            });
          });
        }
        expect(results.map((r) => r.tier)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it.each(POLICIES)("tierCohort agrees with brute-force ranks and the oracle for '%s'", (ties) => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
        sharesArb,
        (scores, shares) => {
          const results = tierCohort(scores, { score: (s) => s, ties, ...optionsOf(shares, 'at-least-one') });
          expect(results.map((r) => r.tier)).toEqual(
            bruteForceRanks(scores, ties).map((rank) =>
              tierByTheWords(rank, scores.length, { ...shares, atLeastOne: true }),
            ),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('small-cohort properties', () => {
  it('with distinct scores, leading has max(1, ⌊L·n/100⌋) companies and potential at least one if it can', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (size, leading, extra) => {
          const potential = Math.min(100, leading + extra);
          const results = tierCohort(
            Array.from({ length: size }, (_, i) => i),
            { score: (s) => s, leadingPercent: leading, potentialPercent: potential, ...atLeastOne },
          );
          const count = (tier: string) => results.filter((r) => r.tier === tier).length;
          const places = Math.max(1, Math.floor((leading * size) / 100));
          const literalPotential = Math.floor((potential * size) / 100) - places;
          expect(count('leading')).toBe(places);
          expect(count('potential')).toBe(
            potential > leading && places < size
              ? Math.max(1, literalPotential)
              : Math.max(0, literalPotential),
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('never gives a worse tier than the literal rule, and rank 1 is always leading', () => {
    fc.assert(
      fc.property(rankAndSizeArb, sharesArb, ([rank, size], shares) => {
        const widened = tierOf(rank, size, optionsOf(shares, 'at-least-one'));
        const literal = tierOf(rank, size, optionsOf(shares, 'literal'));
        expect(tierOrder[widened]).toBeLessThanOrEqual(tierOrder[literal]);
        expect(tierOf(1, size, optionsOf(shares, 'at-least-one'))).toBe('leading');
      }),
      { numRuns: 2_000 },
    );
  });

  it('changes nothing where the literal rule already gives each tier a place of its own', () => {
    fc.assert(
      fc.property(rankAndSizeArb, sharesArb, ([rank, size], shares) => {
        const leadingPlaces = Math.floor((shares.leadingTenths * size) / 1000);
        const potentialPlaces = Math.floor((shares.potentialTenths * size) / 1000) - leadingPlaces;
        fc.pre(
          leadingPlaces >= 1 && (potentialPlaces >= 1 || shares.potentialTenths === shares.leadingTenths),
        );
        expect(tierOf(rank, size, optionsOf(shares, 'at-least-one'))).toBe(
          tierOf(rank, size, optionsOf(shares, 'literal')),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('explainTier under at-least-one', () => {
  it.each([
    [1, 1, 'leading', 100, 100, '1개 중 1위 → 상위 100% → (예비)선도기업 (상위 100% 이내)'],
    [1, 2, 'leading', 50, 100, '2개 중 1위 → 상위 50% → (예비)선도기업 (상위 50% 이내)'],
    [2, 2, 'potential', 50, 100, '2개 중 2위 → 상위 100% → 잠재기업 (상위 50%~100%)'],
    [2, 3, 'potential', 100 / 3, 200 / 3, '3개 중 2위 → 상위 66.67% → 잠재기업 (상위 33.33%~66.67%)'],
    [3, 3, 'none', 100 / 3, 200 / 3, '3개 중 3위 → 상위 100% → 해당 없음 (상위 66.67% 밖)'],
    [2, 4, 'potential', 30, 50, '4개 중 2위 → 상위 50% → 잠재기업 (상위 30%~50%)'],
    [3, 10, 'leading', 30, 50, '10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)'],
  ] as const)(
    'rank %d of %d is %s, explained with the shares the tiers cover in that cohort',
    (rank, cohortSize, tier, leadingPercent, potentialPercent, message) => {
      const explanation = explainTier({ rank, cohortSize, tier }, atLeastOne);
      expect(explanation.params).toEqual({
        rank,
        cohortSize,
        topPercent: (rank * 100) / cohortSize,
        tier,
        leadingPercent,
        potentialPercent,
      });
      expect(explanation.message).toBe(message);
    },
  );

  it('widens only the tier the minimum widened, from the shares given', () => {
    // 30% of 3 is 0.9 places, widened to 1 (33.33%); 70% of 3 is 2.1, a place of its own: kept.
    expect(
      explainTier(
        { rank: 2, cohortSize: 3, tier: 'potential' },
        { leadingPercent: 30, potentialPercent: 70, ...atLeastOne },
      ).params,
    ).toMatchObject({ leadingPercent: 100 / 3, potentialPercent: 70 });
    // 20% of 5 is exactly 1 place: kept; 30% of 5 is 1.5, no place of its own: widened to 2 (40%).
    expect(
      explainTier(
        { rank: 2, cohortSize: 5, tier: 'potential' },
        { leadingPercent: 20, potentialPercent: 30, ...atLeastOne },
      ).params,
    ).toMatchObject({ leadingPercent: 20, potentialPercent: 40 });
  });

  it('refuses a literal assignment that the minimum would tier otherwise, and the other way round', () => {
    expect(
      caught(() => explainTier({ rank: 1, cohortSize: 3, tier: 'potential' }, atLeastOne))?.params,
    ).toEqual({
      option: 'tier',
      input: '"potential"',
      expected: "'leading'",
    });
    expect(caught(() => explainTier({ rank: 1, cohortSize: 3, tier: 'leading' }))?.params).toMatchObject({
      option: 'tier',
      expected: "'potential'",
    });
  });

  it('names the convention it rests on, derived, beside the confirmed shares', () => {
    for (const options of [{}, atLeastOne]) {
      const explanation = explainTier({ rank: 1, cohortSize: 1, tier: tierOf(1, 1, options) }, options);
      expect(explanation.rule.confidence).toBe('confirmed');
      expect(explanation.convention).toEqual({
        id: 'tiering.convention',
        sources: TIER_THRESHOLDS.convention.sources,
        confidence: 'derived',
      });
    }
  });
});

describe('the smallCohorts option', () => {
  // Each call gets the options object as given (tierCohort's with its score accessor added), so
  // that a getter is read by the library, not by the test.
  const calls = [
    (options: object) => tierOf(1, 3, options),
    (options: object) => tierCohort([1, 2, 3], Object.assign(options, { score: (x: number) => x })),
    (options: object) => explainTier({ rank: 1, cohortSize: 10, tier: 'leading' }, options),
  ];

  it.each([
    ['a misspelling', 'at_least_one', '"at_least_one"'],
    ['another case', 'Literal', '"Literal"'],
    ['the empty string', '', '""'],
    ['null', null, 'null'],
    ['a boolean', true, 'true'],
    ['a number', 1, '1'],
    ["'constructor'", 'constructor', '"constructor"'],
    ["'__proto__'", '__proto__', '"__proto__"'],
    ["'toString'", 'toString', '"toString"'],
  ])('refuses %s with OPTIONS_INVALID naming the option and the accepted values', (_label, value, input) => {
    for (const run of calls) {
      const error = caught(() => run({ smallCohorts: value }));
      expect([error?.code, error?.params, error?.path]).toEqual([
        'OPTIONS_INVALID',
        { option: 'smallCohorts', input, expected: "'literal' | 'at-least-one'" },
        ['smallCohorts'],
      ]);
    }
  });

  it('turns a getter that throws into OPTIONS_INVALID naming the option', () => {
    for (const run of calls) {
      const options = {
        get smallCohorts(): never {
          throw new TypeError('no');
        },
      };
      const error = caught(() => run(options));
      expect([error?.code, error?.path]).toEqual(['OPTIONS_INVALID', ['smallCohorts']]);
      expect(error?.params).toEqual({
        option: 'smallCohorts',
        input: '[object Object]',
        expected: 'an option that can be read',
      });
    }
  });

  it('reads options objects without a prototype', () => {
    const bare = () => Object.assign(Object.create(null) as object, atLeastOne);
    expect(calls.map((run) => run(bare()))).toEqual([
      'leading',
      tierCohort([1, 2, 3], { score: (x) => x, ...atLeastOne }),
      explainTier({ rank: 1, cohortSize: 10, tier: 'leading' }),
    ]);
  });
});
