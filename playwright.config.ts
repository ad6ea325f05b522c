import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/ensure-chromium.mjs';

/**
 * End-to-end tests: Debian's Chromium against the production build, served by `vite preview`.
 * E2E_PORT and E2E_DIST let two runs on one machine keep out of each other's way.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './test/e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./scripts/playwright-summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // Specs read the charts, the log and the side panel: every drawer starts open, as if the
    // person had opened them (their own defaults are tested in test/ui/stage/drawers.test.tsx).
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://127.0.0.1:${PORT}`,
          localStorage: [
            // The first-visit welcome, dismissed (test/e2e/welcome.spec.ts shows it).
            { name: 'lambda-event-lab:welcome', value: 'dismissed' },
            {
              name: 'lambda-event-lab:drawers',
              value: JSON.stringify({
                desk: { metrics: true, log: true, details: true },
                present: { metrics: true, log: true, details: true },
              }),
            },
          ],
        },
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  // Build first, so the tests always run against the code as it is now, never a stale dist/.
  webServer: {
    command: `npx vite build --logLevel warn --emptyOutDir --outDir ${DIST} && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
