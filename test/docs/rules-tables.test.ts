import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from 'regional-innovation-rnd/program';
import { renderAll, renderEdition } from '../../scripts/rules-tables';

const root = join(import.meta.dirname, '..', '..');

describe('generated rule tables', () => {
  it.each(renderAll().map((page) => [page.path, page.content] as const))(
    '%s is up to date with the data (run `npm run docs:rules` if not)',
    (path, content) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(content);
    },
  );

  it('shows the caps, window, tiers and cost shares with their sources', () => {
    const page = renderEdition(EDITIONS['2026']);
    expect(page).toContain('7억원 (700,000,000원)');
    expect(page).toContain('14억원 (1,400,000,000원)');
    expect(page).toContain('2026-03-03T18:00:00.000+09:00');
    expect(page).toContain('≤ 30%');
    expect(page).toContain('| 중소기업 SME (`sme`) | 75% | 10% |');
    expect(page).toContain('consortium.2026.min-smes');
    expect(page).toMatch(/## 출처 · Sources\n\n1\. /u);
  });

  it('leaves unknown thresholds unknown', () => {
    expect(renderEdition(EDITIONS['2025'])).toContain('최소 매출액 · min. sales: 미공개 · unknown');
  });
});
