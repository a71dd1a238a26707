/**
 * What a user pays before the first call: how many modules `require('regional-innovation-rnd')`
 * loads, and how long a fresh Node process takes to import the main entry, compared with importing
 * zod alone in the same run (each sample is a new process, the two interleaved). Targets: at most
 * 200 modules, and the main entry's import at most 1.5× zod's.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isQuick, isStrict } from './harness';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = isQuick ? 5 : 21;

/** Milliseconds a new process spends importing `specifier`, as it measures itself. */
function importTime(specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
  return Number(output.toString().trim());
}

/** The modules (files) one `require` of the CommonJS main entry loads, by package. */
function modulesLoaded(): { total: number; byPackage: Record<string, number> } {
  const script = `
    const before = new Set(Object.keys(require.cache));
    require('./dist/index.cjs');
    const byPackage = {};
    for (const file of Object.keys(require.cache).filter((f) => !before.has(f))) {
      const name = file.match(/node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/)?.[1] ?? 'regional-innovation-rnd';
      byPackage[name] = (byPackage[name] ?? 0) + 1;
    }
    console.log(JSON.stringify(byPackage));`;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: root });
  const byPackage = JSON.parse(output.toString()) as Record<string, number>;
  return { total: Object.values(byPackage).reduce((a, b) => a + b, 0), byPackage };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const zodTimes: number[] = [];
const mainTimes: number[] = [];
importTime('./dist/index.js'); // a first import warms the file system cache
for (let round = 0; round < rounds; round += 1) {
  zodTimes.push(importTime('zod'));
  mainTimes.push(importTime('./dist/index.js'));
}
const zod = median(zodTimes);
const main = median(mainTimes);
const modules = modulesLoaded();

console.log('\n## Cold start (a new process per sample)');
console.log(`  import 'zod' alone                           median ${zod.toFixed(2).padStart(9)} ms`);
console.log(`  import 'regional-innovation-rnd'             median ${main.toFixed(2).padStart(9)} ms`);
const timeMet = main <= 1.5 * zod;
console.log(
  `  ratio main entry ÷ zod: ${(main / zod).toFixed(2)} (target ≤ 1.5: ${timeMet ? 'met' : 'MISSED'})`,
);
const modulesMet = modules.total <= 200;
console.log(
  `  modules loaded by require: ${String(modules.total)} (target ≤ 200: ${modulesMet ? 'met' : 'MISSED'}) ${JSON.stringify(modules.byPackage)}`,
);
if (isStrict && !(timeMet && modulesMet)) process.exitCode = 1;
