import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { validatedPresets } from './scripts/validated-presets-plugin.ts';

export default defineConfig({
  plugins: [react(), validatedPresets()],
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'xyflow',
              test: /node_modules[\\/](@xyflow|d3-[a-z]+|classcat|zustand)[\\/]/,
            },
            {
              name: 'motion',
              test: /node_modules[\\/](framer-motion|motion-dom|motion-utils)[\\/]/,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // The question bank is mostly text: its own chunk, fetched with the quiz.
            { name: 'quiz-bank', test: /src[\\/]quiz[\\/](bank|facts)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
  },
});
