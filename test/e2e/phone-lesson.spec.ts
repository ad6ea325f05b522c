import { expect, test, type Locator, type Page } from '@playwright/test';

/** Whether the whole of an element is inside the window. */
async function onScreen(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= size.height &&
    box.x + box.width <= size.width
  );
}

test('on a phone, a lesson’s question and the boxes it asks about are on one screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lesson=push-vs-pull&step=1');
  const question = page.locator('.predict__question');
  await expect(question).toHaveText(
    'At 1 s a message reaches the queue. Who invokes the function with it?',
  );
  // The page has scrolled the diagram to the top; the question follows it.
  await expect.poll(() => onScreen(page, question)).toBe(true);
  await expect(page.getByRole('radio').first()).toBeInViewport();
  // The event the step asks about runs from the queue's mapping: its box is in view, inside the
  // diagram's area, above the question.
  const mapping = page.locator('.react-flow__node[data-id="esm:sqs:photo-jobs"]');
  await expect.poll(() => onScreen(page, mapping)).toBe(true);
  const area = (await page.getByRole('region', { name: 'Diagram' }).boundingBox())!;
  const box = (await mapping.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(area.y);
  expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
});

test('on a phone, a long narration folds while its question waits: every option is on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The lesson step with the longest narration and three options.
  await page.goto('/?lesson=sync-vs-async&step=2');
  const question = page.locator('.predict__question');
  await expect(question).toBeVisible();
  const options = page.getByRole('radio');
  await expect(options).toHaveCount(3);
  await expect.poll(() => onScreen(page, question)).toBe(true);
  await expect.poll(() => onScreen(page, options.last())).toBe(true);
  // The diagram is on the same screen, above the question.
  const area = (await page.getByRole('region', { name: 'Diagram' }).boundingBox())!;
  expect(area.y).toBeGreaterThanOrEqual(0);
  expect(area.y + area.height).toBeLessThanOrEqual((await question.boundingBox())!.y);
  // Two lines of the narration show; "Read more" shows the rest.
  const narration = page.getByTestId('lesson-narration');
  const folded = (await narration.boundingBox())!.height;
  const more = page.getByRole('button', { name: 'Read more', exact: true });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(page.getByRole('button', { name: 'Show less', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect((await narration.boundingBox())!.height).toBeGreaterThan(folded * 1.5);
  // Once answered, nothing waits: the narration is whole and its button is gone.
  await options.first().click();
  await expect(page.getByRole('button', { name: /^(Read more|Show less)$/ })).toHaveCount(0);
});

test('at the desk the narration is always whole, with no "Read more"', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lesson=sync-vs-async&step=2');
  await expect(page.locator('.predict__question')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read more', exact: true })).toHaveCount(0);
});
