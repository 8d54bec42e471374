// Lint: TypeScript and Svelte rules, plus the dependency direction of DESIGN.md:
// renderer → shared; main, host, cli → core → shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream'];

const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      ['**/core/**', '**/main/**', '**/host/**', '**/cli/**', '**/preload/**', 'electron', ...nodeBuiltins],
      'The renderer talks to the API only: import from src/shared or browser packages, never core, Node or Electron.',
    ),
  },
  {
    files: ['src/shared/**'],
    rules: forbid(
      ['**/core/**', '**/main/**', '**/host/**', '**/cli/**', '**/renderer/**', '**/preload/**', 'electron', ...nodeBuiltins],
      'src/shared is pure and runs on both sides: no Node, Electron or app-layer imports.',
    ),
  },
  {
    files: ['src/core/**'],
    rules: forbid(
      ['**/main/**', '**/host/**', '**/cli/**', '**/renderer/**', '**/preload/**', 'electron'],
      'src/core is plain Node: it never imports Electron or the layers above it.',
    ),
  },
  {
    files: ['src/host/**', 'src/cli/**'],
    rules: forbid(['**/main/**', '**/renderer/**', '**/preload/**', 'electron'], 'The host and CLI run without Electron.'),
  },
  {
    files: ['src/preload/**'],
    rules: forbid(['**/core/**', '**/main/**', '**/renderer/**', ...nodeBuiltins], 'The sandboxed preload only bridges the API.'),
  },
);
