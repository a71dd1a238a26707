/**
 * Examples of the eligibility guide (docs/guides/en/eligibility.md, docs/guides/ko/eligibility.md).
 * Each region is included in both pages; the assertions are the results the pages describe.
 */
import assert from 'node:assert/strict';

// #region profile
import { assessEligibility, type CompanyProfile } from 'regional-innovation-rnd/eligibility';
import { companySchema } from 'regional-innovation-rnd/schemas';

// Only `kind` and `region` are required; a rule whose fact is missing answers 'unknown'.
const busanCare: CompanyProfile = {
  kind: 'sme', // applicants are SMEs (중소기업)
  region: '부산', // a code, legacy code, Korean or English name
  industry: '실버케어테크', // a 주축산업 id, name or alias
  tier: 'leading', // (예비)선도기업: top 30% of its industry
  sales: '48억 5,000만원', // 3-year average sales, any money form
  salesGrowth: 0.12, // ratios: 0.12 = 12%
  rndIntensity: 0.06, // R&D spending ÷ sales: 0.06 = 6%
  ktop: { innovationScore: 82, originalityGrade: '3등급' }, // recorded, not counted
};

// The profile is a strict object: a field the library does not know is refused.
assert.equal(companySchema.safeParse(busanCare).success, true);
assert.equal(companySchema.safeParse({ ...busanCare, headcount: 40 }).success, false);
// #endregion profile

// #region eligible
// Every stated rule passes, but the call has requirements our sources do not state: undetermined.
const first = assessEligibility(busanCare, { edition: '2026', track: 'supply-chain' });

assert.equal(first.outcome, 'undetermined');
assert.equal(first.edition, '2026');
assert.equal(first.track, 'supply-chain');
// One finding per rule, always in this order, then K-TOP as information.
assert.deepEqual(
  first.findings.map((finding) => [finding.rule.id, finding.status]),
  [
    ['eligibility.sme', 'pass'],
    ['eligibility.non-capital-region', 'pass'],
    ['eligibility.key-industry', 'pass'],
    ['eligibility.tier', 'pass'],
    ['eligibility.sales', 'pass'],
    ['eligibility.employees', 'unknown'],
    ['eligibility.research-institute', 'unknown'],
    ['eligibility.location', 'unknown'],
    ['eligibility.participation-restriction', 'unknown'],
    ['eligibility.tax-arrears', 'unknown'],
    ['eligibility.double-funding', 'unknown'],
    ['eligibility.ktop', 'unknown'],
  ],
);
// What would decide the rest, in finding order: the questions a form asks next.
assert.deepEqual(first.needs, [
  'employees',
  'overrides.minEmployees',
  'attest.eligibility.employees',
  'attest.eligibility.research-institute',
  'attest.eligibility.location',
  'attest.eligibility.participation-restriction',
  'attest.eligibility.tax-arrears',
  'attest.eligibility.double-funding',
]);
// #endregion eligible

// #region attest
// An officer checks each requirement in the call's notice and says what it found: true (met) or false.
const checked = {
  'eligibility.employees': true,
  'eligibility.research-institute': true,
  'eligibility.location': true,
  'eligibility.participation-restriction': true,
  'eligibility.tax-arrears': true,
  'eligibility.double-funding': true,
};
const eligible = assessEligibility(busanCare, { edition: '2026', track: 'supply-chain', attest: checked });

assert.equal(eligible.outcome, 'eligible');
assert.deepEqual(eligible.needs, []);
const institute = eligible.findings[6];
assert.ok(institute);
assert.equal(institute.rule.id, 'eligibility.research-institute');
assert.equal(institute.status, 'pass');
assert.equal(institute.params['decidedBy'], 'attestation'); // said so, in the finding
assert.equal(institute.rule.confidence, 'derived'); // that the call has such a rule is our reading

// One requirement not met is enough for 'ineligible'.
const arrears = assessEligibility(busanCare, {
  edition: '2026',
  track: 'supply-chain',
  attest: { ...checked, 'eligibility.tax-arrears': false },
});
assert.equal(arrears.outcome, 'ineligible');

// Only the edition's requirements may be attested: a stated rule is decided by the facts.
assert.throws(
  () =>
    assessEligibility(busanCare, {
      edition: '2026',
      track: 'supply-chain',
      attest: { 'eligibility.sme': true },
    }),
  { code: 'OPTIONS_INVALID' },
);
// #endregion attest

// #region employees
// The head-count requirement has a number: the company's count and the call's minimum decide it too.
const headCount = (employees: number) =>
  assessEligibility(
    { ...busanCare, employees },
    { edition: '2026', track: 'supply-chain', overrides: { minEmployees: 5 } }, // illustrative minimum
  ).findings[5];

assert.equal(headCount(5)?.status, 'pass');
assert.equal(headCount(4)?.status, 'fail');
assert.equal(headCount(4)?.params['decidedBy'], 'facts');
// #endregion employees

// #region findings
const [sme, region, industry, tier, sales] = eligible.findings;
const ktop = eligible.findings.at(-1);
assert.ok(sme && region && industry && tier && sales && ktop);

// Each finding carries its rule: a stable id, the sources and a confidence.
assert.equal(region.rule.confidence, 'confirmed'); // 수도권정비계획법 제2조
assert.equal(region.rule.sources.length, 1);
assert.deepEqual(region.params, {
  region: '26',
  regionName: '부산광역시',
  regionNameEn: 'Busan',
});
assert.equal(sme.rule.sources[0]?.date, '2025-01-24'); // the Ministry's press release
assert.equal(industry.params['region'], '26');
// The industry it matched, by its ids and names, and whether it is the library's or yours.
assert.deepEqual(industry.params['matched'], {
  id: 'busan-silver-care-tech',
  ko: '실버케어테크',
  en: 'Silver-care technology',
  origin: 'library',
});
// 2026 regrouped its support items: that the 주축산업 still decide eligibility is only reported.
assert.equal(industry.rule.confidence, 'reported');
assert.deepEqual(tier.params, { tier: 'leading', expected: 'leading' });

// In 2026 the sales finding passed through the R&D-intensity alternative (≥ 5%).
assert.equal(sales.params['via'], 'rnd-intensity');
assert.equal(sales.params['minPercent'], 5);
assert.equal(sales.rule.confidence, 'confirmed');

// K-TOP is recorded for the reader, never counted: how it weighs is not public.
assert.equal(ktop.role, 'information');
assert.deepEqual(ktop.params, { innovationScore: 82, originalityGrade: 3, gradeFrom: 'number' });
// #endregion findings

// #region ineligible
// A company in 경기도: the capital region (수도권) cannot apply.
const suwonChips = assessEligibility(
  { kind: 'sme', region: '경기도', industry: '첨단반도체', tier: 'leading', rndIntensity: 0.08 },
  { edition: '2026', track: 'supply-chain', attest: checked },
);

assert.equal(suwonChips.outcome, 'ineligible');
assert.deepEqual(
  suwonChips.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.rule.id),
  ['eligibility.non-capital-region', 'eligibility.key-industry'],
);
// The region finding names the region it resolved: 41 is 경기도.
assert.equal(suwonChips.findings[1]?.params['region'], '41');
// #endregion ineligible

// #region unknown-threshold
import { getEdition } from 'regional-innovation-rnd/program';

// The 2025 call's sales thresholds are not public: the data says null, not a guess.
assert.equal(getEdition('2025').eligibility.salesRule.minSales, null);
assert.equal(getEdition('2025').eligibility.salesRule.minSalesGrowth, null);

const gangwonBio: CompanyProfile = {
  kind: 'sme',
  region: '강원',
  industry: '천연물바이오소재',
  tier: 'potential', // 잠재기업: top 30–50%
  sales: '32억 5천만원',
  salesGrowth: 0.12,
};
const undecided = assessEligibility(gangwonBio, { edition: '2025', track: 'capability', attest: checked });

assert.equal(undecided.outcome, 'undetermined');
const undecidedSales = undecided.findings.find((finding) => finding.rule.id === 'eligibility.sales');
assert.ok(undecidedSales);
assert.equal(undecidedSales.status, 'unknown');
assert.equal(undecidedSales.params['sales'], 3_250_000_000);
assert.equal(undecidedSales.params['minSales'], null);
assert.equal(undecidedSales.params['thresholdsFrom'], 'sources');
assert.equal(undecidedSales.rule.confidence, 'reported');
// What would decide it: the thresholds of the call's notice.
assert.deepEqual(undecidedSales.needs, ['overrides.minSales', 'overrides.minSalesGrowth']);
// #endregion unknown-threshold

// #region overrides
// The caller supplies the thresholds, e.g. from the call's own notice.
// These values are illustrative, not the program's.
const decided = assessEligibility(gangwonBio, {
  edition: '2025',
  track: 'capability',
  overrides: { minSales: '15억원', minSalesGrowth: 0.05 },
  attest: checked,
});

assert.equal(decided.outcome, 'eligible');
const decidedSales = decided.findings.find((finding) => finding.rule.id === 'eligibility.sales');
assert.ok(decidedSales);
assert.equal(decidedSales.status, 'pass');
assert.equal(decidedSales.params['via'], 'sales');
assert.equal(decidedSales.params['minSales'], 1_500_000_000);
assert.equal(decidedSales.params['minSalesGrowth'], 0.05);
assert.equal(decidedSales.params['thresholdsFrom'], 'overrides'); // said so, in the finding

// The same thresholds decide the other way for a smaller company.
const smaller = assessEligibility(
  { ...gangwonBio, sales: '9억원', salesGrowth: 0.02 },
  { edition: '2025', track: 'capability', overrides: { minSales: '15억원', minSalesGrowth: 0.05 } },
);
assert.equal(smaller.outcome, 'ineligible');
assert.equal(smaller.findings[4]?.status, 'fail');
// #endregion overrides

// #region rnd-intensity
// 2026: R&D spending ÷ sales ≥ 5% may replace the sales rule. Compared exactly as decimals.
assert.equal(getEdition('2026').eligibility.rndIntensityAlternative?.minPercent, 5);
assert.equal(getEdition('2025').eligibility.rndIntensityAlternative, null);

const salesFinding = (edition: '2025' | '2026', rndIntensity: number) =>
  assessEligibility(
    { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'potential', rndIntensity },
    { edition, track: 'capability' },
  ).findings[4];

assert.equal(salesFinding('2026', 0.05)?.status, 'pass'); // exactly 5%
// Below 5% the alternative fails, but the sales rule itself is still unknown: not a fail.
assert.equal(salesFinding('2026', 0.0499)?.status, 'unknown');
// The 2025 call had no such alternative.
assert.equal(salesFinding('2025', 0.08)?.status, 'unknown');

// Or give R&D spending with sales: the intensity is then computed exactly (5천만 ÷ 10억 = 5%).
const fromAmounts = assessEligibility(
  {
    kind: 'sme',
    region: '부산',
    industry: '실버케어테크',
    tier: 'potential',
    rndSpending: '5천만원',
    sales: '10억원',
  },
  { edition: '2026', track: 'capability' },
).findings[4];
assert.equal(fromAmounts?.status, 'pass');
assert.equal(fromAmounts.params['rndIntensityFrom'], 'amounts');
assert.equal(fromAmounts.params['rndIntensityPercent'], '5');
// Both a ratio and the amounts: they must agree to the decimals the ratio is written with.
assert.throws(
  () =>
    assessEligibility(
      { kind: 'sme', region: '부산', rndIntensity: 0.06, rndSpending: '5천만원', sales: '10억원' },
      { edition: '2026', track: 'capability' },
    ),
  { code: 'INPUT_INVALID', path: ['rndIntensity'] },
);
// A ratio above 1 is read as a ratio, with a warning: 5 is 500%, not 5%.
const percentTypo = salesFinding('2026', 5);
assert.equal(percentTypo?.status, 'pass');
assert.deepEqual(percentTypo.params['warnings'], ['rndIntensity']);
// #endregion rnd-intensity

// #region regions
import { REGION_EVENTS, getRegion, isNonCapitalRegion } from 'regional-innovation-rnd/regions';
import { isRulesError } from 'regional-innovation-rnd/rules';

assert.equal(isNonCapitalRegion('부산'), true);
assert.equal(isNonCapitalRegion('Busan'), true);
assert.equal(isNonCapitalRegion(41), false); // 경기도
assert.equal(isNonCapitalRegion('인천광역시'), false);

// Legacy codes still found in older records resolve to today's region.
assert.equal(getRegion('42')?.code, '51'); // 강원도 until 2023-06-10
assert.equal(getRegion('42')?.legacyCodes[0]?.until, '2023-06-10');
assert.equal(getRegion('전라북도')?.code, '52'); // 45 until 2024-01-17
assert.equal(isNonCapitalRegion('42'), true);

// A typo is an error, never a silent "capital region".
assert.equal(getRegion('서을'), undefined);
assert.throws(
  () => isNonCapitalRegion('서을'),
  (error: unknown) => isRulesError(error, 'REGION_UNKNOWN'),
);

// The 광주·전남 merger is recorded as an effective-dated event; both parts stay non-capital.
const merger = REGION_EVENTS.find((event) => event.id === 'merger-gwangju-jeonnam-2026');
assert.ok(merger);
assert.equal(merger.effective, '2026-07-01');
assert.deepEqual(merger.from, ['29', '46']);
assert.equal(merger.to.code, null); // the merged unit's code is not known
assert.equal(merger.to.capital, false);
assert.equal(merger.provenance.confidence, 'reported');

// In an assessment, the region finding reports the current code.
const oldRecord = assessEligibility(
  { ...gangwonBio, region: '42' },
  { edition: '2025', track: 'capability' },
);
const oldRegion = oldRecord.findings[1];
assert.ok(oldRegion);
assert.equal(oldRegion.status, 'pass');
assert.equal(oldRegion.params['region'], '51');
// #endregion regions

// #region key-industry
import { DEFAULT_CATALOGUE, isKeyIndustryOf, withIndustries } from 'regional-innovation-rnd/industries';

assert.equal(isKeyIndustryOf('부산', '실버케어 테크'), 'yes'); // names match loosely
assert.equal(isKeyIndustryOf('부산', '디지털헬스케어'), 'no'); // 부산's list is complete
assert.equal(isKeyIndustryOf('부산', '전력반도체'), 'no'); // a 미래신산업, not a 주축산업
assert.equal(isKeyIndustryOf('경기', '첨단반도체'), 'no'); // capital regions have none
assert.equal(isKeyIndustryOf('대전', '지능형로봇'), 'unknown'); // 대전's list is not complete
assert.equal(isKeyIndustryOf('전남', '소재·부품'), 'unknown'); // 전남's list is not known

// In an assessment, 'unknown' makes the key-industry finding unknown, never a fail.
const daejeonRobots = assessEligibility(
  { kind: 'sme', region: '대전', industry: '지능형로봇', tier: 'potential', rndIntensity: 0.07 },
  { edition: '2026', track: 'capability' },
);
assert.equal(daejeonRobots.findings[2]?.status, 'unknown');
// 지능형로봇 is not in the catalogue at all: correct the name, or add it with withIndustries.
assert.deepEqual(daejeonRobots.findings[2].needs, ['industry', 'catalogue']);
assert.equal(daejeonRobots.outcome, 'undetermined');

// A caller who has the full list can extend a copy of the catalogue, for look-ups and assessments.
const known = withIndustries(
  [{ id: 'daejeon-intelligent-robots', name: { ko: '지능형로봇' }, kind: 'key', regions: ['대전'] }],
  DEFAULT_CATALOGUE,
  { keyListComplete: { 대전: true } },
);
assert.equal(isKeyIndustryOf('대전', '지능형로봇', known), 'yes');
assert.equal(isKeyIndustryOf('대전', '항공부품', known), 'no'); // 대전's list is now complete
const withKnown = assessEligibility(
  { kind: 'sme', region: '대전', industry: '지능형로봇', tier: 'potential', rndIntensity: 0.07 },
  { edition: '2026', track: 'capability', catalogue: known, attest: checked },
);
assert.equal(withKnown.findings[2]?.status, 'pass');
assert.equal(withKnown.outcome, 'eligible');
// #endregion key-industry

// #region tier-track
import { tierOf } from 'regional-innovation-rnd/tiering';

// Which tier each track takes, from the edition data.
assert.equal(getEdition('2026').tracks['supply-chain'].applicantTier, 'leading');
assert.equal(getEdition('2026').tracks.capability.applicantTier, 'potential');

// The tier comes from the company's rank in its industry (see the tiering guide).
assert.equal(tierOf(3, 10), 'leading'); // 3rd of 10: top 30%
assert.equal(tierOf(4, 10), 'potential'); // 4th of 10: top 40%
assert.equal(tierOf(6, 10), 'none'); // 6th of 10: top 60%

const withTier = (rank: number, track: 'supply-chain' | 'capability') =>
  assessEligibility({ ...busanCare, tier: tierOf(rank, 10) }, { edition: '2026', track }).findings[3]?.status;

assert.equal(withTier(3, 'supply-chain'), 'pass');
assert.equal(withTier(3, 'capability'), 'fail'); // a leading company does not apply to track 2
assert.equal(withTier(4, 'capability'), 'pass');
assert.equal(withTier(4, 'supply-chain'), 'fail');
assert.equal(withTier(6, 'capability'), 'fail'); // below the top 50%: neither track

// No tier given: the finding is unknown and names the tier the track takes.
const noTier = assessEligibility({ ...busanCare, tier: undefined }, { edition: '2026', track: 'capability' });
const noTierFinding = noTier.findings[3];
assert.ok(noTierFinding);
assert.equal(noTierFinding.status, 'unknown');
assert.equal(noTierFinding.params['expected'], 'potential');
// #endregion tier-track

// #region explanations
// Korean by default; `locale: 'en'` for English. The outcome and params do not change.
const withKtop: CompanyProfile = { ...gangwonBio, ktop: { innovationScore: 74, originalityGrade: 4 } };
const ko = assessEligibility(withKtop, { edition: '2025', track: 'capability' });
const en = assessEligibility(withKtop, { edition: '2025', track: 'capability', locale: 'en' });

assert.equal(ko.outcome, en.outcome);
assert.deepEqual(
  ko.findings.map((finding) => finding.params),
  en.findings.map((finding) => finding.params),
);

// `explanation`: a headline, one line per finding with its mark, the rule's name and how sure it is
// (RULE_LABELS, CONFIDENCE_LABELS: no ids in the text), then what is still to check, one line per
// undecided finding.
const lines = en.explanation.split('\n');
const undecidedCount = en.findings.filter((finding) => finding.needs.length > 0).length;
assert.equal(lines.length, 1 + en.findings.length + 1 + undecidedCount);
assert.ok(lines[5]?.startsWith('? Sales rule [reported] '));
assert.ok(ko.explanation.split('\n')[5]?.startsWith('? 매출 요건 [보도] '));
assert.equal(lines[1 + en.findings.length], 'Still to check:');

// Or render the findings yourself: each has its status, message, rule, sources and confidence.
const mark = { pass: '✓', fail: '✗', unknown: '?' } as const;
const rendered = en.findings
  .filter((finding) => finding.role !== 'information')
  .map((finding) => {
    const sources = finding.rule.sources.map((source) => `${source.publisher} ${source.date}`);
    return `${mark[finding.status]} ${finding.message} (${finding.rule.confidence}; ${sources.join(', ')})`;
  });
assert.equal(rendered.length, 11);
assert.ok(rendered[4]?.startsWith('? '));

// The assessment is plain JSON: store it or send it as it is.
assert.deepEqual(JSON.parse(JSON.stringify(ko)), ko);
// #endregion explanations

// #region errors
// Input that is not a company profile throws a RulesError with a code and a path.
const failsWith = (code: string, path: readonly (string | number)[], run: () => unknown): void => {
  assert.throws(run, (error: unknown) => {
    assert.ok(isRulesError(error));
    assert.equal(error.code, code);
    assert.deepEqual(error.path, path);
    return true;
  });
};

failsWith('REGION_UNKNOWN', ['region'], () =>
  assessEligibility({ kind: 'sme', region: '서을' }, { edition: '2026', track: 'capability' }),
);
failsWith('MONEY_INVALID', ['sales'], () =>
  assessEligibility({ kind: 'sme', region: '부산', sales: '많음' }, { edition: '2026', track: 'capability' }),
);
failsWith('KTOP_SCORE_INVALID', ['ktop', 'innovationScore'], () =>
  assessEligibility(
    { kind: 'sme', region: '부산', ktop: { innovationScore: 120 } },
    { edition: '2026', track: 'capability' },
  ),
);
// #endregion errors

/** Texts the guides show as output; a test compares each shown block with these. */
export const OUTPUTS = { 'explanation.en': en.explanation, 'explanation.ko': ko.explanation };
