// The consumer smoke test: pack the package as npm would publish it, install the tarball into a
// scratch project, import it from ESM (.mjs) and CommonJS (.cjs), and type-check strict
// TypeScript consumers under moduleResolution node16 and bundler. Needs a fresh `npm run build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENTRIES } from './entries.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'consumer');
const scratch = mkdtempSync(join(tmpdir(), 'rir-consumer-'));
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { cwd: scratch, stdio: ['ignore', 'inherit', 'inherit'], ...options });

try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');

  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `./${tarball}`]);

  for (const file of ['esm.mjs', 'cjs.cjs', 'consumer.ts', 'consumer.cts'])
    copyFileSync(join(fixtures, file), join(scratch, file));
  const env = { ...process.env, SMOKE_SUBPATHS: JSON.stringify({ SUBPATHS: ENTRIES.map((e) => e.subpath) }) };
  run(process.execPath, ['esm.mjs'], { env });
  run(process.execPath, ['cjs.cjs'], { env });

  const strict = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    noEmit: true,
    types: [],
    target: 'ES2022',
    // The default libraries of a TypeScript project (zod's types refer to URL).
    lib: ['ES2022', 'DOM'],
  };
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const variants = {
    node16: {
      ...strict,
      module: 'node16',
      moduleResolution: 'node16',
      files: ['consumer.ts', 'consumer.cts'],
    },
    bundler: { ...strict, module: 'preserve', moduleResolution: 'bundler', files: ['consumer.ts'] },
  };
  for (const [name, { files, ...compilerOptions }] of Object.entries(variants)) {
    writeFileSync(join(scratch, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files }));
    run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`]);
    console.log(`TypeScript (${name}): strict consumer type-checks`);
  }
  console.log(`consumer smoke test passed (${tarball})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
