/**
 * The examples of the tiering guide (docs/guides/en/tiering.md, docs/guides/ko/tiering.md).
 * Each region is shown on both pages; the assertions are the results the pages describe.
 */
import assert from 'node:assert/strict';

// #region thresholds
import { LEADING_PERCENT, POTENTIAL_PERCENT, TIER_THRESHOLDS } from 'regional-innovation-rnd/program';

assert.equal(LEADING_PERCENT, 30); // (예비)선도기업: top 30% of the industry
assert.equal(POTENTIAL_PERCENT, 50); // 잠재기업: top 30–50%
assert.equal(TIER_THRESHOLDS.provenance.confidence, 'confirmed');
assert.equal(TIER_THRESHOLDS.provenance.sources[0]?.date, '2025-01-24'); // the Ministry's press release
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

// Small cohorts get no special rule: the percent is applied as written.
assert.equal(tierOf(1, 1), 'none'); // alone in its industry: top 100%
assert.equal(tierOf(1, 2), 'potential'); // top 50%
assert.equal(tierOf(1, 3), 'potential'); // top 33.3%, above 30%
assert.equal(tierOf(1, 4), 'leading'); // top 25%: the smallest cohort with a leading company
// #endregion boundaries

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
  'Rank 3.5 of 10 → top 35% → potential (잠재기업, top 30–50%)',
);

// The rule applied, with its source and confidence, and the numbers behind the sentence.
const explanation = explainTier(cMin, { locale: 'en' });
assert.equal(explanation.rule.id, 'tiering.percentile');
assert.equal(explanation.rule.confidence, 'confirmed');
assert.equal(explanation.rule.sources[0]?.publisher, '중소벤처기업부');
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
