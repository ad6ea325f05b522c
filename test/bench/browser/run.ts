/**
 * The browser part of `npm run bench`: Debian's Chromium against the production build, which
 * scripts/bench.mjs serves and names with --url. Each measurement is a module of its own that
 * takes a fresh page and returns one report row; add new ones to MEASUREMENTS.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/ensure-chromium.mjs';
import { measureDeepLink } from './deep-link';
import { measureFirstRetry } from './first-retry';
import { measureHeap } from './heap';
import { measureSmoothFullSpeed, measureSmoothThrottled } from './smoothness';
import { printRow, type BenchRow } from './row';

type Measurement = (page: Page, baseURL: string) => Promise<BenchRow>;

const MEASUREMENTS: readonly Measurement[] = [
  measureSmoothFullSpeed,
  measureSmoothThrottled,
  measureDeepLink,
  measureFirstRetry,
  measureHeap,
];

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const baseURL = arg('--url');
if (!baseURL) throw new Error('usage: run.mjs --url http://127.0.0.1:PORT/ [--results file]');

// Every drawer open (the budgets hold with the log, metrics and details all showing), and the
// first-visit card already dismissed, as for someone who has used the app before.
const storageState = {
  cookies: [],
  origins: [
    {
      origin: new URL(baseURL).origin,
      localStorage: [
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
};

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [...CHROMIUM_ARGS],
});
const rows: BenchRow[] = [];
try {
  console.log('\nLambda Event Lab — browser benchmark\n');
  for (const measure of MEASUREMENTS) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      storageState,
    });
    try {
      const row = await measure(await context.newPage(), baseURL);
      printRow(row);
      rows.push(row);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
const out = arg('--results');
if (out) writeFileSync(out, JSON.stringify(rows.map(({ name, ok }) => ({ name, ok }))));
