import { expect, test, type Page } from '@playwright/test';
import { simulate } from '../../src/engine';
import { parseScenario, presetById, presets as PRESETS } from '../../src/scenario';
import { captionAt } from '../../src/view/captions';
import { registerAllDescribers } from '../../src/view/describe-all-families';
import { EMBED_CAPTION_CHARS, shortCaption } from '../../src/view/short-caption';

/**
 * The diagram is readable wherever it is shown: every text in every box, for every built-in
 * scenario, at least the floor for that screen (its CSS size times React Flow's zoom), and no
 * edge label on top of another label or of a box. One page per screen size; scenarios are
 * switched with the picker, as in class.
 */

// Every scenario on one page, four sizes: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 240_000 });

interface Floor {
  readonly body: number;
  readonly title: number;
}

interface Reading {
  readonly body: number;
  readonly title: number;
  readonly overlaps: readonly string[];
}

/** The smallest rendered text in the boxes, and any edge label that collides. */
function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    let body = Infinity;
    let title = Infinity;
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const walk = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t !== null; t = walk.nextNode()) {
        const el = t.parentElement!;
        if (t.textContent!.trim() === '' || el.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
        if (el.closest('.lab-node__title') !== null) title = Math.min(title, size);
        else body = Math.min(body, size);
      }
    }
    const labels = [...document.querySelectorAll('.react-flow__edge-textwrapper')].map((l) => ({
      text: l.textContent ?? '',
      box: l.getBoundingClientRect(),
    }));
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => ({
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
    return { body, title, overlaps };
  });
}

async function checkEveryPreset(page: Page, floor: Floor, present = false): Promise<void> {
  const failures: string[] = [];
  for (const preset of PRESETS) {
    // The picker is hidden while presenting: leave, pick, present again.
    if (present) await page.keyboard.press('f');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption(preset.id);
    // Keys typed into the picker are the picker's: give the page the focus back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (present) await page.keyboard.press('f');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    // The fit follows a resize of the diagram's box: let it settle.
    await page.waitForTimeout(150);
    const r = await read(page);
    if (r.body < floor.body - 0.05)
      failures.push(`${preset.id}: body text ${r.body.toFixed(1)} px`);
    if (r.title < floor.title - 0.05) failures.push(`${preset.id}: title ${r.title.toFixed(1)} px`);
    for (const o of r.overlaps) failures.push(`${preset.id}: ${o}`);
  }
  expect(failures).toEqual([]);
}

test('desktop 1440×900: boxes at least 14 / 18 px, labels clear', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto('/');
  await checkEveryPreset(page, { body: 14, title: 18 });
  await page.close();
});

test('presentation 1920×1080: boxes at least 20 / 26 px, labels clear', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto('/');
  await page.keyboard.press('f');
  await expect(page.locator('html')).toHaveAttribute('data-presenting', /.*/);
  await checkEveryPreset(page, { body: 20, title: 26 }, true);
  await page.close();
});

test('phone 390×844: boxes at least 9 / 12 px, labels clear', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('/');
  await checkEveryPreset(page, { body: 9, title: 12 });
  await page.close();
});

test('embed 800×450: boxes at least 12 / 14 px, labels clear', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 800, height: 450 } });
  await page.goto('/?embed=1');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.waitForTimeout(150);
  const r = await read(page);
  expect(r.body).toBeGreaterThanOrEqual(12 - 0.05);
  expect(r.title).toBeGreaterThanOrEqual(14 - 0.05);
  expect(r.overlaps).toEqual([]);
  await page.close();
});

/** The embedded caption at a preset's moment, as the frame should show it in full. */
function embedCaption(id: string, t: number): string {
  registerAllDescribers();
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return shortCaption(captionAt(simulate(parsed.scenario), t)!.lines[0]!, EMBED_CAPTION_CHARS);
}

test('embed 800×450: the caption is whole, in at most two lines', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 800, height: 450 } });
  // A retry's countdown, and SNS retrying a dozen times in one moment (a very long line).
  for (const [id, t] of [
    ['async-retries', 70000],
    ['sns-delivery', 0],
  ] as const) {
    await page.goto(`/?embed=1#p=${id}&t=${t}`);
    const caption = page.getByRole('region', { name: 'Caption' });
    const expected = embedCaption(id, t);
    await expect(caption).toHaveText(expected);
    const box = await caption.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
        lines: Math.round(
          (el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
            parseFloat(style.lineHeight),
        ),
        ellipsis: style.textOverflow,
      };
    });
    expect(box.scrollWidth, id).toBeLessThanOrEqual(box.clientWidth);
    expect(box.scrollHeight, id).toBeLessThanOrEqual(box.clientHeight);
    expect(box.lines, id).toBeLessThanOrEqual(2);
    expect(box.ellipsis).not.toBe('ellipsis');
  }
  // The shortened line drops whole clauses of the long one, never cuts a word.
  expect(embedCaption('sns-delivery', 0)).toContain(' — … — ');
  await page.close();
});
