import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * "What if…?": two designs side by side on the same traffic. The ReportBatchItemFailures pair from
 * the picker, a jump to its first difference, the phone's one-stage toggle, and links that open
 * the same view (a built-in pair, and a fork of the person's own scenario).
 */

const PAIR = 'compare:compare-batch-item-failures';

function stage(page: Page, side: 'A' | 'B') {
  return page.getByRole('region', { name: `Design ${side}` });
}

async function expectBothAt(page: Page, time: string) {
  await expect(page.getByLabel('Time in A')).toHaveText(time);
  await expect(page.getByLabel('Time in B')).toHaveText(time);
}

test('the ReportBatchItemFailures pair: both stages, and a click on a difference moves both', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption(PAIR);
  await expect(stage(page, 'A')).toContainText('A: ReportBatchItemFailures off');
  await expect(stage(page, 'B')).toContainText('B: ReportBatchItemFailures on');
  // Each stage draws its own diagram.
  await expect(stage(page, 'A').locator('.react-flow__node').first()).toBeVisible();
  await expect(stage(page, 'B').locator('.react-flow__node').first()).toBeVisible();
  const table = page.getByRole('region', { name: 'What differs' });
  await expect(table).toContainText('3 figures differ');
  const rows = table.locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Processed');
  await expect(rows.nth(0)).toContainText('0:00.450');
  await expect(rows.nth(2)).toContainText('In a dead-letter queue');
  await expectBothAt(page, '0:00.000');
  // The dead-letter row: all ten orders against one, at 1:30.
  await rows.nth(2).getByRole('button').click();
  await expectBothAt(page, '1:30.000');
  await expect(page.getByLabel('Current time')).toHaveText('1:30.000');
  // Enter on the first difference works as a click.
  await rows.nth(0).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expectBothAt(page, '0:00.450');
  // The address now holds the comparison at that moment.
  await expect(page).toHaveURL(/#compare=compare-batch-item-failures&t=450$/);
  // Exit, keeping B: one stage, the ReportBatchItemFailures scenario.
  await page.getByRole('button', { name: 'Exit compare' }).click();
  await page.getByRole('button', { name: 'B: ReportBatchItemFailures on' }).click();
  await expect(stage(page, 'A')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByLabel('Current time')).toHaveText('0:00.450');
  expect(errors).toEqual([]);
});

test('a compare link opens both designs at its moment', async ({ page }) => {
  await page.goto('/#compare=compare-batch-item-failures&t=30000');
  await expect(stage(page, 'A')).toContainText('ReportBatchItemFailures off');
  await expect(stage(page, 'B')).toContainText('ReportBatchItemFailures on');
  await expectBothAt(page, '0:30.000');
});

test('What if…? forks the scenario; its link reopens the same comparison', async ({ page }) => {
  await page.goto('/#p=sync-throttle');
  await page.getByRole('button', { name: 'What if…?' }).click();
  await expect(stage(page, 'B')).toContainText('B: the same, until you edit it');
  // Edit B: reserved concurrency 1 → 3, from B's function box.
  await expect(page.getByRole('button', { name: 'B', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await stage(page, 'B').locator('.react-flow__node[data-id="function"]').click();
  const panel = page.getByRole('complementary', { name: 'Scenario details' });
  await panel.getByRole('spinbutton', { name: /Reserved concurrency/ }).fill('3');
  await expect(stage(page, 'A')).toContainText('A: reservedConcurrency 1');
  await expect(stage(page, 'B')).toContainText('B: reservedConcurrency 3');
  const table = page.getByRole('region', { name: 'What differs' });
  await expect(table.locator('tr[data-figure="throttles"]')).toContainText('2');
  await expect(page).toHaveURL(/#compare=p=sync-throttle~v\d+\.[\w-]+&edit=b$/);
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(stage(page, 'A')).toContainText('A: reservedConcurrency 1');
  await expect(stage(page, 'B')).toContainText('B: reservedConcurrency 3');
});

test('a compare link with a broken side opens the other and says why', async ({ page }) => {
  await page.goto('/#compare=p=sqs-redrive~v1.broken');
  await expect(page.locator('.link-problem--note')).toContainText(
    'This compare link opens design A alone: design B cannot be read',
  );
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('sqs-redrive');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('one stage at a time, switched with A / B, the summary below', async ({ page }) => {
    await page.goto('/#compare=compare-batch-item-failures&t=90000');
    await expect(stage(page, 'A')).toBeVisible();
    await expect(stage(page, 'B')).toHaveCount(0);
    await page
      .getByRole('group', { name: 'Show design' })
      .getByRole('button', { name: 'B' })
      .click();
    await expect(stage(page, 'B')).toBeVisible();
    await expect(stage(page, 'A')).toHaveCount(0);
    await expect(page.getByLabel('Time in B')).toHaveText('1:30.000');
    await expect(page.getByRole('region', { name: 'What differs' })).toContainText('Processed');
  });
});

/** The smallest rendered text of one stage's boxes (CSS size times that stage's zoom). */
function smallestText(page: Page, side: 'a' | 'b') {
  return page.evaluate((s) => {
    const stageEl = document.querySelector(`.compare-stage[data-side="${s}"]`)!;
    const viewport = stageEl.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    let body = Infinity;
    let title = Infinity;
    for (const node of stageEl.querySelectorAll('.react-flow__node')) {
      const walk = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t !== null; t = walk.nextNode()) {
        const el = t.parentElement!;
        if (t.textContent!.trim() === '' || el.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
        if (el.closest('.lab-node__title') !== null) title = Math.min(title, size);
        else body = Math.min(body, size);
      }
    }
    return { body, title };
  }, side);
}

test.describe('readable stages', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('side by side at 1920×1080, at the desk and presenting, keep the stage’s text floors', async ({
    page,
  }) => {
    await page.goto('/#compare=compare-reserved-provisioned&t=1500');
    await expect(stage(page, 'B')).toContainText('provisioned concurrency 3');
    const a = await stage(page, 'A').boundingBox();
    const b = await stage(page, 'B').boundingBox();
    expect(a!.y).toBe(b!.y); // side by side
    for (const side of ['a', 'b'] as const) {
      // Both stages have drawn their boxes (no text read would leave Infinity).
      await expect
        .poll(async () => Object.values(await smallestText(page, side)).every(Number.isFinite))
        .toBe(true);
      const text = await smallestText(page, side);
      expect(text.body).toBeGreaterThanOrEqual(14 - 0.01);
      expect(text.title).toBeGreaterThanOrEqual(18 - 0.01);
    }
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    for (const side of ['a', 'b'] as const) {
      await expect
        .poll(async () => (await smallestText(page, side)).body)
        .toBeGreaterThanOrEqual(20 - 0.01);
      expect((await smallestText(page, side)).title).toBeGreaterThanOrEqual(26 - 0.01);
    }
  });
});

test('the compare view passes the accessibility audit', async ({ page }) => {
  await page.goto('/#compare=compare-dlq-destination&t=182000');
  await expect(stage(page, 'B')).toContainText('on-failure destination');
  await expect(page.getByRole('region', { name: 'What differs' })).toContainText(
    '2 figures differ',
  );
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});

test('a compare link asks before it replaces edited work', async ({ page }) => {
  await page.goto('/#p=api-gateway-throttle');
  await page.locator('.react-flow__node[data-id="function"]').click();
  const panel = page.getByRole('complementary', { name: 'Scenario details' });
  await panel.getByRole('spinbutton', { name: 'Timeout (s)' }).fill('1');
  await expect(page.locator('.react-flow__node[data-id="function"]')).toContainText('timeout 1 s');
  await page.evaluate(() => (window.location.hash = 'compare=compare-sns-sqs'));
  const dialog = page.getByRole('alertdialog', { name: 'Open the linked comparison?' });
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(stage(page, 'A')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-id="function"]')).toContainText('timeout 1 s');
  await page.evaluate(() => (window.location.hash = 'compare=compare-sns-sqs&t=4100'));
  await page
    .getByRole('alertdialog', { name: 'Open the linked comparison?' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(stage(page, 'B')).toContainText('B: SQS buffers');
  await expectBothAt(page, '0:04.100');
});

test('an embedded comparison shows both designs, one at a time, and links to the full view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('/?embed=1#compare=compare-batch-item-failures&t=90000');
  const show = page.getByRole('group', { name: 'Show design' });
  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(show).toContainText('A: ReportBatchItemFailures off');
  await expect(show.getByRole('button', { name: 'A' })).toHaveAttribute('aria-pressed', 'true');
  await expect(diagram).toContainText('a failure returns the batch');
  await expect(page.getByLabel('Current time')).toHaveText('1:30.000');
  // B: the other design at the same moment.
  await show.getByRole('button', { name: 'B' }).click();
  await expect(show).toContainText('B: ReportBatchItemFailures on');
  await expect(diagram).not.toContainText('a failure returns the batch');
  await expect(diagram).toContainText('ReportBatchItemFailures');
  await expect(page.getByLabel('Current time')).toHaveText('1:30.000');
  const open = page.getByRole('link', { name: 'Open the full comparison' });
  await expect(open).toHaveAttribute('href', /^\/#compare=compare-batch-item-failures&t=90000$/);
});
