/**
 * Examples of the "Consortium rules" guide (docs/guides/{en,ko}/consortium.md), by region. The
 * test suite runs this file; every assertion must hold.
 */
import assert from 'node:assert/strict';
// #region import
import {
  checkConsortium,
  checkConsortiumOrThrow,
  isValidBusinessNumber,
  readBusinessNumber,
  type ConsortiumParticipantInput,
} from 'regional-innovation-rnd/consortium';
import { isRulesError } from 'regional-innovation-rnd/rules';
// #endregion import

// #region supply-chain-2026
// Track 1 of the 2026 call: a leading SME in 부산, a second SME and a university.
const lead: ConsortiumParticipantInput = {
  id: 'lead',
  kind: 'sme',
  region: '부산',
  tier: 'leading',
  businessNumber: '123-45-67891',
  role: '주관',
};

const result = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead,
  members: [
    { id: 'partner', kind: 'sme', businessNumber: '2345678904', role: '공동' },
    { id: 'uni', kind: 'university', role: '공동' },
  ],
});
assert.ok(result.ok);
assert.deepEqual(result.warnings, []);
assert.equal(result.value.leadRegion, '26'); // 부산
assert.equal(result.value.participants, 3);
assert.equal(result.value.countsByKind.sme, 2); // the lead counts
assert.equal(result.value.countsByKind.university, 1);
assert.deepEqual(result.value.rulesApplied, [
  'consortium.lead',
  'consortium.2026.min-smes',
  'consortium.2026.min-universities',
  'consortium.supply-chain.member-kinds',
  'consortium.unique',
  'consortium.business-number',
]);
// #endregion supply-chain-2026

// #region requirements-2026
// The same lead with only a midsize company: one SME (the lead) and no university.
const short = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead,
  members: [{ id: 'maker', kind: 'midsize' }],
});
assert.ok(!short.ok);
assert.deepEqual(
  short.issues.map((issue) => [issue.code, issue.path, issue.params]),
  [
    [
      'CONSORTIUM_REQUIREMENT_UNMET',
      ['members'],
      { requirement: 'consortium.2026.min-smes', kinds: ['sme'], limit: 2, actual: 1 },
    ],
    [
      'CONSORTIUM_REQUIREMENT_UNMET',
      ['members'],
      { requirement: 'consortium.2026.min-universities', kinds: ['university'], limit: 1, actual: 0 },
    ],
  ],
);
assert.deepEqual(
  short.issues.map((issue) => [issue.rule.id, issue.rule.confidence]),
  [
    ['consortium.2026.min-smes', 'confirmed'],
    ['consortium.2026.min-universities', 'confirmed'],
  ],
);

// Members may be SMEs, universities, midsize and large companies and research institutes.
const withNonprofit = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead,
  members: [
    { id: 'partner', kind: 'sme' },
    { id: 'uni', kind: 'university' },
    { id: 'foundation', kind: 'nonprofit' },
  ],
});
assert.ok(!withNonprofit.ok);
assert.deepEqual(
  withNonprofit.issues.map((issue) => [issue.code, issue.rule.id, issue.rule.confidence]),
  [['CONSORTIUM_MEMBER_KIND_NOT_ALLOWED', 'consortium.supply-chain.member-kinds', 'reported']],
);
// #endregion requirements-2026

// #region supply-chain-2025
// Track 1 of the 2025 call: at least one university, large or midsize company or research institute.
const smesOnly = checkConsortium({
  edition: '2025',
  track: 'supply-chain',
  lead,
  members: [{ id: 'partner', kind: 'sme' }],
});
assert.ok(!smesOnly.ok);
assert.deepEqual(
  smesOnly.issues.map((issue) => [issue.code, issue.params]),
  [
    [
      'CONSORTIUM_REQUIREMENT_UNMET',
      {
        requirement: 'consortium.2025.partner',
        kinds: ['university', 'large', 'midsize', 'research-institute'],
        limit: 1,
        actual: 0,
      },
    ],
  ],
);

// With a research institute it passes. The 2025 sources do not say who may join, so the
// members' kinds are not checked, and a warning says so.
const with2025Partner = checkConsortium({
  edition: '2025',
  track: 'supply-chain',
  lead,
  members: [
    { id: 'partner', kind: 'sme' },
    { id: 'institute', kind: 'research-institute' },
  ],
});
assert.ok(with2025Partner.ok);
assert.deepEqual(
  with2025Partner.warnings.map((warning) => [warning.code, warning.params]),
  [['CONSORTIUM_MEMBER_KINDS_UNKNOWN', { track: 'supply-chain', edition: '2025' }]],
);
// #endregion supply-chain-2025

// #region lead
// A midsize company of tier 'potential' in 경기 may not lead track 1.
const wrongLead = checkConsortium({
  edition: '2025',
  track: 'supply-chain',
  lead: { id: 'lead', kind: 'midsize', region: '경기', tier: 'potential' },
  members: [{ id: 'uni', kind: 'university' }],
});
assert.ok(!wrongLead.ok);
assert.deepEqual(
  wrongLead.issues.map((issue) => [issue.code, issue.path, issue.params]),
  [
    ['CONSORTIUM_LEAD_KIND', ['lead', 'kind'], { expected: ['sme'], actual: 'midsize' }],
    ['CONSORTIUM_LEAD_TIER', ['lead', 'tier'], { expected: 'leading', actual: 'potential' }],
    ['CONSORTIUM_LEAD_REGION', ['lead', 'region'], { actual: '41' }], // 경기도, a capital region
  ],
);
assert.ok(wrongLead.issues.every((issue) => issue.rule.id === 'consortium.lead'));

// Without a tier or a region, the lead cannot be shown to qualify.
const bareLead = checkConsortium({
  edition: '2025',
  track: 'supply-chain',
  lead: { id: 'lead', kind: 'sme' },
  members: [{ id: 'uni', kind: 'university' }],
});
assert.ok(!bareLead.ok);
assert.deepEqual(
  bareLead.issues.map((issue) => [issue.code, issue.params]),
  [
    ['CONSORTIUM_LEAD_TIER', { expected: 'leading', actual: null }],
    ['CONSORTIUM_LEAD_REGION', { actual: null }],
  ],
);

// A region the library does not recognise is REGION_UNKNOWN.
const typo = checkConsortium({
  edition: '2025',
  track: 'supply-chain',
  lead: { ...lead, region: '부선' },
  members: [{ id: 'uni', kind: 'university' }],
});
assert.ok(!typo.ok);
assert.deepEqual(
  typo.issues.map((issue) => [issue.code, issue.params]),
  [['REGION_UNKNOWN', { input: '"부선"' }]],
);

// In 2026 the lead rule rests on a regional briefing, so its issues say 'reported'.
const lead2026 = checkConsortium({
  edition: '2026',
  track: 'supply-chain',
  lead: { ...lead, tier: 'potential' },
  members: [
    { id: 'partner', kind: 'sme' },
    { id: 'uni', kind: 'university' },
  ],
});
assert.ok(!lead2026.ok);
assert.deepEqual(
  lead2026.issues.map((issue) => [issue.code, issue.rule.confidence]),
  [['CONSORTIUM_LEAD_TIER', 'reported']],
);
// #endregion lead

// #region capability
// Track 2 of the 2026 call: a 잠재기업 ('potential') alone...
const potential: ConsortiumParticipantInput = { id: 'lead', kind: 'sme', region: '대구', tier: 'potential' };
assert.ok(checkConsortium({ edition: '2026', track: 'capability', lead: potential, members: [] }).ok);

// ...or with universities and research institutes.
const withUniversity = checkConsortium({
  edition: '2026',
  track: 'capability',
  lead: potential,
  members: [
    { id: 'uni', kind: 'university' },
    { id: 'institute', kind: 'research-institute' },
  ],
});
assert.ok(withUniversity.ok);

// Another SME may not join. The rule comes from one regional briefing: confidence 'reported'.
const withSme = checkConsortium({
  edition: '2026',
  track: 'capability',
  lead: potential,
  members: [{ id: 'other', kind: 'sme' }],
});
assert.ok(!withSme.ok);
const [notAllowed] = withSme.issues;
assert.ok(notAllowed);
assert.equal(notAllowed.code, 'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED');
assert.deepEqual(notAllowed.path, ['members', 0, 'kind']);
assert.deepEqual(notAllowed.params, { allowed: ['university', 'research-institute'], actual: 'sme' });
assert.equal(notAllowed.rule.id, 'consortium.capability.member-kinds');
assert.equal(notAllowed.rule.confidence, 'reported');
assert.equal(notAllowed.rule.sources[0]?.publisher, '프라임경제');

// In 2025 no source says who may join track 2: the same consortium passes, with a warning.
const in2025 = checkConsortium({
  edition: '2025',
  track: 'capability',
  lead: potential,
  members: [{ id: 'other', kind: 'sme' }],
});
assert.ok(in2025.ok);
assert.deepEqual(
  in2025.warnings.map((warning) => [warning.code, warning.rule.confidence]),
  [['CONSORTIUM_MEMBER_KINDS_UNKNOWN', 'reported']],
);
// #endregion capability

// #region duplicates
const twice = checkConsortium({
  edition: '2026',
  track: 'capability',
  lead: { ...potential, businessNumber: '123-45-67891' },
  members: [
    { id: 'uni', kind: 'university', businessNumber: '1234567891' }, // the lead's number, without dashes
    { id: 'uni', kind: 'research-institute' }, // the id 'uni' again
  ],
});
assert.ok(!twice.ok);
assert.deepEqual(
  twice.issues.map((issue) => [issue.code, issue.path, issue.params]),
  [
    [
      'CONSORTIUM_DUPLICATE_BUSINESS_NUMBER',
      ['members', 0, 'businessNumber'],
      { businessNumber: '1234567891' },
    ],
    ['CONSORTIUM_DUPLICATE_ID', ['members', 1, 'id'], { id: 'uni' }],
  ],
);
assert.ok(twice.issues.every((issue) => issue.rule.id === 'consortium.unique'));
// #endregion duplicates

// #region business-numbers
// Ten digits; dashes (and spaces) between them are optional.
assert.deepEqual(readBusinessNumber('123-45-67891'), { digits: '1234567891' });
assert.deepEqual(readBusinessNumber('1234567891'), { digits: '1234567891' });
assert.equal(isValidBusinessNumber('234-56-78904'), true);

// The tenth digit is the national check digit of the first nine.
assert.deepEqual(readBusinessNumber('123-45-67890'), { problem: 'checksum' });
assert.deepEqual(readBusinessNumber('123-45-678'), { problem: 'format' });
assert.equal(isValidBusinessNumber(1234567891), false); // only a string can be valid

// In a consortium, a bad number is an issue at its path.
const badNumbers = checkConsortium({
  edition: '2026',
  track: 'capability',
  lead: { ...potential, businessNumber: '123-45-67890' },
  members: [{ id: 'uni', kind: 'university', businessNumber: '12-345' }],
});
assert.ok(!badNumbers.ok);
assert.deepEqual(
  badNumbers.issues.map((issue) => [issue.code, issue.path, issue.params, issue.rule.id]),
  [
    [
      'BUSINESS_NUMBER_INVALID',
      ['lead', 'businessNumber'],
      { input: '"123-45-67890"', reason: 'checksum' },
      'consortium.business-number',
    ],
    [
      'BUSINESS_NUMBER_INVALID',
      ['members', 0, 'businessNumber'],
      { input: '"12-345"', reason: 'format' },
      'consortium.business-number',
    ],
  ],
);
// #endregion business-numbers

// #region english
// Messages in English: the codes and params are the same in both languages.
const english = checkConsortium(
  { edition: '2026', track: 'supply-chain', lead, members: [{ id: 'maker', kind: 'midsize' }] },
  { locale: 'en' },
);
assert.ok(!english.ok);
assert.deepEqual(
  english.issues.map((issue) => issue.params),
  short.issues.map((issue) => issue.params),
);
assert.notEqual(english.issues[0]?.message, short.issues[0]?.message);

// Malformed input is an issue too, never a TypeError (TypeScript refuses it already).
// @ts-expect-error -- the lead has no kind, and there are no members
const malformed = checkConsortium({ edition: '2026', track: 'supply-chain', lead: { id: 'lead' } });
assert.ok(!malformed.ok);
assert.deepEqual(
  malformed.issues.map((issue) => [issue.code, issue.path]),
  [
    ['INPUT_INVALID', ['lead', 'kind']],
    ['INPUT_INVALID', ['members']],
  ],
);
// #endregion english

// #region or-throw
// The summary, or a RulesError carrying every issue.
assert.equal(
  checkConsortiumOrThrow({ edition: '2026', track: 'capability', lead: potential, members: [] }).participants,
  1,
);
assert.throws(
  () =>
    checkConsortiumOrThrow({
      edition: '2026',
      track: 'capability',
      lead: potential,
      members: [{ id: 'other', kind: 'sme' }],
    }),
  (error: unknown) => {
    assert.ok(isRulesError(error, 'CONSORTIUM_MEMBER_KIND_NOT_ALLOWED'));
    assert.deepEqual(error.params.allowed, ['university', 'research-institute']);
    assert.deepEqual(
      error.issues.map((issue) => issue.rule.confidence),
      ['reported'],
    );
    return true;
  },
);
// #endregion or-throw
