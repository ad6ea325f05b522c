import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Building a design from nothing: an SQS queue in front of the function, with a dead-letter
 * queue, once with the mouse (drag pieces, draw arrows) and once with the keyboard only. Then the
 * failing messages reach the DLQ on the diagram, and a shared link opens the same design.
 */
test.use({
  // Room for the palette beside a diagram that shows every box of the design.
  viewport: { width: 2560, height: 1400 },
  storageState: {
    cookies: [],
    origins: [
      {
        origin: `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`,
        localStorage: [{ name: 'lambda-event-lab:welcome', value: 'dismissed' }],
      },
    ],
  },
});

const box = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/**
 * The middle of the part of a box the view shows, relative to the box: the view follows the
 * action, so a box may be partly off screen.
 */
async function onScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const b = (await box(page, id).boundingBox())!;
  const { width } = page.viewportSize()!;
  const left = Math.max(b.x, 0);
  const right = Math.min(b.x + b.width, width);
  return { x: (left + right) / 2 - b.x, y: b.height / 2 };
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

/** Every invocation throws: set on the function in the inspector. */
async function makeTheFunctionFail(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Scenario details' });
  const rate = panel.getByRole('spinbutton', { name: /Share that throws an error/ });
  await rate.fill('1');
  await expect(box(page, 'function')).toBeVisible();
}

/** Three messages, five receives each 30 s apart: all three are in the DLQ at the end. */
async function playToTheEnd(page: Page) {
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.focus();
  await page.keyboard.press('End');
  const dlq = box(page, 'redrive:sqs:orders-dlq');
  await expect(dlq).toContainText('3');
  await expect(dlq).toContainText('messages moved');
}

test('with the mouse: drag pieces onto the diagram, draw the arrows, share it', async ({
  page,
  browser,
}) => {
  const problems = watch(page);
  await page.goto('/');
  await page
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'Start from scratch' });
  await expect(box(page, 'function')).toBeVisible();
  await expect(box(page, 'workload:caller')).toBeVisible();
  // Starting from scratch opens the palette.
  await expect(page.getByRole('button', { name: 'Build', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const palette = page.getByRole('region', { name: 'Build' });
  await expect(palette).toBeVisible();

  // Drag the queue onto the empty diagram.
  await palette
    .getByRole('button', { name: /^SQS standard queue/ })
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 40, y: 40 } });
  await expect(box(page, 'sqs:orders')).toBeVisible();

  // A refused arrow says why: the function does not invoke a queue.
  const status = palette.getByRole('status');
  const drawArrow = async (from: string, to: string) => {
    const start = (await box(page, from)
      .locator('.react-flow__handle.source.connectable')
      .boundingBox())!;
    const end = (await box(page, to).boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    const at = await onScreen(page, to);
    await page.mouse.move(end.x + at.x, end.y + at.y, { steps: 10 });
    await page.mouse.up();
  };
  await drawArrow('function', 'sqs:orders');
  await expect(status).toHaveText(
    'Arrows end at the function, or at a dead-letter queue or destination that receives failures or results.',
  );

  // Queue → function: the event source mapping appears between them.
  await drawArrow('sqs:orders', 'function');
  await expect(box(page, 'esm:sqs:orders')).toBeVisible();

  // Drop the DLQ piece on the queue: it becomes the queue's redrive policy.
  // Fold the groups above it, so the piece and the queue are both on screen.
  await palette.getByText('Queues and streams (polled) (8)').click();
  await palette.getByText('Callers (2)').click();
  // Chromium's drag and drop hides the page from hit tests while a drag is under way: aim by
  // position (force) at the part of the queue the view shows.
  await palette
    .getByRole('button', { name: /^Dead-letter queue \(SQS\)/ })
    .dragTo(box(page, 'sqs:orders'), {
      force: true,
      targetPosition: await onScreen(page, 'sqs:orders'),
    });
  await expect(box(page, 'redrive:sqs:orders-dlq')).toBeVisible();
  await expect(box(page, 'sqs:orders')).toContainText('maxReceiveCount 5 → DLQ');

  await box(page, 'function').click();
  await makeTheFunctionFail(page);
  await playToTheEnd(page);

  // Share: the link holds the design, and opens it in a new page.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this moment' });
  const link = await dialog.getByRole('textbox', { name: 'Link to this moment' }).inputValue();
  await page.keyboard.press('Escape');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherProblems = watch(other);
  await other.goto(link);
  for (const id of ['sqs:orders', 'esm:sqs:orders', 'redrive:sqs:orders-dlq', 'function'])
    await expect(box(other, id)).toBeVisible();
  await playToTheEnd(other);
  await fresh.close();
  expect(problems).toEqual([]);
  expect(otherProblems).toEqual([]);
});

test('with the keyboard only: add, connect, remove and add again', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('a');
  const palette = page.getByRole('region', { name: 'Build' });
  await palette.getByRole('button', { name: 'Start from scratch' }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'workload:caller')).toBeVisible();

  await palette.getByRole('button', { name: /^SQS standard queue/ }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'sqs:orders')).toBeVisible();
  await expect(palette.getByText('Added SQS standard queue.')).toBeVisible();

  // The new queue is picked: connect it to the function from the "Connect to…" list.
  const targets = palette.getByRole('list', { name: 'Connect orders to' });
  await expect(targets.getByRole('button', { name: 'Caller (Caller)' })).toBeDisabled();
  await targets.getByRole('button', { name: 'my-function (Function)' }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'esm:sqs:orders')).toBeVisible();

  // The palette, with a picked box and its refused arrows, passes an accessibility audit.
  const audit = await new AxeBuilder({ page })
    .include('.build-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(audit.violations.map((v) => v.id)).toEqual([]);

  // Pick the queue on the diagram (Tab to it, Enter), then add the DLQ to it.
  await box(page, 'sqs:orders').focus();
  await page.keyboard.press('Enter');
  await palette.getByRole('button', { name: /^Dead-letter queue \(SQS\)/ }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'redrive:sqs:orders-dlq')).toBeVisible();

  // Delete removes the picked box (the new DLQ); Enter on the piece brings it back.
  await page.keyboard.press('Delete');
  await expect(box(page, 'redrive:sqs:orders-dlq')).toHaveCount(0);
  await box(page, 'sqs:orders').focus();
  await page.keyboard.press('Enter');
  await palette.getByRole('button', { name: /^Dead-letter queue \(SQS\)/ }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'redrive:sqs:orders-dlq')).toBeVisible();

  await box(page, 'function').focus();
  await page.keyboard.press('Enter');
  await makeTheFunctionFail(page);
  await playToTheEnd(page);
  expect(problems).toEqual([]);
});
