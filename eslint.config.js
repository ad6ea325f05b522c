import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'test-results', 'playwright-report']),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
    ],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The engine is pure: no wall clock, no ambient randomness, no timers, no DOM.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/engine is pure: no DOM.' },
        { name: 'document', message: 'src/engine is pure: no DOM.' },
        { name: 'setTimeout', message: 'src/engine is pure: time is simulated.' },
        { name: 'setInterval', message: 'src/engine is pure: time is simulated.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG of the run.' },
        { object: 'Date', property: 'now', message: 'Time is simulated: use the run clock.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'zustand', 'framer-motion', '@xyflow/*'] },
      ],
    },
  },
  {
    // SAM templates are data in, data out: no React, no store, no DOM.
    files: ['src/sam/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'zustand',
            'framer-motion',
            '@xyflow/*',
            '**/ui/**',
            '**/store/**',
          ],
        },
      ],
    },
  },
]);
