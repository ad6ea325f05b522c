import { expectClockHeld } from './clock';
import { deflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Collect page errors, script dialogs, and any request that leaves the local server. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`script dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) problems.push(`external request: ${r.url()}`);
  });
  return problems;
}

/** A compressed link around any JSON, as the app writes them: v1.<base64url(raw deflate)>. */
function packed(json: unknown): string {
  return `v1.${deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url')}`;
}

/** What a person sees of the moment: scenario, time, selected message, current log row. */
async function moment(page: Page) {
  const log = page.getByRole('region', { name: 'Event log' });
  return {
    title: await page.locator('.panel-title').textContent(),
    time: await page.getByLabel('Current time').textContent(),
    selected: await page.getByRole('heading', { name: /^Message #\d+$/ }).textContent(),
    row: await log.locator('[aria-current="step"]').last().textContent(),
  };
}

test('a copied link opens the same moment in a fresh browser', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems = watch(page, baseURL!);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('async-destinations');
  await expect(page).toHaveURL(/#p=async-destinations$/);
  // A log row jumps to its moment and selects its message. From the keyboard: at this window
  // size a row can sit under the log's sticky heading.
  const log = page.getByRole('region', { name: 'Event log' });
  const rows = log.getByRole('button', { name: /^\d+:\d\d\.\d{3} #\d+ / });
  await rows.nth(Math.floor((await rows.count()) / 2)).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Message #\d+$/ })).toBeVisible();
  for (let i = 0; i < 2; i++) await page.keyboard.press('+');
  const before = await moment(page);
  expect(before.time).not.toBe('0:00.000');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this moment' });
  const field = dialog.getByRole('textbox', { name: 'Link to this moment' });
  const link = await field.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#p=async-destinations&t=\d+&sel=\d+&speed=4$/);
  await expect(dialog.getByText(`${link.length} characters`)).toBeVisible();
  // The address already says the same.
  await expect(page).toHaveURL(link);

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The QR code is an image of an SVG, dark on white, at least 320 px across.
  const qr = dialog.getByRole('img', { name: 'QR code of the link to this moment' });
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,/);
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(320);
  await dialog.getByRole('button', { name: 'Show large' }).click();
  const large = page.getByRole('dialog', { name: 'Large QR code' });
  // As big as the screen allows: most of the window's height.
  const { height } = page.viewportSize()!;
  expect((await large.getByRole('img').boundingBox())!.width).toBeGreaterThanOrEqual(0.8 * height);
  await page.keyboard.press('Escape');
  await expect(large).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherProblems = watch(other, baseURL!);
  await other.goto(link);
  await expect(other.getByRole('combobox', { name: 'Scenario' })).toHaveValue('async-destinations');
  await expect(other.getByLabel('Current time')).toHaveText(before.time!);
  await expect(other.getByLabel('Current speed')).toHaveText('4×');
  expect(await moment(other)).toEqual(before);
  expect(problems).toEqual([]);
  expect(otherProblems).toEqual([]);
  await fresh.close();
  await context.close();
});

test('a broken or hostile link says why and leaves the scenario as it was', async ({
  page,
  baseURL,
}) => {
  const problems = watch(page, baseURL!);
  await page.goto('/#p=async-retries&t=70000');
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');
  const title = await page.locator('.panel-title').textContent();

  await page.goto('/#v1.AAAA');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'This link is incomplete — it was probably cut off when it was copied. Showing “Async retries, then the DLQ” instead.Dismiss',
  );
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');
  await expect(page.locator('.panel-title')).toHaveText(title!);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);

  // A scenario id mistyped or cut: the closest built-in one is offered.
  await page.goto('/#p=sqs-partial');
  await expect(alert).toContainText(
    'This link names a scenario that does not exist: “sqs-partial”. Showing “Async retries, then the DLQ” instead.',
  );
  await expect(page.locator('.panel-title')).toHaveText(title!);
  await alert.getByRole('link', { name: 'SQS: ReportBatchItemFailures' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page).toHaveURL(/#p=sqs-partial-batch/);
  await page.goto('/#p=async-retries&t=70000');
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');

  const hostile = packed({ scenario: { version: 1, name: '<script>alert(1)</script>' } });
  await page.goto(`/#${hostile}`);
  await expect(page.getByRole('alert')).toContainText(
    'scenario.name: contains HTML markup ("<script>aler"), which a link may not carry.',
  );
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');
  await expect(page.locator('.panel-title')).toHaveText(title!);
  expect(await page.locator('body script').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('the embedded view shows the diagram and plays', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!);
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('/?embed=1#p=async-retries&t=70000');
  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram.getByText('resize-image')).toBeVisible();
  const now = page.getByLabel('Current time');
  await expect(now).toHaveText('1:10.000');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open in Lambda Event Lab' })).toHaveAttribute(
    'href',
    '/#p=async-retries&t=70000',
  );

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(now).not.toHaveText('1:10.000');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expectClockHeld(page, now);
  // The embedded view never rewrites its own address.
  expect(new URL(page.url()).hash).toBe('#p=async-retries&t=70000');
  expect(problems).toEqual([]);
});

test('the Share dialog, a link problem and the embedded view are accessible', async ({ page }) => {
  const audit = async () => {
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    return result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  };
  await page.goto('/#v1.AAAA');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await audit()).toEqual([]);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this moment' });
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  expect(await audit()).toEqual([]);
  await dialog.getByRole('button', { name: 'Show large' }).click();
  await expect(page.getByRole('dialog', { name: 'Large QR code' })).toBeVisible();
  expect(await audit()).toEqual([]);

  await page.goto('/?embed=1#p=async-retries&t=70000');
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');
  expect(await audit()).toEqual([]);
});
