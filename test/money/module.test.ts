import { describe, expect, it } from 'vitest';
import { runtimeGraph } from '../support/importGraph';

describe('the money entry point', () => {
  const graph = runtimeGraph('src/money/index.ts');

  it('never loads decimal.js, so that parsing and formatting stay small', () => {
    expect([...graph.values()].flat()).not.toContain('decimal.js');
    expect([...graph.keys()]).not.toContain('src/money/decimal.ts');
  });

  it('takes single message functions, never the locale tables', () => {
    const files = [...graph.keys()].sort();
    expect(files).not.toContain('src/locales/index.ts');
    expect(files).toContain('src/locales/ko.ts');
    expect(files).toContain('src/locales/en.ts');
    for (const file of files)
      expect(file).toMatch(/^src\/(?:money\/|rules\/|locales\/(?:ko|en|errors|digits)\.ts$)/u);
  });
});
