import { expect, test } from '@playwright/test';

/** A teacher on a projector: presentation mode, the clicker keys, captions and a blank screen. */
test.use({ viewport: { width: 1920, height: 1080 } });

test('presents the simulator: clicker keys, captions, blank, and Escape to leave', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.000');
  const tools = page.getByRole('navigation', { name: 'Tools' });
  const scenario = page.getByRole('combobox', { name: 'Scenario' });
  await expect(tools).toBeVisible();

  await page.keyboard.press('f');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-presenting', '');
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  await expect(
    page.getByText('PgDn next · PgUp back · . play · b blank · q QR · f exit'),
  ).toBeVisible();
  // The editing chrome is gone; the diagram, playback and log stay.
  await expect(tools).toBeHidden();
  await expect(scenario).toBeHidden();
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Playback' })).toBeVisible();
  // Type for the back of the room: the root font grows from 17px.
  const rootSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(rootSize).toBe(24);

  // A clicker's PageDown three times: 0:00.100, 0:00.350, then 0:01.150 (attempt 1 fails and
  // its retry is scheduled at the same moment).
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(page.getByLabel('Current time')).toHaveText('0:01.150');
  const caption = page.getByRole('region', { name: 'Caption' });
  await expect(caption).toHaveText(
    'Event #1: Attempt 1 failed after 800 ms: Simulated handler error — Retry 1 of 2 in 60 s: the function threw',
  );
  // The log ends at now: the rows still to come are not shown to the room.
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log.locator('.log-row--future').first()).toBeHidden();
  await expect(log.locator('.log-row--current').last()).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.350');
  await expect(caption).toHaveText('Event #1: Attempt 1 starts in environment 0 after Init');

  // b: black over everything; b again: back.
  await page.keyboard.press('b');
  const blank = page.getByRole('button', { name: 'Show the screen again (b)' });
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  await page.keyboard.press('b');
  await expect(blank).toHaveCount(0);

  // "?" still opens the shortcut list, and its Escape only closes the list.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByText('Next event (presentation clicker)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(html).toHaveAttribute('data-presenting', '');

  await page.keyboard.press('Escape');
  await expect(html).not.toHaveAttribute('data-presenting');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(tools).toBeVisible();
  await expect(caption).toHaveCount(0);
});

test('presents another page from the button and leaves with Escape', async ({ page }) => {
  await page.goto('/?tool=schedules');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-presenting', '');
  await expect(page.getByRole('navigation', { name: 'Tools' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Schedule preview' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveAttribute('data-presenting');
});
