// Versioning: living with rule-data changes (docs/guides/en/versioning.md and its Korean twin).
import assert from 'node:assert/strict';
import { EDITION_IDS, getEdition, isEditionId } from 'regional-innovation-rnd/program';
import type { Evidence } from 'regional-innovation-rnd/rules';

// #region pin-values
// In your own tests: the rule values your application relies on, with their confidence and sources.
// When an upgrade corrects one of them, this test names it, and the changelog says why.
const cite = (evidence: Evidence): string =>
  `${evidence.confidence}: ${evidence.sources.map((source) => `${source.publisher} ${source.date}`).join('; ')}`;

const capability = getEdition('2026').tracks.capability;
const sme = getEdition('2026').costSharing.sme;
assert.deepEqual(
  {
    maxGrantPerYear: [capability.maxGrantPerYear, cite(capability.provenance.maxGrantPerYear)],
    maxGrantTotal: [capability.maxGrantTotal, cite(capability.provenance.maxGrantTotal)],
    smePublicPercent: [sme.maxPublicPercent, cite(sme.provenance)],
  },
  {
    maxGrantPerYear: [200_000_000, 'confirmed: SBS 2026-01-29; 뉴스1 2026-01-29'],
    maxGrantTotal: [400_000_000, 'confirmed: SBS 2026-01-29; 뉴스1 2026-01-29'],
    smePublicPercent: [75, 'reported: 중소벤처기업부 2026-01; 과학기술정책연구원(STEPI) 2023-12-11'],
  },
);
// #endregion pin-values

// #region edition-growth
// A new call is a minor release that adds an edition id: treat the list as open.
function editionLabel(input: string): string {
  if (!isEditionId(input)) return `no rules for ${input} (known: ${EDITION_IDS.join(', ')})`;
  const edition = getEdition(input);
  return `${edition.id}: ${edition.applicationWindow.opens.slice(0, 10)} – ${edition.applicationWindow.closes.slice(0, 10)}`;
}

assert.equal(editionLabel('2026'), '2026: 2026-02-11 – 2026-03-03');
assert.equal(editionLabel('2031'), 'no rules for 2031 (known: 2025, 2026)');
// #endregion edition-growth
