// `npm run mutate`: Stryker over src/ (stryker.config.mjs). Nothing binary is committed: Stryker
// keeps its incremental reports in reports/ (ignored by git), so repeated local runs re-test only
// what changed since the last local run.
//   npm run mutate                    one run over everything the config mutates.
//   npm run mutate:release            (`mutate -- --write-score`) the release run: one Stryker run
//                                     per area of src/ (tiering, money, …), each area's report kept
//                                     in reports/mutation/areas/ as soon as it ends, so that a run
//                                     stopped halfway resumes at the next area (`--fresh` starts
//                                     over); then mutation/SCORE.md, the score per file and in all,
//                                     counted strictly. Commit it with the release. It fails when
//                                     an area's run fails.
// The other arguments go to Stryker. A run changes no tracked file unless asked.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import config from '../stryker.config.mjs';
import { scoreTable } from './mutation-score.mjs';

const root = resolve(import.meta.dirname, '..');
const flags = new Set(['--write-score', '--fresh']);
const args = process.argv.slice(2).filter((arg) => !flags.has(arg));
const stryker = (extra) =>
  spawnSync('npx', ['stryker', 'run', ...extra, ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;

if (!process.argv.includes('--write-score')) process.exit(stryker([]));

/** The config's patterns for one area: its files, with every exclusion, in the config's order. */
const patternsOf = (area) =>
  config.mutate.flatMap((pattern) => {
    if (pattern.startsWith('!')) return [pattern];
    if (pattern === 'src/**/*.ts') return [`src/${area}/**/*.ts`];
    return pattern.startsWith(`src/${area}/`) ? [pattern] : [];
  });

const areasDir = join(root, 'reports', 'mutation', 'areas');
if (process.argv.includes('--fresh')) rmSync(areasDir, { recursive: true, force: true });
mkdirSync(areasDir, { recursive: true });
const areas = readdirSync(join(root, 'src')).filter((name) =>
  statSync(join(root, 'src', name)).isDirectory(),
);
const files = {};
for (const area of areas) {
  const kept = join(areasDir, `${area}.json`);
  if (!existsSync(kept)) {
    console.log(`\n━━ mutation: src/${area}/`);
    const incremental = ['--incrementalFile', `reports/stryker-incremental-${area}.json`];
    const status = stryker(['--mutate', patternsOf(area).join(','), ...incremental]);
    if (status !== 0) process.exit(status);
    renameSync(join(root, 'reports', 'mutation', 'mutation.json'), kept);
  }
  // An incremental report also carries earlier results of files outside the run: keep the area's.
  for (const [file, result] of Object.entries(JSON.parse(readFileSync(kept, 'utf8')).files)) {
    if (file.startsWith(`src/${area}/`)) files[file] = result;
  }
}
writeFileSync(join(root, 'mutation', 'SCORE.md'), scoreTable({ files }));
console.log('wrote mutation/SCORE.md');
