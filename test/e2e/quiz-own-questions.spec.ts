import { expect, test, type Page } from '@playwright/test';

/** A teacher's own question file: open a good one and practise it; open a bad one and read why. */

function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

test('open a question file, practise one of its questions, then refuse a malformed file', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('/?tool=quiz');
  const panel = page.getByRole('region', { name: 'Your own questions' });
  await panel
    .getByLabel('Question file to open')
    .setInputFiles('test/fixtures/question-files/good.yaml');
  await expect(panel.getByRole('status')).toHaveText('Loaded 2 questions from good.yaml.');
  await expect(panel).toContainText('2 questions from good.yaml.');

  await panel.getByRole('button', { name: 'Practise them' }).click();
  await expect(page.getByText('good.yaml · question 1 of 2')).toBeVisible();
  await expect(page.getByText(/^Our class queue triggers a function/)).toBeVisible();
  await page.getByText('180 seconds, six times the function timeout').click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = page.getByRole('region', { name: 'Feedback' });
  await expect(feedback.getByRole('status')).toHaveText('Right');
  await expect(feedback).toContainText(
    'docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  );

  // A reload ends the round but keeps the file for this tab.
  await page.reload();
  await expect(panel).toContainText('2 questions from good.yaml.');

  await panel
    .getByLabel('Question file to open')
    .setInputFiles('test/fixtures/question-files/bad.yaml');
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('bad.yaml was not loaded: 2 problems. Nothing else changed.');
  await expect(alert.getByRole('listitem')).toHaveText([
    /^line 4, question class-bad-question, topic: is "queues"; it must be one of /,
    'line 24, question class-bad-question, options.d.why: is missing',
  ]);
  // The good file is still the one loaded.
  await expect(panel).toContainText('2 questions from good.yaml.');
  expect(problems).toEqual([]);
});
