/**
 * A small benchmark harness: runs each case in rounds, interleaved so that drift on a noisy
 * machine hits every case alike, and reports medians and ratios measured in the same run.
 * Benchmarks are never timed unit tests: they report, and fail only when asked to (`--strict`).
 */
import { performance } from 'node:perf_hooks';

/** `--quick`: small sizes, for `npm run check`. */
export const isQuick = process.argv.includes('--quick');
/** `--strict`: a missed ratio target makes the run fail. */
export const isStrict = process.argv.includes('--strict');

export interface BenchCase {
  readonly name: string;
  /** Runs the work once and returns something derived from it, so it cannot be optimised away. */
  readonly run: () => unknown;
  /** How many units of work one run does (items, plans), for a per-second rate. */
  readonly units?: number;
}

export interface BenchResult {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly unitsPerSecond?: number;
  readonly samples: number;
}

export interface BenchOptions {
  /** Timed rounds per case (default 9). */
  readonly rounds?: number;
  /** Untimed rounds first (default 2). */
  readonly warmup?: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const collectGarbage = (globalThis as { gc?: () => void }).gc;

let sink: unknown;
/** The last value a case returned; read it so the work stays observable. */
export const lastResult = (): unknown => sink;

/** A case whose work is asynchronous (a promise-based rules engine): timed until it settles. */
export interface AsyncBenchCase extends Omit<BenchCase, 'run'> {
  readonly run: () => unknown;
}

export function bench(cases: readonly BenchCase[], options: BenchOptions = {}): BenchResult[] {
  const { rounds = 9, warmup = 2 } = options;
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < warmup + rounds; round += 1) {
    cases.forEach((benchCase, index) => {
      // With --expose-gc each case starts on a collected heap, so one case's garbage (or its
      // retained result) is not charged to the next.
      sink = undefined;
      collectGarbage?.();
      const start = performance.now();
      sink = benchCase.run();
      const elapsed = performance.now() - start;
      if (round >= warmup) times[index]?.push(elapsed);
    });
  }
  return summarise(cases, times);
}

/** {@link bench} for cases that may return a promise: each is timed until it settles. */
export async function benchAsync(
  cases: readonly AsyncBenchCase[],
  options: BenchOptions = {},
): Promise<BenchResult[]> {
  const { rounds = 9, warmup = 2 } = options;
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < warmup + rounds; round += 1) {
    for (const [index, benchCase] of cases.entries()) {
      sink = undefined;
      collectGarbage?.();
      const start = performance.now();
      sink = await benchCase.run();
      const elapsed = performance.now() - start;
      if (round >= warmup) times[index]?.push(elapsed);
    }
  }
  return summarise(cases, times);
}

function summarise(
  cases: readonly { readonly name: string; readonly units?: number }[],
  times: number[][],
): BenchResult[] {
  return cases.map((benchCase, index) => {
    const samples = times[index] ?? [];
    const medianMs = median(samples);
    const result: BenchResult = {
      name: benchCase.name,
      medianMs,
      minMs: Math.min(...samples),
      samples: samples.length,
    };
    return benchCase.units === undefined
      ? result
      : { ...result, unitsPerSecond: (benchCase.units / medianMs) * 1000 };
  });
}

export function report(title: string, results: readonly BenchResult[]): void {
  console.log(`\n## ${title}`);
  for (const r of results) {
    const rate =
      r.unitsPerSecond === undefined ? '' : `  ${Math.round(r.unitsPerSecond).toLocaleString('en-US')}/s`;
    console.log(
      `  ${r.name.padEnd(44)} median ${r.medianMs.toFixed(2).padStart(9)} ms  min ${r.minMs.toFixed(2).padStart(9)} ms${rate}`,
    );
  }
}

/** Prints a ratio between two results of the same run and checks it against a target. */
export function ratio(
  label: string,
  numerator: BenchResult,
  denominator: BenchResult,
  target?: { readonly atMost?: number; readonly atLeast?: number },
): boolean {
  const value = numerator.medianMs / denominator.medianMs;
  const met =
    target === undefined ||
    ((target.atMost === undefined || value <= target.atMost) &&
      (target.atLeast === undefined || value >= target.atLeast));
  const goal =
    target === undefined
      ? ''
      : ` (target ${target.atMost !== undefined ? `≤ ${target.atMost}` : `≥ ${String(target.atLeast)}`}: ${met ? 'met' : 'MISSED'})`;
  console.log(`  ratio ${label}: ${value.toFixed(2)}${goal}`);
  if (!met && isStrict) process.exitCode = 1;
  return met;
}

/**
 * A seeded generator (mulberry32): the same numbers in [0, 1) on every run, so every run measures
 * the same inputs.
 */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
