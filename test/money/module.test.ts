import { describe, expect, it } from 'vitest';
import { runtimeGraph } from '../support/importGraph';

describe('the money entry point', () => {
  const graph = runtimeGraph('src/money/index.ts');

  it('never loads decimal.js, so that parsing and formatting stay small', () => {
    expect([...graph.values()].flat()).not.toContain('decimal.js');
    expect([...graph.keys()]).not.toContain('src/money/decimal.ts');
  });

  it('takes the registry entries of its own codes, never the whole registry or the locale tables', () => {
    const files = [...graph.keys()].sort();
    expect(files).not.toContain('src/rules/issues/index.ts');
    expect(files).toContain('src/rules/issues/money.ts');
    for (const file of files) expect(file).toMatch(/^src\/(?:money|rules)\//u);
  });
});
