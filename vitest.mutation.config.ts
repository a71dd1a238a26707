import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The test run that mutation testing (npm run mutate) uses for every mutant: the whole suite but
// the tests that cannot kill a mutant in src/ — the lint rules (they lint snippets, not src/) and
// the determinism runs (they spawn processes, which never see the active mutant) — and with the
// fuzzer at 500 inputs a function instead of 10,000: it guards against crashes, which 500 random
// inputs per mutant already find, and the full count runs in the coverage gate.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, 'test/lint/**', 'test/determinism/**'],
      env: { FUZZ_RUNS: '500' },
    },
  }),
);
