// `npm run mutate`: Stryker over src/ (stryker.config.mjs), incremental from the report committed
// in mutation/. The report is kept gzipped (about 0.5 MB instead of 11 MB) and unpacked to
// reports/ for Stryker, which rewrites it there after every run. A run changes no tracked file
// (so `npm run check` leaves `git status` clean) unless asked:
//   npm run mutate -- --update-report   packs the run's report back into mutation/ when the run
//                                       passes; commit it with the change to src/ or test/, so that
//                                       the next run on a clean clone (CI) re-tests only what changes.
// The other arguments go to Stryker. The unpacked report is replaced only when the committed one is
// newer (a fresh clone, a pull, a checkout), so repeated local runs build on the last local run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const packed = join(root, 'mutation', 'stryker-incremental.json.gz');
const unpacked = join(root, 'reports', 'stryker-incremental.json');
const update = process.argv.includes('--update-report');
const args = process.argv.slice(2).filter((arg) => arg !== '--update-report');

mkdirSync(join(root, 'reports'), { recursive: true });
if (existsSync(packed) && (!existsSync(unpacked) || statSync(packed).mtimeMs > statSync(unpacked).mtimeMs)) {
  writeFileSync(unpacked, gunzipSync(readFileSync(packed)));
}

const { status } = spawnSync('npx', ['stryker', 'run', ...args], { cwd: root, stdio: 'inherit' });
if (update) {
  if (status === 0 && existsSync(unpacked)) {
    writeFileSync(packed, gzipSync(readFileSync(unpacked), { level: 9 }));
    console.log('updated mutation/stryker-incremental.json.gz: commit it with your change');
  } else {
    console.error('mutation/stryker-incremental.json.gz not updated: the run did not pass');
  }
}
process.exit(status ?? 1);
