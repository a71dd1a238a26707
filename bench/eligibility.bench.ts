/**
 * Screening companies: assessEligibility over a mixed table (passing, failing, undetermined, with
 * attestations, amounts as text) against
 *   - a plain check of the same stated rules on pre-parsed numbers, which explains nothing and
 *     reads no catalogue: the ratio is the price of the typed boundary, the sources and the
 *     sentences;
 *   - the same stated rules in json-rules-engine, the generic peer, on the same pre-parsed facts:
 *     assessEligibility is to stay at least 3 × faster than it.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { assessEligibility, type CompanyProfile } from 'regional-innovation-rnd/eligibility';
import { benchAsync, isQuick, ratio, report } from './harness';

const COUNT = isQuick ? 200 : 2_000;

const REGIONS = ['부산', '대구', '경북', '서울', '대전', '47', 'Gangwon'] as const;
const INDUSTRIES = [
  '실버케어테크',
  '디지털헬스케어',
  '라이프케어소재',
  '라이프케어소',
  '나노·반도체',
  '',
] as const;
const TIERS = ['leading', 'potential', 'none'] as const;
const companies: CompanyProfile[] = Array.from({ length: COUNT }, (_, i) => ({
  kind: i % 11 === 0 ? 'midsize' : 'sme',
  region: REGIONS[i % REGIONS.length] as string,
  industry: INDUSTRIES[i % INDUSTRIES.length] as string,
  tier: TIERS[i % TIERS.length] as (typeof TIERS)[number],
  sales: `${String(10 + (i % 90))}억원`,
  salesGrowth: (i % 30) / 100,
  rndIntensity: (i % 12) / 100,
  employees: i % 40,
}));
const attest = {
  'eligibility.research-institute': true,
  'eligibility.location': true,
  'eligibility.participation-restriction': true,
  'eligibility.tax-arrears': true,
  'eligibility.double-funding': true,
};
const options = {
  edition: '2026',
  track: 'supply-chain',
  overrides: { minSales: '15억', minSalesGrowth: 0.05, minEmployees: 5 },
  attest,
} as const;

// The same stated rules, hand-written on numbers: what an application portal does today.
const CAPITAL = new Set(['서울']);
const KEY: Readonly<Record<string, readonly string[]>> = {
  부산: ['실버케어테크'],
  경북: ['라이프케어소재'],
};
const plain = companies.map((c, i) => ({
  sme: c.kind === 'sme',
  capital: CAPITAL.has(String(c.region)),
  industry: String(c.industry),
  region: String(c.region),
  tier: c.tier,
  sales: (10 + (i % 90)) * 100_000_000,
  growth: c.salesGrowth ?? 0,
  intensity: c.rndIntensity ?? 0,
  employees: c.employees ?? 0,
}));
function plainCheck(c: (typeof plain)[number]): string {
  const industry = KEY[c.region]?.includes(c.industry) ?? null;
  const sales = c.intensity * 100 >= 5 || (c.sales >= 1_500_000_000 && c.growth >= 0.05);
  if (!c.sme || c.capital || industry === false || c.tier !== 'leading' || !sales || c.employees < 5) {
    return 'ineligible';
  }
  return industry === null ? 'undetermined' : 'eligible';
}

// The stated rules (an SME, a non-capital region, a key industry of it, the track's tier, the sales
// rule) for json-rules-engine, on the same pre-parsed facts: one rule whose event is the company
// meeting them all.
const ELIGIBLE: RuleProperties = {
  conditions: {
    all: [
      { fact: 'sme', operator: 'equal', value: true },
      { fact: 'capital', operator: 'equal', value: false },
      { fact: 'keyIndustry', operator: 'equal', value: true },
      { fact: 'tier', operator: 'equal', value: 'leading' },
      {
        any: [
          { fact: 'intensityPercent', operator: 'greaterThanInclusive', value: 5 },
          {
            all: [
              { fact: 'sales', operator: 'greaterThanInclusive', value: 1_500_000_000 },
              { fact: 'growth', operator: 'greaterThanInclusive', value: 0.05 },
            ],
          },
        ],
      },
    ],
  },
  event: { type: 'eligible' },
};
const engine = new Engine([ELIGIBLE], { allowUndefinedFacts: true });
const engineFacts = plain.map((c) => ({
  ...c,
  keyIndustry: KEY[c.region]?.includes(c.industry) ?? null,
  intensityPercent: c.intensity * 100,
}));

const results = await benchAsync([
  {
    name: `assessEligibility × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let eligible = 0;
      for (const company of companies)
        if (assessEligibility(company, options).outcome === 'eligible') eligible += 1;
      return eligible;
    },
  },
  {
    name: `baseline: plain check of the stated rules × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: () => {
      let eligible = 0;
      for (const company of plain) if (plainCheck(company) === 'eligible') eligible += 1;
      return eligible;
    },
  },
  {
    name: `json-rules-engine, the same stated rules × ${COUNT.toLocaleString('en-US')}`,
    units: COUNT,
    run: async () => {
      let eligible = 0;
      for (const facts of engineFacts) {
        const { events } = await engine.run(facts);
        if (events.length > 0) eligible += 1;
      }
      return eligible;
    },
  },
]);

report('eligibility: screening a table of companies', results);
const [assessed, baseline, rulesEngine] = results;
if (assessed && baseline) ratio('assessEligibility / plain check', assessed, baseline);
if (assessed && rulesEngine)
  ratio('json-rules-engine / assessEligibility', rulesEngine, assessed, { atLeast: 3 });
