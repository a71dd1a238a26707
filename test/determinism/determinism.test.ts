import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (tz: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scenarios.ts')], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });

describe('determinism', () => {
  it('gives identical output twice, and under TZ=America/New_York, Asia/Seoul and UTC', () => {
    const seoul = run('Asia/Seoul');
    expect(run('Asia/Seoul')).toBe(seoul);
    expect(run('America/New_York')).toBe(seoul);
    expect(run('UTC')).toBe(seoul);
    const parsed = JSON.parse(seoul) as { editions: (string | null)[] };
    expect(parsed.editions).toEqual(['2026', '2025', '2026', '2025']);
  }, 60_000);
});
