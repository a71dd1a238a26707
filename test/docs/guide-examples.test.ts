// Every code example of the guides is a region of a file under examples/guides/ that checks its
// own results with node:assert. The guides show it as a fenced block between include markers
// (`<!-- include: ../../../examples/guides/x.ts#region -->` … `<!-- /include -->`), which
// `npm run docs:includes` writes from the region. Running the examples here, and comparing every
// block with its region, keeps the guides from drifting from the code; a guide may show only
// code that is in such a file. API links go to the file that declares the export (GitHub follows
// them; scripts/typedoc-source-links.mjs sends them to the API page on the site).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  includeBlocks,
  includedCode,
  publicDeclarations,
  renderIncludes,
  renderLinks,
  sourceLinks,
} from '../../scripts/guide-includes';

const root = join(import.meta.dirname, '..', '..');
const exampleDir = join(root, 'examples', 'guides');
const examples = readdirSync(exampleDir).filter((name) => name.endsWith('.ts'));
const pages = (lang: string): string[] =>
  readdirSync(join(root, 'docs', 'guides', lang)).filter((name) => name.endsWith('.md'));
const guides = ['en', 'ko'].flatMap((lang) => pages(lang).map((name) => `docs/guides/${lang}/${name}`));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const HINT = 'run `npm run docs:includes`';

describe('guide examples', () => {
  it.each(examples)('examples/guides/%s runs and its assertions hold', async (name) => {
    await expect(import(join(exampleDir, name))).resolves.toBeDefined();
  });

  it.each(guides)('%s shows each include block exactly as its region reads', (path) => {
    for (const block of includeBlocks(read(path), path)) {
      const { code, lang } = includedCode(block.ref, path);
      expect(block.code, `${path}:${block.line} ${block.ref} differs from the example: ${HINT}`).toBe(code);
      expect(block.lang, `${path}:${block.line} ${block.ref}`).toBe(lang);
    }
  });

  it.each(guides)('%s shows TypeScript only in include blocks, and no typedoc-only tags', (path) => {
    const text = read(path);
    const outside = text.replace(/^<!-- include: \S+ -->\n[\s\S]*?^<!-- \/include -->$/gmu, '');
    // No hand-written ts/js blocks: they would not be run.
    expect(outside).not.toMatch(
      /^\s*(?:`{3,}|~{3,})\s*(?:[cm]?ts|typescript|[cm]?js|javascript|tsx|jsx)\b/mu,
    );
    // GitHub shows {@includeCode} and {@link} as they are written.
    expect(outside, `${path}: ${HINT}`).not.toMatch(/\{@(?:include|includeCode|link|linkcode|linkplain)\s/u);
  });

  it.each(guides)('%s shows example output exactly as the example produces it', async (path) => {
    // A ```text block after <!-- output: file#key --> must equal OUTPUTS[key] of that example.
    const text = read(path);
    for (const [, file, key, block] of text.matchAll(
      /<!-- output: ([^#\s]+)#(\S+) -->\n\n```text\n([\s\S]*?)\n```/gu,
    )) {
      const module = (await import(join(root, path, '..', file as string))) as {
        OUTPUTS: Record<string, string>;
      };
      expect(block, `${file as string}#${key as string}`).toBe(module.OUTPUTS[key as string]);
    }
  });

  it('every guide exists in both languages, and the two include the same regions', () => {
    expect(pages('ko')).toEqual(pages('en'));
    for (const page of pages('en')) {
      const included = (lang: string): string[] => {
        const path = `docs/guides/${lang}/${page}`;
        return includeBlocks(read(path), path)
          .map((block) => block.ref)
          .sort();
      };
      expect(included('ko'), page).toEqual(included('en'));
    }
  });
});

describe('guide links to the API', () => {
  let declared: Map<string, Set<string>>;
  beforeAll(() => {
    // Every public export, by name, with the files that declare it.
    declared = new Map();
    for (const exports of publicDeclarations().values()) {
      for (const [name, files] of exports) {
        for (const file of files) declared.set(name, (declared.get(name) ?? new Set()).add(file));
      }
    }
  });

  it.each(guides)('%s links every export to the file that declares it', (path) => {
    for (const link of sourceLinks(read(path), path)) {
      const where = `${path}:${link.line} [${link.label}](${link.file})`;
      expect(link.name, `${where}: label the name in a code span, or add #name`).toBeDefined();
      const [head = ''] = (link.name as string).split('.');
      expect([...(declared.get(head) ?? [])], `${where}: ${head} is not declared there`).toContain(
        resolve(root, dirname(path), link.file),
      );
    }
  });

  it('the links of the guides are found and checked', () => {
    const links = guides.flatMap((path) => sourceLinks(read(path), path));
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((link) => link.name === 'assessEligibility').length).toBeGreaterThan(2);
  });
});

describe('npm run docs:includes', () => {
  const guide = 'docs/guides/en/eligibility.md';
  const ref = '../../../examples/guides/eligibility.ts#attest';
  const { code } = includedCode(ref, guide);

  it('writes a block from the region, and leaves the prose and an up-to-date block as they are', () => {
    const stale = `Prose.\n\n<!-- include: ${ref} -->\n\n\`\`\`ts\nold();\n\`\`\`\n\n<!-- /include -->\n\nMore.\n`;
    const fresh = renderIncludes(stale, guide);
    expect(fresh).toBe(
      `Prose.\n\n<!-- include: ${ref} -->\n\n\`\`\`ts\n${code}\n\`\`\`\n\n<!-- /include -->\n\nMore.\n`,
    );
    expect(renderIncludes(fresh, guide)).toBe(fresh);
    expect(renderIncludes(`<!-- include: ${ref} -->\n<!-- /include -->`, guide)).toBe(
      renderIncludes(`{@includeCode ${ref}}`, guide),
    );
  });

  it('shows a region as typedoc did: without its region lines, dedented, imports kept', () => {
    expect(code.startsWith('import ') || !code.includes('#region')).toBe(true);
    expect(code).not.toMatch(/#(?:end)?region/u);
    expect(code).toBe(code.trim());
    const profile = includedCode('../../../examples/guides/eligibility.ts#profile', guide).code;
    expect(profile).toMatch(/^import \{ assessEligibility/u);
  });

  it('refuses a block it cannot rewrite safely', () => {
    const open = `<!-- include: ${ref} -->`;
    expect(() => renderIncludes(`${open}\n\nProse that would be lost.\n`, guide)).toThrow(/has no/u);
    expect(() => renderIncludes(`${open}\n\nProse.\n\n<!-- /include -->`, guide)).toThrow(/nothing else/u);
    expect(() => renderIncludes(`${open}\n${open}\n<!-- /include -->`, guide)).toThrow(/has no/u);
    expect(() => renderIncludes('<!-- /include -->', guide)).toThrow(/without an opening/u);
    expect(() => renderIncludes(`See {@includeCode ${ref}} here.`, guide)).toThrow(/line of its own/u);
    expect(() =>
      renderIncludes('{@includeCode ../../../examples/guides/eligibility.ts#nope}', guide),
    ).toThrow(/'nope'/u);
  });

  it('turns {@link} into a Markdown link to the declaring file', () => {
    const declarations = new Map([
      ['eligibility', new Map([['assessEligibility', [join(root, 'src/eligibility/x.ts')]]])],
    ]);
    expect(
      renderLinks('{@link eligibility!assessEligibility | assessEligibility} tells', guide, declarations),
    ).toBe('[`assessEligibility`](../../../src/eligibility/x.ts) tells');
    expect(renderLinks('{@link eligibility!assessEligibility | the\n check}', guide, declarations)).toBe(
      '[the\n check](../../../src/eligibility/x.ts#assessEligibility)',
    );
    expect(() => renderLinks('{@link eligibility!nope | nope}', guide, declarations)).toThrow(
      /no export 'nope'/u,
    );
  });
});
