/**
 * Planning grants: planGrant for a 2-year, 4-participant request (the inverse of checkGrantPlan,
 * which it also runs on the plan it makes), against checkGrantPlan on the plan alone. Target:
 * planGrant ≥ 50,000 plans/s on one core. requiredOwnShare and maxPublicFunding, the one-line
 * answers, for scale.
 */
import {
  checkGrantPlan,
  maxPublicFunding,
  planGrant,
  requiredOwnShare,
  type PlanRequest,
} from 'regional-innovation-rnd/grants';
import { bench, isQuick, ratio, report } from './harness';

const COUNT = isQuick ? 5_000 : 50_000;

const requests: PlanRequest[] = Array.from({ length: COUNT }, (_, i) => ({
  edition: i % 3 === 0 ? '2025' : '2026',
  track: 'supply-chain',
  years: 2,
  participants: [
    { id: 'lead', kind: 'sme', role: 'lead', weight: 50 + (i % 20) },
    { id: 'partner', kind: 'sme', weight: 20 },
    { id: 'uni', kind: 'university', weight: 15 },
    { id: 'big', kind: 'midsize', weight: 10 + (i % 7) },
  ],
  unit: i % 2 === 0 ? 1000 : 1,
}));
const plans = requests.map((request) => {
  const made = planGrant(request);
  if (!made.ok) throw new Error('a bench request did not plan');
  return made.value.plan;
});

const results = bench(
  [
    {
      name: `(a) planGrant × ${COUNT.toLocaleString('en-US')}`,
      units: COUNT,
      run: () => requests.reduce((n, request) => n + (planGrant(request).ok ? 1 : 0), 0),
    },
    {
      name: '(b) checkGrantPlan on the same plans',
      units: COUNT,
      run: () => plans.reduce((n, plan) => n + (checkGrantPlan(plan).ok ? 1 : 0), 0),
    },
    {
      name: '(c) requiredOwnShare',
      units: COUNT,
      run: () =>
        requests.reduce(
          (n, _, i) =>
            n + requiredOwnShare({ edition: '2026', kind: 'sme', publicFunding: 400_000_000 + i }).total,
          0,
        ),
    },
    {
      name: '(d) maxPublicFunding',
      units: COUNT,
      run: () =>
        requests.reduce(
          (n, _, i) =>
            n +
            maxPublicFunding({
              edition: '2026',
              track: 'supply-chain',
              kind: 'sme',
              cash: 20_000_000,
              inKind: 80_000_000 + i,
            }).publicFunding,
          0,
        ),
    },
  ],
  { rounds: isQuick ? 5 : 7, warmup: 1 },
);
report(`planner: ${COUNT.toLocaleString('en-US')} requests of 2 years × 4 participants`, results);
const [a, b] = results;
if (a) {
  const rate = a.unitsPerSecond ?? 0;
  console.log(
    `  (a) ${Math.round(rate).toLocaleString('en-US')} plans/s (target ≥ 50,000: ${rate >= 50_000 ? 'met' : 'MISSED'})`,
  );
}
if (a && b) ratio('(a) / (b) planGrant vs checkGrantPlan on its plan', a, b);
