import { expect, test } from '@playwright/test';

// A first visit: nothing stored.
test.use({ storageState: { cookies: [], origins: [] } });

test('a first visit says what the app is for and where to start, and remembers a close', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const welcome = page.getByRole('region', {
    name: 'Watch AWS Lambda handle events, one at a time',
  });
  await expect(welcome).toBeVisible();
  // In one glance: the whole card is on screen, over the diagram.
  const box = (await welcome.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  await expect(welcome.getByRole('button', { name: 'Lesson 1: Push vs pull' })).toBeVisible();
  await welcome.getByRole('button', { name: 'Close the welcome' }).click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeVisible();
  await expect(welcome).toHaveCount(0);
});

test('“start here” opens the first lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Lesson 1: Push vs pull' }).click();
  await expect(page).toHaveURL(/\?lesson=push-vs-pull&step=1/);
  await expect(page.getByRole('heading', { name: 'Push vs pull' }).first()).toBeVisible();
});

test('a link with a moment its scenario does not have opens at 0:00 and says so', async ({
  page,
}) => {
  await page.goto('/#p=sqs-redrive&t=soon');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.000');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('sqs-redrive');
  const note = page.getByRole('status').filter({ hasText: 'The moment in this link' });
  await expect(note).toHaveText(
    /The moment in this link \(t="soon"\) is not a time in this scenario, which runs for .+ It opens at 0:00 instead\./,
  );
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);
});
