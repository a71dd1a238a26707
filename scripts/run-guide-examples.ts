// Runs every example of the guides (examples/guides/*.ts) in turn; each checks its own results
// with node:assert and throws on a mismatch. Part of `npm run example`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, '..', 'examples', 'guides');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .sort();
for (const file of files) await import(pathToFileURL(join(dir, file)).href);
console.log(`${String(files.length)} guide examples ran and their assertions held: ${files.join(', ')}`);
