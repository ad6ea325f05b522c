import { expect, test } from '@playwright/test';

test('an EventBridge rule fans out to five targets, one of which fails into its DLQ', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('eventbridge-fanout');

  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram.getByText('big-orders', { exact: true })).toBeVisible();
  await expect(diagram.getByText('notify-dlq', { exact: true })).toBeVisible();

  const log = page.getByRole('region', { name: 'Event log' });
  const rows = (text: string) => log.getByRole('listitem').filter({ hasText: text });
  await expect(rows('Rule big-orders matches the event')).toHaveCount(2);
  await expect(rows('Rule refunds does not match the event')).toHaveCount(3);
  await expect(rows('Outcome: no rule matched: nothing happened')).toHaveCount(1);
  await expect(rows('EventBridge retries in 1 s (retry 1 of up to 185)')).toHaveCount(1);
  await expect(rows("Sent to the target's dead-letter queue notify-dlq (SQS)")).toHaveCount(2);
  await expect(rows('Delivered to the function by rule big-orders')).toHaveCount(2);

  // The receipt for a non-retriable failure names the rule and its source.
  await rows('failed: NO_PERMISSIONS').first().getByRole('button', { name: /why/ }).click();
  await expect(log.getByText('Errors EventBridge does not retry')).toBeVisible();
  expect(errors).toEqual([]);
});

test('scheduled rules fire on their schedule', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('eventbridge-schedule');
  const log = page.getByRole('region', { name: 'Event log' });
  const fires = log
    .getByRole('listitem')
    .filter({ hasText: 'Schedule fires: rule every-5-minutes' });
  await expect(fires).toHaveCount(6);
  await expect(fires.first()).toContainText('5:00.000');
  await expect(
    log.getByRole('listitem').filter({ hasText: 'Schedule fires: rule quarter-hours' }).first(),
  ).toContainText('13:00.000');
});
