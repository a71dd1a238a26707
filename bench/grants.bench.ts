/**
 * Validating grant plans: 100,000 plans of 2 years × 4 participants (10,000 with --quick), half of
 * them breaking a rule. Measured in the same run:
 *   (a) checkGrantPlan — schema, exact checks, summary with exact decimal shares;
 *   (b) a hand-written baseline on plain numbers doing the same job: typeof shape checks, the
 *       same rules with floating-point shares, the same summary and issues with messages.
 *   (c) checkGrantPlan on the same plans with every amount as Korean text (`'3억 1원'`), as
 *       forms and spreadsheets give them.
 * Targets: (a) ≥ 50,000 plans/s on one core, and no slower than 4 × (b).
 */
import {
  checkGrantPlan,
  type GrantParticipantInput,
  type GrantPlanInput,
} from 'regional-innovation-rnd/grants';
import { formatKRW } from 'regional-innovation-rnd/money';
import { bench, isQuick, ratio, report } from './harness';

const COUNT = isQuick ? 10_000 : 100_000;

function plan(i: number): GrantPlanInput {
  const bump = i % 2; // every other plan is one won over the SME public share
  const year = {
    participants: [
      {
        id: 'lead',
        kind: 'sme' as const,
        publicFunding: 300_000_000 + bump,
        cash: 10_000_000,
        inKind: 90_000_000 - bump,
      },
      {
        id: 'partner',
        kind: 'sme' as const,
        publicFunding: 150_000_000,
        cash: 5_000_000,
        inKind: 45_000_000,
      },
      { id: 'uni', kind: 'university' as const, publicFunding: 150_000_000, cash: 0, inKind: 0 },
      {
        id: 'big',
        kind: 'midsize' as const,
        publicFunding: 70_000_000,
        cash: 13_000_000 + (i % 1000),
        inKind: 17_000_000,
      },
    ],
  };
  return { edition: i % 3 === 0 ? '2025' : '2026', track: 'supply-chain', years: [year, year] };
}

const plans = Array.from({ length: COUNT }, (_, i) => plan(i));
const asText = (won: GrantParticipantInput['publicFunding']): string => formatKRW(Number(won));
const textPlans: GrantPlanInput[] = plans.map((p) => ({
  ...p,
  years: p.years.map((year) => ({
    participants: year.participants.map((row) => ({
      ...row,
      publicFunding: asText(row.publicFunding),
      cash: asText(row.cash),
      inKind: asText(row.inKind),
    })),
  })),
}));
const CAPS = { perYear: 700_000_000, total: 1_400_000_000, maxYears: 2 };
const SHARES = {
  sme: [75, 10],
  midsize: [70, 13],
  large: [50, 15],
  university: [100, null],
  'research-institute': [100, null],
  nonprofit: [100, null],
} as const;
const KEYS = ['id', 'kind', 'publicFunding', 'cash', 'inKind'];

interface BaselineIssue {
  code: string;
  path: (string | number)[];
  params: Record<string, unknown>;
  message: string;
}

/**
 * The same job done by hand in plain numbers: shape checks with typeof, the same rules with
 * floating-point shares, the same summary (shares as String(number)) and issues with messages.
 * What it leaves out is exactly what the library adds: exact arithmetic, money in any form,
 * a schema, localized messages with sources.
 */
function baseline(p: GrantPlanInput): { ok: boolean; issues: BaselineIssue[]; summary: unknown } {
  const issues: BaselineIssue[] = [];
  if (typeof p !== 'object' || p.years.length === 0) {
    return {
      ok: false,
      issues: [{ code: 'INPUT', path: [], params: {}, message: 'bad plan' }],
      summary: null,
    };
  }
  if (p.years.length > CAPS.maxYears) {
    issues.push({
      code: 'YEARS',
      path: ['years'],
      params: { limit: CAPS.maxYears, actual: p.years.length },
      message: `too many years: ${String(p.years.length)}`,
    });
  }
  let planPublic = 0;
  let planCash = 0;
  let planInKind = 0;
  const years = p.years.map((year, y) => {
    let yearPublic = 0;
    let yearCash = 0;
    let yearInKind = 0;
    const participants = year.participants.map((participant, i) => {
      if (Object.keys(participant).length !== KEYS.length)
        issues.push({
          code: 'INPUT',
          path: ['years', y, 'participants', i],
          params: {},
          message: 'extra key',
        });
      const pub = participant.publicFunding as number;
      const cash = participant.cash as number;
      const inKind = participant.inKind as number;
      if (!Number.isSafeInteger(pub) || !Number.isSafeInteger(cash) || !Number.isSafeInteger(inKind)) {
        issues.push({
          code: 'MONEY',
          path: ['years', y, 'participants', i],
          params: {},
          message: 'bad money',
        });
      }
      const total = pub + cash + inKind;
      const own = cash + inKind;
      const [maxPublic, minCash] = SHARES[participant.kind];
      const publicShare = pub / total;
      if (publicShare > maxPublic / 100) {
        issues.push({
          code: 'PUBLIC_SHARE',
          path: ['years', y, 'participants', i, 'publicFunding'],
          params: { limit: maxPublic / 100, actual: publicShare },
          message: `public share ${String(publicShare)} over ${String(maxPublic / 100)}`,
        });
      }
      const cashShare = own > 0 ? cash / own : null;
      if (minCash !== null && cashShare !== null && cashShare < minCash / 100) {
        issues.push({
          code: 'CASH_SHARE',
          path: ['years', y, 'participants', i, 'cash'],
          params: { limit: minCash / 100, actual: cashShare },
          message: `cash share ${String(cashShare)} under ${String(minCash / 100)}`,
        });
      }
      yearPublic += pub;
      yearCash += cash;
      yearInKind += inKind;
      return {
        id: participant.id,
        kind: participant.kind,
        publicFunding: pub,
        cash,
        inKind,
        total,
        publicShare: String(publicShare),
        cashShare: cashShare === null ? null : String(cashShare),
        limits: {
          publicShare: String(maxPublic / 100),
          cashShare: minCash === null ? null : String(minCash / 100),
        },
        headroom: {
          publicFunding: maxPublic === 100 ? null : Math.floor((maxPublic * own) / (100 - maxPublic)) - pub,
          cash: minCash === null ? null : cash - Math.ceil((minCash * own) / 100),
        },
      };
    });
    if (yearPublic > CAPS.perYear) {
      issues.push({
        code: 'YEAR_CAP',
        path: ['years', y],
        params: { limit: CAPS.perYear, actual: yearPublic },
        message: `year ${String(y + 1)} over the cap`,
      });
    }
    planPublic += yearPublic;
    planCash += yearCash;
    planInKind += yearInKind;
    const yearTotal = yearPublic + yearCash + yearInKind;
    return {
      year: y + 1,
      publicFunding: yearPublic,
      cash: yearCash,
      inKind: yearInKind,
      total: yearTotal,
      publicShare: String(yearPublic / yearTotal),
      participants,
      headroom: { publicFunding: CAPS.perYear - yearPublic },
    };
  });
  if (planPublic > CAPS.total)
    issues.push({
      code: 'TOTAL_CAP',
      path: ['years'],
      params: { limit: CAPS.total, actual: planPublic },
      message: 'over the total cap',
    });
  const planTotal = planPublic + planCash + planInKind;
  const summary = {
    years,
    total: {
      publicFunding: planPublic,
      cash: planCash,
      inKind: planInKind,
      total: planTotal,
      publicShare: String(planPublic / planTotal),
      headroom: { publicFunding: CAPS.total - planPublic },
    },
  };
  return { ok: issues.length === 0, issues, summary };
}

const failing = plans.filter((p) => !checkGrantPlan(p).ok).length;
if (textPlans.filter((p) => !checkGrantPlan(p).ok).length !== failing) {
  throw new Error('the plans with amounts as text should fail as those with numbers do');
}
const results = bench(
  [
    {
      name: `(a) checkGrantPlan × ${COUNT.toLocaleString('en-US')}`,
      units: COUNT,
      run: () => plans.reduce((n, p) => n + (checkGrantPlan(p).ok ? 1 : 0), 0),
    },
    {
      name: '(b) baseline: plain numbers',
      units: COUNT,
      run: () => plans.reduce((n, p) => n + (baseline(p).ok ? 1 : 0), 0),
    },
    {
      name: '(c) checkGrantPlan, amounts as Korean text',
      units: COUNT,
      run: () => textPlans.reduce((n, p) => n + (checkGrantPlan(p).ok ? 1 : 0), 0),
    },
  ],
  { rounds: isQuick ? 5 : 7, warmup: 1 },
);
report(
  `grants: ${COUNT.toLocaleString('en-US')} plans of 2 years × 4 participants (${String(failing)} failing)`,
  results,
);
const [a, b, c] = results;
if (a && c) ratio('(c) / (a) amounts as text vs numbers', c, a);
if (a && b) {
  const rate = a.unitsPerSecond ?? 0;
  console.log(
    `  (a) ${Math.round(rate).toLocaleString('en-US')} plans/s (target ≥ 50,000: ${rate >= 50_000 ? 'met' : 'MISSED'})`,
  );
  ratio('(a) / (b) checkGrantPlan vs plain-number baseline', a, b, { atMost: 4 });
}
