import { expect, test, type Page } from '@playwright/test';

/**
 * A guided lesson end to end with the keyboard: PageDown through the steps, each question answered
 * by clicking, Back with PageUp, and a link that opens a lesson at a step.
 */

const narration = (page: Page) => page.getByTestId('lesson-narration');
const time = (page: Page) => page.getByLabel('Current time');
const stepLabel = (page: Page) => page.locator('.lesson-panel__kicker');

test('the push vs pull lesson, from the Lessons tab to the end', async ({ page }) => {
  await page.goto('/?tool=lessons');
  await page.getByRole('link', { name: 'Start: Push vs pull' }).click();
  await expect(page).toHaveURL(/\?lesson=push-vs-pull&step=1(#|$)/);
  await expect(stepLabel(page)).toHaveText('Lesson · Step 1 of 7');
  await expect(time(page)).toHaveText('0:00.000');
  await expect(narration(page)).toContainText('Two sources feed one function');

  // A question holds the lesson: PageDown does nothing until it is answered.
  await page.keyboard.press('PageDown');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 1 of 7');
  await page.getByRole('radio', { name: 'Lambda’s SQS poller, with a batch' }).click();
  await expect(page.getByText('Right.')).toBeVisible();
  // The reveal plays on and stops at the step's event.
  await expect(stepLabel(page)).toHaveText('Lesson · Step 2 of 7');
  await expect(narration(page)).toContainText('Nobody called the function', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:01.000');
  await expect(page).toHaveURL(/step=2(#|$)/);

  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('the poller deletes the message', {
    timeout: 10_000,
  });
  await expect(time(page)).toHaveText('0:01.550');
  await page.getByRole('radio', { name: /202 Accepted/ }).click();
  await expect(narration(page)).toContainText('S3 invokes with InvocationType Event', {
    timeout: 10_000,
  });
  await expect(time(page)).toHaveText('0:02.093');

  // Back: time travel to the previous step's exact moment.
  await page.keyboard.press('PageUp');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 3 of 7');
  await expect(time(page)).toHaveText('0:01.550');
  await expect(page.getByRole('radio', { name: /202 Accepted/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('PageDown');
  await expect(time(page)).toHaveText('0:02.093', { timeout: 10_000 });

  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('still warm', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:02.193');
  // A wrong answer: the panel names the right one, then shows why.
  await page.getByRole('radio', { name: 'The S3 event' }).click();
  await expect(page.getByText('The answer is: The SQS message’s batch')).toBeVisible();
  await expect(narration(page)).toContainText('The SQS message runs at once', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:04.000');

  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('For the exam', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:05.619');
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/Lesson complete/)).toBeVisible();

  // Progress is kept: the Lessons tab says so.
  await page.getByRole('link', { name: 'Lessons' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Push vs pull' }).getByText('Completed'),
  ).toBeVisible();
});

test('a link opens a lesson at its step, on its scenario, paused at its moment', async ({
  page,
}) => {
  await page.goto('/?lesson=batch-failures&step=4');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 4 of 11');
  await expect(time(page)).toHaveText('1:30.000');
  await expect(narration(page)).toContainText('SQS itself moves all ten to orders-dlq');
  await expect(page.getByRole('combobox', { name: /scenario/i })).toHaveValue('sqs-redrive');
  await page.getByRole('button', { name: 'Exit lesson' }).click();
  await expect(page).not.toHaveURL(/lesson=/);
  await expect(page.locator('.lesson-panel')).toHaveCount(0);
});
