import { expect, test } from '@playwright/test';
import { simulate } from '../../src/engine';
import { parseScenario, presetById } from '../../src/scenario';
import { captionAt } from '../../src/view/captions';
import { registerAllDescribers } from '../../src/view/describe-all-families';

/** A teacher on a projector: presentation mode, the clicker keys, captions and a blank screen. */
test.use({ viewport: { width: 1920, height: 1080 } });

test('presents the simulator: clicker keys, captions, blank, and Escape to leave', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.000');
  const tools = page.getByRole('navigation', { name: 'Tools' });
  const scenario = page.getByRole('combobox', { name: 'Scenario' });
  await expect(tools).toBeVisible();

  await page.keyboard.press('f');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-presenting', '');
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  await expect(
    page.getByText('PgDn next · PgUp back · . play · b blank · q QR · f exit'),
  ).toBeVisible();
  // The editing chrome is gone; the diagram, playback and log stay.
  await expect(tools).toBeHidden();
  await expect(scenario).toBeHidden();
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Playback' })).toBeVisible();
  // Type for the back of the room: the root font grows from 17px.
  const rootSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(rootSize).toBe(24);

  // A clicker's PageDown three times: 0:00.100, 0:00.350, then 0:01.150 (attempt 1 fails and
  // its retry is scheduled at the same moment).
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(page.getByLabel('Current time')).toHaveText('0:01.150');
  const caption = page.getByRole('region', { name: 'Caption' });
  await expect(caption).toHaveText(
    'Event #1: Attempt 1 failed after 800 ms: Simulated handler error — Retry 1 of 2 in 60 s: the function threw',
  );
  // The log ends at now: the rows still to come are not shown to the room.
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log.locator('.log-row--future').first()).toBeHidden();
  await expect(log.locator('.log-row--current').last()).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByLabel('Current time')).toHaveText('0:00.350');
  await expect(caption).toHaveText('Event #1: Attempt 1 starts in environment 0 after Init');

  // b: black over everything; b again: back.
  await page.keyboard.press('b');
  const blank = page.getByRole('button', { name: 'Show the screen again (b)' });
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  await page.keyboard.press('b');
  await expect(blank).toHaveCount(0);

  // "?" still opens the shortcut list, and its Escape only closes the list.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByText('Next event (presentation clicker)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(html).toHaveAttribute('data-presenting', '');

  await page.keyboard.press('Escape');
  await expect(html).not.toHaveAttribute('data-presenting');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(tools).toBeVisible();
  await expect(caption).toHaveCount(0);
});

test('presents another page from the button and leaves with Escape', async ({ page }) => {
  await page.goto('/?tool=schedules');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-presenting', '');
  await expect(page.getByRole('navigation', { name: 'Tools' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Schedule preview' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveAttribute('data-presenting');
});

/** The messages a preset's moment is about, as the caption counts them. */
function messagesAt(id: string, t: number): { lead: string; count: number } {
  registerAllDescribers();
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const caption = captionAt(simulate(parsed.scenario), t)!;
  return { lead: caption.messages[0]!.name, count: caption.messages.length };
}

test('the caption bar cuts nothing, even at the busiest moments', async ({ page }) => {
  // Five scenarios, one of 7,000 events in a moment: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  // A 4,000-message moment, one message's seventeen events, a 213-character rule, a bisect.
  for (const [id, t] of [
    ['sqs-provisioned-scaling', 70250],
    ['sns-delivery', 0],
    ['sqs-recursive-loop', 16250],
    ['kinesis-bisect', 14500],
    ['api-gateway-throttle', 0],
  ] as const) {
    await page.goto(`/#p=${id}&t=${t}`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.keyboard.press('f');
    await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
    const caption = page.getByRole('region', { name: 'Caption' });
    const lines = caption.locator('.caption-lines__line');
    const { lead, count } = messagesAt(id, t);
    await expect(lines.first()).toContainText(lead.trim());
    const seen = await caption.locator('.caption-lines').evaluate((box) => ({
      over: box.scrollHeight > box.clientHeight + 1,
      lines: [...box.children].map((l) => ({
        text: l.textContent ?? '',
        cut: l.scrollWidth > l.clientWidth + 1,
        ellipsis: getComputedStyle(l).textOverflow === 'ellipsis',
        clamp: getComputedStyle(l).webkitLineClamp,
      })),
    }));
    expect(seen.over, id).toBe(false);
    for (const l of seen.lines) {
      expect(l.cut, `${id}: ${l.text}`).toBe(false);
      expect(l.ellipsis, `${id}: ${l.text}`).toBe(false);
      expect(l.clamp, `${id}: ${l.text}`).toBe('none');
      expect(l.text.endsWith('…'), `${id}: ${l.text}`).toBe(false);
    }
    // Every message of the moment is named on a line or counted: "and 4,019 more messages".
    const all = seen.lines.map((l) => l.text).join('\n');
    const more = /and ([\d,]+) more messages? at this moment/.exec(all);
    const named = seen.lines.filter((l) => !/^…?and [\d,]+ more message/.test(l.text)).length;
    expect(named + (more === null ? 0 : Number(more[1]!.replace(/,/g, ''))), id).toBe(count);
    await page.keyboard.press('f');
  }
});
