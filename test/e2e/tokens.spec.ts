import { expect, test, type Page } from '@playwright/test';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });

test('tokens wait out their retries in the async queue, and a click picks one', async ({
  page,
}) => {
  await page.goto('/');
  await time(page).fill('30000');
  const diagram = page.getByRole('region', { name: 'Diagram' });
  const waiting = diagram.locator('.token--retry');
  await expect(waiting).toHaveCount(2);
  // Each counts down to its own retry: 61.15 s and 65.9 s.
  await expect(diagram.locator('[data-msg="0"] .token__label')).toHaveText('32 s');
  await expect(diagram.locator('[data-msg="1"] .token__label')).toHaveText('36 s');

  await diagram.locator('[data-msg="1"]').click();
  await expect(diagram.locator('[data-msg="1"]')).toHaveClass(/token--selected/);
  await expect(page.getByRole('complementary', { name: 'Scenario details' })).toContainText('#2');
});

test('a token is exactly where it was after stepping forward and back', async ({ page }) => {
  await page.goto('/');
  await time(page).fill('61000');
  const token = page.locator('[data-msg="0"]');
  // On its way back to the function for retry 1, which starts at 61.15 s.
  const place = () => token.evaluate((el) => (el as HTMLElement).style.transform);
  const before = await place();
  expect(before).toMatch(/^translate\(/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Current time')).toHaveText('1:01.150');
  await expect.poll(place).not.toBe(before);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await time(page).fill('61000');
  await expect.poll(place).toBe(before);
});

test('a dragged box keeps its place, and its arrows and tokens follow it', async ({ page }) => {
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
  // The token resting in the function sits just under the moved box.
  const token = (await page.locator('[data-msg="0"]').boundingBox())!;
  expect(token.y).toBeGreaterThan(moved.y + moved.height - 4);
  expect(token.y).toBeLessThan(moved.y + moved.height + 40);
});
