import { expect, test, type Page } from '@playwright/test';
import { presets as PRESETS } from '../../src/scenario';

/**
 * A diagram larger than its area at a readable size shows what matters: the function and its
 * nearest sources at first, then the boxes where tokens move; a moment has one view however it
 * is reached; a drag looks around, and play (or "Follow the action") follows again.
 */

test.describe.configure({ timeout: 180_000 });
// The drawers as a first visit has them at the desk (all shut),
// with the welcome closed.
test.use({
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

/** How much of a box, as a share of its area, is inside the diagram's area. */
function shownShare(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const area = document.querySelector('.diagram .react-flow')!.getBoundingClientRect();
    const box = document.querySelector(sel)!.getBoundingClientRect();
    const w = Math.max(0, Math.min(area.right, box.right) - Math.max(area.left, box.left));
    const h = Math.max(0, Math.min(area.bottom, box.bottom) - Math.max(area.top, box.top));
    return (w * h) / (box.width * box.height);
  }, selector);
}

const transform = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

test('desktop 1440×900: every scenario opens on its function, in full', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto('/');
  const cut: string[] = [];
  let panning = 0;
  for (const preset of PRESETS) {
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption(preset.id);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.waitForTimeout(150);
    if ((await page.locator('.diagram--pans').count()) > 0) panning++;
    if ((await page.locator('.lab-node--function').count()) === 0) continue;
    const share = await shownShare(page, '.lab-node--function');
    if (share < 0.999)
      cut.push(`${preset.id}: ${(share * 100).toFixed(0)} % of the function shown`);
  }
  expect(cut).toEqual([]);
  // Long chains wrap onto rows to fit; the larger scenarios still pan, so the check above is
  // not empty.
  expect(PRESETS.length - panning).toBeGreaterThanOrEqual(8);
  expect(panning).toBeGreaterThan(10);
  await page.close();
});

test('the view follows the tokens, lands the same at a moment, and hands over to a drag', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#p=push-vs-pull');
  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram).toHaveClass(/diagram--pans/);
  await expect(
    diagram.getByText('The view follows the action · drag to look around'),
  ).toBeVisible();
  // At 0:00 the function is in view; at 1.8 s S3's event is on its way to Lambda (it arrives
  // at 2.093 s): the view has moved to Lambda, where it lands.
  expect(await shownShare(page, '.lab-node--function')).toBeGreaterThan(0.999);
  const atStart = await transform(page);
  const lambda = '.react-flow__node[data-id="lambda"]';
  await page.getByLabel('Current time').click();
  await page.keyboard.type('1.8 s');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Current time')).toHaveText('0:01.800');
  await page.waitForTimeout(200);
  expect(await shownShare(page, lambda)).toBeGreaterThan(0.999);
  const atMoment = await transform(page);
  expect(atMoment).not.toBe(atStart);

  // Elsewhere, then back: the same view.
  await page.getByLabel('Current time').click();
  await page.keyboard.type('7 s');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  expect(await transform(page)).not.toBe(atMoment);
  await page.getByLabel('Current time').click();
  await page.keyboard.type('1.8 s');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  expect(await transform(page)).toBe(atMoment);

  // A drag of the background looks around; the button (or play) follows again.
  // A spot of bare background (a box there would be dragged instead).
  const spot = await page.evaluate(() => {
    const r = document.querySelector('.diagram .react-flow__pane')!.getBoundingClientRect();
    for (let y = r.top + 20; y < r.bottom - 20; y += 20)
      for (let x = r.left + 20; x < r.right - 320; x += 20)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
          return { x, y };
    return null;
  });
  await page.mouse.move(spot!.x, spot!.y);
  await page.mouse.down();
  await page.mouse.move(spot!.x + 300, spot!.y + 10, { steps: 5 });
  await page.mouse.up();
  expect(await transform(page)).not.toBe(atMoment);
  const follow = diagram.getByRole('button', { name: 'Follow the action' });
  await expect(follow).toBeVisible();
  await follow.click();
  await expect(follow).toHaveCount(0);
  await page.waitForTimeout(200);
  expect(await transform(page)).toBe(atMoment);
});
