// Lint: typescript-eslint + React hooks, plus import boundaries that keep the
// architecture honest (only src/viewer may import three / r3f / drei; the
// pure folders import no React).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const threePatterns = [{ group: ['three', 'three/*', '@react-three/*'], message: 'Only src/viewer may import three, r3f or drei.' }];
const reactPatterns = [{ group: ['react', 'react-dom', 'react/*', 'zustand/react'], message: 'This folder is pure: no React.' }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'test-results/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      // The classic hook rules. The React Compiler rules (immutability, refs)
      // flag the imperative three.js mutation that r3f is built around.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/viewer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: threePatterns }] },
  },
  {
    files: ['src/tour/**', 'src/lib/**', 'src/state/**'],
    ignores: ['src/state/hooks.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, ...reactPatterns] }] },
  },
  {
    // Live sync and its protocol are shared with the Node server: no React, no three.
    files: ['src/live/**', 'src/protocol/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, ...reactPatterns, { group: ['**/ui/*', '**/app/*', '**/viewer/*'], message: 'live and protocol depend only on state and protocol.' }] }] },
  },
  {
    // The server shares only the pure modules of src/.
    files: ['server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/*', '!**/src/protocol', '!**/src/tour', '**/src/*/*', '!**/src/protocol/*', '!**/src/tour/*'], message: 'The server imports only src/protocol and src/tour.' }] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
