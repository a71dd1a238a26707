/**
 * The examples of the tiering guide (docs/guides/en/tiering.md, docs/guides/ko/tiering.md).
 * Each region is shown on both pages; the assertions are the results the pages describe.
 */
import assert from 'node:assert/strict';

// #region thresholds
import { LEADING_PERCENT, POTENTIAL_PERCENT, TIER_THRESHOLDS } from 'regional-innovation-rnd/program';

assert.equal(LEADING_PERCENT, 30); // (예비)선도기업: top 30% of the industry
assert.equal(POTENTIAL_PERCENT, 50); // 잠재기업: top 30–50%
assert.equal(TIER_THRESHOLDS.provenance.confidence, 'confirmed'); // the two shares
assert.equal(TIER_THRESHOLDS.provenance.sources[0]?.date, '2025-01-24'); // the Ministry's press release

// How a rank becomes a share (rank ÷ cohort size), ties and small cohorts: the library's reading.
assert.equal(TIER_THRESHOLDS.convention.confidence, 'derived');
// #endregion thresholds

// #region cohorts
import { tierCohort } from 'regional-innovation-rnd/tiering';

// Two industries mixed in one list: each company is ranked only against its own industry.
const companies = [
  { id: 'a', industry: 'busan-silver-care-tech', score: 91 },
  { id: 'b', industry: 'daegu-digital-medical-devices', score: 70 },
  { id: 'c', industry: 'busan-silver-care-tech', score: 78 },
  { id: 'd', industry: 'busan-silver-care-tech', score: 60 },
  { id: 'e', industry: 'daegu-digital-medical-devices', score: 88 },
  { id: 'f', industry: 'busan-silver-care-tech', score: 55 },
];
const ranked = tierCohort(companies, { score: 'score', cohort: 'industry' });

// One result per company, in input order; a higher score is better.
assert.deepEqual(
  ranked.map((r) => [r.item.id, r.cohort, r.rank, r.cohortSize, r.topPercent, r.tier]),
  [
    ['a', 'busan-silver-care-tech', 1, 4, 25, 'leading'],
    ['b', 'daegu-digital-medical-devices', 2, 2, 100, 'none'],
    ['c', 'busan-silver-care-tech', 2, 4, 50, 'potential'],
    ['d', 'busan-silver-care-tech', 3, 4, 75, 'none'],
    ['e', 'daegu-digital-medical-devices', 1, 2, 50, 'potential'],
    ['f', 'busan-silver-care-tech', 4, 4, 100, 'none'],
  ],
);
assert.equal(ranked[0]?.item, companies[0]); // the item itself, not a copy

// The score and the cohort may also be functions of the item (and its index).
const nested = [
  { name: '가', profile: { industryId: 'x' }, evaluation: { total: 72 } },
  { name: '나', profile: { industryId: 'x' }, evaluation: { total: 81 } },
];
const byFunction = tierCohort(nested, {
  score: (company) => company.evaluation.total, // your score: the program's formula is not public
  cohort: (company) => company.profile.industryId,
});
assert.deepEqual(
  byFunction.map((r) => r.rank),
  [2, 1],
);

// Without a cohort, every item is in one cohort, whose key is ''.
assert.deepEqual(
  tierCohort([{ score: 9 }, { score: 5 }], { score: 'score' }).map((r) => [r.cohort, r.rank]),
  [
    ['', 1],
    ['', 2],
  ],
);
// #endregion cohorts

// #region ties
import type { TiePolicy } from 'regional-innovation-rnd/tiering';

// One industry of ten companies; c and d tie at 85, on places 3 and 4 — across the 30% line.
const cohort = [95, 90, 85, 85, 80, 75, 70, 65, 60, 55].map((score, i) => ({
  id: 'abcdefghij'.charAt(i),
  score,
}));
const under = (ties: TiePolicy) => tierCohort(cohort, { score: 'score', ties });

// 'min' (the default): tied companies share the best place they cover.
const min = under('min');
assert.deepEqual(
  min.map((r) => r.rank),
  [1, 2, 3, 3, 5, 6, 7, 8, 9, 10],
);
assert.deepEqual(
  min.map((r) => r.tier),
  ['leading', 'leading', 'leading', 'leading', 'potential', 'none', 'none', 'none', 'none', 'none'],
);

// 'max': tied companies share the worst place they cover.
const max = under('max');
assert.deepEqual(
  max.map((r) => r.rank),
  [1, 2, 4, 4, 5, 6, 7, 8, 9, 10],
);
assert.deepEqual(
  max.map((r) => r.tier),
  ['leading', 'leading', 'potential', 'potential', 'potential', 'none', 'none', 'none', 'none', 'none'],
);

// 'average': tied companies share the mean of the places they cover.
const average = under('average');
assert.deepEqual(
  average.map((r) => r.rank),
  [1, 2, 3.5, 3.5, 5, 6, 7, 8, 9, 10],
);
assert.deepEqual(
  average.map((r) => r.tier),
  ['leading', 'leading', 'potential', 'potential', 'potential', 'none', 'none', 'none', 'none', 'none'],
);

// The tied pair, side by side: rank, top share and tier of c under each policy.
assert.deepEqual(
  [min, max, average].map((results) => [results[2]?.rank, results[2]?.topPercent, results[2]?.tier]),
  [
    [3, 30, 'leading'],
    [4, 40, 'potential'],
    [3.5, 35, 'potential'],
  ],
);
// How many companies are leading: 'min' lets the tie take 4 of 10 (40%) into the top tier.
const leadingCount = (results: typeof min) => results.filter((r) => r.tier === 'leading').length;
assert.deepEqual([leadingCount(min), leadingCount(max), leadingCount(average)], [4, 2, 2]);
// #endregion ties

// #region boundaries
import { tierOf } from 'regional-innovation-rnd/tiering';

// The top share is rank ÷ cohort size, compared exactly: 3 of 10 is exactly 30%.
assert.equal(tierOf(3, 10), 'leading');
assert.equal(tierOf(4, 10), 'potential');
assert.equal(tierOf(5, 10), 'potential'); // exactly 50%
assert.equal(tierOf(6, 10), 'none');

// Large cohorts are just as exact: 300 of 1,000 is 30%, 301 is not.
assert.equal(tierOf(300, 1000), 'leading');
assert.equal(tierOf(301, 1000), 'potential');

// 33.3% of 1,000 is exactly 333 — the percent is read as the decimal you wrote.
assert.equal(tierOf(333, 1000, { leadingPercent: 33.3 }), 'leading');
assert.equal(tierOf(334, 1000, { leadingPercent: 33.3 }), 'potential');

// By default small cohorts get no special rule: the percent is applied as written.
assert.equal(tierOf(1, 1), 'none'); // alone in its industry: top 100%
assert.equal(tierOf(1, 2), 'potential'); // top 50%
assert.equal(tierOf(1, 3), 'potential'); // top 33.3%, above 30%
assert.equal(tierOf(1, 4), 'leading'); // top 25%: the smallest cohort with a leading company
// #endregion boundaries

// #region small-cohorts
import type { SmallCohortPolicy } from 'regional-innovation-rnd/tiering';

// Five industries of 1, 2, 3, 4 and 10 companies, all scores distinct.
const sizes = [1, 2, 3, 4, 10];
const industries = sizes.flatMap((size) =>
  Array.from({ length: size }, (_, i) => ({ industry: `size-${String(size)}`, score: 100 - i })),
);
// For each industry: its size, and how many companies are leading, potential and none.
const countsBySize = (smallCohorts: SmallCohortPolicy) => {
  const results = tierCohort(industries, { score: 'score', cohort: 'industry', smallCohorts });
  return sizes.map((size) => {
    const tiers = results.filter((r) => r.cohortSize === size).map((r) => r.tier);
    const count = (tier: string) => tiers.filter((t) => t === tier).length;
    return [size, count('leading'), count('potential'), count('none')];
  });
};

// 'literal' (the default): rank ÷ size ≤ share, whatever the size.
assert.deepEqual(countsBySize('literal'), [
  [1, 0, 0, 1], // 1 ÷ 1 = 100%: none
  [2, 0, 1, 1], // 1 ÷ 2 = 50%: potential
  [3, 0, 1, 2], // 1 ÷ 3 = 33.3% > 30%: potential
  [4, 1, 1, 2], // 1 ÷ 4 = 25%: the smallest cohort with a leading company
  [10, 3, 2, 5],
]);

// 'at-least-one': every tier with a share of its own covers at least one place.
assert.deepEqual(countsBySize('at-least-one'), [
  [1, 1, 0, 0], // rank 1 is always leading; no place is left for potential
  [2, 1, 1, 0],
  [3, 1, 1, 1],
  [4, 1, 1, 2], // from 4 on, the shares already give both tiers places: nothing changes
  [10, 3, 2, 5],
]);

// The same rule for a single rank.
assert.equal(tierOf(1, 3, { smallCohorts: 'at-least-one' }), 'leading');
assert.equal(tierOf(2, 3, { smallCohorts: 'at-least-one' }), 'potential');
assert.equal(tierOf(3, 3, { smallCohorts: 'at-least-one' }), 'none');

// The minimum counts places, not companies, and ties keep their policy. Two companies tie at the
// top of a cohort of three: with 'min' both take place 1 and are leading; with 'max' (rank 2) and
// 'average' (rank 1.5) the tie does not fit in the one leading place, so neither is leading.
const tiedTrio = [{ score: 90 }, { score: 90 }, { score: 70 }];
const tiedUnder = (ties: TiePolicy) =>
  tierCohort(tiedTrio, { score: 'score', ties, smallCohorts: 'at-least-one' }).map((r) => [r.rank, r.tier]);
assert.deepEqual(tiedUnder('min'), [
  [1, 'leading'],
  [1, 'leading'],
  [3, 'none'],
]);
assert.deepEqual(tiedUnder('max'), [
  [2, 'potential'],
  [2, 'potential'],
  [3, 'none'],
]);
assert.deepEqual(tiedUnder('average'), [
  [1.5, 'potential'],
  [1.5, 'potential'],
  [3, 'none'],
]);
// #endregion small-cohorts

// #region custom-thresholds
import type { TierThresholds } from 'regional-innovation-rnd/tiering';

// Your own thresholds, for a what-if or a call with other figures: top 20% and top 40%.
const stricter: TierThresholds = { leadingPercent: 20, potentialPercent: 40 };
assert.deepEqual(
  tierCohort(cohort, { score: 'score', ...stricter }).map((r) => r.tier),
  ['leading', 'leading', 'potential', 'potential', 'none', 'none', 'none', 'none', 'none', 'none'],
);
assert.equal(tierOf(2, 10, stricter), 'leading');
assert.equal(tierOf(5, 10, stricter), 'none');
// #endregion custom-thresholds

// #region explain
import { explainTier } from 'regional-innovation-rnd/tiering';

// Company c, tied on places 3–4 in the ties example, under 'min' and under 'average'.
const [, , cMin] = min;
const [, , cAverage] = average;
const [, , , , , , , , , jMin] = min;
assert.ok(cMin && cAverage && jMin);

// Korean by default; English on request. The same numbers in both.
assert.equal(explainTier(cMin).message, '10개 중 3위 → 상위 30% → (예비)선도기업 (상위 30% 이내)');
assert.equal(explainTier(cAverage).message, '10개 중 3.5위 → 상위 35% → 잠재기업 (상위 30%~50%)');
assert.equal(explainTier(jMin).message, '10개 중 10위 → 상위 100% → 해당 없음 (상위 50% 밖)');
assert.equal(
  explainTier(cAverage, { locale: 'en' }).message,
  'Rank 3.5 of 10 → top 35% → potential company (잠재기업, top 30–50%)',
);

// The rule applied, with its source and confidence, the library's convention it also rests on,
// and the numbers behind the sentence.
const explanation = explainTier(cMin, { locale: 'en' });
assert.equal(explanation.rule.id, 'tiering.percentile');
assert.equal(explanation.rule.confidence, 'confirmed');
assert.equal(explanation.rule.sources[0]?.publisher, '중소벤처기업부');
assert.equal(explanation.convention.id, 'tiering.convention');
assert.equal(explanation.convention.confidence, 'derived');
assert.deepEqual(explanation.params, {
  rank: 3,
  cohortSize: 10,
  topPercent: 30,
  tier: 'leading',
  leadingPercent: 30,
  potentialPercent: 50,
});

// Tiered with other thresholds? Explain with the same ones.
const [, , cStrict] = tierCohort(cohort, { score: 'score', ...stricter });
assert.ok(cStrict);
assert.equal(explainTier(cStrict, stricter).message, '10개 중 3위 → 상위 30% → 잠재기업 (상위 20%~40%)');

// Likewise for the small-cohort policy. Where 'at-least-one' widens a tier, the sentence names the
// share the tier covers in that cohort, so that it stays true: 1 of 3 is the top 33.33%.
const pair = tierCohort([{ score: 90 }, { score: 70 }], { score: 'score', smallCohorts: 'at-least-one' });
assert.deepEqual(
  pair.map((r) => explainTier(r, { smallCohorts: 'at-least-one' }).message),
  [
    '2개 중 1위 → 상위 50% → (예비)선도기업 (상위 50% 이내)',
    '2개 중 2위 → 상위 100% → 잠재기업 (상위 50%~100%)',
  ],
);
assert.equal(
  explainTier({ rank: 1, cohortSize: 3, tier: 'leading' }, { smallCohorts: 'at-least-one', locale: 'en' })
    .message,
  'Rank 1 of 3 → top 33.33% → leading company ((예비)선도기업, top 33.33%)',
);
// #endregion explain

// #region errors
import { isRulesError } from 'regional-innovation-rnd/rules';

// A score that is not a finite number: the first bad item is named, with its index and cohort.
assert.throws(
  () =>
    tierCohort(
      [
        { id: 'a', industry: 'x', score: 80 },
        { id: 'b', industry: 'y', score: Number.NaN },
        { id: 'c', industry: 'y', score: Number.POSITIVE_INFINITY },
      ],
      { score: 'score', cohort: 'industry' },
    ),
  (error) =>
    isRulesError(error, 'TIERING_INVALID_SCORE') &&
    error.params.index === 1 &&
    error.params.cohort === 'y' &&
    error.params.input === 'NaN',
);

// A cohort key that is not a string, in data typed more loosely than it is.
const rows = JSON.parse('[{ "industry": "x", "score": 80 }, { "industry": null, "score": 70 }]') as {
  industry: string;
  score: number;
}[];
assert.throws(
  () => tierCohort(rows, { score: 'score', cohort: 'industry' }),
  (error) => isRulesError(error, 'TIERING_INVALID_COHORT') && error.params.index === 1,
);

// A tie policy, threshold or accessor that is not one the library knows.
assert.throws(
  () => tierCohort(cohort, { score: 'score', ties: 'dense' as never }),
  (error) => isRulesError(error, 'OPTIONS_INVALID') && error.params.option === 'ties',
);
assert.throws(
  () => tierCohort(cohort, { score: 'score', leadingPercent: 0 }),
  (error) => isRulesError(error, 'OPTIONS_INVALID') && error.params.option === 'leadingPercent',
);
assert.throws(
  () => tierCohort(cohort, { score: 'score', smallCohorts: 'at_least_one' as never }),
  (error) =>
    isRulesError(error, 'OPTIONS_INVALID') &&
    error.params.option === 'smallCohorts' &&
    error.params.expected === "'literal' | 'at-least-one'",
);

// An explanation never contradicts its assignment: explaining a 20/40 result with 30/50 throws.
assert.throws(
  () => explainTier(cStrict),
  (error) => isRulesError(error, 'OPTIONS_INVALID') && error.params.option === 'tier',
);

// -0 and 0 are the same score, and tie; no items give no results.
assert.deepEqual(
  tierCohort([{ score: -0 }, { score: 0 }, { score: -1 }], { score: 'score' }).map((r) => r.rank),
  [1, 1, 3],
);
assert.deepEqual(tierCohort<{ score: number }>([], { score: 'score' }), []);
// #endregion errors
