import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  // Tests, like examples, may import the package by its name; it resolves to the sources.
  resolve: {
    alias: [
      { find: /^regional-innovation-rnd$/u, replacement: `${src}/index.ts` },
      { find: /^regional-innovation-rnd\/(.+)$/u, replacement: `${src}/$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property tests run many cases; the default 5 s is short on a loaded 2-core machine.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Type-only modules have no runtime code to cover.
      exclude: ['src/**/types.ts'],
      reporter: ['text-summary', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 99, branches: 98, functions: 100, statements: 99 },
    },
  },
});
