import { expect, test, type Locator, type Page } from '@playwright/test';
import { comparePresets } from '../../src/scenario/presets/compare';

/**
 * "What if…?" keeps both stages as readable as the one stage: for every built-in pair, each
 * side's text at least the floor of its screen, no edge label on another label or on a box, and
 * each stage given a useful share of the screen's height.
 */

test.describe.configure({ timeout: 180_000 });

interface Reading {
  readonly body: number;
  readonly title: number;
  readonly overlaps: readonly string[];
  readonly height: number;
}

/** The smallest text in a stage's boxes, its colliding labels, and the stage's height. */
function read(stage: Locator): Promise<Reading> {
  return stage.evaluate((root) => {
    const viewport = root.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const frame = root.querySelector('.react-flow')!.getBoundingClientRect();
    const inFrame = (b: DOMRect) =>
      b.right > frame.left && b.left < frame.right && b.bottom > frame.top && b.top < frame.bottom;
    let body = Infinity;
    let title = Infinity;
    for (const node of root.querySelectorAll('.react-flow__node')) {
      const walk = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t !== null; t = walk.nextNode()) {
        const el = t.parentElement!;
        if (t.textContent!.trim() === '' || el.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
        if (el.closest('.lab-node__title') !== null) title = Math.min(title, size);
        else body = Math.min(body, size);
      }
    }
    const labels = [...root.querySelectorAll('.react-flow__edge-textwrapper')]
      .map((l) => ({ text: l.textContent ?? '', box: l.getBoundingClientRect() }))
      .filter((l) => inFrame(l.box));
    const nodes = [...root.querySelectorAll('.react-flow__node')].map((n) => ({
      text: n.getAttribute('data-id') ?? '',
      box: n.getBoundingClientRect(),
    }));
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const overlaps: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1))
        if (meet(a.box, b.box)) overlaps.push(`label "${a.text}" over label "${b.text}"`);
      for (const n of nodes)
        if (meet(a.box, n.box)) overlaps.push(`label "${a.text}" over ${n.text}`);
    });
    return { body, title, overlaps, height: frame.height };
  });
}

async function checkEveryPair(
  page: Page,
  floor: { body: number; title: number; height: number },
  present: boolean,
): Promise<void> {
  const failures: string[] = [];
  for (const pair of comparePresets) {
    await page.goto(`/#compare=${pair.id}&t=1000`);
    if (present) await page.keyboard.press('f');
    for (const side of ['A', 'B']) {
      const stage = page.getByRole('region', { name: `Design ${side}` });
      await expect(stage.locator('.react-flow__node').first()).toBeVisible();
      // The fit follows a resize of the diagram's box: let it settle.
      await page.waitForTimeout(200);
      const r = await read(stage);
      const where = `${pair.id} ${side}`;
      if (r.body < floor.body - 0.05) failures.push(`${where}: body text ${r.body.toFixed(1)} px`);
      if (r.title < floor.title - 0.05) failures.push(`${where}: title ${r.title.toFixed(1)} px`);
      if (r.height < floor.height) failures.push(`${where}: stage ${r.height.toFixed(0)} px high`);
      for (const o of r.overlaps) failures.push(`${where}: ${o}`);
    }
    if (present) await page.keyboard.press('f');
  }
  expect(failures).toEqual([]);
}

test('desk 1440×900: both stages 14 / 18 px, labels clear, each at least 480 px high', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await checkEveryPair(page, { body: 14, title: 18, height: 480 }, false);
  await page.close();
});

test('presenting 1920×1080: both stages 20 / 26 px, labels clear, each at least 560 px high', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await checkEveryPair(page, { body: 20, title: 26, height: 560 }, true);
  await page.close();
});
