// `npm run docs:issue-codes`: writes docs/guides/{en,ko}/issue-codes.md from the codes and their examples.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderIssueCodePages } from './issue-codes-pages';

const root = join(import.meta.dirname, '..');
for (const page of renderIssueCodePages()) {
  writeFileSync(join(root, page.path), page.content);
  console.log(`wrote ${page.path}`);
}
