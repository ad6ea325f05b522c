import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { questionBank } from './scripts/question-bank-plugin.ts';
import { devWithoutCsp } from './scripts/dev-csp-plugin.ts';
import { validatedPresets } from './scripts/validated-presets-plugin.ts';

export default defineConfig({
  // Relative URLs throughout the build, so that the same files work from any path of any static
  // host (`/`, `/course/lab/`, a project site): nothing in the app names the path it lives at.
  base: './',
  // zod, configured for the Content-Security-Policy before any schema is built (src/zod-jitless.ts).
  resolve: {
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./src/zod-jitless.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    react(),
    validatedPresets(),
    questionBank(),
    devWithoutCsp(),
    VitePWA({
      // A new version waits for the learner's "Reload" (src/ui/offline): reloading on its own
      // would drop a practice session, a half-typed pattern or the playback position.
      registerType: 'prompt',
      // src/main.tsx registers it through virtual:pwa-register.
      injectRegister: false,
      // globPatterns below already precaches every file of public/; listing them again here
      // would only add duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Lambda Event Lab',
        short_name: 'Event Lab',
        description:
          'See how AWS Lambda gets invoked: a step-by-step simulator of invocations, retries, throttles and event sources, with an exam-style quiz. Works offline.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        // --surface (the header) and --bg of src/styles/theme.css.
        theme_color: '#ffffff',
        background_color: '#eef1f5',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every built file, the lazy chunks included, so a page never opened before still
        // opens offline (the plugin adds manifest.webmanifest itself).
        globPatterns: ['**/*.{html,js,css,svg,png}'],
        // The default 2 MiB, said out loud: the largest chunk (the question bank) is ~430 KB, and
        // the build fails rather than leave out anything bigger.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // Any address of the app (?tool=…, #share links) opens index.html from the cache; the
        // query and fragment stay in the address for the app to read.
        navigateFallback: 'index.html',
        // The first visit is served by the worker as soon as it is installed; later versions
        // still wait for the learner (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
            // No group for framer-motion: only parts that load later use it (src/ui/motion),
            // and its animation features come in a chunk of their own on first use.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]zod-jitless/ },
            // The question bank is mostly text: its own chunk, fetched with the quiz.
            {
              name: 'quiz-bank',
              test: /src[\\/]quiz[\\/](bank|facts)[\\/]|virtual:question-bank/,
            },
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
    // Component tests render the whole app and take a second or two alone, but ten times that
    // on a machine busy with other work (see scripts/busy-cores.mjs): a slow run is not a wrong
    // one, so the default of 5 s is raised. Tests that need longer still say so themselves.
    testTimeout: 60_000,
  },
});
