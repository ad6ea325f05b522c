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
