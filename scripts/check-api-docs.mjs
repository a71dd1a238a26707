// Fails when a public function or class has no @example with a ```ts block in its TSDoc. typedoc
// itself (warnings as errors, notDocumented) already fails on an export without documentation;
// this adds the example where a reader needs one: to see a call. Types, interfaces and constants
// may have one where it helps, and test/docs/tsdoc-examples.test.ts runs every example there is.
// Reads the JSON that `typedoc --json` writes.
import { readFileSync } from 'node:fs';

const FUNCTION = 64;
const CLASS = 128;
const file = process.argv[2] ?? 'build/api.json';
const project = JSON.parse(readFileSync(file, 'utf8'));

const hasExample = (comment) =>
  (comment?.blockTags ?? []).some(
    (tag) =>
      tag.tag === '@example' &&
      tag.content.some((part) => part.kind === 'code' && /^```ts\n/u.test(part.text)),
  );
const missing = [];
let checked = 0;

// A project with one entry point has its exports at the top; with several, one module per entry.
// Re-exports (references) are checked where they are declared.
const modules = (project.children ?? []).some((child) => child.kind === 2) ? project.children : [project];
for (const mod of modules) {
  for (const reflection of mod.children ?? []) {
    if (reflection.kind !== FUNCTION && reflection.kind !== CLASS) continue;
    checked += 1;
    const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
    if (!comments.some(hasExample)) missing.push(`${mod.name}.${reflection.name}`);
  }
}

if (missing.length > 0) {
  console.error(
    `Public functions and classes without an @example (a \`\`\`ts block) in their TSDoc (${missing.length}):`,
  );
  for (const name of missing) console.error(`  - ${name}`);
  process.exit(1);
}
console.log(`Every public function and class (${checked}) has TSDoc with an @example.`);
