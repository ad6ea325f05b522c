import { expect, test, type Page } from '@playwright/test';

/**
 * "» 53 s later" after playback jumps a quiet stretch: at every size it sits in the playback
 * bar's clock, never over a box or an edge's label of the diagram. At 1:01.200 the async-retries
 * run has just jumped from the first failure to its retry a minute later.
 */

/** Boxes and edge labels of the diagram that the marker's box meets. */
function coveredBy(page: Page): Promise<string[]> {
  return page
    .getByRole('status')
    .filter({ hasText: 'later' })
    .evaluate((marker) => {
      const m = marker.getBoundingClientRect();
      const meet = (b: DOMRect) =>
        m.left < b.right && b.left < m.right && m.top < b.bottom && b.top < m.bottom;
      const hits: string[] = [];
      for (const el of document.querySelectorAll(
        '.react-flow__node, .react-flow__edge-textwrapper',
      ))
        if (meet(el.getBoundingClientRect()))
          hits.push(el.getAttribute('data-id') ?? el.textContent ?? '');
      return hits;
    });
}

for (const [name, viewport, path, present] of [
  ['desk 1440×900', { width: 1440, height: 900 }, '/', false],
  ['presenting 1920×1080', { width: 1920, height: 1080 }, '/', true],
  ['phone 390×844', { width: 390, height: 844 }, '/', false],
  ['embed 800×450', { width: 800, height: 450 }, '/?embed=1', false],
] as const) {
  test(`${name}: the skip marker covers no box and no label`, async ({ browser }) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${path}#p=async-retries&t=61200`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    if (present) await page.keyboard.press('f');
    const marker = page.getByRole('status').filter({ hasText: 'later' });
    await expect(marker).toHaveText('» 53 s later');
    // On a phone the bar is below the diagram: a user who plays has scrolled to it.
    await marker.scrollIntoViewIfNeeded();
    await expect(marker).toBeInViewport();
    // The fit follows a resize of the diagram's box: let it settle.
    await page.waitForTimeout(300);
    expect(await coveredBy(page)).toEqual([]);
    await page.close();
  });
}
