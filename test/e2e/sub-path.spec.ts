import { expect, test } from '@playwright/test';
import { DIST, serveUnder, type StaticHost } from './static-host';

/**
 * The same build, uploaded to a sub-path of a plain static host (a course page at /course/lab/,
 * a project site): every file, the service worker, the manifest, the tabs, share links and the
 * embed stay under that path.
 */
const PREFIX = '/course/lab/';
let host: StaticHost;

test.beforeAll(async () => {
  host = await serveUnder(DIST, PREFIX);
});
test.afterAll(async () => {
  await host.close();
});

test('the app works from a sub-path: files, worker, manifest, tabs, share link and embed', async ({
  page,
  context,
}) => {
  // Two pages, a service worker and an embed: more than the default on a busy machine.
  test.setTimeout(120_000);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();

  // The service worker is registered for the sub-path, from the sub-path.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(host.url);
  expect(context.serviceWorkers().map((w) => new URL(w.url()).pathname)).toEqual([
    `${PREFIX}sw.js`,
  ]);
  // The manifest and the icons it names are found.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(manifestHref!, page.url()).href;
  expect(manifestUrl).toBe(`${host.url}manifest.webmanifest`);
  const manifest = (await (await page.request.get(manifestUrl)).json()) as {
    start_url: string;
    scope: string;
    icons: { src: string }[];
  };
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(host.url);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(host.url);
  for (const icon of manifest.icons) {
    expect((await page.request.get(new URL(icon.src, manifestUrl).href)).status()).toBe(200);
  }

  // A tab, and back.
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page).toHaveURL(`${host.url}?tool=quiz`);
  await expect(page.getByRole('heading', { name: 'Practice by topic' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Tools' })
    .getByRole('link', { name: 'Simulator' })
    .click();
  await expect(page).toHaveURL(host.url);

  // A share link names the sub-path, and opens there.
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('async-retries');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page
    .getByRole('dialog', { name: 'Share this moment' })
    .getByRole('textbox', { name: 'Link to this moment' });
  const link = await field.inputValue();
  expect(link.startsWith(`${host.url}#`)).toBe(true);
  await page.keyboard.press('Escape');
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('combobox', { name: 'Scenario' })).toHaveValue('async-retries');

  // The embedded view, and its way back to the full app, stay on the sub-path.
  await other.goto(`${host.url}?embed=1#p=async-retries&t=70000`);
  await expect(other.getByLabel('Current time')).toHaveText('1:10.000');
  await expect(other.getByRole('link', { name: 'Open in Lambda Event Lab' })).toHaveAttribute(
    'href',
    `${PREFIX}#p=async-retries&t=70000`,
  );

  expect(failed).toEqual([]);
  // Nothing was asked of the host outside the sub-path.
  expect(host.requests.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
});
