import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The test run that mutation testing (npm run mutate) uses for every mutant: the whole suite but
// the tests that cannot kill a mutant in src/ — the lint rules (they lint snippets, not src/), the
// determinism runs (they spawn processes, which never see the active mutant) and the TSDoc
// examples (documentation: their setup type-checks every example in a tsc process, seconds per
// mutant, and what the examples show is asserted by the unit tests) — and with the
// fuzzer at 500 inputs a function instead of 10,000: it guards against crashes, which 500 random
// inputs per mutant already find, and the full count runs in the coverage gate.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'test/lint/**',
        'test/determinism/**',
        'test/docs/tsdoc-examples.test.ts',
      ],
      env: { FUZZ_RUNS: '500' },
    },
  }),
);
