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
  { ignores: ['dist/', 'dist-test/', 'node_modules/', 'public/', 'test-results/', '.bench/', '.scratch/'] },
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
    files: ['examples/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'cli/**/*.ts', 'bin/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/viewer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: threePatterns }] },
  },
  {
    // The viewer renders the store and reports what the visitor did (e.g. followed a link); the app
    // decides what that means for the page (navigation, history), so the viewer knows nothing of it.
    files: ['src/viewer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/deeplink/*', '**/app/*'], message: 'src/viewer imports nothing from src/deeplink or src/app: report to the app instead.' }] }] },
  },
  {
    files: ['src/tour/**', 'src/lib/**', 'src/state/**'],
    ignores: ['src/state/hooks.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, ...reactPatterns] }] },
  },
  {
    // Protocol, embed bridge and live sync are pure TypeScript shared with the
    // Node server or host pages: no React, no three, nothing of the UI.
    files: ['src/protocol/**', 'src/embed/**', 'src/live/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, ...reactPatterns, { group: ['**/ui/*', '**/app/*', '**/viewer/*'], message: 'protocol, embed and live depend only on state, tour and protocol.' }] }] },
  },
  {
    // Tile math and the tile descriptor are shared by the Node CLI and the viewer: pure, no DOM libraries.
    files: ['src/tiles/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, ...reactPatterns, { group: ['**/ui/*', '**/app/*', '**/viewer/*', '**/state/*', 'sharp', 'node:*'], message: 'src/tiles is pure math and the descriptor schema.' }] }] },
  },
  {
    // The page's start script runs before the app's code has loaded (src/start/earlyStart.ts): a few KB, so
    // nothing of React, three or the app, only the small helpers of src/lib and the leaf modules of pure math
    // that import nothing at run time (cube faces, the portrait refit of a start view, the field-of-view limits,
    // which start hints it paints).
    files: ['src/start/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, ...reactPatterns, { regex: '^\\.\\./(?!lib/|tiles/cube$|viewer/panorama/portraitFraming$|state/viewLimits$|tour/startPictures$)', message: 'src/start imports only src/lib and the leaf modules named in eslint.config.' }] }] },
  },
  {
    // Host pages load the client on its own (≤ 4 KB gzip): nothing of the viewer, no zod; only the shared
    // words' types from src/protocol/common (`import type`, erased at build, written out in its .d.ts).
    files: ['src/embed/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*', ...threePatterns[0].group, ...reactPatterns[0].group], message: 'The embed client stands alone.' },
            { regex: '^\\.\\./(?!\\.\\./protocol/(common|embed)$)', message: 'The embed client stands alone.' },
            { regex: '^\\.\\./\\.\\./protocol/(common|embed)$', allowTypeImports: true, message: 'The embed client takes only types from src/protocol (common, embed).' },
          ],
        },
      ],
    },
  },
  {
    // The light-embed poster stays a few kilobytes: nothing of the viewer but the shared id pattern.
    files: ['src/embed/poster/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*', ...threePatterns[0].group, ...reactPatterns[0].group], message: 'The poster stands alone.' },
            { regex: '^\\.\\./(?!\\.\\./protocol/common$)', message: 'The poster imports nothing of the app but src/protocol/common.' },
          ],
        },
      ],
    },
  },
  {
    // The visit pages are chunks of their own beside the viewer: none of its code (3D view, tour store, app shell, links) rides along.
    files: ['src/visits/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, { group: ['**/viewer/*', '**/state/*', '**/app/*', '**/deeplink/*'], message: 'src/visits stands beside the viewer: it imports only ui helpers, tour, protocol and live.' }] }] },
  },
  {
    // A visit's live layer (questions, polls, hands, Go there) runs inside the viewer's live page: it reads and moves the
    // tour store, and still takes nothing of the 3D view, the app shell or the links.
    files: ['src/visits/live/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...threePatterns, { group: ['**/viewer/*', '**/app/*', '**/deeplink/*'], message: 'src/visits/live imports the tour store, ui helpers, tour, protocol and live only.' }] }] },
  },
  {
    // The CLI stands alone: it shares src/tour and src/tiles with the viewer, and nothing of the server.
    files: ['cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/*', '**/server/**'], message: 'cli/ imports nothing from server/.' }] }] },
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
