// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layer boundaries (DESIGN.md): ui → state/render → core; platform → core; core
 * imports nothing of the app and no React, three, zustand or DOM. Enforced here so
 * the rule holds in review, not only in habit.
 */
const layers = (/** @type {string[]} */ forbidden) =>
  forbidden.map((layer) => ({ group: [`**/${layer}/**`, `**/${layer}`], message: `this layer must not import from src/${layer}` }));

const browserGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !['fetch', 'Response', 'Request', 'Headers', 'URL', 'TextDecoder', 'TextEncoder', 'structuredClone', 'Intl'].includes(name));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'public/', 'scenes/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/core is pure TypeScript: no React' },
            { group: ['three', 'three/*'], message: 'src/core is pure TypeScript: no three.js' },
            { group: ['@react-three/*'], message: 'src/core is pure TypeScript: no @react-three' },
            { group: ['zustand', 'zustand/*'], message: 'src/core is pure TypeScript: no zustand' },
            { group: ['node:*', 'fs', 'path', 'os'], message: 'src/core runs in the browser too: Node I/O belongs in tools/' },
            ...layers(['render', 'state', 'ui', 'platform']),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core must not use the DOM' }))],
    },
  },
  {
    files: ['src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layers(['render', 'state', 'ui']), { group: ['react', 'react-dom', '@react-three/*'], message: 'platform is browser glue, not UI' }] }],
    },
  },
  {
    // The service worker: no page, no UI. It shares only the offline cache names
    // (src/platform/offline/cache-names.ts) and pure core code with the app.
    files: ['src/sw/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layers(['render', 'state', 'ui']),
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@react-three/*', 'three', 'three/*', 'zustand', 'zustand/*'], message: 'the service worker has no page: no UI libraries' },
            { group: ['workbox-window'], message: 'workbox-window is the page side; the worker uses workbox-routing, -strategies, -precaching' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...['window', 'document', 'localStorage', 'sessionStorage'].map((name) => ({ name, message: 'a service worker has no window or document' }))],
    },
  },
  {
    files: ['src/render/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: layers(['ui']) }] },
  },
);
