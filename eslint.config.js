// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const GLOBAL_OBJECTS = '/^(globalThis|window|self|global)$/';

/**
 * The purity gate for src/: the library has no clock, no randomness, no I/O, no console, no
 * process, no global writes and no global decimal.js configuration. test/lint/purity.test.ts
 * proves that each of these rules fires.
 */
export const purityRules = /** @type {const} */ ({
  'no-console': 'error',
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'src/ is pure: read nothing from the process; take it as an argument.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'src/ is pure: no clock. Take the instant as an argument.' },
    { object: 'Math', property: 'random', message: 'src/ is pure: no randomness.' },
    {
      object: 'Decimal',
      property: 'set',
      message: 'Never configure decimal.js globally; use the private Decimal.clone in src/money.',
    },
    {
      object: 'Decimal',
      property: 'config',
      message: 'Never configure decimal.js globally; use the private Decimal.clone in src/money.',
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'src/ is pure: `new Date()` reads the clock. Take the instant as an argument.',
    },
    {
      selector: "CallExpression[callee.name='Date'][arguments.length=0]",
      message: 'src/ is pure: `Date()` reads the clock.',
    },
    {
      selector: `AssignmentExpression > MemberExpression.left[object.name=${GLOBAL_OBJECTS}]`,
      message: 'src/ is pure: never write to the global object.',
    },
    {
      selector: `UpdateExpression > MemberExpression.argument[object.name=${GLOBAL_OBJECTS}]`,
      message: 'src/ is pure: never write to the global object.',
    },
    {
      selector: `UnaryExpression[operator='delete'] > MemberExpression.argument[object.name=${GLOBAL_OBJECTS}]`,
      message: 'src/ is pure: never write to the global object.',
    },
    {
      selector: `CallExpression[callee.object.name=/^(Object|Reflect)$/][callee.property.name=/^(assign|defineProperty|defineProperties|set|deleteProperty|setPrototypeOf)$/] > Identifier.arguments:first-child[name=${GLOBAL_OBJECTS}]`,
      message: 'src/ is pure: never write to the global object.',
    },
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [{ group: ['node:*'], message: 'src/ runs in browsers too: no Node built-ins.' }],
      paths: builtinModules.map((name) => ({
        name,
        message: 'src/ runs in browsers too: no Node built-ins.',
      })),
    },
  ],
});

export default defineConfig(
  {
    ignores: [
      'dist/',
      'build/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'node_modules/',
      '**/*.d.mts',
      'test/consumer/*.ts',
      'test/consumer/*.cts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '*.ts', 'scripts/*.mjs', '.size-limit.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // It asks for `!`, which no-non-null-assertion forbids; typed-array reads in hot loops use
      // `as number` instead (noUncheckedIndexedAccess types them `number | undefined`).
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: purityRules,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
