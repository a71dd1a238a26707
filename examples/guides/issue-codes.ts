// One example per issue code, each in a region the issue-code pages of the guides include. Every
// region runs and asserts its code; EXAMPLES at the end hands each one to the page generator
// (npm run docs:issue-codes), which prints the messages it produces. `satisfies` makes a new code
// without an example a type error.
import assert from 'node:assert/strict';
import {
  checkConsortium,
  checkGrantPlan,
  checkInnovationScore,
  defineScoreBands,
  getEdition,
  mapScore,
  parseKRW,
  parseOriginalityGrade,
  requireRegion,
  tierCohort,
  tierOf,
  toInstant,
  withIndustries,
  type IssueCode,
} from 'regional-innovation-rnd';

// A valid consortium of the 2026 supply-chain track; the examples below change one thing each.
const lead = {
  id: 'lead',
  kind: 'sme',
  region: '부산',
  tier: 'leading',
  businessNumber: '120-81-47521',
} as const;
const partner = { id: 'partner', kind: 'sme' } as const;
const university = { id: 'uni', kind: 'university' } as const;
const sme = (id: string, publicFunding: number, cash: number, inKind: number) =>
  ({ id, kind: 'sme', publicFunding, cash, inKind }) as const;

// Errors: thrown as RulesError by functions that take one value.

// #region OPTIONS_INVALID
const badTies = () => tierCohort([{ score: 1 }], { score: 'score', ties: 'dense' as 'min' });
assert.throws(badTies, { name: 'RulesError', code: 'OPTIONS_INVALID' });
// #endregion OPTIONS_INVALID

// #region EDITION_UNKNOWN
// @ts-expect-error -- TypeScript refuses an id that is not an edition; from JavaScript it throws
const edition2024 = () => getEdition('2024');
assert.throws(edition2024, { code: 'EDITION_UNKNOWN' });
// #endregion EDITION_UNKNOWN

// #region DATE_INVALID
const noOffset = () => toInstant('2026-03-03T18:00:00'); // whose 18:00? an offset is required
assert.throws(noOffset, { code: 'DATE_INVALID' });
// #endregion DATE_INVALID

// #region REGION_UNKNOWN
const typo = () => requireRegion('서을');
assert.throws(typo, { code: 'REGION_UNKNOWN' });
// #endregion REGION_UNKNOWN

// #region REGION_AMBIGUOUS
const twoGwangjus = () => requireRegion('광주시'); // 광주광역시, or 경기도 광주시 (capital region)?
assert.throws(twoGwangjus, { code: 'REGION_AMBIGUOUS' });
// #endregion REGION_AMBIGUOUS

// #region INDUSTRY_INVALID
const capitalIndustry = () =>
  withIndustries([{ id: 'seoul-fintech', name: { ko: '핀테크' }, kind: 'key', regions: ['서울'] }]);
assert.throws(capitalIndustry, {
  code: 'INDUSTRY_INVALID',
  params: { input: '"서울"', reason: 'unknown-region' },
});
// #endregion INDUSTRY_INVALID

// #region TIERING_INVALID_SCORE
const missingScore = () =>
  tierCohort(
    [
      { industry: 'busan-silver-care', score: 91 },
      { industry: 'busan-silver-care', score: Number.NaN },
    ],
    { score: 'score', cohort: 'industry' },
  );
assert.throws(missingScore, { code: 'TIERING_INVALID_SCORE', path: [1] });
// #endregion TIERING_INVALID_SCORE

// #region TIERING_INVALID_COHORT
// Data from outside that is not what its type says: the industry id came as a number.
const rows = JSON.parse('[{ "industry": 7, "score": 91 }]') as { industry: string; score: number }[];
const numericCohort = () => tierCohort(rows, { score: 'score', cohort: 'industry' });
assert.throws(numericCohort, { code: 'TIERING_INVALID_COHORT', path: [0] });
// #endregion TIERING_INVALID_COHORT

// #region TIERING_INVALID_RANK
const rankPastSize = () => tierOf(11, 10);
assert.throws(rankPastSize, { code: 'TIERING_INVALID_RANK' });
// #endregion TIERING_INVALID_RANK

// #region MONEY_INVALID
const doubledUnit = () => parseKRW('1억억');
assert.throws(doubledUnit, {
  code: 'MONEY_INVALID',
  params: { input: '"1억억"', reason: 'syntax', position: 2, expected: 'smaller-unit' },
});
// #endregion MONEY_INVALID

// #region MONEY_AMBIGUOUS
const bareThousand = () => parseKRW('7억5천'); // 7억 5천만원, or 7억 5천원?
assert.throws(bareThousand, { code: 'MONEY_AMBIGUOUS' });
// #endregion MONEY_AMBIGUOUS

// #region KTOP_GRADE_INVALID
const gradeZ = () => parseOriginalityGrade('Z');
assert.throws(gradeZ, { code: 'KTOP_GRADE_INVALID' });
// #endregion KTOP_GRADE_INVALID

// #region KTOP_BANDS_INVALID
const gap = () =>
  defineScoreBands([
    { min: 0, max: 50, value: 'low' },
    { min: 60, max: 100, value: 'high' },
  ]);
assert.throws(gap, { code: 'KTOP_BANDS_INVALID', params: { index: 1, reason: 'gap' } });
// #endregion KTOP_BANDS_INVALID

// #region KTOP_SCORE_OUT_OF_BANDS
const levels = defineScoreBands([
  { min: 0, max: 50, value: 'low' },
  { min: 50, max: 100, value: 'high' },
]);
const above = () => mapScore(100.5, levels);
assert.throws(above, { code: 'KTOP_SCORE_OUT_OF_BANDS' });
// #endregion KTOP_SCORE_OUT_OF_BANDS

// Issues: returned by the validators, which never throw on bad input.

// #region KTOP_SCORE_INVALID
const score = checkInnovationScore(100.5, { locale: 'en' });
assert.equal(score.ok, false);
assert.equal(score.issues[0]?.code, 'KTOP_SCORE_INVALID');
// #endregion KTOP_SCORE_INVALID

// #region INPUT_INVALID
// @ts-expect-error -- a misspelt key (TypeScript says so too)
const misspelt = checkGrantPlan({ edition: '2026', track: 'capability', yaers: [] });
assert.equal(misspelt.ok, false);
assert.deepEqual(
  misspelt.issues.map((issue) => [issue.code, issue.path]),
  [
    ['INPUT_INVALID', ['years']],
    ['INPUT_INVALID', ['yaers']],
  ],
);
// #endregion INPUT_INVALID

// #region GRANT_TOO_MANY_YEARS
const year = { participants: [sme('lead', 100_000_000, 10_000_000, 30_000_000)] };
const threeYears = checkGrantPlan({ edition: '2026', track: 'capability', years: [year, year, year] });
assert.equal(threeYears.ok, false);
assert.equal(threeYears.issues[0]?.code, 'GRANT_TOO_MANY_YEARS');
// #endregion GRANT_TOO_MANY_YEARS

// #region GRANT_YEAR_CAP_EXCEEDED
const overYearCap = checkGrantPlan({
  edition: '2026',
  track: 'capability', // 2억원 a year
  years: [{ participants: [sme('lead', 200_000_001, 20_000_000, 60_000_000)] }],
});
assert.equal(overYearCap.ok, false);
assert.deepEqual(
  overYearCap.issues.map((issue) => issue.code),
  ['GRANT_YEAR_CAP_EXCEEDED'],
);
// #endregion GRANT_YEAR_CAP_EXCEEDED

// #region GRANT_TOTAL_CAP_EXCEEDED
// The capability track: 2억원 a year, 4억원 in all over at most 2 years. Within 2 years the
// total cap follows from the yearly one, so only a plan that is too long can pass it.
const fullYear = { participants: [sme('lead', 200_000_000, 20_000_000, 60_000_000)] };
const overTotal = checkGrantPlan({
  edition: '2026',
  track: 'capability',
  years: [fullYear, fullYear, fullYear],
});
assert.equal(overTotal.ok, false);
assert.deepEqual(
  overTotal.issues.map((issue) => issue.code),
  ['GRANT_TOO_MANY_YEARS', 'GRANT_TOTAL_CAP_EXCEEDED'],
);
// #endregion GRANT_TOTAL_CAP_EXCEEDED

// #region GRANT_PUBLIC_SHARE_EXCEEDED
const publicHeavy = checkGrantPlan({
  edition: '2026',
  track: 'supply-chain',
  years: [{ participants: [sme('lead', 750_000_001, 25_000_000, 225_000_000)] }], // 75% + 1 won of 10억원
});
assert.equal(publicHeavy.ok, false);
assert.equal(publicHeavy.issues[0]?.code, 'GRANT_PUBLIC_SHARE_EXCEEDED');
// #endregion GRANT_PUBLIC_SHARE_EXCEEDED

// #region GRANT_CASH_SHARE_TOO_LOW
const littleCash = checkGrantPlan({
  edition: '2026',
  track: 'supply-chain',
  years: [{ participants: [sme('lead', 300_000_000, 9_999_999, 90_000_001)] }], // cash under 10% of 1억원
});
assert.equal(littleCash.ok, false);
assert.equal(littleCash.issues[0]?.code, 'GRANT_CASH_SHARE_TOO_LOW');
// #endregion GRANT_CASH_SHARE_TOO_LOW

// #region GRANT_PARTICIPANT_ZERO_TOTAL
const empty = checkGrantPlan({
  edition: '2026',
  track: 'supply-chain',
  years: [{ participants: [sme('lead', 300_000_000, 10_000_000, 90_000_000), sme('idle', 0, 0, 0)] }],
});
assert.equal(empty.ok, false);
assert.equal(empty.issues[0]?.code, 'GRANT_PARTICIPANT_ZERO_TOTAL');
// #endregion GRANT_PARTICIPANT_ZERO_TOTAL

// #region GRANT_PARTICIPANT_DUPLICATE
const twice = checkGrantPlan({
  edition: '2026',
  track: 'supply-chain',
  years: [{ participants: [sme('lead', 100_000_000, 10_000_000, 30_000_000), sme('lead', 1, 1, 1)] }],
});
assert.equal(twice.ok, false);
assert.equal(twice.issues[0]?.code, 'GRANT_PARTICIPANT_DUPLICATE');
// #endregion GRANT_PARTICIPANT_DUPLICATE

// #region CONSORTIUM_LEAD_KIND
const midsizeLead = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead: { ...lead, kind: 'midsize' },
  members: [{ id: 'sme-2', kind: 'sme' }, { id: 'sme-3', kind: 'sme' }, university],
});
assert.equal(midsizeLead.ok, false);
assert.equal(midsizeLead.issues[0]?.code, 'CONSORTIUM_LEAD_KIND');
// #endregion CONSORTIUM_LEAD_KIND

// #region CONSORTIUM_LEAD_TIER
const potentialLead = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead: { ...lead, tier: 'potential' },
  members: [partner, university],
});
assert.equal(potentialLead.ok, false);
assert.equal(potentialLead.issues[0]?.code, 'CONSORTIUM_LEAD_TIER');
// #endregion CONSORTIUM_LEAD_TIER

// #region CONSORTIUM_LEAD_REGION
const capitalLead = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead: { ...lead, region: '경기' },
  members: [partner, university],
});
assert.equal(capitalLead.ok, false);
assert.equal(capitalLead.issues[0]?.code, 'CONSORTIUM_LEAD_REGION');
// #endregion CONSORTIUM_LEAD_REGION

// #region CONSORTIUM_REQUIREMENT_UNMET
const noUniversity = checkConsortium({ edition: '2026', track: 'supply-chain', lead, members: [partner] });
assert.equal(noUniversity.ok, false);
assert.equal(noUniversity.issues[0]?.code, 'CONSORTIUM_REQUIREMENT_UNMET');
// #endregion CONSORTIUM_REQUIREMENT_UNMET

// #region CONSORTIUM_MEMBER_KIND_NOT_ALLOWED
const smeMember = checkConsortium({
  edition: '2026',
  track: 'capability',
  lead: { ...lead, tier: 'potential' },
  members: [partner],
});
assert.equal(smeMember.ok, false);
const [notAllowed] = smeMember.issues;
assert.equal(notAllowed?.code, 'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED');
assert.equal(notAllowed.rule.confidence, 'reported'); // a reported rule says so
// #endregion CONSORTIUM_MEMBER_KIND_NOT_ALLOWED

// #region CONSORTIUM_MEMBER_KINDS_UNKNOWN
// 2025's capability track: no source says who may join, so members pass with a warning.
const unknownKinds = checkConsortium({
  edition: '2025',
  track: 'capability',
  lead: { ...lead, tier: 'potential' },
  members: [university],
});
assert.equal(unknownKinds.ok, true);
assert.equal(unknownKinds.warnings[0]?.code, 'CONSORTIUM_MEMBER_KINDS_UNKNOWN');
// #endregion CONSORTIUM_MEMBER_KINDS_UNKNOWN

// #region CONSORTIUM_DUPLICATE_ID
const sameId = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead,
  members: [partner, university, { id: 'partner', kind: 'university' }],
});
assert.equal(sameId.ok, false);
assert.equal(sameId.issues[0]?.code, 'CONSORTIUM_DUPLICATE_ID');
// #endregion CONSORTIUM_DUPLICATE_ID

// #region CONSORTIUM_DUPLICATE_BUSINESS_NUMBER
const sameNumber = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead,
  members: [{ ...partner, businessNumber: '1208147521' }, university], // the lead's, without dashes
});
assert.equal(sameNumber.ok, false);
assert.equal(sameNumber.issues[0]?.code, 'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER');
// #endregion CONSORTIUM_DUPLICATE_BUSINESS_NUMBER

// #region BUSINESS_NUMBER_INVALID
const badChecksum = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead: { ...lead, businessNumber: '120-81-47522' }, // last digit is not the check digit
  members: [partner, university],
});
assert.equal(badChecksum.ok, false);
assert.equal(badChecksum.issues[0]?.code, 'BUSINESS_NUMBER_INVALID');
// #endregion BUSINESS_NUMBER_INVALID

/** Each code's example: a call that throws it, or a result that carries it. */
export const EXAMPLES = {
  OPTIONS_INVALID: badTies,
  EDITION_UNKNOWN: edition2024,
  DATE_INVALID: noOffset,
  REGION_UNKNOWN: typo,
  REGION_AMBIGUOUS: twoGwangjus,
  INDUSTRY_INVALID: capitalIndustry,
  TIERING_INVALID_SCORE: missingScore,
  TIERING_INVALID_COHORT: numericCohort,
  TIERING_INVALID_RANK: rankPastSize,
  MONEY_INVALID: doubledUnit,
  MONEY_AMBIGUOUS: bareThousand,
  KTOP_GRADE_INVALID: gradeZ,
  KTOP_BANDS_INVALID: gap,
  KTOP_SCORE_OUT_OF_BANDS: above,
  KTOP_SCORE_INVALID: score,
  INPUT_INVALID: misspelt,
  GRANT_TOO_MANY_YEARS: threeYears,
  GRANT_YEAR_CAP_EXCEEDED: overYearCap,
  GRANT_TOTAL_CAP_EXCEEDED: overTotal,
  GRANT_PUBLIC_SHARE_EXCEEDED: publicHeavy,
  GRANT_CASH_SHARE_TOO_LOW: littleCash,
  GRANT_PARTICIPANT_ZERO_TOTAL: empty,
  GRANT_PARTICIPANT_DUPLICATE: twice,
  CONSORTIUM_LEAD_KIND: midsizeLead,
  CONSORTIUM_LEAD_TIER: potentialLead,
  CONSORTIUM_LEAD_REGION: capitalLead,
  CONSORTIUM_REQUIREMENT_UNMET: noUniversity,
  CONSORTIUM_MEMBER_KIND_NOT_ALLOWED: smeMember,
  CONSORTIUM_MEMBER_KINDS_UNKNOWN: unknownKinds,
  CONSORTIUM_DUPLICATE_ID: sameId,
  CONSORTIUM_DUPLICATE_BUSINESS_NUMBER: sameNumber,
  BUSINESS_NUMBER_INVALID: badChecksum,
} satisfies Record<IssueCode, unknown>;
