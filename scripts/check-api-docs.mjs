// Fails when a public export has no @example in its TSDoc. typedoc itself (warnings as errors,
// notDocumented) already fails on an export without documentation; this adds the example.
// Reads the JSON that `typedoc --json` writes.
import { readFileSync } from 'node:fs';

const REFERENCE = 4194304; // a re-export of a reflection documented elsewhere
const file = process.argv[2] ?? 'build/api.json';
const project = JSON.parse(readFileSync(file, 'utf8'));

const hasExample = (comment) => (comment?.blockTags ?? []).some((tag) => tag.tag === '@example');
const missing = [];
let checked = 0;

// A project with one entry point has its exports at the top; with several, one module per entry.
const modules = (project.children ?? []).some((child) => child.kind === 2) ? project.children : [project];
for (const mod of modules) {
  for (const reflection of mod.children ?? []) {
    if (reflection.kind === REFERENCE) continue;
    checked += 1;
    const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
    if (!comments.some(hasExample)) missing.push(`${mod.name}.${reflection.name}`);
  }
}

if (missing.length > 0) {
  console.error(`Public exports without an @example in their TSDoc (${missing.length}):`);
  for (const name of missing) console.error(`  - ${name}`);
  process.exit(1);
}
console.log(`Every public export (${checked}) has TSDoc with an @example.`);
