/**
 * Tiering ten million companies in 41 cohorts, once each way, with the time and the memory it
 * takes (process.memoryUsage before and after, and the peak RSS): tierCohort on objects, and
 * tierCohortColumns on a Float64Array of scores with an array of cohort keys. Not part of
 * `npm run bench` (it needs a few GB and half a minute); run it after `npm run build`:
 *
 *   TSX_TSCONFIG_PATH=tsconfig.bench.json node --expose-gc --import tsx bench/tiering-10m.ts [count]
 */
import { performance } from 'node:perf_hooks';
import { tierCohort, tierCohortColumns } from 'regional-innovation-rnd/tiering';
import { random } from './harness';

const COUNT = Number(process.argv[2] ?? 10_000_000);
const COHORTS = 41;
const gc = (globalThis as { gc?: () => void }).gc;

const next = random(2025);
const industries = Array.from({ length: COHORTS }, (_, i) => `industry-${String(i).padStart(2, '0')}`);
const cohorts = Array.from({ length: COUNT }, () => industries[Math.floor(next() * COHORTS)] as string);
const scores = Float64Array.from({ length: COUNT }, () => Math.round(next() * 1000) / 10);
const companies = Array.from({ length: COUNT }, (_, i) => ({
  industry: cohorts[i] as string,
  score: scores[i] as number,
}));

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function measure(name: string, run: () => number): void {
  gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  const length = run();
  const seconds = (performance.now() - start) / 1000;
  const after = process.memoryUsage();
  console.log(
    `  ${name.padEnd(34)} ${seconds.toFixed(2)} s  rss ${mb(before.rss)} → ${mb(after.rss)}, ` +
      `heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, array buffers ${mb(before.arrayBuffers)} → ${mb(after.arrayBuffers)} (${length.toLocaleString('en-US')} results)`,
  );
}

console.log(
  `## tiering ${COUNT.toLocaleString('en-US')} companies in ${String(COHORTS)} cohorts (one-decimal scores)`,
);
measure('Float64Array sort of the scores', () => Float64Array.from(scores).sort().length);
measure('tierCohort', () => tierCohort(companies, { score: 'score', cohort: 'industry' }).length);
measure('tierCohortColumns', () => tierCohortColumns(scores, { cohorts }).rank.length);
console.log(`  peak RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
