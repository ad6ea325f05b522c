import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The quiz, end to end: practice and "show me", a short exam, progress across reloads. */

const PROGRESS_KEY = 'lambda-event-lab:quiz-progress';
const BACKUP_KEY = 'lambda-event-lab:quiz-progress:backup';

function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Tick the first option shown and check it. */
async function answerFirst(page: Page) {
  const question = page.locator('.practice');
  await question.locator('.option__label').first().click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
}

test('practise a topic, see why each option is right or wrong, and open "show me" at the moment', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('/?tool=quiz');
  await expect(page.getByRole('heading', { level: 2, name: 'Quiz' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Async retries/ }).check();
  await page.getByRole('button', { name: /^Start: \d+ questions$/ }).click();
  await expect(page.getByText(/^Async retries · question 1 of \d+$/)).toBeVisible();

  // Answer until a question offers "show me" (most async questions do).
  const feedback = page.getByRole('region', { name: 'Feedback' });
  for (let i = 0; i < 10; i++) {
    await answerFirst(page);
    await expect(feedback.getByRole('status')).toHaveText(/^(Right|Not quite)$/);
    // Every option carries its verdict and why.
    const options = await page.locator('.option').count();
    await expect(page.locator('.option__why')).toHaveCount(options);
    if ((await feedback.getByRole('button', { name: 'Show me in the simulator' }).count()) > 0)
      break;
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await expectAccessible(page);

  const time = (await feedback.locator('.show-me__time').textContent())!;
  const moment = (await feedback.locator('.show-me__moment').textContent())!;
  expect(time).toMatch(/^\d+:\d\d\.\d{3}$/);
  // "Opens “<scenario>” paused at <time>: <what happens>"
  const scenario = /^Opens “(.+)” paused at /.exec(moment)![1]!;
  const what = moment.slice(moment.indexOf(`${time}: `) + time.length + 2);
  const position = (await page.locator('.question__position').textContent())!;
  const n = /question (\d+) of/.exec(position)![1];
  await feedback.getByRole('button', { name: 'Show me in the simulator' }).click();

  // The simulator, paused at the moment, with that event as the current row of the log.
  // The simulator (no query); the fragment holds the share link of what it shows.
  await expect(page).toHaveURL(/\/(#\S+)?$/);
  await expect(page.getByLabel('Current time')).toHaveText(time);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const log = page.getByRole('region', { name: 'Event log' });
  const current = log.locator('li[aria-current="step"]');
  await expect(current.filter({ hasText: what })).toHaveCount(1);
  await expect(current.filter({ hasText: what }).locator('.log-row__time')).toHaveText(time);

  // The simulator names the scenario and offers the way back: the session is where it was.
  const banner = page.getByRole('complementary', { name: 'Opened from the quiz' });
  await expect(banner).toContainText(`Opened from the quiz: ${scenario}`);
  await banner.getByRole('button', { name: `Back to question ${n}` }).click();
  await expect(page).toHaveURL(/\?tool=quiz/);
  await expect(page.locator('.question__position')).toHaveText(position);
  await expect(feedback.getByRole('button', { name: 'Show me in the simulator' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('take a short exam: answer, flag, submit, review, retry the misses; progress survives a reload', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('/?tool=quiz');
  await page.getByRole('button', { name: 'Mock exam' }).click();
  await page.getByRole('button', { name: /^Start the lambda-only drill/ }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(40:00|39:5\d)$/);
  const nav = page.getByRole('navigation', { name: 'Questions' });
  await expect(nav.getByRole('button')).toHaveCount(20);

  // Answer three with the keyboard, flag the second.
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('f');
  await page.keyboard.press('Enter');
  await page.locator('.option__label').first().click();
  await expect(page.getByText('3 of 20 answered · 1 flagged')).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  await expectAccessible(page);

  // The countdown and the answers survive a reload.
  await page.reload();
  await expect(page.getByText('3 of 20 answered · 1 flagged')).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(40:00|39:\d\d)$/);

  await page.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Submit the exam?' });
  await expect(dialog).toContainText('17 questions have no answer and will count as wrong');
  await expect(dialog).toContainText('1 flagged for review: 2.');
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  await expect(
    page.getByText(/^\d+ of 20 right \(\d+ %\), 3 answered\. The pass mark is 720\.$/),
  ).toBeVisible();
  await expect(page.locator('.verdict-box__scale')).toHaveText(
    /\/ 1,000 · (Pass|Below the pass mark)/,
  );
  await expect(
    page.getByText(/^What this score means: your readiness on this quiz’s topics/),
  ).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Design Resilient Architectures');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.locator('.review__item')).toHaveCount(20);
  await review.getByRole('button', { name: 'Flagged' }).click();
  await expect(review.locator('.review__item')).toHaveCount(1);
  await expect(review.locator('.review__item').first()).toContainText('Question 2:');
  await expectAccessible(page);

  const retry = page.getByRole('button', { name: /^Retry the ones I missed \((\d+)\)$/ });
  const missed = Number(/\((\d+)\)/.exec((await retry.textContent())!)![1]);
  expect(missed).toBeGreaterThanOrEqual(17);
  await retry.click();
  await expect(page.getByText(`Retry missed · question 1 of ${missed}`)).toBeVisible();

  // After a reload the result is in the history and the answers are cards.
  await page.reload();
  await page.getByRole('button', { name: 'Mock exam' }).click();
  await page.getByRole('button', { name: 'Done: back to the exams' }).click();
  await expect(page.getByText('Earlier attempts')).toBeVisible();
  await expect(page.locator('.exam-history li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByRole('region', { name: 'Mastery by topic' })).toContainText(
    /0 of \d+ questions mastered, 3 being learned/,
  );
  expect(problems).toEqual([]);
});

test('unreadable saved progress is reported and kept as a backup, never wiped', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"cards":'), PROGRESS_KEY);
  await page.goto('/?tool=quiz');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'We couldn’t read your saved progress; it’s kept as a backup, you can export it.',
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(
    '{"format":1,"cards":',
  );
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export the backup' }).click();
  expect((await download).suggestedFilename()).toBe('lambda-event-lab-progress-backup.json');
  await expectAccessible(page);

  // Answering starts fresh progress; the backup stays.
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('checkbox', { name: /^Permissions/ }).check();
  await page.getByRole('button', { name: /^Start:/ }).click();
  await answerFirst(page);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(
    '{"format":1,"cards":',
  );
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(Object.keys(saved.cards)).toHaveLength(1);
});

test('the quiz alongside the diagram shows the moment in place', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Quiz alongside' }).click();
  const panel = page.getByRole('complementary', { name: 'Quiz alongside' });
  await panel.getByRole('button', { name: /questions? about this scenario$/ }).click();
  await panel.locator('.option__label').first().click();
  await panel.getByRole('button', { name: 'Check answer' }).click();
  const time = (await panel.locator('.show-me__time').textContent())!;
  await panel.getByRole('button', { name: 'Show me in the diagram' }).click();
  // The simulator (no query); the fragment holds the share link of what it shows.
  await expect(page).toHaveURL(/\/(#\S+)?$/);
  await expect(page.getByLabel('Current time')).toHaveText(time);
  await expect(panel).toBeVisible();
  await expectAccessible(page);
  expect(problems).toEqual([]);
});
