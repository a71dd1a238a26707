/// <reference lib="dom" />
// The browser smoke test's page script: uses the built package as a browser bundle would.
import { checkGrantPlan, explainTier, formatKRW, tierCohort } from 'regional-innovation-rnd';

const companies = [
  { name: '해운대소재', industry: 'busan-ultra-precision', score: 91 },
  { name: '부산정밀', industry: 'busan-ultra-precision', score: 88.5 },
  { name: '영도부품', industry: 'busan-ultra-precision', score: 74.2 },
  { name: '기장머티리얼', industry: 'busan-ultra-precision', score: 79.9 },
];
const tiers = tierCohort(companies, { score: 'score', cohort: 'industry' });
const plan = checkGrantPlan({
  edition: '2026',
  track: 'capability',
  years: [{ participants: [{ id: '수영케어', kind: 'sme', publicFunding: '2억 1원', cash: 0, inKind: 0 }] }],
});

const lines = [
  ...tiers.map((t) => `${t.item.name}: ${explainTier(t).message}`),
  plan.ok ? 'plan ok' : plan.issues.map((issue) => `${issue.code}: ${issue.message}`).join('\n'),
  formatKRW(1_044_500_000_000),
];
document.body.textContent = lines.join('\n');
(window as unknown as { __result: unknown }).__result = {
  tiers: tiers.map((t) => t.tier),
  planCodes: plan.ok ? [] : plan.issues.map((issue) => issue.code),
  text: lines.join('\n'),
};
