// The package's public entry points, in one place: adding a module is one line here.
// tsup (d.ts entries), the exports map in package.json (scripts/sync-exports.mjs), size-limit
// (.size-limit.mjs) and typedoc (typedoc.config.mjs) all read this list.
//
// subpath: the module under src/ and the subpath it is published at ('.' is src/index.ts).
// limit:   the size-limit budget, gzip, for `import * from` that subpath.
// imports: key named imports with their own budgets (what a tree-shaken consumer pays).

/** @type {{ subpath: string; limit: string; imports?: Record<string, string> }[]} */
export const ENTRIES = [
  { subpath: '.', limit: '81 kB', imports: { RulesError: '700 B', parseKRW: '2.5 kB', getRegion: '2 kB' } },
  { subpath: 'rules', limit: '1.5 kB', imports: { isRulesError: '700 B' } },
  { subpath: 'locales', limit: '5.4 kB', imports: { formatMessage: '4.1 kB' } },
  { subpath: 'sources', limit: '2 kB' },
  { subpath: 'money', limit: '3 kB', imports: { parseKRW: '2.5 kB', formatKRW: '1.7 kB' } },
  {
    subpath: 'program',
    limit: '11 kB',
    imports: { getEdition: '6 kB', isApplicationOpen: '8 kB', TIER_THRESHOLDS: '700 B' },
  },
  { subpath: 'regions', limit: '3 kB', imports: { getRegion: '2 kB', isNonCapitalRegion: '2.5 kB' } },
  { subpath: 'tiering', limit: '3.8 kB', imports: { tierCohort: '2.4 kB', tierOf: '1.5 kB' } },
  { subpath: 'ktop', limit: '7 kB', imports: { parseOriginalityGrade: '2 kB', mapScore: '2 kB' } },
  { subpath: 'schemas', limit: '32 kB' },
  { subpath: 'testing', limit: '17 kB', imports: { aGrantPlan: '6.5 kB' } },
  { subpath: 'eligibility', limit: '65 kB', imports: { assessEligibility: '65 kB' } },
  { subpath: 'grants', limit: '40 kB', imports: { checkGrantPlan: '40 kB' } },
  {
    subpath: 'consortium',
    limit: '41 kB',
    imports: { checkConsortium: '41 kB', isValidBusinessNumber: '400 B' },
  },
  {
    subpath: 'industries',
    limit: '12 kB',
    imports: { isKeyIndustryOf: '10 kB', normalizeIndustryName: '400 B' },
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
