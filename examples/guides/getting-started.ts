// Getting started: a first tour of the package (docs/guides/en/getting-started.md and its Korean twin).
import assert from 'node:assert/strict';

// #region imports
// Everything from the root entry point…
import * as rnd from 'regional-innovation-rnd';
// …or only what you use, from the subpaths, for smaller bundles.
import { getEdition, isApplicationOpen, editionFor, EDITION_IDS } from 'regional-innovation-rnd/program';
import { parseKRW, formatKRW } from 'regional-innovation-rnd/money';
import { tierCohort, explainTier } from 'regional-innovation-rnd/tiering';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { isNonCapitalRegion } from 'regional-innovation-rnd/regions';
import { isRulesError } from 'regional-innovation-rnd/rules';

// The root exports what every subpath exports.
assert.deepEqual(rnd.EDITION_IDS, EDITION_IDS);
// #endregion imports

// #region edition
const edition = getEdition('2026');
const track = edition.tracks['supply-chain'];

assert.equal(track.maxGrantPerYear, 700_000_000); // 7억원 a year
assert.equal(track.maxYears, 2);
assert.equal(track.maxGrantTotal, 1_400_000_000); // 14억원 in all
assert.equal(track.applicantTier, 'leading'); // (예비)선도기업
assert.equal(edition.tracks.capability.maxGrantPerYear, 200_000_000);

// Every value says where it comes from and how sure the library is of it.
assert.equal(track.provenance.maxGrantPerYear.confidence, 'confirmed');
assert.equal(track.provenance.maxGrantPerYear.sources[0]?.date, '2026-01-29');
// #endregion edition

// #region window
// Both ends of the window are inclusive, to the millisecond (KST).
assert.equal(edition.applicationWindow.closes, '2026-03-03T18:00:00.000+09:00');
assert.equal(isApplicationOpen('2026', '2026-03-03T18:00:00.000+09:00'), true);
assert.equal(isApplicationOpen('2026', '2026-03-03T18:00:00.001+09:00'), false);
assert.equal(isApplicationOpen('2026', '2026-02-10T23:59:59.999+09:00'), false);

// Which call belongs to an instant: the calendar year in Korea.
assert.equal(editionFor('2025-12-31T15:00:00.000Z')?.id, '2026'); // already 2026 in Seoul
assert.equal(editionFor('2024-06-01T00:00:00.000+09:00'), undefined); // no call that year
// #endregion window

// #region money
assert.equal(parseKRW('7억원'), 700_000_000);
assert.equal(parseKRW('2억 5,000만원'), 250_000_000);
assert.equal(parseKRW('1조 445억원'), 1_044_500_000_000);
assert.equal(parseKRW('700,000,000'), 700_000_000);

assert.equal(formatKRW(1_400_000_000), '14억원');
assert.equal(formatKRW(250_000_000), '2억 5,000만원');
assert.equal(formatKRW(250_000_000, { style: 'digits' }), '250,000,000원');
// #endregion money

// #region tiering
// Scores come from you (how the program scores companies is not public); higher is better.
const companies = [
  { id: 'a', industry: 'busan-silver-care', score: 91 },
  { id: 'b', industry: 'busan-silver-care', score: 78 },
  { id: 'c', industry: 'busan-silver-care', score: 78 },
  { id: 'd', industry: 'busan-silver-care', score: 60 },
];
const ranked = tierCohort(companies, { score: 'score', cohort: 'industry' }); // ties: 'min' by default

assert.deepEqual(
  ranked.map((r) => [r.item.id, r.rank, r.tier]),
  [
    ['a', 1, 'leading'], // top 25% → (예비)선도기업
    ['b', 2, 'potential'], // top 50% → 잠재기업
    ['c', 2, 'potential'],
    ['d', 4, 'none'],
  ],
);
const [first] = ranked;
assert.ok(first);
assert.equal(explainTier(first).message, '4개 중 1위 → 상위 25% → (예비)선도기업 (상위 30% 이내)');
// #endregion tiering

// #region grant-plan
const plan = checkGrantPlan({
  edition: '2026',
  track: 'capability',
  years: [
    {
      participants: [
        // Money in any form: numbers, '1억 5천만원', '5,000,000'.
        { id: 'me', kind: 'sme', publicFunding: '1억 5천만원', cash: '5백만원', inKind: 45_000_000 },
      ],
    },
  ],
});

assert.equal(plan.ok, true); // from here on, TypeScript knows plan.value is there
assert.equal(plan.value.total.publicShare, '0.75'); // exactly the SME limit of 75%
assert.equal(plan.value.years[0]?.headroom.publicFunding, 50_000_000); // left under 2억원 a year
assert.equal(plan.value.total.headroom.publicFunding, 250_000_000); // left under 4억원 in all
// #endregion grant-plan

// #region grant-plan-issues
const tooMuch = checkGrantPlan({
  edition: '2026',
  track: 'capability',
  years: [
    {
      participants: [
        { id: 'me', kind: 'sme', publicFunding: '2억 1천만원', cash: '5백만원', inKind: 45_000_000 },
      ],
    },
  ],
});

// Not an exception: every broken rule, with where, the numbers and the rule applied.
assert.equal(tooMuch.ok, false);
assert.deepEqual(
  tooMuch.issues.map((issue) => issue.code),
  ['GRANT_PUBLIC_SHARE_EXCEEDED', 'GRANT_YEAR_CAP_EXCEEDED'],
);
const yearCap = tooMuch.issues[1];
assert.ok(yearCap);
assert.deepEqual(yearCap.path, ['years', 0]);
assert.deepEqual(yearCap.params, { year: 1, limit: 200_000_000, actual: 210_000_000 });
assert.equal(yearCap.rule.id, 'grants.cap.per-year');
assert.equal(yearCap.rule.confidence, 'confirmed');
assert.equal(
  yearCap.message,
  '1차년도 정부지원연구개발비(국비·지방비) 210,000,000원이 연간 한도 200,000,000원을 넘습니다.',
);
// A well-formed plan that breaks a rule still comes with its summary.
assert.equal(tooMuch.summary?.years[0]?.headroom.publicFunding, -10_000_000);
// #endregion grant-plan-issues

// #region eligibility
const assessment = assessEligibility(
  { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading', rndIntensity: 0.05 },
  { edition: '2026', track: 'supply-chain' },
);

// In 2026, R&D intensity ≥ 5% stands in for the sales rule, whose thresholds are not public.
// Every stated rule passes; the requirements our sources do not state are still to check.
assert.equal(assessment.outcome, 'undetermined');
assert.deepEqual(
  assessment.findings.map((finding) => [finding.rule.id, finding.status]),
  [
    ['eligibility.sme', 'pass'],
    ['eligibility.non-capital-region', 'pass'],
    ['eligibility.key-industry', 'pass'],
    ['eligibility.tier', 'pass'],
    ['eligibility.sales', 'pass'],
    ['eligibility.employees', 'unknown'], // the call's requirements our sources do not state
    ['eligibility.research-institute', 'unknown'],
    ['eligibility.location', 'unknown'],
    ['eligibility.participation-restriction', 'unknown'],
    ['eligibility.tax-arrears', 'unknown'],
    ['eligibility.double-funding', 'unknown'],
    ['eligibility.ktop', 'unknown'], // recorded as information, never counted
  ],
);
// `needs` says what would decide them. Checked in the call's notice, they are attested.
const attest = Object.fromEntries(
  assessment.needs
    .filter((need) => need.startsWith('attest.'))
    .map((need) => [need.slice('attest.'.length), true]),
);
assert.equal(
  assessEligibility(
    { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading', rndIntensity: 0.05 },
    { edition: '2026', track: 'supply-chain', attest },
  ).outcome,
  'eligible',
);

// Without the R&D intensity, the library does not guess a sales threshold.
const withoutIntensity = assessEligibility(
  { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'leading' },
  { edition: '2026', track: 'supply-chain' },
);
assert.equal(withoutIntensity.outcome, 'undetermined');
// #endregion eligibility

// #region errors
// Programmer errors throw a RulesError with a stable code, a path, params and both languages.
let caught: unknown;
try {
  isNonCapitalRegion('서을'); // a typo: the library refuses rather than guesses
} catch (error) {
  caught = error;
}
assert.ok(isRulesError(caught, 'REGION_UNKNOWN'));
assert.equal(caught.params.input, '"서을"');
assert.equal(
  caught.messages.en,
  'Unknown region "서을"; give a region (시·도) by its name (Busan, 부산, 부산광역시) or its code (26).',
);

// An edition the library does not know, an instant without an offset: the same kind of error.
assert.throws(
  // @ts-expect-error -- TypeScript refuses an id that is not an edition; from JavaScript it throws
  () => getEdition('2024'),
  (error) => isRulesError(error, 'EDITION_UNKNOWN') && error.params.known.join() === '2025,2026',
);
assert.throws(
  () => isApplicationOpen('2026', '2026-03-03T18:00:00'),
  (error) => isRulesError(error, 'DATE_INVALID') && error.path.join() === 'instant',
);
// #endregion errors

// #region locale
const inEnglish = checkGrantPlan(
  {
    edition: '2026',
    track: 'capability',
    years: [{ participants: [{ id: 'me', kind: 'sme', publicFunding: '2억 1천만원', cash: 0, inKind: 0 }] }],
  },
  { locale: 'en' },
);
assert.equal(inEnglish.ok, false);
assert.equal(
  inEnglish.issues.find((issue) => issue.code === 'GRANT_YEAR_CAP_EXCEEDED')?.message,
  'Public money (정부지원연구개발비) in year 1 is 210,000,000 won, above the yearly cap of 200,000,000 won.',
);
assert.equal(
  explainTier(first, { locale: 'en' }).message,
  'Rank 1 of 4 → top 25% → leading company ((예비)선도기업, top 30%)',
);
// #endregion locale
