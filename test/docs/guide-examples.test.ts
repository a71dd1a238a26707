// Every code example of the guides is a file under examples/guides/ that the guides include by
// region ({@includeCode}); each checks its own results with node:assert. Running them here keeps
// the guides from drifting from the code, and a guide may show only code that is in such a file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const exampleDir = join(root, 'examples', 'guides');
const examples = readdirSync(exampleDir).filter((name) => name.endsWith('.ts'));
const guides = ['en', 'ko'].flatMap((lang) =>
  readdirSync(join(root, 'docs', 'guides', lang))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/guides/${lang}/${name}`),
);

describe('guide examples', () => {
  it.each(examples)('examples/guides/%s runs and its assertions hold', async (name) => {
    await expect(import(join(exampleDir, name))).resolves.toBeDefined();
  });

  it.each(guides)('%s shows TypeScript only through {@includeCode} of a region that exists', (path) => {
    const text = readFileSync(join(root, path), 'utf8');
    // No hand-written ts/js blocks: they would not be run.
    expect(text).not.toMatch(/^```(?:ts|typescript|js|javascript|tsx)\b/mu);
    for (const [, file, regions] of text.matchAll(/\{@includeCode ([^#}\s]+)(?:#([^}\s]+))?\}/gu)) {
      const source = readFileSync(join(root, path, '..', file as string), 'utf8');
      for (const region of (regions ?? '').split(',').filter(Boolean)) {
        expect(source, `${file as string}#${region}`).toContain(`// #region ${region}\n`);
        expect(source, `${file as string}#${region}`).toContain(`// #endregion ${region}\n`);
      }
    }
  });

  it.each(guides)('%s shows example output exactly as the example produces it', async (path) => {
    // A ```text block after <!-- output: file#key --> must equal OUTPUTS[key] of that example.
    const text = readFileSync(join(root, path), 'utf8');
    for (const [, file, key, block] of text.matchAll(
      /<!-- output: ([^#\s]+)#(\S+) -->\n\n```text\n([\s\S]*?)\n```/gu,
    )) {
      const module = (await import(join(root, path, '..', file as string))) as {
        OUTPUTS: Record<string, string>;
      };
      expect(block, `${file as string}#${key as string}`).toBe(module.OUTPUTS[key as string]);
    }
  });

  it('every guide exists in both languages, and the two include the same examples', () => {
    const pages = (lang: string): string[] =>
      readdirSync(join(root, 'docs', 'guides', lang)).filter((name) => name.endsWith('.md'));
    expect(pages('ko')).toEqual(pages('en'));
    for (const page of pages('en')) {
      const included = (lang: string): string[] =>
        [
          ...readFileSync(join(root, 'docs', 'guides', lang, page), 'utf8').matchAll(
            /\{@includeCode ([^}\s]+)\}/gu,
          ),
        ]
          .map((match) => match[1] as string)
          .sort();
      expect(included('ko'), page).toEqual(included('en'));
    }
  });
});
