import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

// One-way imports (docs/architecture.md, "Layers"):
//   src/main.tsx -> standalone -> embed -> routes -> features -> shared (lib, components, hooks, utils, messages)
// and inside a feature: components -> hooks -> api -> model. Paths are resolved, so the rules hold for static and
// dynamic imports alike and cannot be dodged with another relative spelling. mocks/ and tests/ are never reachable
// from src/ (the one exception: src/main.tsx starts the mock service worker in development).
const SHARED = ['./src/lib', './src/components', './src/hooks', './src/utils', './src/messages'];
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const layerZones = [
  zone(
    SHARED,
    ['./src/features', './src/routes', './src/embed', './src/standalone'],
    'Shared code must not import features, routes, embed or the standalone shell.',
  ),
  zone(
    './src/features',
    ['./src/routes', './src/embed', './src/standalone'],
    'Features must not import routes, embed or the standalone shell.',
  ),
  zone(
    './src/routes',
    ['./src/embed', './src/standalone'],
    'Routes must not import embed or the standalone shell.',
  ),
  zone('./src/embed', './src/standalone', 'The embed entry must not import the standalone shell.'),
  zone(
    ['./src/!(main).{ts,tsx}', './src/*/**'],
    ['./mocks', './tests'],
    'Code in src/ must not import mocks or tests.',
  ),
  zone('./src/main.tsx', './tests', 'The standalone entry must not import tests.'),
  // Inside the feature: model/ holds the grid's view and columns (plain data and functions), api/ requests and
  // cache logic, hooks/ adapts them to React, components/ draw.
  zone(
    './src/features/*/model/**',
    ['./src/features/*/components/**', './src/features/*/hooks/**'],
    "A feature's model/ must not import its hooks or components.",
  ),
  zone(
    './src/features/*/api/**',
    ['./src/features/*/components/**', './src/features/*/hooks/**'],
    "A feature's api/ must not import its hooks or components.",
  ),
  zone(
    './src/features/*/hooks/**',
    './src/features/*/components/**',
    "A feature's hooks must not import its components.",
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-lib',
      'dist-de',
      'bench-results/tmp',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle parses every imported file itself: name the parser for TypeScript files rather than rely on a guess.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.d.ts', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // Type-only imports are erased and may go both ways; a static value cycle makes load order matter. A lazy
      // import() back into a module that is already loaded is how deferred parts work, so it does not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
    },
  },
  {
    // A feature's model/ is plain data and functions: it may name the API's types, never run its code (a path rule
    // cannot tell a type import from a value import; this rule can).
    files: ['src/features/*/model/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api', '**/api/**'],
              allowTypeImports: true,
              message: "A feature's model/ takes only types from its api/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and tooling may log what they measure.
    files: ['tests/**', 'scripts/**', 'mocks/http/**'],
    rules: { 'no-console': 'off' },
  },
);
