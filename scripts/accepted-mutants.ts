/**
 * The surviving mutants the project accepts, read from the `// Stryker disable next-line …: why`
 * comments in src/: each names the mutators it turns off for the line below and says why no input
 * can tell those mutants from the code. `npm run mutate:accepted` writes mutation/ACCEPTED.md from
 * them; test/docs/accepted-mutants.test.ts fails when the file drifts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');

export interface AcceptedMutant {
  readonly file: string;
  readonly line: number;
  readonly mutators: readonly string[];
  readonly reason: string;
  readonly code: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
    });
}

/** Every accepted mutant group in src/, in file and line order. */
export function acceptedMutants(): AcceptedMutant[] {
  const found: AcceptedMutant[] = [];
  for (const path of sources(join(root, 'src'))) {
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((text, index) => {
      const match = /\/\/ Stryker disable next-line ([\w,]+): (.+)$/u.exec(text);
      if (match === null) return;
      // The line it applies to: the next one that is code, not another comment.
      let next = index + 1;
      while (/^\s*(?:\/\/|\/\*)/u.test(lines[next] ?? '')) next += 1;
      found.push({
        file: relative(root, path).split(sep).join('/'),
        line: next + 1,
        mutators: (match[1] as string).split(','),
        reason: (match[2] as string).trim(),
        code: (lines[next] ?? '').trim(),
      });
    });
  }
  return found;
}

/** mutation/ACCEPTED.md. */
export function renderAccepted(): string {
  const accepted = acceptedMutants();
  const rows = accepted.map(
    (item) =>
      `| \`${item.file}:${String(item.line)}\` | ${item.mutators.join(', ')} | ${item.reason.replaceAll('|', '\\|')} | \`${item.code.replaceAll('|', '\\|').replaceAll('`', "'")}\` |`,
  );
  return [
    '# Accepted surviving mutants',
    '',
    '<!-- Generated from the `// Stryker disable next-line` comments in src/ by `npm run mutate:accepted`. Do not edit by hand. -->',
    '',
    'Each row is a line of `src/` where mutation testing turns some mutators off, because no input can',
    'tell those mutants from the code (an equivalent mutant), with the reason given next to the line.',
    `${String(accepted.length)} lines in all.`,
    '',
    '| Where | Mutators | Why no input can tell them apart | Line |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
