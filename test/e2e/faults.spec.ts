import { expect, test } from '@playwright/test';

/** Fault injection: break a scenario from the keyboard, watch the log and diagram, undo it. */
test('throttles a scenario with 5 and brings it back with 0', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('async-destinations');
  const log = page.getByRole('region', { name: 'Event log' });
  const throttles = log
    .getByRole('listitem')
    .filter({ hasText: '429 TooManyRequests: reserved concurrency reached' });
  await expect(throttles).toHaveCount(0);

  const faults = page.getByRole('toolbar', { name: 'Faults' });
  const throttle = faults.getByRole('button', { name: /Throttle/ });
  await expect(throttle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('5');
  await expect(throttle).toHaveAttribute('aria-pressed', 'true');

  // Every invoice is throttled and, with reserved concurrency 0, goes straight to on-failure.
  await expect(throttles).toHaveCount(3);
  await expect(
    log.getByRole('listitem').filter({ hasText: 'on-failure destination invoice-failures' }),
  ).toHaveCount(3);
  await log
    .getByRole('button', { name: /429 TooManyRequests: reserved concurrency reached/ })
    .last()
    .click();
  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram.getByText('requests throttled')).toBeVisible();
  await expect(diagram.getByText('3', { exact: true }).first()).toBeVisible();

  await page.keyboard.press('0');
  await expect(throttle).toHaveAttribute('aria-pressed', 'false');
  await expect(throttles).toHaveCount(0);
  await expect(
    log.getByRole('listitem').filter({ hasText: 'on-success destination invoices-sent' }),
  ).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('async-destinations');
  expect(problems).toEqual([]);
});
