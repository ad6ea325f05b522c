import { expect, test, type Page } from '@playwright/test';

/**
 * The Content-Security-Policy of index.html is in force, nothing the app does trips it, and no
 * page asks another origin for anything.
 */
async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  // Reported to the test as they happen, so that none is lost when the page navigates.
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
      problems.push(`request to another origin: ${r.url()}`);
    }
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
  });
  return problems;
}

test('the policy is in the page as the host serves it', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = Object.fromEntries(
    policy!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
  expect(directives).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
  });
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
});

test('every tab, a lesson, the quiz, a share link and the embed run without a violation or a request elsewhere', async ({
  page,
  baseURL,
}) => {
  // One walk through the whole app: a minute or more on a busy machine, so more than the default.
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const problems = await watch(page, origin);
  const tools = page.getByRole('navigation', { name: 'Tools' });

  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.waitForTimeout(500);
  await page.keyboard.press('Space');

  for (const [tab, heading] of [
    ['Lessons', 'Lessons'],
    ['Event sources', 'Event source reference'],
    ['Event patterns', 'Event pattern playground'],
    ['Schedules', 'Schedule preview'],
    ['Quiz', 'Quiz'],
  ] as const) {
    await tools.getByRole('link', { name: tab }).click();
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
  }

  // The quiz: one question answered (the question bank and its schemas load and validate).
  await page.getByRole('checkbox', { name: /^Async retries/ }).check();
  await page.getByRole('button', { name: /^Start: \d+ questions$/ }).click();
  await page.locator('.practice .option__label').first().click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();

  // A lesson, started and stepped.
  await tools.getByRole('link', { name: 'Lessons' }).click();
  await page.getByRole('link', { name: 'Start: Push vs pull' }).click();
  await expect(page.getByText(/Step 1 of/)).toBeVisible();

  // A share link (the QR code is a data: image) and the page it opens.
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('async-destinations');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this moment' });
  await expect(
    dialog.getByRole('img', { name: 'QR code of the link to this moment' }),
  ).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link to this moment' }).inputValue();
  await page.goto(link);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('async-destinations');
  expect(problems).toEqual([]);

  // The embedded view.
  await page.goto('/?embed=1#p=async-retries&t=70000');
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});
