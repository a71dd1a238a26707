/**
 * Examples of the "Grant plans and cost sharing" guide (docs/guides/{en,ko}/grant-plans.md), by
 * region. The test suite runs this file; every assertion must hold.
 */
import assert from 'node:assert/strict';
// #region import
import { checkGrantPlan, checkGrantPlanOrThrow, type GrantPlanInput } from 'regional-innovation-rnd/grants';
import { formatKRW, parseKRW } from 'regional-innovation-rnd/money';
import { getEdition } from 'regional-innovation-rnd/program';
import { isRulesError } from 'regional-innovation-rnd/rules';
import { grantPlanSchema } from 'regional-innovation-rnd/schemas';
// #endregion import

// #region money
// Korean amounts are read exactly into integer won...
assert.equal(parseKRW('4억'), 400_000_000);
assert.equal(parseKRW('1천4백만원'), 14_000_000);
assert.equal(parseKRW('2억 5,000만원'), 250_000_000);
assert.equal(parseKRW('700,000,000원'), 700_000_000);
assert.equal(parseKRW(5_000n), 5_000);
// ...and written back the Korean way, or with thousands commas.
assert.equal(formatKRW(1_400_000_000), '14억원');
assert.equal(formatKRW(150_000_000), '1억 5,000만원');
assert.equal(formatKRW(1_400_000_000, { style: 'digits' }), '1,400,000,000원');
// An amount that is not whole won is a RulesError MONEY_INVALID.
assert.throws(
  () => parseKRW('1억억'),
  (error: unknown) => isRulesError(error, 'MONEY_INVALID') && error.params.reason === 'syntax',
);
// #endregion money

// #region plan
// Track 1 of the 2026 call: a lead SME, a partner SME and a university, for two years.
const plan: GrantPlanInput = {
  edition: '2026',
  track: 'supply-chain',
  years: [
    {
      participants: [
        { id: 'lead', kind: 'sme', publicFunding: '3억', cash: '2천만원', inKind: '8천만원' },
        { id: 'partner', kind: 'sme', publicFunding: '1억 5천만원', cash: '1천4백만원', inKind: '3,600만원' },
        { id: 'uni', kind: 'university', publicFunding: 200_000_000, cash: 0, inKind: 0 },
      ],
    },
    {
      participants: [
        { id: 'lead', kind: 'sme', publicFunding: '2억 5천만원', cash: '2천만원', inKind: '8천만원' },
        { id: 'partner', kind: 'sme', publicFunding: '1억 5천만원', cash: '1천4백만원', inKind: '3,600만원' },
        { id: 'uni', kind: 'university', publicFunding: 200_000_000, cash: 0, inKind: 0 },
      ],
    },
  ],
};

const result = checkGrantPlan(plan);
assert.ok(result.ok);
assert.deepEqual(result.warnings, []);
// #endregion plan

// #region kinds
// The cost-sharing table of an edition: public share at most, cash share of the own share at least.
const shares = getEdition('2026').costSharing;
assert.equal(shares.sme.maxPublicPercent, 75);
assert.equal(shares.sme.minCashPercentOfOwnShare, 10);
assert.equal(shares.midsize.maxPublicPercent, 70);
assert.equal(shares.midsize.minCashPercentOfOwnShare, 13);
assert.equal(shares.large.maxPublicPercent, 50);
assert.equal(shares.large.minCashPercentOfOwnShare, 15);
assert.equal(shares.university.maxPublicPercent, 100);
assert.equal(shares.university.minCashPercentOfOwnShare, null); // no cash share required
assert.equal(shares.sme.provenance.confidence, 'reported'); // the 2026 call, 붙임3 p.31
assert.equal(getEdition('2025').costSharing.sme.provenance.confidence, 'derived'); // the general rule
// The caps of the track.
const track = getEdition('2026').tracks['supply-chain'];
assert.deepEqual(
  [track.maxYears, track.maxGrantPerYear, track.maxGrantTotal],
  [2, 700_000_000, 1_400_000_000],
);
// #endregion kinds

// #region summary
const summary = result.value;
assert.deepEqual(summary.caps, { maxYears: 2, maxGrantPerYear: 700_000_000, maxGrantTotal: 1_400_000_000 });

// Year 1: 3억 + 1.5억 + 2억 of public money, 5천만원 under the 7억 yearly cap.
const [year1, year2] = summary.years;
assert.ok(year1 && year2);
assert.equal(year1.publicFunding, 650_000_000);
assert.equal(year1.headroom.publicFunding, 50_000_000);

// The lead in year 1: 3억 public of 4억 in all is exactly the SME limit of 75%.
const [lead1, , uni1] = year1.participants;
assert.ok(lead1 && uni1);
assert.equal(lead1.total, 400_000_000);
assert.equal(lead1.publicShare, '0.75');
assert.equal(lead1.cashShare, '0.2'); // 2천만 of an own share of 1억
assert.deepEqual(lead1.limits, { publicShare: '0.75', cashShare: '0.1' });
// No public money left at its share limit; 1천만원 of cash could move to in kind.
assert.deepEqual(lead1.headroom, { publicFunding: 0, cash: 10_000_000 });

// A university may be fully funded: no limit, no cash share, so no headroom either.
assert.equal(uni1.publicShare, '1');
assert.equal(uni1.cashShare, null);
assert.deepEqual(uni1.limits, { publicShare: '1', cashShare: null });
assert.deepEqual(uni1.headroom, { publicFunding: null, cash: null });

// Year 2: the lead takes 2.5억 on the same own share, 5천만원 below its limit.
const lead2 = year2.participants[0];
assert.ok(lead2);
assert.equal(lead2.publicShare, '0.71428571428571428571'); // 2.5 ÷ 3.5, 20 significant digits
assert.equal(lead2.headroom.publicFunding, 50_000_000);

// In all: 12.5억 of the 14억 total cap.
assert.equal(summary.total.publicFunding, 1_250_000_000);
assert.equal(summary.total.total, 1_550_000_000);
assert.equal(summary.total.publicShare, '0.80645161290322580645');
assert.equal(formatKRW(summary.total.headroom.publicFunding), '1억 5,000만원');
// #endregion summary

// #region exact
// One SME with an own share of 2.5억 (2,500만원 in cash), on track 1 of the 2026 call.
const single = (publicFunding: number, inKind: number): GrantPlanInput => ({
  edition: '2026',
  track: 'supply-chain',
  years: [{ participants: [{ id: 'lead', kind: 'sme', publicFunding, cash: 25_000_000, inKind }] }],
});

// 750,000,000 public of 1,000,000,000 in all: exactly 75%, so the share rule holds.
// (7.5억 is above the 7억 yearly cap of track 1, so that rule, and only that one, fails.)
const atLimit = checkGrantPlan(single(750_000_000, 225_000_000));
assert.ok(!atLimit.ok);
assert.deepEqual(
  atLimit.issues.map((issue) => issue.code),
  ['GRANT_YEAR_CAP_EXCEEDED'],
);
assert.equal(atLimit.summary?.years[0]?.participants[0]?.publicShare, '0.75');

// One won more public money on the same 1,000,000,000 in all: 75.0000001% is above 75%.
const oneWonOver = checkGrantPlan(single(750_000_001, 224_999_999));
assert.ok(!oneWonOver.ok);
assert.deepEqual(
  oneWonOver.issues.map((issue) => issue.code),
  ['GRANT_PUBLIC_SHARE_EXCEEDED', 'GRANT_YEAR_CAP_EXCEEDED'],
);
assert.deepEqual(oneWonOver.issues[0]?.params, {
  year: 1,
  participant: 'lead',
  kind: 'sme',
  limit: '0.75',
  actual: '0.750000001',
});
// #endregion exact

// #region issues
// Track 2 of the 2026 call: 2억원 a year, 4억원 in all.
const overCap: GrantPlanInput = {
  edition: '2026',
  track: 'capability',
  years: [
    {
      participants: [
        { id: 'me', kind: 'sme', publicFunding: '1억 5천만원', cash: '4백만원', inKind: '4,600만원' },
      ],
    },
    {
      participants: [
        { id: 'me', kind: 'sme', publicFunding: '1억 5천만원', cash: '5백만원', inKind: '4,500만원' },
        { id: 'lab', kind: 'research-institute', publicFunding: '1억 1천만원', cash: 0, inKind: 0 },
      ],
    },
  ],
};

const failed = checkGrantPlan(overCap);
assert.ok(!failed.ok);
// Every problem, not only the first.
assert.deepEqual(
  failed.issues.map((issue) => issue.code),
  ['GRANT_CASH_SHARE_TOO_LOW', 'GRANT_YEAR_CAP_EXCEEDED', 'GRANT_TOTAL_CAP_EXCEEDED'],
);

// Each issue: where (path), the numbers (params) and the rule, with its sources and confidence.
const [cashIssue, yearIssue, totalIssue] = failed.issues;
assert.ok(cashIssue && yearIssue && totalIssue);
assert.deepEqual(cashIssue.path, ['years', 0, 'participants', 0, 'cash']);
assert.deepEqual(cashIssue.params, { year: 1, participant: 'me', kind: 'sme', limit: '0.1', actual: '0.08' });
assert.equal(cashIssue.rule.id, 'grants.cost-share.cash.sme');
assert.equal(cashIssue.rule.confidence, 'reported');
assert.equal(cashIssue.rule.sources[0]?.locator, '붙임3, p.31');

assert.deepEqual(yearIssue.path, ['years', 1]);
assert.deepEqual(yearIssue.params, { year: 2, limit: 200_000_000, actual: 260_000_000 });
assert.equal(yearIssue.rule.id, 'grants.cap.per-year');
assert.equal(yearIssue.rule.confidence, 'confirmed');

assert.deepEqual(totalIssue.params, { limit: 400_000_000, actual: 410_000_000 });
assert.equal(totalIssue.rule.id, 'grants.cap.total');

// The plan was well-formed, so the summary comes too: a negative headroom is the excess.
const failedSummary = failed.summary;
assert.ok(failedSummary);
assert.equal(failedSummary.years[0]?.participants[0]?.headroom.cash, -1_000_000); // 1백만원 short
assert.equal(failedSummary.years[1]?.headroom.publicFunding, -60_000_000);
assert.equal(failedSummary.total.headroom.publicFunding, -10_000_000);
// #endregion issues

// #region participants
// The same id twice in a year, and a participant with no money at all.
const odd = checkGrantPlan({
  edition: '2026',
  track: 'capability',
  years: [
    {
      participants: [
        { id: 'me', kind: 'sme', publicFunding: 75_000_000, cash: 2_500_000, inKind: 22_500_000 },
        { id: 'me', kind: 'sme', publicFunding: 75_000_000, cash: 2_500_000, inKind: 22_500_000 },
        { id: 'uni', kind: 'university', publicFunding: 0, cash: 0, inKind: 0 },
      ],
    },
  ],
});
assert.ok(!odd.ok);
assert.deepEqual(
  odd.issues.map((issue) => [issue.code, issue.path]),
  [
    ['GRANT_PARTICIPANT_DUPLICATE', ['years', 0, 'participants', 1, 'id']],
    ['GRANT_PARTICIPANT_ZERO_TOTAL', ['years', 0, 'participants', 2]],
  ],
);
assert.equal(odd.summary?.years[0]?.participants[2]?.publicShare, null); // 0 ÷ 0 is no share
// #endregion participants

// #region english
// The same check with messages in English: codes, paths and params do not change.
const inEnglish = checkGrantPlan(overCap, { locale: 'en' });
assert.ok(!inEnglish.ok);
assert.deepEqual(
  inEnglish.issues.map((issue) => [issue.code, issue.path, issue.params]),
  failed.issues.map((issue) => [issue.code, issue.path, issue.params]),
);
assert.notEqual(inEnglish.issues[0]?.message, failed.issues[0]?.message);
// #endregion english

// #region malformed
// Input of the wrong shape gives issues, never a TypeError (TypeScript refuses it already).
// @ts-expect-error -- null is not a plan
const notAPlan = checkGrantPlan(null);
assert.ok(!notAPlan.ok);
assert.deepEqual(
  notAPlan.issues.map((issue) => [issue.code, issue.path, issue.params]),
  [['INPUT_INVALID', [], { problem: 'type', expected: 'object', input: 'null' }]],
);

const broken = checkGrantPlan({
  edition: '2026',
  track: 'capability',
  // @ts-expect-error -- no such kind, no such key, and no inKind
  years: [{ participants: [{ id: 'me', kind: 'startup', publicFunding: '1억억', cash: 1.5, note: 'x' }] }],
});
assert.ok(!broken.ok);
assert.deepEqual(
  broken.issues.map((issue) => [issue.code, issue.path.at(-1), issue.params]),
  [
    [
      'INPUT_INVALID',
      'kind',
      {
        problem: 'value',
        expected: 'sme | midsize | large | university | research-institute | nonprofit',
        input: '"startup"',
      },
    ],
    // A string says where it goes wrong: after 1억 (position 2) a smaller unit was expected.
    [
      'MONEY_INVALID',
      'publicFunding',
      { input: '"1억억"', reason: 'syntax', position: 2, expected: 'smaller-unit' },
    ],
    ['MONEY_INVALID', 'cash', { input: '1.5', reason: 'fractional', position: null, expected: null }],
    ['INPUT_INVALID', 'inKind', { problem: 'missing', expected: 'an amount of won', input: 'undefined' }],
    ['INPUT_INVALID', 'note', { problem: 'unknown-key', expected: 'no such key', input: '"note"' }],
  ],
);
// Nothing to add up, so no summary.
assert.equal(broken.summary, undefined);
// #endregion malformed

// #region or-throw
// On success, the summary itself.
assert.equal(checkGrantPlanOrThrow(plan).total.headroom.publicFunding, 150_000_000);

// On failure, a RulesError with the first issue's code and every issue.
assert.throws(
  () => checkGrantPlanOrThrow(overCap),
  (error: unknown) => {
    assert.ok(isRulesError(error, 'GRANT_CASH_SHARE_TOO_LOW'));
    assert.deepEqual(error.path, ['years', 0, 'participants', 0, 'cash']);
    assert.equal(error.params.actual, '0.08');
    assert.equal(error.issues.length, 3);
    return true;
  },
);
// #endregion or-throw

// #region schema
// The zod schema behind the check: strict objects, money normalised to integer won.
const parsed = grantPlanSchema.safeParse(plan);
assert.ok(parsed.success);
assert.deepEqual(parsed.data.years[0]?.participants[1], {
  id: 'partner',
  kind: 'sme',
  publicFunding: 150_000_000,
  cash: 14_000_000,
  inKind: 36_000_000,
});
// #endregion schema

/** Texts the guides show as output; a test compares each shown block with these. */
export const OUTPUTS = {
  'first-issue.en': inEnglish.issues[0]?.message,
  'first-issue.both': `${String(failed.issues[0]?.message)}\n${String(inEnglish.issues[0]?.message)}`,
};
