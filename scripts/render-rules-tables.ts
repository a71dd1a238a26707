// `npm run docs:rules`: writes docs/rules/<edition>.md from the edition data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAll } from './rules-tables';

const root = join(import.meta.dirname, '..');
for (const page of renderAll()) {
  writeFileSync(join(root, page.path), page.content);
  console.log(`wrote ${page.path}`);
}
