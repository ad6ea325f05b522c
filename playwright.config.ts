import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/ensure-chromium.mjs';

/** End-to-end tests: Debian's Chromium against the production build, served by `vite preview`. */
export default defineConfig({
  testDir: './test/e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./scripts/playwright-summary-reporter.ts']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    trace: 'retain-on-failure',
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
    command:
      'npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
