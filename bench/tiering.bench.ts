/**
 * Tiering at scale: 1,000,000 companies in 41 cohorts with random scores (100,000 with --quick;
 * any size with --tiering-size N). Measured in the same run:
 *   (a) tierCohort,
 *   (b) a bare Float64Array sort of the same scores,
 *   (c) a straightforward baseline: group with a Map, sort each group's objects with a
 *       comparator, walk the sorted list to assign ranks and tiers.
 * Targets: (a) ≤ 2 × (b); (a) at least 3 × faster than (c); peak memory of (a) under 200 MB.
 * Then, for information, tierCohortColumns on the same scores, and the same companies with
 * one-decimal scores; and 100,000 companies with integer scores 0–100 (many ties), target
 * tierCohort ≤ 2.5 × the bare sort. Ten million companies: bench/tiering-10m.ts.
 */
import { tierCohort, tierCohortColumns } from 'regional-innovation-rnd/tiering';
import { bench, isQuick, random, ratio, report } from './harness';

const sizeArg = process.argv.indexOf('--tiering-size');
const COUNT = sizeArg !== -1 ? Number(process.argv[sizeArg + 1]) : isQuick ? 100_000 : 1_000_000;
const COHORTS = 41;

interface Company {
  readonly id: number;
  readonly industry: string;
  readonly score: number;
}

const industries = Array.from({ length: COHORTS }, (_, i) => `industry-${String(i).padStart(2, '0')}`);

// Integer scores 0–100 (many ties: about 24 companies share each score in each cohort), 100,000
// companies whatever the size asked for: the tie-heavy case, with its own target. Run first, on a
// heap that does not yet hold the million companies below.
const TIES_COUNT = 100_000;
const nextTie = random(2026);
const integerScored = Array.from({ length: TIES_COUNT }, (_, id) => ({
  id,
  industry: industries[Math.floor(nextTie() * COHORTS)] as string,
  score: Math.floor(nextTie() * 101),
}));
const integerScores = Float64Array.from(integerScored, (c) => c.score);
const integerResults = bench(
  [
    {
      name: '(a) tierCohort, integer scores 0–100',
      units: TIES_COUNT,
      run: () => tierCohort(integerScored, { score: 'score', cohort: 'industry' }).length,
    },
    {
      name: '(b) Float64Array sort, integer scores',
      units: TIES_COUNT,
      run: () => Float64Array.from(integerScores).sort()[0],
    },
  ],
  // More warm-up than the other sections: this one runs first, before tierCohort is compiled.
  { rounds: 15, warmup: 6 },
);
report(`tiering: ${TIES_COUNT.toLocaleString('en-US')} companies, integer scores 0–100`, integerResults);
const [intA, intB] = integerResults;
if (intA && intB) ratio('(a) / (b) integer scores', intA, intB, { atMost: 2.5 });

const next = random(2025);
const companies: Company[] = Array.from({ length: COUNT }, (_, id) => ({
  id,
  industry: industries[Math.floor(next() * COHORTS)] as string,
  // Uniformly random scores on a 0–100 scale.
  score: next() * 100,
}));
const scores = Float64Array.from(companies, (c) => c.score);
const companyIndustries = companies.map((c) => c.industry);

function baseline(items: readonly Company[]): { rank: number; tier: string }[] {
  const groups = new Map<string, { company: Company; index: number }[]>();
  items.forEach((company, index) => {
    const group = groups.get(company.industry);
    if (group) group.push({ company, index });
    else groups.set(company.industry, [{ company, index }]);
  });
  const out = new Array<{ rank: number; tier: string }>(items.length);
  for (const group of groups.values()) {
    group.sort((a, b) => b.company.score - a.company.score);
    let rank = 1;
    group.forEach((entry, position) => {
      if (position > 0 && entry.company.score !== group[position - 1]?.company.score) rank = position + 1;
      const share = (rank * 100) / group.length;
      out[entry.index] = { rank, tier: share <= 30 ? 'leading' : share <= 50 ? 'potential' : 'none' };
    });
  }
  return out;
}

// Peak memory of one tierCohort call over what the process held before it.
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const once = tierCohort(companies, { score: 'score', cohort: 'industry' });
const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
const leading = once.filter((r) => r.tier === 'leading').length;

const results = bench(
  [
    {
      name: `(a) tierCohort × ${COUNT.toLocaleString('en-US')}`,
      units: COUNT,
      run: () => tierCohort(companies, { score: 'score', cohort: 'industry' }).length,
    },
    {
      name: '(b) Float64Array sort of the scores',
      units: COUNT,
      run: () => Float64Array.from(scores).sort()[0],
    },
    { name: '(c) baseline: Map + object sort + walk', units: COUNT, run: () => baseline(companies).length },
    {
      name: '(d) tierCohortColumns, the same scores',
      units: COUNT,
      run: () => tierCohortColumns(scores, { cohorts: companyIndustries }).rank.length,
    },
  ],
  { rounds: isQuick ? 5 : COUNT > 2_000_000 ? 3 : 7, warmup: 1 },
);

report(`tiering: ${COUNT.toLocaleString('en-US')} companies in ${String(COHORTS)} cohorts`, results);
const [a, b, c, d] = results;
if (a && b && c && d) {
  ratio('(a) / (b) tierCohort vs bare sort', a, b, { atMost: 2 });
  ratio('(c) / (a) baseline vs tierCohort (speed-up)', c, a, { atLeast: 3 });
  ratio('(d) / (b) tierCohortColumns vs bare sort', d, b);
}
console.log(
  `  peak memory of one tierCohort call: +${peakMb.toFixed(0)} MB over ${(rssBefore / 2 ** 20).toFixed(0)} MB before (target < 200 MB); ` +
    `${leading.toLocaleString('en-US')} leading (${((leading * 100) / COUNT).toFixed(2)}%)`,
);

// The same companies scored on a 0–100 scale with one decimal: many ties, as real scorings have.
// Reported for information; the targets above are for random scores.
const tied = companies.map((company) => ({ ...company, score: Math.round(company.score * 10) / 10 }));
const tiedScores = Float64Array.from(tied, (c) => c.score);
const tiedResults = bench(
  [
    {
      name: '(a) tierCohort, one-decimal scores',
      units: COUNT,
      run: () => tierCohort(tied, { score: 'score', cohort: 'industry' }).length,
    },
    {
      name: '(b) Float64Array sort, one-decimal scores',
      units: COUNT,
      run: () => Float64Array.from(tiedScores).sort()[0],
    },
  ],
  { rounds: isQuick ? 5 : COUNT > 2_000_000 ? 3 : 7, warmup: 1 },
);
report('tiering with many ties (for information)', tiedResults);
const [tiedA, tiedB] = tiedResults;
if (tiedA && tiedB) ratio('(a) / (b) with ties', tiedA, tiedB);
