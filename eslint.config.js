import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// One-way imports: main -> standalone -> embed -> routes -> features -> shared (lib, components, hooks, utils,
// messages).
// Each layer may not reach "up" or into mocks/tests. Patterns match relative import paths.
const upward = (names) => names.map((n) => `**/${n}/**`).concat(names.map((n) => `**/${n}`));
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: upward(forbidden), message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-lib',
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
  layer(
    ['src/lib/**', 'src/components/**', 'src/hooks/**', 'src/utils/**', 'src/messages/**'],
    ['features', 'routes', 'embed', 'standalone', 'mocks', 'tests'],
    'Shared code must not import features, routes, embed, the standalone shell, mocks or tests.',
  ),
  layer(
    ['src/features/**'],
    ['routes', 'embed', 'standalone', 'mocks', 'tests'],
    'Features must not import routes, embed, the standalone shell, mocks or tests.',
  ),
  layer(
    ['src/routes/**'],
    ['embed', 'standalone', 'mocks', 'tests'],
    'Routes must not import embed, the standalone shell, mocks or tests.',
  ),
  layer(
    ['src/embed/**'],
    ['standalone', 'mocks', 'tests'],
    'The embed entry must not import the standalone shell, mocks or tests.',
  ),
  layer(['src/standalone/**'], ['mocks', 'tests'], 'The standalone shell must not import mocks or tests.'),
  {
    // Tests and tooling may log what they measure.
    files: ['tests/**', 'scripts/**', 'mocks/http/**'],
    rules: { 'no-console': 'off' },
  },
);
