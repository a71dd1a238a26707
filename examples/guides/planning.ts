/**
 * Examples of the "Planning a budget" guide (docs/guides/{en,ko}/planning.md), by region. The test
 * suite runs this file; every assertion must hold.
 */
import assert from 'node:assert/strict';
// #region import
import {
  checkGrantPlan,
  maxPublicFunding,
  planGrant,
  requiredOwnShare,
} from 'regional-innovation-rnd/grants';
import { formatKRW } from 'regional-innovation-rnd/money';
// #endregion import

// #region own-share
// An SME (public money at most 75% of its total, cash at least 10% of its own share) with 7억 of
// public money must add at least 233,333,334원 of its own, at least 23,333,334원 of it in cash.
const sme = requiredOwnShare({ edition: '2026', kind: 'sme', publicFunding: '7억' });
assert.equal(sme.total, 233_333_334);
assert.equal(sme.minCash, 23_333_334);
assert.equal(sme.maxInKind, 210_000_000);
assert.deepEqual(
  sme.rules.map((rule) => rule.id),
  ['grants.cost-share.public.sme', 'grants.cost-share.cash.sme'],
);

// One won less of either, and checkGrantPlan refuses the plan.
const alone = (cash: number, inKind: number) =>
  checkGrantPlan({
    edition: '2026',
    track: 'supply-chain',
    years: [{ participants: [{ id: 'me', kind: 'sme', publicFunding: '7억', cash, inKind }] }],
  });
assert.equal(alone(sme.minCash, sme.maxInKind).ok, true);
assert.equal(alone(sme.minCash, sme.maxInKind - 1).ok, false); // own share 1원 short
assert.equal(alone(sme.minCash - 1, sme.maxInKind + 1).ok, false); // cash 1원 short
// #endregion own-share

// #region max-public
// The other way round: how much public money may an SME receive for 1.2억 of its own?
const most = maxPublicFunding({
  edition: '2026',
  track: 'supply-chain',
  kind: 'sme',
  cash: '2천만',
  inKind: '1억',
});
assert.equal(most.publicFunding, 360_000_000); // three times its own share
assert.equal(most.limitedBy, 'cost-share');
assert.equal(most.minCash, 12_000_000); // its 2천만 of cash is enough

// With 3억 of its own, the track's yearly cap is the limit.
const capped = maxPublicFunding({
  edition: '2026',
  track: 'supply-chain',
  kind: 'sme',
  cash: '1억',
  inKind: '2억',
});
assert.equal(capped.publicFunding, 700_000_000);
assert.equal(capped.limitedBy, 'yearly-cap');
// #endregion max-public

// #region plan
// 7억 a year for two years, split 60/25/15 across an SME lead, a second SME and a university,
// in 천원 (every amount a whole number of thousands of won).
const planned = planGrant({
  edition: '2026',
  track: 'supply-chain',
  years: 2,
  participants: [
    { id: 'lead', kind: 'sme', role: 'lead', weight: 60 },
    { id: 'partner', kind: 'sme', role: 'joint', weight: 25 },
    { id: 'uni', kind: 'university', role: 'joint', weight: 15 },
  ],
  unit: 1000,
});
assert.ok(planned.ok);
const [year1] = planned.value.plan.years;
assert.deepEqual(
  year1?.participants.map((p) => [p.id, formatKRW(p.publicFunding), formatKRW(p.cash), formatKRW(p.inKind)]),
  [
    ['lead', '4억 2,000만원', '1,400만원', '1억 2,600만원'],
    ['partner', '1억 7,500만원', '583만 4,000원', '5,250만원'],
    ['uni', '1억 500만원', '0원', '0원'],
  ],
);
// The plan passes checkGrantPlan, which also gives its summary: the 14억 total cap is used up.
assert.equal(checkGrantPlan(planned.value.plan).ok, true);
assert.equal(planned.value.summary.total.publicFunding, 1_400_000_000);
assert.equal(planned.value.summary.total.headroom.publicFunding, 0);
// #endregion plan

// #region refused
// A request it cannot plan gives every issue, each at its path.
const refused = planGrant({
  edition: '2026',
  track: 'supply-chain',
  years: 3,
  participants: [
    { id: 'lead', kind: 'large', weight: 60 },
    { id: 'uni', kind: 'university', weight: 0 },
  ],
  publicFundingPerYear: '8억',
});
assert.equal(refused.ok, false);
assert.deepEqual(
  refused.issues.map((issue) => [issue.code, issue.path.join('.')]),
  [
    ['GRANT_TOO_MANY_YEARS', 'years'],
    ['INPUT_INVALID', 'participants.1.weight'],
    ['GRANT_YEAR_CAP_EXCEEDED', 'publicFundingPerYear'],
    ['CONSORTIUM_LEAD_KIND', 'participants.0.kind'],
  ],
);
// #endregion refused
