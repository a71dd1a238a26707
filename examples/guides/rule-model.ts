// The rule model: editions, provenance, confidence and unknown (docs/guides/en/rule-model.md and its Korean twin).
import assert from 'node:assert/strict';
import {
  EDITIONS,
  EDITION_IDS,
  getEdition,
  isEditionId,
  editionFor,
  isApplicationOpen,
  toInstant,
} from 'regional-innovation-rnd/program';
import { isKeyIndustryOf } from 'regional-innovation-rnd/industries';
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkConsortium } from 'regional-innovation-rnd/consortium';
import { checkGrantPlan } from 'regional-innovation-rnd/grants';
import { tierCohort } from 'regional-innovation-rnd/tiering';
import {
  MSS_CALL_2026,
  MSS_PRESS_RELEASE_2025_01_24,
  NEWS_2026_01_29,
} from 'regional-innovation-rnd/sources';
import { isRulesError } from 'regional-innovation-rnd/rules';

// #region editions
assert.deepEqual(EDITION_IDS, ['2025', '2026']); // oldest first
assert.deepEqual(Object.keys(EDITIONS), ['2025', '2026']);
assert.equal(getEdition('2026'), EDITIONS['2026']);
assert.equal(getEdition(2026).id, '2026'); // the year as a number is read as its id

assert.equal(isEditionId('2025'), true);
assert.equal(isEditionId('2024'), false);
assert.throws(
  // @ts-expect-error -- TypeScript refuses an id that is not an edition; from JavaScript it throws
  () => getEdition('2024'),
  (error) => isRulesError(error, 'EDITION_UNKNOWN'),
);

// The data is deeply frozen: it cannot be changed by accident.
assert.equal(Object.isFrozen(getEdition('2025').tracks['supply-chain']), true);
// #endregion editions

// #region changes
// Each edition lists what changed from the previous call, by rule id.
assert.deepEqual(
  getEdition('2026').changes.map((change) => change.ruleId),
  [
    'consortium.2026.min-smes',
    'consortium.2026.min-universities',
    'eligibility.rnd-intensity',
    'consortium.capability.member-kinds',
  ],
);
assert.deepEqual(getEdition('2025').changes, []); // the first call
// #endregion changes

// #region instants
// Instants are a Date, epoch milliseconds, or ISO 8601 with an offset — never the machine's zone.
const closes = '2026-03-03T18:00:00.000+09:00';
assert.equal(toInstant(closes), Date.UTC(2026, 2, 3, 9));
assert.equal(toInstant(new Date(Date.UTC(2026, 2, 3, 9))), toInstant(closes));
assert.throws(
  () => toInstant('2026-03-03T18:00:00'),
  (error) => isRulesError(error, 'DATE_INVALID'),
);

assert.equal(isApplicationOpen('2026', closes), true);
assert.equal(isApplicationOpen('2026', toInstant(closes) + 1), false);

// editionFor reads the calendar year in Korea.
assert.equal(editionFor('2025-12-31T14:59:59.999Z')?.id, '2025');
assert.equal(editionFor('2025-12-31T15:00:00.000Z')?.id, '2026');
// #endregion instants

// #region provenance
const track = getEdition('2026').tracks['supply-chain'];
const evidence = track.provenance.maxGrantPerYear;

assert.equal(track.maxGrantPerYear, 700_000_000); // the value stays a plain number…
assert.equal(evidence.confidence, 'confirmed'); // …its evidence sits beside it
assert.deepEqual(
  evidence.sources.map((source) => [source.publisher, source.date, source.url ?? source.locator]),
  [
    ['뉴스1', '2026-01-29', 'https://www.news1.kr/amp/industry/sb-founded/6054711'],
    ['프라임경제', '2026-02', 'https://8pm.co.kr/v/351385'],
  ],
);
// #endregion provenance

// #region confidence
const edition2025 = getEdition('2025');
const edition2026 = getEdition('2026');

// confirmed: the Ministry's own text, or two independent reports agree.
assert.equal(edition2026.tiers.provenance.confidence, 'confirmed');
assert.equal(edition2026.tiers.provenance.sources[0], MSS_PRESS_RELEASE_2025_01_24);

// reported: one public report — here, the 2026 call as quoted, with a page.
const sme2026 = edition2026.costSharing.sme;
assert.equal(sme2026.maxPublicPercent, 75);
assert.equal(sme2026.provenance.confidence, 'reported');
assert.equal(sme2026.provenance.sources[0]?.locator, '붙임3, p.31');

// derived: not stated for this program; worked out, and the note says how.
assert.equal(edition2025.costSharing.sme.provenance.confidence, 'derived'); // the general national-R&D rule
assert.equal(track.grantCovers, 'public');
assert.equal(track.provenance.grantCovers.confidence, 'derived');
assert.match(track.provenance.grantCovers.note ?? '', /no source states it/u);
// #endregion confidence

// #region unknown-data
// What the sources do not state is null in the data, never a guess.
const { salesRule } = edition2026.eligibility;
assert.equal(salesRule.minSales, null);
assert.equal(salesRule.minSalesGrowth, null);
assert.equal(salesRule.provenance.confidence, 'reported'); // the rule exists; its thresholds are not public

assert.equal(edition2025.budgetItemRules, null); // the 2025 call's limits were not found
assert.equal(edition2025.tracks.capability.consortium.memberKinds, null); // who may join: not stated
assert.equal(edition2025.call.notice, null); // the notice number was not found

// Requirements the call has whose content our sources do not state: each is a finding of its own,
// unknown until attested, with derived confidence.
assert.deepEqual(
  edition2026.eligibility.requirements.map((requirement) => [
    requirement.id,
    requirement.provenance.confidence,
  ]),
  [
    ['eligibility.employees', 'derived'],
    ['eligibility.research-institute', 'derived'],
    ['eligibility.location', 'derived'],
    ['eligibility.participation-restriction', 'derived'],
    ['eligibility.tax-arrears', 'derived'],
    ['eligibility.double-funding', 'derived'],
  ],
);
// And values not public, in both languages.
assert.deepEqual(
  edition2026.eligibility.unknown.map((rule) => rule.en),
  ['the sales and sales-growth thresholds', 'how K-TOP results enter the evaluation'],
);
// #endregion unknown-data

// #region unknown-answers
// 대전's list of 주축산업 is not complete: an industry not on it may still be one.
assert.equal(isKeyIndustryOf('대전', '나노·반도체'), 'yes');
assert.equal(isKeyIndustryOf('대전', '지능형로봇'), 'unknown');
assert.equal(isKeyIndustryOf('부산', '디지털헬스케어'), 'no'); // 부산's list is complete

// An unknown rule makes the outcome undetermined, never eligible nor ineligible.
const company = {
  kind: 'sme',
  region: '대전',
  industry: '나노·반도체',
  tier: 'potential',
  sales: '30억',
} as const;
const assessment = assessEligibility(
  { ...company, salesGrowth: 0.12 },
  { edition: '2025', track: 'capability' },
);
assert.equal(assessment.outcome, 'undetermined');
assert.equal(assessment.findings.find((f) => f.rule.id === 'eligibility.sales')?.status, 'unknown');

// Where the sources do not say who may join, the check passes with a warning that says so.
const consortium = checkConsortium({
  edition: '2025',
  track: 'supply-chain',
  lead: { id: 'lead', kind: 'sme', region: '부산', tier: 'leading' },
  members: [{ id: 'uni', kind: 'university' }],
});
assert.equal(consortium.ok, true);
assert.deepEqual(
  consortium.warnings.map((warning) => warning.code),
  ['CONSORTIUM_MEMBER_KINDS_UNKNOWN'],
);
// #endregion unknown-answers

// #region caller-values
// Thresholds you know (say, from the call's own notice) come in as overrides, and the finding says so.
const withThresholds = assessEligibility(
  { ...company, salesGrowth: 0.12 },
  { edition: '2025', track: 'capability', overrides: { minSales: '15억', minSalesGrowth: 0.05 } },
);
// Decided now; what is left is the call's requirements our sources do not state, to attest.
assert.equal(withThresholds.outcome, 'undetermined');
assert.ok(withThresholds.needs.every((need) => need.startsWith('attest.') || need.includes('mployees')));
const sales = withThresholds.findings.find((f) => f.rule.id === 'eligibility.sales');
assert.ok(sales);
assert.equal(sales.status, 'pass');
assert.equal(sales.params['thresholdsFrom'], 'overrides');
assert.equal(sales.params['minSales'], 1_500_000_000);

// The tie rule at a tier boundary is not public either: it is your explicit choice.
const scores = [90, 80, 80, 70].map((score) => ({ score }));
assert.deepEqual(
  tierCohort(scores, { score: 'score' }).map((r) => r.rank),
  [1, 2, 2, 4],
); // 'min', the default
assert.deepEqual(
  tierCohort(scores, { score: 'score', ties: 'max' }).map((r) => r.rank),
  [1, 3, 3, 4],
);
// #endregion caller-values

// #region rule-ids
// Every issue and finding names the rule it applied, with that rule's sources and confidence.
const plan = checkGrantPlan({
  edition: '2026',
  track: 'supply-chain',
  years: [1, 2, 3].map(() => ({
    participants: [{ id: 'lead', kind: 'sme', publicFunding: '3억', cash: '1천만원', inKind: '9천만원' }],
  })),
});
assert.equal(plan.ok, false);
const [tooManyYears] = plan.issues;
assert.ok(tooManyYears);
assert.equal(tooManyYears.code, 'GRANT_TOO_MANY_YEARS');
assert.equal(tooManyYears.rule.id, 'grants.max-years');
// The rule carries the sources and confidence of the value it applies.
const { maxYears } = edition2026.tracks['supply-chain'].provenance;
assert.deepEqual(tooManyYears.rule, {
  id: 'grants.max-years',
  sources: maxYears.sources,
  confidence: maxYears.confidence,
});

// Composition requirements carry their rule ids in the data.
assert.deepEqual(
  edition2026.tracks['supply-chain'].consortium.requirements.map((requirement) => requirement.id),
  ['consortium.2026.min-smes', 'consortium.2026.min-universities'],
);
// #endregion rule-ids

// #region sources
// Each public document is one named record; the data points at these records.
assert.equal(MSS_PRESS_RELEASE_2025_01_24.date, '2025-01-24');
assert.equal(NEWS_2026_01_29.publisher, '뉴스1');
assert.equal(edition2026.eligibility.rndIntensityAlternative?.provenance.sources[0], NEWS_2026_01_29);

// Where a value rests on one part of a document, the data adds a locator to a copy of the record:
// compare by title to find every place a document is cited.
const cites2026Call = (sources: readonly { title: string; locator?: string }[]): string[] =>
  sources.filter((source) => source.title === MSS_CALL_2026.title).map((source) => source.locator ?? '');
assert.deepEqual(cites2026Call(edition2026.applicationWindow.provenance.sources), ['p.6']);
assert.deepEqual(cites2026Call(edition2026.budgetItemRules?.provenance.sources ?? []), ['붙임3, p.18']);
// #endregion sources
