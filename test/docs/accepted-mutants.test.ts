import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedMutants, renderAccepted } from '../../scripts/accepted-mutants';

describe('accepted mutants', () => {
  it('mutation/ACCEPTED.md lists every Stryker comment in src/ (run `npm run mutate:accepted` if not)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'mutation', 'ACCEPTED.md'), 'utf8')).toBe(
      renderAccepted(),
    );
  });

  it('every accepted mutant names its mutators and gives a reason', () => {
    for (const item of acceptedMutants()) {
      expect(item.mutators.length, `${item.file}:${String(item.line)}`).toBeGreaterThan(0);
      expect(item.reason.length, `${item.file}:${String(item.line)}`).toBeGreaterThan(15);
      expect(item.code.length, `${item.file}:${String(item.line)}`).toBeGreaterThan(0);
    }
  });
});
