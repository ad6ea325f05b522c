import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The inspector: pick the function in the diagram, shorten its timeout, watch the log change. */
test('edits the function’s timeout from the diagram and keeps the playhead', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('api-gateway-throttle');
  const log = page.getByRole('region', { name: 'Event log' });
  const timedOut = log.getByRole('listitem').filter({ hasText: 'Attempt 1 timed out after 1 s' });
  await expect(timedOut).toHaveCount(0);

  // Move the playhead a few events in, so we can see it stay put.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const now = page.getByLabel('Current time');
  const before = await now.textContent();
  expect(before).not.toBe('0:00.000');

  await page.locator('.react-flow__node[data-id="function"]').click();
  const panel = page.getByRole('complementary', { name: 'Scenario details' });
  await expect(panel.getByRole('heading', { name: 'orders-api' })).toBeVisible();
  const timeout = panel.getByRole('spinbutton', { name: 'Timeout (s)' });
  await expect(timeout).toHaveValue('3');
  await timeout.fill('1');

  await expect(timedOut).toHaveCount(2);
  await expect(now).toHaveText(before!);
  await expect(page.locator('.react-flow__node[data-id="function"]')).toContainText('timeout 1 s');

  // Out of range: the parser's message, and the run stays as it was.
  await timeout.fill('901');
  await expect(timeout).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('must be a whole number from 1 to 900 s')).toBeVisible();
  await expect(timedOut).toHaveCount(2);

  const audit = await new AxeBuilder({ page })
    .include('.side-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(panel.getByRole('spinbutton', { name: 'Timeout (s)' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
