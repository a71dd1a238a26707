// Prints the results of a fixed set of calls as JSON: run under different time zones, the output
// must not change (test/determinism/determinism.test.ts).
import { assessEligibility } from 'regional-innovation-rnd/eligibility';
import { checkGrantPlan, planGrant } from 'regional-innovation-rnd/grants';
import { editionFor, isApplicationOpen } from 'regional-innovation-rnd/program';
import { describeInput } from 'regional-innovation-rnd/rules';
import { tierCohort } from 'regional-innovation-rnd/tiering';

const instants = [
  '2025-12-31T15:00:00Z',
  '2025-12-31T14:59:59.999Z',
  '2026-03-03T09:00:00.000Z',
  1_741_078_800_001,
];
const out = {
  editions: instants.map((instant) => editionFor(instant)?.id ?? null),
  open: instants.map((instant) => isApplicationOpen('2026', instant)),
  echo: describeInput(new Date(Date.UTC(2025, 2, 4, 9))),
  tiers: tierCohort(
    [3, 1, 2, 2, 5].map((score) => ({ score })),
    { score: 'score' },
  ).map((r) => [r.rank, r.tier]),
  plan: checkGrantPlan({
    edition: '2026',
    track: 'capability',
    years: [
      {
        participants: [
          { id: 'a', kind: 'sme', publicFunding: '1억 5천만원', cash: 5_000_000, inKind: 45_000_000 },
        ],
      },
    ],
  }),
  planned: planGrant({
    edition: '2026',
    track: 'supply-chain',
    years: 2,
    participants: [
      { id: 'lead', kind: 'sme', weight: 0.6 },
      { id: 'partner', kind: 'sme', weight: 0.25 },
      { id: 'uni', kind: 'university', weight: 0.15 },
    ],
    unit: 1000,
  }),
  eligibility: assessEligibility(
    { kind: 'sme', region: '부산', industry: '실버케어테크', tier: 'potential', rndIntensity: 0.05 },
    { edition: '2026', track: 'capability' },
  ),
};
process.stdout.write(JSON.stringify(out));
