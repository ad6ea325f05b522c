import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Collect page errors and console errors; the page must not log any. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

const POLL = [
  'Amazon Managed Streaming for Apache Kafka (MSK)',
  'Self-managed Apache Kafka',
  'Amazon DynamoDB Streams',
  'Amazon Kinesis Data Streams',
  'Amazon MQ',
  'Amazon Simple Queue Service (SQS)',
];

/** The name of the scenario behind SQS's "Run it" (src/scenario/service-scenarios). */
const SQS_SCENARIO = 'SQS: a failing batch comes back, then redrive';

const modelChip = (page: Page, label: string) =>
  page
    .getByRole('group', { name: 'Invocation model' })
    .getByRole('button', { name: new RegExp(`^${label} \\d+$`) });

test('filter to Poll, open SQS, Run it, and land in the simulator on its scenario', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('/?tool=reference');
  await expect(page.getByRole('heading', { name: 'Event source reference' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('rowheader').getByRole('button');
  await expect(rows).toHaveCount(31);
  await expect(page.getByText(/^All 31 services/)).toHaveText(
    'All 31 services: the 29 rows of the study table, plus 2 it leaves out.',
  );

  await modelChip(page, 'Poll').click();
  await expect(modelChip(page, 'Poll')).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveText(POLL);
  await expect(page).toHaveURL(/\/\?tool=reference&model=poll$/);

  const sqs = page.getByRole('button', { name: 'Amazon Simple Queue Service (SQS)' });
  await sqs.click();
  await expect(sqs).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'What SQS adds' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Sample SQS event' })).toContainText(
    '"eventSource": "aws:sqs"',
  );
  await expect(page).toHaveURL(/\/\?tool=reference&model=poll&open=sqs$/);

  const run = page.getByRole('button', { name: 'Run it: SQS' });
  await expect(run).toBeEnabled();
  await expect(run).toHaveAccessibleDescription(`Opens “${SQS_SCENARIO}” in the simulator.`);
  await run.click();

  // The simulator (no query); the fragment holds the share link of what it shows.
  await expect(page).toHaveURL(/\/(#\S+)?$/);
  await expect(
    page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Simulator' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: SQS_SCENARIO })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible();
  // The diagram draws the queue and its event source mapping, fetched with the scenario's sources.
  const diagram = page.locator('.area-diagram');
  await expect(diagram.getByText('Event source mapping')).toBeVisible();
  await expect(diagram.getByText('orders', { exact: true })).toBeVisible();
  await expect(diagram.getByText('orders-dlq', { exact: true })).toBeVisible();

  // Back: the reference page as it was left.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?tool=reference&model=poll&open=sqs$/);
  await expect(rows).toHaveText(POLL);
  await expect(run).toBeVisible();
  expect(problems).toEqual([]);
});

test('a shared link restores the search, the filters and the open rows', async ({ page }) => {
  await page.goto('/?tool=reference&q=kin&flow=pull&open=kinesis#s=keep');
  await expect(page.getByRole('searchbox', { name: 'Search services' })).toHaveValue('kin');
  await expect(page.getByRole('table').getByRole('rowheader').getByRole('button')).toHaveText([
    'Amazon Kinesis Data Streams',
    'Amazon DynamoDB Streams',
  ]);
  await expect(page.getByRole('heading', { name: 'What Kinesis adds' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What Kinesis adds' })).toBeVisible();
  await expect(page).toHaveURL(/\/\?tool=reference&q=kin&flow=pull&open=kinesis#s=keep$/);
});

test('Lex and IoT Events are listed but marked retired, with when and why', async ({ page }) => {
  await page.goto('/?tool=reference&open=lex');
  const table = page.getByRole('table');
  const retired = table.locator('.ref-retired');
  // In the table's order: AWS IoT Events comes before Amazon Lex.
  await expect(retired).toHaveText(['Retired May 2026', 'Retired September 2025']);
  await expect(table.getByRole('rowheader').filter({ hasText: 'Retired' })).toHaveText([
    /^AWS IoT Events/,
    /^Amazon Lex/,
  ]);
  await expect(page.locator('.ref-details__retired')).toHaveText(
    /^Retired \(September 2025\): Amazon Lex V1, whose code hooks this record describes, reached end of support/,
  );
});

test('works from the keyboard: search, a chip, a row', async ({ page }) => {
  await page.goto('/?tool=reference');
  const box = page.getByRole('searchbox', { name: 'Search services' });
  await box.focus();
  await page.keyboard.type('fifo');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/\/\?tool=reference&q=fifo$/);
  const chip = modelChip(page, 'All');
  await chip.focus();
  await expect(chip).toBeFocused();
  const row = page.getByRole('button', { name: 'Amazon Simple Queue Service (SQS)' });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  // The focus ring is drawn: an outline, not colour alone.
  const outline = await row.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'false');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the rows become cards, and nothing but the sample event scrolls sideways', async ({
    page,
  }) => {
    const problems = watch(page);
    await page.goto('/?tool=reference&open=sqs,kinesis,s3,efs,lambda-edge,cloudwatch-logs');
    await expect(page.getByRole('table')).toHaveCount(0);
    const cards = page.getByRole('list', { name: 'Event sources' }).getByRole('heading', {
      level: 3,
    });
    await expect(cards).toHaveCount(31);
    await expect(page.getByRole('heading', { level: 4, name: 'What SQS adds' })).toBeVisible();
    // Everything on the page stays inside the screen, except lines inside a sample's own box.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => !el.closest('pre') && el.getBoundingClientRect().right > window.innerWidth)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(outside).toEqual([]);
    const sample = page.getByRole('figure', { name: 'Sample SQS event' }).locator('pre');
    const [scrollWidth, clientWidth] = await sample.evaluate((el) => [
      el.scrollWidth,
      el.clientWidth,
    ]);
    expect(clientWidth).toBeLessThanOrEqual(390);
    expect(scrollWidth).toBeGreaterThan(clientWidth);

    // The card layout passes the same audit as every screen (test/e2e/a11y.spec.ts).
    const audit = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
