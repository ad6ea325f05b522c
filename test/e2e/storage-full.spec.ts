import { expect, test } from '@playwright/test';

/**
 * A browser whose storage is full: wherever the learner is when a save fails (a lesson, practice,
 * a setting), a notice there says so and offers their progress as a file.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
});

test('a lesson, practice and a setting each say when they could not save', async ({ page }) => {
  const notice = page.locator('.save-failure');

  // A lesson, in the simulator.
  await page.goto('/?lesson=push-vs-pull&step=1');
  await expect(page.locator('.lesson-panel__kicker')).toHaveText('Lesson · Step 1 of 7');
  await page.getByRole('radio', { name: 'Lambda’s SQS poller, with a batch' }).click();
  await page.getByRole('button', { name: 'Watch why' }).click();
  await expect(page.locator('.lesson-panel__kicker')).toHaveText('Lesson · Step 2 of 7');
  await expect(notice).toContainText(
    'This browser is not saving your work.Lesson progress: not saved (the browser refused to store it)',
  );
  await expect(notice.getByRole('button', { name: 'Export your progress' })).toBeVisible();

  // Practice in the quiz.
  await page.goto('/?tool=quiz');
  await page.getByRole('checkbox', { name: /^Async retries/ }).check();
  await page.getByRole('button', { name: /^Start: \d+ questions$/ }).click();
  await page.locator('.practice .option__label').first().click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(notice).toContainText('Quiz progress: not saved (The quota has been exceeded.)');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export your progress' }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^lambda-event-lab-progress-\d{4}-\d\d-\d\d\.json$/,
  );

  // A setting.
  await page.getByRole('button', { name: /^Theme: / }).click();
  await expect(notice).toContainText(
    'Your settings: the theme you picked applies until you reload, and is not kept',
  );
});
