/**
 * Runs every benchmark in bench/ in turn, against the built package in dist/ (the scripts point
 * the package name there through tsconfig.bench.json), so it measures what users run: `npm run bench` (full sizes), `-- --quick` (small sizes,
 * as `npm run check` runs it), `-- --strict` (exit 1 when a ratio target is missed).
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}; ${String(files.length)} benchmark file(s)`,
);
for (const file of files) {
  await import(pathToFileURL(`${import.meta.dirname}/${file}`).href);
}
