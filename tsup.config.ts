import { defineConfig } from 'tsup';
import { ENTRIES, sourceOf } from './scripts/entries.mjs';

// Every source module is an entry, so the output keeps one file per module (plus shared chunks),
// which is what lets bundlers drop what a consumer does not import. Type declarations are
// emitted for the public entry points only.
export default defineConfig({
  // Type-only modules are named types.ts and emit nothing.
  entry: ['src/**/*.ts', '!src/**/types.ts'],
  format: ['esm', 'cjs'],
  outDir: 'dist',
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  minify: false,
  dts: {
    entry: ENTRIES.map(({ subpath }) => sourceOf(subpath)),
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
