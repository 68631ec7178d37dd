import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'test-results',
      'playwright-report',
      'artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core must run in plain Node: only electron/main and electron/preload may know Electron.
    files: [
      'electron/handlers/**',
      'electron/services/**',
      'electron/core/**',
      'electron/web/**',
      'electron/cli/**',
      'db/**',
      'shared/**',
      'renderer/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: '只有 electron/main 与 electron/preload 可以引用 electron。',
            },
          ],
        },
      ],
    },
  },
  {
    // shared/ and renderer/ run in the browser: no Node built-ins.
    files: ['shared/**', 'renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3', 'kysely'],
              message: 'shared/ 与 renderer/ 不能依赖 Node 或数据库。',
            },
          ],
        },
      ],
    },
  },
)
