// The package's public entry points, in one place: adding a module is one line here.
// tsup (d.ts entries), the exports map in package.json (scripts/sync-exports.mjs), size-limit
// (.size-limit.mjs) and typedoc (typedoc.config.mjs) all read this list.
//
// subpath: the module under src/ and the subpath it is published at ('.' is src/index.ts).
// limit:   the size-limit budget, gzip, for `import * from` that subpath.
// imports: key named imports with their own budgets (what a tree-shaken consumer pays).

/** @type {{ subpath: string; limit: string; imports?: Record<string, string> }[]} */
export const ENTRIES = [
  { subpath: '.', limit: '92 kB', imports: { RulesError: '700 B', parseKRW: '4 kB', getRegion: '3.5 kB' } },
  { subpath: 'rules', limit: '1.5 kB', imports: { isRulesError: '700 B' } },
  { subpath: 'locales', limit: '6.2 kB', imports: { formatMessage: '4.9 kB' } },
  { subpath: 'sources', limit: '3 kB' },
  { subpath: 'money', limit: '4.6 kB', imports: { parseKRW: '4.1 kB', formatKRW: '2.2 kB' } },
  {
    subpath: 'program',
    limit: '12.5 kB',
    imports: { getEdition: '7.6 kB', isApplicationOpen: '9.5 kB', TIER_THRESHOLDS: '700 B' },
  },
  { subpath: 'regions', limit: '4.7 kB', imports: { getRegion: '3.6 kB', isNonCapitalRegion: '3.8 kB' } },
  { subpath: 'tiering', limit: '3.9 kB', imports: { tierCohort: '2.45 kB', tierOf: '1.5 kB' } },
  { subpath: 'ktop', limit: '7.8 kB', imports: { parseOriginalityGrade: '2 kB', mapScore: '2 kB' } },
  { subpath: 'schemas', limit: '33.5 kB' },
  { subpath: 'testing', limit: '19.2 kB', imports: { aGrantPlan: '8.1 kB' } },
  { subpath: 'eligibility', limit: '74 kB', imports: { assessEligibility: '74 kB' } },
  { subpath: 'grants', limit: '43.5 kB', imports: { checkGrantPlan: '43.5 kB' } },
  {
    subpath: 'consortium',
    limit: '45.5 kB',
    imports: { checkConsortium: '45.5 kB', isValidBusinessNumber: '400 B' },
  },
  {
    subpath: 'industries',
    limit: '14.5 kB',
    imports: {
      isKeyIndustryOf: '12.3 kB',
      classifyKeyIndustry: '12.3 kB',
      suggestIndustries: '12.3 kB',
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
