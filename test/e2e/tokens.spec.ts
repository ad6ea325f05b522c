import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TokenCanvas } from '../../src/ui/diagram/TokenLayer';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });
const canvas = (page: Page) => page.locator('canvas.token-canvas');

/** Where on the page a message's token is painted, or null when it is not on screen. */
function tokenPoint(layer: Locator, msg: number) {
  return layer.evaluate((el, m) => (el as TokenCanvas).tokenPoint?.(m) ?? null, msg);
}

test('tokens wait out their retries in the async queue, and a click picks one', async ({
  page,
}) => {
  // With every drawer open, a laptop's diagram is tall enough for the queue and its row.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await time(page).fill('30000');
  const layer = canvas(page);
  // Both events wait in the async queue for their retries (at 61.15 s and 65.9 s).
  await expect(layer).toHaveAttribute('data-tokens', '2');
  const first = (await tokenPoint(layer, 0))!;
  const second = (await tokenPoint(layer, 1))!;
  const queue = (await page.locator('.react-flow__node[data-id="async-queue"]').boundingBox())!;
  for (const p of [first, second]) {
    expect(p.x).toBeGreaterThan(queue.x);
    expect(p.x).toBeLessThan(queue.x + queue.width);
    expect(p.y).toBeGreaterThan(queue.y + queue.height);
  }

  await page.mouse.click(second.x, second.y);
  await expect(page.getByRole('complementary', { name: 'Scenario details' })).toContainText('#2');
});

test('a token is exactly where it was after stepping forward and back', async ({ page }) => {
  await page.goto('/');
  await time(page).fill('61000');
  const layer = canvas(page);
  // On its way back to the function for retry 1, which starts at 61.15 s.
  const before = await tokenPoint(layer, 0);
  expect(before).not.toBeNull();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Current time')).toHaveText('1:01.150');
  await expect.poll(() => tokenPoint(layer, 0)).not.toEqual(before);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await time(page).fill('61000');
  await expect.poll(() => tokenPoint(layer, 0)).toEqual(before);
});

test('a dragged box keeps its place, and its tokens follow it', async ({ page }) => {
  await page.goto('/');
  const box = page.locator('.react-flow__node[data-id="function"]');
  const start = (await box.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, start.y + 130, { steps: 8 });
  await page.mouse.up();
  const moved = (await box.boundingBox())!;
  expect(moved.y - start.y).toBeGreaterThan(60);
  // Playback carries on with the box where it was put.
  await time(page).fill('61500');
  expect((await box.boundingBox())!.y).toBeCloseTo(moved.y, 0);
  // The event being retried rests in a row just under the moved box.
  const token = (await tokenPoint(canvas(page), 0))!;
  expect(token.y).toBeGreaterThan(moved.y + moved.height);
  expect(token.y).toBeLessThan(moved.y + moved.height + 40);
  expect(token.x).toBeGreaterThan(moved.x);
});

test('tokens are large and numbered as the log numbers them; countdowns are at least 12 px; a picked one shows its way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await time(page).fill('30000');
  const layer = canvas(page);
  // Events #1 and #2 wait in the async queue, each with its number on its token.
  await expect(layer).toHaveAttribute('data-numbers', '1 2');
  // 32 flow units at the desk's readable zoom (7/6): twice the old 16.
  await expect(layer).toHaveAttribute('data-token-px', '37.3');
  // 13 flow units: 15.2 px on screen.
  await expect(layer).toHaveAttribute('data-countdown-px', '15.2');

  const second = (await tokenPoint(layer, 1))!;
  await page.mouse.click(second.x, second.y);
  const way = page.getByRole('complementary', { name: 'Message #2, its way so far' });
  await expect(way).toHaveText(/^#2 .+ → Async queue · waiting at Async queue, leaves in 36 s/);
  // The line has a strip of its own at the stage's foot: one line, over no box and no token.
  const line = (await way.boundingBox())!;
  expect(line.height).toBeLessThanOrEqual(40);
  // The canvas, which clips every box and token, ends above it.
  const area = (await page.locator('.diagram .react-flow').boundingBox())!;
  expect(area.y + area.height).toBeLessThanOrEqual(line.y + 0.5);
  await time(page).fill('70000');
  await expect(way).toContainText('resize-image');
  await way.getByRole('button', { name: 'Close the message’s way' }).click();
  await expect(way).toHaveCount(0);
});
