import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * The installable app: after one visit, every page opens with no network (the service worker
 * precaches every built file, the lazy chunks included), and no visit ever asks a third party.
 */

/** Wait until the service worker is installed (its precache filled) and serves this page. */
async function servedByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The address of every tool in the header, other than the simulator ("?tool=…"). */
async function toolAddresses(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('navigation', { name: 'Tools' })
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).search));
  const tools = hrefs.map((h) => new URLSearchParams(h).get('tool')).filter((t) => t !== null);
  expect(tools.length).toBeGreaterThanOrEqual(4);
  return tools.map((t) => `?tool=${t}`);
}

/** The page's code has arrived and rendered without failing. */
async function toolReady(page: Page) {
  await expect(page.locator('.tool-loading')).toHaveCount(0);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.locator('.tool-failed')).toHaveCount(0);
}

function watchErrors(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

test('after one visit, the simulator and never-opened tools work offline', async ({
  page,
  context,
}) => {
  const problems = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lambda Event Lab');
  await servedByServiceWorker(page);

  await context.setOffline(true);
  // Truly offline, the service worker's own fetches included: what it has not kept fails.
  const uncached = await page.evaluate(() =>
    fetch('/not-kept.txt').then(
      (r) => `status ${r.status}`,
      () => 'network error',
    ),
  );
  expect(uncached).toBe('network error');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('async-retries');
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log.getByRole('listitem')).toHaveCount(25);
  // It plays: time moves on.
  const now = page.getByLabel('Current time');
  await expect(now).toHaveText('0:00.000');
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(now).not.toHaveText('0:00.000');
  await page.getByRole('button', { name: 'Pause' }).click();

  // The quiz was never opened online: its chunks (and the question bank) come from the precache.
  // The query and the fragment (where share links live) stay in the address.
  await page.goto('/?tool=quiz#p=sync-throttle&t=450');
  await expect(page.getByRole('heading', { level: 2, name: 'Quiz' })).toBeVisible();
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe(
    '?tool=quiz#p=sync-throttle&t=450',
  );
  await page.getByRole('checkbox', { name: /^Async retries/ }).check();
  await page.getByRole('button', { name: /^Start: \d+ questions$/ }).click();
  await expect(page.getByText(/^Async retries · question 1 of \d+$/)).toBeVisible();

  // So does every other tool, each from its own chunks.
  for (const search of await toolAddresses(page)) {
    await page.goto(`/${search}`);
    await toolReady(page);
  }
  expect(problems).toEqual([]);
});

test('a full visit asks nothing of any other origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const elsewhere = () =>
    requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lambda Event Lab');
  await page.getByRole('button', { name: 'Play' }).click();
  // Scenarios whose source families are fetched when first needed.
  for (const id of ['kinesis-poison', 'eventbridge-fanout', 's3-thumbnail'])
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption(id);
  await expect(
    page.getByRole('region', { name: 'Event log' }).getByRole('listitem').first(),
  ).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Tools' });
  const names = await tabs
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThanOrEqual(5);
  // Every tab, then back to the first (the simulator).
  for (const name of [...names.slice(1), names[0]!]) {
    await tabs.getByRole('link', { name, exact: true }).click();
    await expect(tabs.getByRole('link', { name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await toolReady(page);
  }
  await page.goto('/?tool=quiz');
  await page.getByRole('checkbox', { name: /^Async retries/ }).check();
  await page.getByRole('button', { name: /^Start: \d+ questions$/ }).click();
  await page.locator('.option__label').first().click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  await servedByServiceWorker(page);

  expect(requests.length).toBeGreaterThan(10);
  expect(elsewhere()).toEqual([]);
});

test('a new version waits for the learner: "Reload" switches to it', async ({ page }) => {
  // A new release, as the browser sees one: a service worker that differs by a byte.
  const sw = join(process.env.E2E_DIST ?? 'dist', 'sw.js');
  const released = readFileSync(sw, 'utf8');
  try {
    await page.goto('/?tool=quiz');
    await servedByServiceWorker(page);
    appendFileSync(sw, '\n// the next release\n');
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'A new version' });
    await expect(notice).toHaveText(/A new version of Lambda Event Lab is ready\./);
    // Nothing reloads on its own.
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction((t) => performance.timeOrigin !== t, loadedAt);
    await expect(page.getByRole('heading', { level: 2, name: 'Quiz' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('?tool=quiz');
  } finally {
    writeFileSync(sw, released);
  }
});
