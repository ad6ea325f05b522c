import { expect, test } from '@playwright/test';

/**
 * "» 53 s later" after playback jumps a quiet stretch: at every size it sits in the playback
 * bar's clock, never over a box or an edge's label of the diagram. Played from 0:05.500, the
 * async-retries run jumps from the first failure to its retry a minute later. The marker shows
 * for a moment while playing only (paused, the clock under it is what counts).
 */

/** In the page: once the marker shows, its text, the boxes and edge labels it meets, and whether it is in view. */
function markerAndCovered() {
  const marker = [...document.querySelectorAll('[role="status"]')].find((el) =>
    (el.textContent ?? '').includes('later'),
  );
  if (!marker) return null;
  const m = marker.getBoundingClientRect();
  const meet = (b: DOMRect) =>
    m.left < b.right && b.left < m.right && m.top < b.bottom && b.top < m.bottom;
  const hits: string[] = [];
  for (const el of document.querySelectorAll('.react-flow__node, .react-flow__edge-textwrapper'))
    if (meet(el.getBoundingClientRect()))
      hits.push(el.getAttribute('data-id') ?? el.textContent ?? '');
  const inView = m.top >= 0 && m.bottom <= innerHeight && m.left >= 0 && m.right <= innerWidth;
  return { text: marker.textContent, hits, inView };
}

for (const [name, viewport, path, present] of [
  ['desk 1440×900', { width: 1440, height: 900 }, '/', false],
  ['presenting 1920×1080', { width: 1920, height: 1080 }, '/', true],
  ['phone 390×844', { width: 390, height: 844 }, '/', false],
  ['embed 800×450', { width: 800, height: 450 }, '/?embed=1', false],
] as const) {
  test(`${name}: the skip marker covers no box and no label`, async ({ browser }) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${path}#p=async-retries&t=5500`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    if (present) await page.keyboard.press('f');
    // Paused at a moment, no marker hides the clock.
    await expect(page.getByRole('status').filter({ hasText: 'later' })).toHaveCount(0);
    // On a phone the bar is below the diagram: a user who plays has scrolled to it.
    await page.locator('.time-display').first().scrollIntoViewIfNeeded();
    // The fit follows a resize of the diagram's box: let it settle before playing.
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Play', exact: true }).first().click();
    // Read while it shows (it lasts a moment): the text, what it meets, in one go.
    const seen = await page.waitForFunction(markerAndCovered, null, { timeout: 30_000 });
    expect(await seen.jsonValue()).toEqual({ text: '» 53 s later', hits: [], inView: true });
    await page.close();
  });
}

test('paused just after a jump, the clock shows, not the marker', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#p=async-retries&t=61200');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'later' })).toHaveCount(0);
  await expect(page.getByLabel('Current time')).toHaveText('1:01.200');
});
