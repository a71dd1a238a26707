import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The test run that mutation testing (npm run mutate) uses for every mutant: the behaviour tests.
// Left out: the lint rules (they lint snippets, not src/); the determinism runs (they spawn
// processes, which never see the active mutant); the fuzzer (it asserts only that nothing but a
// RulesError escapes, over every public function, so it covers every mutant and cost seconds each;
// it runs in full in the coverage gate); and the guide and TSDoc examples (documentation: they run
// every example file, and their setup type-checks in a tsc process; what they show is asserted by
// the unit tests); and the issue-code pages check (it reads the registry's source text, which the
// mutation tool rewrites, so the pages never match there). The mutation score therefore measures
// the unit, property and golden tests.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'test/lint/**',
        'test/determinism/**',
        'test/fuzz/**',
        'test/docs/tsdoc-examples.test.ts',
        'test/docs/guide-examples.test.ts',
        'test/docs/issue-codes.test.ts',
      ],
    },
  }),
);
