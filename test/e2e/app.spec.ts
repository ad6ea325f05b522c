import { expectClockHeld } from './clock';
import { expect, test, type Page } from '@playwright/test';

/** Collect page errors and any request that leaves the local server. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  const origin = new URL(test.info().project.use.baseURL!).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) problems.push(`external request: ${r.url()}`);
  });
  return problems;
}

test('opens on the async-retries preset with the whole trace in the log', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lambda Event Lab');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('async-retries');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.000');

  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log.getByRole('listitem')).toHaveCount(25);
  await expect(log.getByRole('listitem').filter({ hasText: 'Retry 1 of 2' })).toHaveCount(2);
  await expect(log.getByRole('listitem').filter({ hasText: 'Retry 2 of 2' })).toHaveCount(2);
  await expect(
    log.getByRole('listitem').filter({ hasText: 'Sent to dead-letter queue resize-dlq (SQS)' }),
  ).toHaveCount(2);

  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram.getByText('resize-image')).toBeVisible();
  await expect(diagram.locator('.react-flow__edge')).toHaveCount(4);
  expect(problems).toEqual([]);
});

test('steps, plays and scrubs through time', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  const now = page.getByLabel('Current time');
  await page.keyboard.press('ArrowRight');
  await expect(now).toHaveText('0:00.100');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(now).toHaveText('0:00.350');

  // Fast playback moves time on, and pausing holds it.
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await expect(page.getByLabel('Current speed')).toHaveText('64×');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(now).not.toHaveText('0:00.350');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expectClockHeld(page, now);

  // A log row jumps there.
  const log = page.getByRole('region', { name: 'Event log' });
  await log
    .getByRole('button', { name: /Retries exhausted after 3 attempts/ })
    .first()
    .click();
  await expect(now).toHaveText('3:02.750');
  await expect(
    page.getByRole('complementary').getByText('Outcome at 3:02.750: in the dead-letter queue'),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test('switches to the throttling preset', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('sync-throttle');
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(
    log.getByRole('listitem').filter({ hasText: '429 TooManyRequests: reserved concurrency' }),
  ).toHaveCount(2);
});

test('nothing overflows at tablet width either', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto('/');
  await expect(
    page.getByRole('region', { name: 'Diagram' }).getByText('resize-image'),
  ).toBeVisible();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('nothing overflows horizontally', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible();
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    // Open a rule receipt too: the longest text on the page must wrap, not overflow.
    await page
      .getByRole('button', { name: /^why\?/ })
      .first()
      .click();
    const after = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(after).toBeLessThanOrEqual(innerWidth);
    expect(problems).toEqual([]);
  });

  test('every playback control is whole and none covers another', async ({ page }) => {
    await page.goto('/');
    const bar = page.getByRole('region', { name: 'Playback' });
    await expect(bar).toBeVisible();
    const { boxes, overlaps } = await bar.evaluate((el) => {
      const shown = [...el.querySelectorAll('button, output')].filter(
        (b) => (b as HTMLElement).offsetParent !== null,
      );
      const nameOf = (b: Element) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
      const rect = (b: Element) => b.getBoundingClientRect();
      const overlaps: string[] = [];
      for (const [i, a] of shown.entries())
        for (const b of shown.slice(i + 1)) {
          if (a.contains(b) || b.contains(a)) continue; // the clock's button holds its output
          const [p, q] = [rect(a), rect(b)];
          if (p.left < q.right - 0.5 && q.left < p.right - 0.5)
            if (p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5)
              overlaps.push(`${nameOf(a)} / ${nameOf(b)}`);
        }
      const boxes = shown.map((b) => ({ name: nameOf(b), w: rect(b).width, h: rect(b).height }));
      return { boxes, overlaps };
    });
    const round = ['Restart', 'Previous event', 'Play', 'Next event'];
    const names = boxes.map((b) => b.name);
    for (const name of [...round, 'Slower', 'Faster']) expect(names).toContain(name);
    // Round buttons stay round: as wide as they are tall.
    for (const b of boxes.filter((b) => round.includes(b.name)))
      expect(Math.round(b.w)).toBe(Math.round(b.h));
    expect(overlaps).toEqual([]);
  });
});
