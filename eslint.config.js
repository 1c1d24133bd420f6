// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.archbook/**',
      '.astro/**',
      'node_modules/**',
      'site/content/docs/reference/**',
      'tests/fixtures/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-console': 'error',
    },
  },
  {
    // The engine must not reach into a team's content, and content must not import the engine's internals.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/site/content/**', '**/tests/**'],
              message: 'The engine (scripts/) must not import content or tests.',
            },
          ],
        },
      ],
    },
  },
  {
    // node:test's describe() and it() return promises the runner awaits itself.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'before', 'after'] },
          ],
        },
      ],
      'no-empty-pattern': 'off',
      // Indexing in assertions (`findings[0]?.code`) is deliberate; the typed rule misreads it in tests.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['site/components/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
