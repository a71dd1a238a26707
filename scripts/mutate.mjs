// `npm run mutate`: Stryker over src/ (stryker.config.mjs), the release gate of
// `npm run check -- --release`. Nothing binary is committed: Stryker keeps its incremental report
// in reports/ (ignored by git), so repeated local runs re-test only what changed since the last
// local run, and a run on a clean clone tests every mutant (about an hour on two cores).
//   npm run mutate -- --write-score   also writes mutation/SCORE.md from the run's report: the score
//                                     per file and in all, counted strictly; commit it with a release.
// The other arguments go to Stryker. A run changes no tracked file unless asked.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreTable } from './mutation-score.mjs';

const root = resolve(import.meta.dirname, '..');
const write = process.argv.includes('--write-score');
const args = process.argv.slice(2).filter((arg) => arg !== '--write-score');

const { status } = spawnSync('npx', ['stryker', 'run', ...args], { cwd: root, stdio: 'inherit' });
const report = join(root, 'reports', 'mutation', 'mutation.json');
if (write && existsSync(report)) {
  writeFileSync(join(root, 'mutation', 'SCORE.md'), scoreTable(JSON.parse(readFileSync(report, 'utf8'))));
  console.log('wrote mutation/SCORE.md');
}
process.exit(status ?? 1);
