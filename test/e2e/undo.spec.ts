import { expect, test, type Locator, type Page } from '@playwright/test';

/** Undo and redo: an inspector edit taken back and done again, and a preset switch undone. */

test('Ctrl+Z takes back an edit everywhere; Shift+Ctrl+Z does it again', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('api-gateway-throttle');
  const log = page.getByRole('region', { name: 'Event log' });
  const timedOut = log.getByRole('listitem').filter({ hasText: 'Attempt 1 timed out after 1 s' });
  await expect(timedOut).toHaveCount(0);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const now = page.getByLabel('Current time');
  const moment = await now.textContent();
  expect(moment).not.toBe('0:00.000');

  await page.locator('.react-flow__node[data-id="function"]').click();
  const panel = page.getByRole('complementary', { name: 'Scenario details' });
  await expect(panel.getByRole('heading', { name: 'orders-api' })).toBeVisible();
  const timeout = panel.getByRole('spinbutton', { name: 'Timeout (s)' });
  await timeout.fill('1');
  await expect(timedOut).toHaveCount(2);
  // An edited scenario is carried whole in the link, not as a preset's name.
  await expect(page).toHaveURL(/#v1\./);

  await timeout.blur();
  await page.keyboard.press('Control+z');
  await expect(timeout).toHaveValue('3');
  await expect(timedOut).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-id="function"]')).toContainText('timeout 3 s');
  await expect(now).toHaveText(moment!);
  // The link is the preset's again: the restored document is the preset itself.
  await expect(page).toHaveURL(/#p=api-gateway-throttle&t=\d+$/);
  // Next back is the preset pick itself.
  await expect(
    historyButton(page, 'Undo', 'open “Sync throttles: 429 for the SDK, 500 behind API Gateway”'),
  ).toBeEnabled();

  await page.keyboard.press('Shift+Control+z');
  await expect(timeout).toHaveValue('1');
  await expect(timedOut).toHaveCount(2);
  await expect(page).toHaveURL(/#v1\./);
  await expect(historyButton(page, 'Undo', 'change timeout')).toBeEnabled();
  expect(problems).toEqual([]);
});

test('an accidental preset switch is undone with the button, edits and all', async ({ page }) => {
  await page.goto('/#p=api-gateway-throttle');
  await page.locator('.react-flow__node[data-id="function"]').click();
  const panel = page.getByRole('complementary', { name: 'Scenario details' });
  await panel.getByRole('spinbutton', { name: 'Timeout (s)' }).fill('1');
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await picker.selectOption('async-retries');

  await historyButton(page, 'Undo', 'open “Async retries, then the DLQ”').click();
  await expect(picker).toHaveValue('');
  await expect(page.locator('.react-flow__node[data-id="function"]')).toContainText('timeout 1 s');
  await expect(historyButton(page, 'Redo', 'open “Async retries, then the DLQ”')).toBeEnabled();
  // The preset the link opened is where the history starts: no step before the first edit.
  await historyButton(page, 'Undo', 'change timeout').click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect(picker).toHaveValue('api-gateway-throttle');
});

/** The Undo or Redo button, checked to describe the step it would take (its name is the verb). */
function historyButton(page: Page, verb: 'Undo' | 'Redo', step: string): Locator {
  const button = page.getByRole('button', { name: verb, exact: true });
  return button.and(page.locator(`[title^="${verb}: ${step} ("]`));
}
