// @ts-check
// Mutation testing (npm run mutate). The score must stay at 90% or more; below 85% the run fails.
// The message texts are excluded (the registry's area files, the eligibility findings' sentences and
// the locale tables): tests assert codes and numbers, not wording.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/**/*.ts',
    '!src/**/types.ts',
    '!src/**/index.ts',
    '!src/locales/ko.ts',
    '!src/locales/en.ts',
    '!src/eligibility/messages.ts',
    '!src/rules/issues/{consortium,general,grants,industries,ktop,money,options,regions,tiering}.ts',
    // The data modules (program facts with their sources, the fixtures): module-level values, whose
    // mutants Stryker would skip as static (see ignoreStatic); the data tests check them instead.
    '!src/industries/{futureIndustries,keyIndustries,sources}.ts',
    '!src/ktop/{scales,sources}.ts',
    '!src/program/editions/*.ts',
    '!src/program/{program,tiers}.ts',
    '!src/regions/data.ts',
    '!src/testing/fixtures.ts',
    // The one index with logic of its own (issue and error construction) is mutated too.
    'src/locales/index.ts',
  ],
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  // Kept in reports/ (ignored by git): local runs re-test only what changed since the last one.
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  // Added to each mutant's expected test time: a mutant that loops forever is a timeout (killed) soon.
  timeoutMS: 10_000,
  ignoreStatic: true,
};
export default config;
