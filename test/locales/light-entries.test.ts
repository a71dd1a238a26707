// The light entry points carry the registry entries of their own codes, never the whole registry,
// the message tables or the particle library (es-hangul): their messages put particles after fixed
// words. A module that throws REGION_UNKNOWN carries that entry's messages and no other.
import { describe, expect, it } from 'vitest';
import { packageOf, runtimeGraph } from '../support/importGraph';

describe.each(['src/tiering/index.ts', 'src/ktop/index.ts', 'src/regions/index.ts', 'src/money/index.ts'])(
  '%s',
  (entry) => {
    const graph = runtimeGraph(entry);
    const files = [...graph.keys()];

    it('loads neither the whole registry nor the message tables', () => {
      expect(files).not.toContain('src/rules/issues/index.ts');
      expect(files).not.toContain('src/rules/issues/byCode.ts');
      expect(
        files.filter((file) => file.startsWith('src/locales/') && file !== 'src/locales/tierExplanation.ts'),
      ).toEqual([]);
    });

    it('loads no particle library', () => {
      expect([...graph.values()].flat().map(packageOf)).not.toContain('es-hangul');
    });
  },
);

describe('the registry modules of one area', () => {
  it('hold only their own codes: regions carries REGION_*, not the money messages', () => {
    const regions = [...runtimeGraph('src/regions/index.ts').keys()].filter((file) =>
      file.startsWith('src/rules/issues/'),
    );
    // general.ts: the OPTIONS_INVALID a RulesError built from a bad init throws, in every entry.
    expect(regions.sort()).toEqual([
      'src/rules/issues/build.ts',
      'src/rules/issues/define.ts',
      'src/rules/issues/general.ts',
      'src/rules/issues/regions.ts',
    ]);
  });
});
