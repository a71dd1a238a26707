// `npm run mutate:accepted`: writes mutation/ACCEPTED.md from the Stryker comments in src/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAccepted } from './accepted-mutants';

writeFileSync(join(import.meta.dirname, '..', 'mutation', 'ACCEPTED.md'), renderAccepted());
console.log('wrote mutation/ACCEPTED.md');
