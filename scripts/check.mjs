// `npm run check`: every quality gate, in order, stopping at the first that fails.
import { spawnSync } from 'node:child_process';

const GATES = [
  ['exports', 'package.json exports match the entry list', 'check:exports'],
  ['typecheck', 'strict TypeScript', 'typecheck'],
  ['lint', 'eslint strictTypeChecked + purity rules, prettier --check', 'lint'],
  ['coverage', 'unit, property and golden tests with coverage thresholds', 'coverage'],
  ['build', 'tsup: ESM + CJS + d.ts, one file per module', 'build'],
  [
    'docs',
    'typedoc site (warnings as errors), an @example on every function and class, every page checked in Chromium',
    'docs:check',
  ],
  ['package', 'publint --strict, attw --profile node16', 'check:package'],
  ['size', 'size-limit, gzip, per entry point and key import', 'size'],
  ['consumer', 'npm pack → install → ESM, CJS and strict TypeScript consumers', 'check:consumer'],
  ['browser', 'the package bundled for the browser, run in headless Chromium', 'check:browser'],
  ['example', 'the quickstart and every guide example run', 'example'],
  ['bench', 'benchmarks at quick sizes', 'bench:quick'],
];
// Mutation testing runs per release (`npm run check -- --release`), not on every change: every
// mutant of the tree (about 7,000) takes over an hour on two cores, longer than a CI run may, and
// its score (mutation/SCORE.md, text) is a property of a release. No report is committed.
if (process.argv.includes('--release')) {
  GATES.push([
    'mutation',
    'Stryker per area of src/, mutation/SCORE.md: score ≥ 90% wanted, below 85% fails',
    'mutate:release',
  ]);
}

const started = Date.now();
for (const [index, [name, what, script]] of GATES.entries()) {
  const t0 = Date.now();
  console.log(`\n━━ [${index + 1}/${GATES.length}] ${name}: ${what} (npm run ${script})`);
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ gate "${name}" failed after ${seconds}s (exit ${status}); later gates were not run.`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\nAll ${GATES.length} gates passed in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
