// @ts-check
// Mutation testing (npm run mutate). The score must stay at 90% or more; below 85% the run fails.
// Messages in the locale files are excluded: tests assert codes and numbers, not wording.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src/**/*.ts',
    '!src/**/types.ts',
    '!src/**/index.ts',
    '!src/locales/ko.ts',
    '!src/locales/en.ts',
    '!src/eligibility/messages.ts',
  ],
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 60_000,
  ignoreStatic: true,
};
export default config;
