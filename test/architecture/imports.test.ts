import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, packageOf, root, runtimeGraph, sourceFiles } from '../support/importGraph';

// The design's order: "data flows one way: rules and money at the bottom; program, regions,
// industries, ktop above them; tiering; then grants, consortium; eligibility on top. No cycles."
// Within that order a folder that uses another sits above it (money reports through rules and its
// messages; industries name regions). A module may import only from its own folder and from folders
// of a lower layer, type imports included: a type from above is a dependency on above.
const LAYERS: Readonly<Record<string, number>> = {
  rules: 0,
  locales: 1,
  sources: 1,
  money: 2,
  program: 3,
  regions: 3,
  ktop: 3,
  industries: 4,
  tiering: 5,
  grants: 6,
  consortium: 6,
  schemas: 5,
  eligibility: 7,
  testing: 8,
};

const folderOf = (file: string): string => file.split('/')[1] ?? '';
const files = sourceFiles();

describe('module layering', () => {
  it('knows the layer of every folder under src/', () => {
    const folders = new Set(files.filter((file) => file.split('/').length > 2).map(folderOf));
    for (const folder of folders) expect(LAYERS[folder], folder).toBeDefined();
  });

  it.each(files.filter((file) => file !== 'src/index.ts'))(
    '%s imports only downwards, types included',
    (file) => {
      const own = folderOf(file);
      for (const target of importsOf(file, { types: true }).filter((t) => t.startsWith('src/'))) {
        const other = folderOf(target);
        if (other === own) continue;
        expect(LAYERS[other], `${file} → ${target}`).toBeLessThan(LAYERS[own] ?? -1);
      }
    },
  );

  it('has no import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of importsOf(file, { types: true }).filter((t) => t.startsWith('src/')))
        visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

// Light entry points must not drag in the heavy dependencies (DESIGN principle 6).
describe.each([
  ['src/regions/index.ts', ['zod', 'decimal.js', 'date-fns', '@date-fns/tz']],
  ['src/money/index.ts', ['zod', 'decimal.js', 'date-fns', '@date-fns/tz']],
  ['src/industries/index.ts', ['zod', 'decimal.js', 'date-fns', '@date-fns/tz']],
  ['src/tiering/index.ts', ['zod', 'decimal.js', 'date-fns', '@date-fns/tz']],
  ['src/rules/index.ts', ['zod', 'decimal.js', 'date-fns', '@date-fns/tz']],
  ['src/program/isApplicationOpen.ts', ['zod', 'decimal.js', '@date-fns/tz']],
  ['src/program/editionFor.ts', ['zod', 'decimal.js', '@date-fns/tz']],
])('%s', (entry, forbidden) => {
  it(`loads none of ${forbidden.join(', ')}`, () => {
    const loaded = [...runtimeGraph(entry).values()].flat().map(packageOf);
    for (const name of forbidden) expect(loaded, name).not.toContain(name);
  });
});

describe('the testing entry point', () => {
  it('is not loaded by the package root: bundles that do not import it do not carry it', () => {
    expect(
      [...runtimeGraph('src/index.ts').keys()].filter((file) => file.startsWith('src/testing/')),
    ).toEqual([]);
  });

  it('never loads fast-check at run time (it is an optional peer dependency)', () => {
    expect([...runtimeGraph('src/testing/index.ts').values()].flat()).not.toContain('fast-check');
  });
});

describe('packages', () => {
  it('src/ imports exactly the packages package.json declares: its dependencies and the fast-check peer', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.peerDependencies),
    ]);
    const used = new Set(
      files
        .flatMap((file) => importsOf(file, { types: true }).filter((target) => !target.startsWith('src/')))
        .map(packageOf),
    );
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
    expect([...declared].filter((name) => !used.has(name))).toEqual([]);
  });
});
