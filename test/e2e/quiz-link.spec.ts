import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** A link to one quiz question: opened in a fresh browser, answered, explained, copied. */

const ID = 'gen-invocation-s3';
const PROGRESS_KEY = 'lambda-event-lab:quiz-progress';

test('a question link opens that question; answering it shows the explanation', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto(`/?tool=quiz&q=${ID}`);
  await expect(page.getByText('Linked question')).toBeVisible();
  await expect(
    page.getByText(
      'A team connects Amazon Simple Storage Service (S3) to a Lambda function. How does the function get invoked?',
    ),
  ).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();

  // The link to this question, from its card.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link to this question' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/?tool=quiz&q=${ID}`,
  );

  await page.getByRole('radio', { name: /It calls Invoke with the Event type/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = page.getByRole('region', { name: 'Feedback' });
  await expect(feedback.getByRole('status')).toHaveText('Right');
  await expect(
    feedback.getByText(/^The study table lists S3 as “Event-driven, asynchronous”\./),
  ).toBeVisible();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByRole('button', { name: 'More questions on this topic' }).click();
  await expect(page.getByText(/^Services and how they invoke · question 1 of \d+$/)).toBeVisible();
});

test('an unknown question id says so above the usual quiz start', async ({ page }) => {
  await page.goto('/?tool=quiz&q=no-such-question');
  await expect(page.getByText('The linked question is not in this quiz.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Practice by topic' })).toBeVisible();
});

test('the Event sources search is not taken for a question link on the way to the quiz', async ({
  page,
}) => {
  // The quiz's code is loaded first, so both pages change places in one step.
  await page.goto('/?tool=quiz');
  await expect(page.getByRole('heading', { name: 'Practice by topic' })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Tools' });
  await tabs.getByRole('link', { name: 'Event sources' }).click();
  await page.getByRole('searchbox', { name: 'Search services' }).fill('kin');
  await expect(page).toHaveURL(/[?&]q=kin/);
  await tabs.getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Practice by topic' })).toBeVisible();
  await expect(page.getByText('The linked question is not in this quiz.')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?tool=quiz');
});
