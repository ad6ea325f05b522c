import { expect, test, type Page } from '@playwright/test';

/** Collect page errors and console errors; a tool must not log any. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

async function expectNoHorizontalOverflow(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** A stand-in for an automated audit: every control is named and every id is unique. */
async function expectNamedControls(page: Page) {
  for (const role of ['button', 'link', 'textbox'] as const) {
    for (const control of await page.getByRole(role).all()) {
      await expect(control).toHaveAccessibleName(/\S/);
    }
  }
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
}

const tools = (page: Page) => page.getByRole('navigation', { name: 'Tools' });

test('the header tabs reach both tools, and Back returns to the simulator', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible();

  // Event patterns: load a sample and a pattern that fits it.
  await tools(page).getByRole('link', { name: 'Event patterns' }).click();
  await expect(page).toHaveURL(/\/\?tool=patterns$/);
  await expect(page.getByRole('heading', { name: 'Event pattern playground' })).toBeVisible();
  await page.getByRole('button', { name: 'Amazon S3 Object created' }).click();
  await page.getByRole('button', { name: /New objects under uploads\// }).click();
  const verdict = page.getByRole('status');
  await expect(verdict).toHaveText('Match');

  // Break it: the key no longer starts with the prefix.
  const pattern = page.getByRole('textbox', { name: 'Event pattern' });
  const text = await pattern.inputValue();
  await pattern.fill(text.replace('"uploads/"', '"archive/"'));
  await expect(verdict).toHaveText('No match');
  const failure = page.locator('.failure').filter({ hasText: 'detail.object.key' });
  await expect(failure).toContainText('prefix');
  await expect(failure).toContainText(
    'Value "uploads/2026/11/beach.jpg" does not start with "archive/"',
  );
  await expectNamedControls(page);

  // Schedules: a valid cron lists ten fire times, a five-field one is explained.
  await tools(page).getByRole('link', { name: 'Schedules' }).click();
  await expect(page).toHaveURL(/\/\?tool=schedules$/);
  const input = page.getByRole('textbox', { name: 'Schedule expression' });
  await input.fill('cron(0/15 * * * ? *)');
  await expect(page.getByRole('status')).toHaveText('Fires every 15 minutes');
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(10);
  await input.fill('cron(0 10 * * *)');
  await expect(page.getByRole('status')).toHaveText('Not a valid schedule expression');
  await expect(
    page.getByText(
      'Cron needs 6 fields (minutes hours day-of-month month day-of-week year), got 5',
    ),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNamedControls(page);

  // The same tool as EventBridge Scheduler reads it: a one-time at() in New York's time zone,
  // shown in UTC and on New York's clock.
  await page.getByRole('radio', { name: 'EventBridge Scheduler' }).check();
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/New_York');
  await input.fill('at(2099-07-04T09:30:00)');
  await expect(page.getByRole('status')).toHaveText(
    'Fires once, at 2099-07-04 09:30 America/New_York',
  );
  const row = page.getByRole('table').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('2099-07-04 13:30');
  await expect(row).toContainText('2099-07-04 09:30');
  await expect(page.getByRole('columnheader', { name: 'In America/New_York' })).toBeVisible();
  await expectNamedControls(page);

  // Back, back: the playground, then the simulator.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Event pattern playground' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible();
  await expect(tools(page).getByRole('link', { name: 'Simulator' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(problems).toEqual([]);
});

test('the tools work from the keyboard alone', async ({ page }) => {
  await page.goto('/?tool=schedules');
  const example = page.getByRole('button', { name: 'cron(0 18 ? * MON-FRI *)' });
  await example.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Schedule expression' })).toHaveValue(
    'cron(0 18 ? * MON-FRI *)',
  );
  await expect(page.getByRole('status')).toHaveText('Fires at 18:00 UTC, Monday to Friday');

  // Tab moves out of the JSON editors rather than being trapped in them.
  await page.goto('/?tool=patterns');
  const pattern = page.getByRole('textbox', { name: 'Event pattern' });
  await pattern.focus();
  await page.keyboard.press('Tab');
  await expect(pattern).not.toBeFocused();
  const chip = page.getByRole('button', { name: 'Amazon ECS Task stopped' });
  await chip.focus();
  await page.keyboard.press('Space');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('textbox', { name: 'Event', exact: true })).toHaveValue(
    /"source": "aws\.ecs"/,
  );
});

test('a tool link opens that tool directly, keeping the fragment', async ({ page }) => {
  await page.goto('/?tool=patterns#s=keep');
  await expect(page.getByRole('heading', { name: 'Event pattern playground' })).toBeVisible();
  await tools(page).getByRole('link', { name: 'Simulator' }).click();
  await expect(page).toHaveURL(/\/#s=keep$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('neither tool overflows sideways, in any state', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/?tool=patterns');
    await expect(page.getByRole('status')).toHaveText('Match');
    await expectNoHorizontalOverflow(page);

    // A long failure list with an $or, and then broken JSON, must wrap too.
    const pattern = page.getByRole('textbox', { name: 'Event pattern' });
    await pattern.fill(
      JSON.stringify({
        source: ['aws.ec2'],
        detail: {
          state: [{ prefix: 'a-very-long-prefix-that-does-not-match-anything-at-all' }],
          $or: [
            { 'instance-id': [{ wildcard: 'i-*-nothing-here' }] },
            { owner: [{ exists: true }] },
          ],
        },
      }),
    );
    await expect(page.getByRole('status')).toHaveText('No match');
    await expectNoHorizontalOverflow(page);
    await pattern.fill('{"source": [\'aws.ec2\']}');
    await expect(page.getByRole('status')).toHaveText('No verdict yet');
    await expectNoHorizontalOverflow(page);
    await page.getByText('Operators cheat sheet').click();
    await expectNoHorizontalOverflow(page);

    await page.goto('/?tool=schedules');
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(10);
    await expectNoHorizontalOverflow(page);
    await page.getByRole('textbox', { name: 'Schedule expression' }).fill('cron(0 10 ? * 8 *)');
    await expect(page.getByText('The problem is here')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    expect(problems).toEqual([]);
  });
});
