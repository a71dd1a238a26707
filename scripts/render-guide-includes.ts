// `npm run docs:includes`: rewrites the code blocks of the guides (docs/guides/{ko,en}/*.md) from
// the example regions they name, and turns typedoc-only `{@includeCode}` and `{@link}` into the
// forms that read on GitHub too (see scripts/guide-includes.ts). Running it twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicDeclarations, renderIncludes, renderLinks, ROOT } from './guide-includes';

const guides = ['ko', 'en'].flatMap((lang) =>
  readdirSync(join(ROOT, 'docs', 'guides', lang))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/guides/${lang}/${name}`),
);

let declarations: ReturnType<typeof publicDeclarations> | undefined;
let written = 0;
for (const path of guides) {
  const before = readFileSync(join(ROOT, path), 'utf8');
  let after = before;
  if (after.includes('{@link')) after = renderLinks(after, path, (declarations ??= publicDeclarations()));
  after = renderIncludes(after, path);
  if (after !== before) {
    writeFileSync(join(ROOT, path), after);
    written += 1;
    console.log(`wrote ${path}`);
  }
}
console.log(
  written === 0 ? `${guides.length} guides up to date` : `${written} of ${guides.length} guides rewritten`,
);
