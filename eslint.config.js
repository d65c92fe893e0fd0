import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// One lint for the whole repository: typescript-eslint's recommended rules everywhere, the React
// hooks rules in the web app. Formatting is not linted. The rules are the syntactic ones: the
// type-aware set would run the whole type check a second time (tsc -b already does).
export default defineConfig(
  globalIgnores(['**/dist/**', 'apps/web/src/__generated__/**', 'tests/e2e/artifacts/**', 'tests/lighthouse/reports/**', '.data/**', '.test-data/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks what is left out on purpose (`{ stacktrace: _stack, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,ts}'],
    ignores: ['apps/web/src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    // TypeORM's and type-graphql's metadata APIs identify entity and migration classes by `Function`.
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    // Tests read GraphQL answers as untyped JSON and assert on their shape; typing each one adds nothing.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat.recommended],
  },
);
