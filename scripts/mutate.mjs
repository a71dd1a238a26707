// `npm run mutate`: Stryker over src/ (stryker.config.mjs), incremental from the report committed
// in mutation/. The report is kept gzipped (about 0.5 MB instead of 11 MB): it is unpacked to
// reports/ for Stryker and packed back after a run that passes, so that committing it after a
// change keeps the next run (and CI, on a clean clone) to the mutants that change touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const packed = join(root, 'mutation', 'stryker-incremental.json.gz');
const unpacked = join(root, 'reports', 'stryker-incremental.json');

mkdirSync(join(root, 'reports'), { recursive: true });
if (existsSync(packed)) writeFileSync(unpacked, gunzipSync(readFileSync(packed)));

const { status } = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (status === 0 && existsSync(unpacked)) {
  writeFileSync(packed, gzipSync(readFileSync(unpacked), { level: 9 }));
}
process.exit(status ?? 1);
