// The mutation score counted strictly, from Stryker's JSON report (reports/mutation/mutation.json):
// every mutant counts, and only a killed or timed-out one counts as detected. A mutant turned off by
// a comment in src/ (an accepted equivalent mutant, mutation/ACCEPTED.md) or skipped as static
// (module-level code, run once at import) counts as survived, as does one no test covers. Mutants
// that do not compile are not mutants of the program and are left out.
//   node scripts/mutation-score.mjs [report.json …]   prints the table for the last run's report,
//                                                    or for several runs' reports together (runs over
//                                                    different parts of src/, each file once).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DETECTED = new Set(['Killed', 'Timeout']);
const LEFT_OUT = new Set(['CompileError', 'RuntimeError']);

const percent = (detected, total) => (total === 0 ? '–' : `${((100 * detected) / total).toFixed(2)}%`);

/** Counts of one file's mutants by what became of them. */
function countsOf(mutants) {
  const counts = { total: 0, detected: 0, survived: 0, noCoverage: 0, disabled: 0, static: 0 };
  for (const mutant of mutants) {
    if (LEFT_OUT.has(mutant.status)) continue;
    counts.total += 1;
    if (DETECTED.has(mutant.status)) counts.detected += 1;
    else if (mutant.status === 'Survived') counts.survived += 1;
    else if (mutant.status === 'NoCoverage') counts.noCoverage += 1;
    else if (/static/iu.test(mutant.statusReason ?? '')) counts.static += 1;
    else counts.disabled += 1;
  }
  return counts;
}

/**
 * The score table as Markdown: one row per file, worst first, and the total.
 *
 * @param {{ files: Record<string, { mutants: { status: string; statusReason?: string }[] }> }} report
 * @returns {string}
 */
export function scoreTable(report) {
  const rows = Object.entries(report.files).map(([file, { mutants }]) => ({ file, ...countsOf(mutants) }));
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  const all = Object.fromEntries(
    ['total', 'detected', 'survived', 'noCoverage', 'disabled', 'static'].map((key) => [key, sum(key)]),
  );
  rows.sort((a, b) => a.detected / a.total - b.detected / b.total || a.file.localeCompare(b.file));
  const line = (name, c) =>
    `| ${name} | ${c.total} | ${c.detected} | ${c.survived} | ${c.noCoverage} | ${c.disabled} | ${c.static} | ${percent(c.detected, c.total)} | ${percent(c.detected, c.total - c.disabled - c.static)} |`;
  return [
    '# Mutation score',
    '',
    '<!-- Written by `npm run mutate:release` from its per-area reports. Do not edit by hand. -->',
    '',
    'Counted strictly: every mutant counts, and only a killed or timed-out one is detected. Mutants',
    'turned off by a comment (`mutation/ACCEPTED.md`) and static ones (module-level code, which',
    "Stryker skips) count as survived. The last column leaves those two out, as Stryker's own score does.",
    '',
    `**Strict score: ${percent(all.detected, all.total)}** (${all.detected} of ${all.total} mutants detected).`,
    '',
    '| File | Mutants | Detected | Survived | No test | Disabled | Static | Strict | Without disabled and static |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    line('**All files**', all),
    ...rows.map((row) => line(`\`${row.file}\``, row)),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  const given = process.argv.slice(2);
  const paths = given.length > 0 ? given : [join(root, 'reports', 'mutation', 'mutation.json')];
  const files = {};
  for (const path of paths) Object.assign(files, JSON.parse(readFileSync(path, 'utf8')).files);
  process.stdout.write(scoreTable({ files }));
}
