// Reads the import graph of src/ from the source text: which module loads which, at run time.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const IMPORT = /^(?:import|export)\s[^'";]*?from\s+'([^']+)'/gmu;

/** Resolves a relative specifier of `file` to a repository path (`src/x/y.ts`). */
function resolveLocal(file: string, specifier: string): string {
  const base = relative(root, join(root, dirname(file), specifier));
  return existsSync(join(root, `${base}.ts`)) ? `${base}.ts` : `${base}/index.ts`;
}

/**
 * The imports of one file: by default those that load something at run time (type-only imports
 * and exports load nothing); with `types: true` the type-only ones too.
 */
export function importsOf(file: string, { types = false }: { types?: boolean } = {}): string[] {
  // Comments go first: TSDoc examples contain import lines of their own.
  const source = readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/^\s*\/\/.*$/gmu, '');
  return [...source.matchAll(IMPORT)]
    .filter(([statement]) => types || !/^(?:import|export)\s+type\s/u.test(statement))
    .map(([, specifier = '']) => (specifier.startsWith('.') ? resolveLocal(file, specifier) : specifier));
}

/** The package a bare specifier loads from: `'date-fns'` for `'date-fns/parseISO'`, `'@date-fns/tz'` for itself. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Every module an entry loads at run time, with its imports. */
export function runtimeGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const imports = importsOf(file);
    graph.set(file, imports);
    for (const target of imports) if (target.startsWith('src/')) visit(target);
  };
  visit(entry);
  return graph;
}

/** Every .ts file under src/. */
export function sourceFiles(dir = 'src'): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.ts')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}
