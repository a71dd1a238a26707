import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

type RuleEntry = Linter.RuleEntry;
// The config is plain JavaScript; load it by a computed path so the compiler does not look for types.
const configPath = '../../eslint.config.js';
const { purityRules } = (await import(configPath)) as { purityRules: Record<string, RuleEntry> };

/** ESLint reports rule settings as [severity, ...options]; write 'error' as 2 the same way. */
function normalize(entry: RuleEntry | undefined): readonly unknown[] | undefined {
  if (entry === undefined) return undefined;
  const [severity, ...options]: readonly unknown[] = Array.isArray(entry) ? entry : [entry];
  return [severity === 'error' ? 2 : severity === 'warn' ? 1 : severity === 'off' ? 0 : severity, ...options];
}

// The purity gate must stay in the project's lint configuration for src/ …
describe('lint configuration', () => {
  it('applies every purity rule to src/ and none of them to test/', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    interface Config {
      rules: Record<string, RuleEntry | undefined>;
    }
    const src = (await eslint.calculateConfigForFile('src/rules/index.ts')) as Config;
    const test = (await eslint.calculateConfigForFile('test/rules/RulesError.test.ts')) as Config;
    expect(Object.keys(purityRules).length).toBeGreaterThanOrEqual(5);
    for (const [rule, entry] of Object.entries(purityRules)) {
      const fromSrc = normalize(src.rules[rule]);
      // ESLint may append default options; what we set must be there unchanged.
      expect(fromSrc?.slice(0, normalize(entry)?.length), rule).toEqual(normalize(entry));
      expect(fromSrc?.[0], rule).toBe(2);
      expect(normalize(test.rules[rule])?.[0] ?? 0, rule).toBe(0);
    }
  });
});

// … and each of its rules must fire on the code it is meant to stop.
const linter = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: purityRules }],
});

async function rulesFiredBy(code: string): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: 'src/probe.ts' });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('purity rules', () => {
  it.each([
    ['Date.now()', 'const t = Date.now();', 'no-restricted-properties'],
    ['new Date() without an argument', 'const t = new Date();', 'no-restricted-syntax'],
    ['Date() called as a function', 'const t = Date();', 'no-restricted-syntax'],
    ['Math.random', 'const r = Math.random();', 'no-restricted-properties'],
    ['console', 'console.log(1);', 'no-console'],
    ['process', 'const env = process.env;', 'no-restricted-globals'],
    ['a write to globalThis', 'globalThis.x = 1;', 'no-restricted-syntax'],
    ['a computed write to window', "window['x'] = 1;", 'no-restricted-syntax'],
    ['an increment on globalThis', 'globalThis.n++;', 'no-restricted-syntax'],
    ['a delete on globalThis', 'delete globalThis.x;', 'no-restricted-syntax'],
    ['Object.assign(globalThis, …)', 'Object.assign(globalThis, { x: 1 });', 'no-restricted-syntax'],
    [
      'Object.defineProperty(globalThis, …)',
      "Object.defineProperty(globalThis, 'x', {});",
      'no-restricted-syntax',
    ],
    [
      'Decimal.set',
      "import { Decimal } from 'decimal.js'; Decimal.set({ precision: 5 });",
      'no-restricted-properties',
    ],
    [
      'Decimal.config',
      "import { Decimal } from 'decimal.js'; Decimal.config({});",
      'no-restricted-properties',
    ],
    ['an import of a node: module', "import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ['an import of a bare Node built-in', "import path from 'path';", 'no-restricted-imports'],
  ])('stops %s', async (_label, code, rule) => {
    expect(await rulesFiredBy(code)).toContain(rule);
  });

  it.each([
    ['new Date(x) with an argument', 'const d = new Date(0);'],
    ['reading globalThis', 'const g = globalThis.Intl;'],
    [
      'a private Decimal clone',
      "import { Decimal } from 'decimal.js'; const D = Decimal.clone({ precision: 40 });",
    ],
    ['an import of a package', "import * as z from 'zod';"],
  ])('allows %s', async (_label, code) => {
    expect(await rulesFiredBy(code)).toEqual([]);
  });
});
