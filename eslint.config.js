// One lint gate, zero warnings (`npm run lint` uses --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core must not reach for the browser, storage or heavy libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**', '**/storage/**', '**/io/**'], message: 'src/core is pure: no UI, storage or I/O.' },
            {
              group: ['ag-grid-*', 'exceljs', '@e965/xlsx', 'idb-keyval', 'chart.js', 'chart.js/*'],
              message: 'src/core is pure: no heavy libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    // Small files with one job, functions that fit on a screen.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The UI reaches storage through src/storage/index.ts only: one door, one interface.
    files: ['src/ui/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/*', '!**/storage/index'],
              message: 'Import storage from src/storage (its index), not from its modules.',
            },
            { group: ['idb-keyval'], message: 'Only src/storage touches IndexedDB.' },
          ],
        },
      ],
    },
  },
  {
    // Imported text is never HTML.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never render text as HTML: use textContent or the h() helper.' },
        { property: 'outerHTML', message: 'Never render text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never render text as HTML.' },
      ],
    },
  },
);
