// The package's public entry points, in one place: adding a module is one line here.
// tsup (d.ts entries), the exports map in package.json (scripts/sync-exports.mjs), size-limit
// (.size-limit.mjs) and typedoc (typedoc.config.mjs) all read this list.
//
// subpath: the module under src/ and the subpath it is published at ('.' is src/index.ts).
// limit:   the size-limit budget, gzip, for `import * from` that subpath.
// imports: key named imports with their own budgets (what a tree-shaken consumer pays).

/** @type {{ subpath: string; limit: string; imports?: Record<string, string> }[]} */
export const ENTRIES = [
  { subpath: '.', limit: '92 kB', imports: { RulesError: '800 B', parseKRW: '4.5 kB', getRegion: '4 kB' } },
  { subpath: 'rules', limit: '8.7 kB', imports: { isRulesError: '900 B' } },
  { subpath: 'locales', limit: '7.5 kB', imports: { formatMessage: '7.3 kB' } },
  { subpath: 'sources', limit: '3 kB' },
  { subpath: 'money', limit: '5 kB', imports: { parseKRW: '4.5 kB', formatKRW: '2.5 kB' } },
  {
    subpath: 'program',
    limit: '12.5 kB',
    imports: { getEdition: '8.2 kB', isApplicationOpen: '10 kB', TIER_THRESHOLDS: '700 B' },
  },
  { subpath: 'regions', limit: '5.2 kB', imports: { getRegion: '4 kB', isNonCapitalRegion: '4.2 kB' } },
  {
    subpath: 'tiering',
    limit: '5.5 kB',
    imports: { tierCohort: '3.5 kB', tierCohortColumns: '3.4 kB', tierOf: '2.2 kB' },
  },
  { subpath: 'ktop', limit: '4.5 kB', imports: { parseOriginalityGrade: '2.4 kB', mapScore: '2.3 kB' } },
  { subpath: 'schemas', limit: '33.5 kB' },
  { subpath: 'testing', limit: '20.4 kB', imports: { aGrantPlan: '8.8 kB' } },
  { subpath: 'eligibility', limit: '67.6 kB', imports: { assessEligibility: '67.6 kB' } },
  {
    subpath: 'grants',
    limit: '47.9 kB',
    imports: {
      checkGrantPlan: '46.1 kB',
      planGrant: '47.4 kB',
      requiredOwnShare: '16.9 kB',
      maxPublicFunding: '17.1 kB',
    },
  },
  {
    subpath: 'consortium',
    limit: '48.5 kB',
    imports: { checkConsortium: '48.4 kB', isValidBusinessNumber: '400 B' },
  },
  {
    subpath: 'industries',
    limit: '15.4 kB',
    imports: {
      isKeyIndustryOf: '13 kB',
      classifyKeyIndustry: '12.9 kB',
      suggestIndustries: '12.8 kB',
      normalizeIndustryName: '400 B',
    },
  },
];

/** The source file of an entry. */
export const sourceOf = (subpath) => (subpath === '.' ? 'src/index.ts' : `src/${subpath}/index.ts`);

/** The built file of an entry, without extension. */
export const distOf = (subpath) => (subpath === '.' ? 'dist/index' : `dist/${subpath}/index`);

/** The package.json "exports" map the entries call for: types first in every condition. */
export function exportsMap() {
  const map = {};
  for (const { subpath } of ENTRIES) {
    const key = subpath === '.' ? '.' : `./${subpath}`;
    const dist = `./${distOf(subpath)}`;
    map[key] = {
      import: { types: `${dist}.d.ts`, default: `${dist}.js` },
      require: { types: `${dist}.d.cts`, default: `${dist}.cjs` },
    };
  }
  // The JSON Schemas of the validator inputs, shipped as files (npm run schemas:json).
  map['./json-schema/*.json'] = './json-schema/*.json';
  map['./package.json'] = './package.json';
  return map;
}
