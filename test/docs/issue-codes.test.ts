import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from 'regional-innovation-rnd/rules';
import { docsOf, renderIssueCodePages, runExample } from '../../scripts/issue-codes-pages';

const root = join(import.meta.dirname, '..', '..');

describe('issue-code pages', () => {
  it.each(renderIssueCodePages().map((page) => [page.path, page.content] as const))(
    '%s is up to date (run `npm run docs:issue-codes` if not)',
    (path, content) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(content);
    },
  );

  it.each(ISSUE_CODES)(
    '%s has an example that gives it, documented params and a message in both languages',
    (code) => {
      const example = runExample(code);
      expect(example.code).toBe(code);
      const { summary, params } = docsOf(code);
      expect(summary.length).toBeGreaterThan(10);
      // Every documented param is in the example's params, and nothing undocumented is.
      expect(Object.keys(example.params).sort()).toEqual(params.map(([name]) => name).sort());
      expect(example.messages.ko).toMatch(/[가-힣]/u);
      expect(example.messages.en).toMatch(/[a-z]/u);
      for (const { content } of renderIssueCodePages()) {
        expect(content).toContain(`\n## ${code}\n`);
        expect(content).toContain(`<!-- include: ../../../examples/guides/issue-codes.ts#${code} -->`);
      }
    },
  );
});
