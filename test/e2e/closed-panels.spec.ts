import { expect, test } from '@playwright/test';

/**
 * The drawers as a first visit has them (all shut): their code is not part of the first page and
 * is fetched on demand, yet each opens with the first press of its key.
 */
test.use({
  viewport: { width: 1440, height: 900 },
  storageState: {
    cookies: [],
    origins: [
      {
        origin: `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`,
        localStorage: [{ name: 'lambda-event-lab:welcome', value: 'dismissed' }],
      },
    ],
  },
});

test('each closed panel opens with its key and shows its content', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.000');
  // Not in the page while closed.
  await expect(page.getByRole('region', { name: 'Event log' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Metrics over time' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Scenario details' })).toHaveCount(0);
  await expect(page.locator('.area-log')).toBeEmpty();

  await page.keyboard.press('l');
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log.getByRole('heading', { level: 2 })).toHaveText('Event log');
  await expect(log.getByRole('listitem')).toHaveCount(25);

  await page.keyboard.press('m');
  await expect(
    page.getByRole('region', { name: 'Metrics over time' }).getByRole('img').first(),
  ).toHaveAttribute('aria-label', 'Invocations so far: 0');

  await page.keyboard.press('i');
  await expect(
    page.getByRole('complementary', { name: 'Scenario details' }).getByRole('heading', {
      level: 2,
      name: 'Async retries, then the DLQ',
    }),
  ).toBeVisible();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
});

test('a panel whose code cannot be fetched says so, and Try again fetches it', async ({ page }) => {
  let blocked = true;
  await page.route(/\/assets\/EventLog-[^/]*\.js$/, (route) =>
    blocked ? route.abort() : route.continue(),
  );
  await page.goto('/');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.000');
  await page.keyboard.press('l');
  const failed = page.locator('.area-log').getByRole('alert');
  await expect(failed).toHaveText(
    'The event log could not be loaded. Check the connection and try again; nothing you have done is lost.Try again',
  );
  // The rest of the page carries on.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.100');

  blocked = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: 'Event log' }).getByRole('listitem')).toHaveCount(
    25,
  );
});
