// Writes (default) or verifies (--check) the "exports", "main", "module" and "types" fields of
// package.json from scripts/entries.mjs, so the exports map never drifts from the entry list.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportsMap } from './entries.mjs';

const file = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const wanted = {
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: exportsMap(),
};
const drift = Object.keys(wanted).filter((key) => JSON.stringify(pkg[key]) !== JSON.stringify(wanted[key]));

if (process.argv.includes('--check')) {
  if (drift.length > 0) {
    console.error(
      `package.json is out of date with scripts/entries.mjs (${drift.join(', ')}); run: npm run sync:exports`,
    );
    process.exit(1);
  }
  console.log('package.json exports match scripts/entries.mjs');
} else {
  const ordered = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key === 'scripts') Object.assign(ordered, wanted);
    if (!(key in wanted)) ordered[key] = value;
  }
  Object.assign(ordered, { ...wanted, ...ordered });
  writeFileSync(file, `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(drift.length > 0 ? `updated ${drift.join(', ')}` : 'package.json already up to date');
}
