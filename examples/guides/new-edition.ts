// Adding next year's call: checks to run on an edition's data (docs/guides/en/new-edition.md and its Korean twin).
import assert from 'node:assert/strict';
import { EDITION_IDS, getEdition, type Edition } from 'regional-innovation-rnd/program';
import type { Evidence } from 'regional-innovation-rnd/rules';

// #region null-fields
// Where an edition says "not stated": every null in its data, outside the evidence.
function nullFields(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'provenance' || key.endsWith('Provenance')
      ? []
      : nullFields(child, path ? `${path}.${key}` : key),
  );
}

assert.deepEqual(nullFields(getEdition('2026')), [
  'costSharing.university.minCashPercentOfOwnShare', // null = no cash share required
  'costSharing.research-institute.minCashPercentOfOwnShare',
  'costSharing.nonprofit.minCashPercentOfOwnShare',
  'eligibility.salesRule.minSales', // null = not public
  'eligibility.salesRule.minSalesGrowth',
  'eligibility.requirements.1.threshold', // null = no number decides it: an attestation does
  'eligibility.requirements.2.threshold',
  'eligibility.requirements.3.threshold',
  'eligibility.requirements.4.threshold',
  'eligibility.requirements.5.threshold',
  'outcome', // null = not reported yet
]);
assert.equal(nullFields(getEdition('2025')).includes('budgetItemRules'), true); // the 2025 limits were not found
// #endregion null-fields

// #region evidence
// Every piece of evidence in an edition, by path; none may lack a source.
function evidenceOf(value: unknown, path = ''): [string, Evidence][] {
  if (typeof value !== 'object' || value === null) return [];
  const own: [string, Evidence][] =
    'confidence' in value && 'sources' in value ? [[path, value as Evidence]] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, child]) => evidenceOf(child, path ? `${path}.${key}` : key)),
  ];
}

for (const id of EDITION_IDS) {
  const all = evidenceOf(getEdition(id));
  assert.ok(all.length > 0);
  assert.ok(all.every(([, evidence]) => evidence.sources.length > 0));
}

// Which values of a call are derived, not stated? Review these first.
const derived = (edition: Edition): string[] =>
  evidenceOf(edition)
    .filter(([, evidence]) => evidence.confidence === 'derived')
    .map(([path]) => path);
// The requirements our sources do not state are derived in every call: that the call has them
// is our reading.
const requirements = [0, 1, 2, 3, 4, 5].map((i) => `eligibility.requirements.${String(i)}.provenance`);
assert.deepEqual(derived(getEdition('2026')), [
  'tiers.convention', // rank ÷ size, ties and small cohorts: the library's reading of the shares
  // "중소기업 2개사와 대학 참여가 필수": that the lead is one of the two SMEs is our reading
  'tracks.supply-chain.consortium.requirements.0.countsLeadProvenance',
  'tracks.supply-chain.consortium.requirements.1.countsLeadProvenance',
  'tracks.supply-chain.provenance.grantCovers',
  'tracks.capability.provenance.grantCovers',
  ...requirements,
]);
assert.deepEqual(derived(getEdition('2025')), [
  'tiers.convention',
  // "대학, 대·중견, 연구기관 컨소시엄형": that one such partner is required is our reading
  'tracks.supply-chain.consortium.requirements.0.provenance',
  'tracks.supply-chain.consortium.requirements.0.countsLeadProvenance',
  'tracks.supply-chain.provenance.grantCovers',
  'tracks.capability.provenance.grantCovers',
  'costSharing.sme.provenance',
  'costSharing.university.provenance',
  'costSharing.research-institute.provenance',
  'costSharing.nonprofit.provenance',
  ...requirements,
]);
// #endregion evidence

// #region diff
// The rules of an edition as a flat record, to compare one call with the previous one.
function rulesOf(edition: Edition): Record<string, string> {
  const rules: Record<string, string> = {
    tiers: `${String(edition.tiers.leadingPercent)} / ${String(edition.tiers.potentialPercent)}`,
    'eligibility.sales': JSON.stringify([
      edition.eligibility.salesRule.minSales,
      edition.eligibility.salesRule.minSalesGrowth,
    ]),
    'eligibility.rnd-intensity': JSON.stringify(
      edition.eligibility.rndIntensityAlternative?.minPercent ?? null,
    ),
  };
  for (const track of Object.values(edition.tracks)) {
    rules[`${track.id}.caps`] =
      `${String(track.maxGrantPerYear)} × ${String(track.maxYears)} ≤ ${String(track.maxGrantTotal)}`;
    rules[`${track.id}.tier`] = track.applicantTier;
    rules[`${track.id}.requirements`] = track.consortium.requirements
      .map((r) => `${r.id} ≥ ${String(r.min)}`)
      .join(', ');
    rules[`${track.id}.member-kinds`] = JSON.stringify(track.consortium.memberKinds);
  }
  for (const [kind, row] of Object.entries(edition.costSharing)) {
    rules[`cost-share.${kind}`] = `${String(row.maxPublicPercent)} / ${String(row.minCashPercentOfOwnShare)}`;
  }
  return rules;
}

const before = rulesOf(getEdition('2025'));
const after = rulesOf(getEdition('2026'));
const changed = Object.keys(after).filter((key) => before[key] !== after[key]);

// Every difference is either in the new edition's `changes` or explained in its evidence notes.
assert.deepEqual(changed, [
  'eligibility.rnd-intensity',
  'supply-chain.requirements',
  'supply-chain.member-kinds', // unknown in 2025 (null), reported in 2026
  'capability.member-kinds',
]);
assert.deepEqual(
  getEdition('2026').changes.map((change) => change.ruleId),
  [
    'consortium.2026.min-smes',
    'consortium.2026.min-universities',
    'eligibility.rnd-intensity',
    'consortium.capability.member-kinds',
  ],
);
// #endregion diff
