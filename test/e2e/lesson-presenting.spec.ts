import { expect, test, type Locator } from '@playwright/test';

/**
 * A lesson on a projector, beyond the clicker's PageDown: the black screen holds everything still,
 * and Share (its dialog and the large QR code) gives the room the lesson step, laid out clear.
 */
test.use({ viewport: { width: 1920, height: 1080 } });

const caption = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Caption' });
const time = (page: import('@playwright/test').Page) => page.getByLabel('Current time');

test('while the screen is blank, PageDown only brings it back', async ({ page }) => {
  await page.goto('/?lesson=sync-vs-async&step=6');
  await expect(page.locator('.lesson-panel__kicker')).toHaveText('Lesson · Step 6 of 8');
  await page.keyboard.press('f');
  const place = caption(page).locator('.lesson-caption__place');
  await expect(place).toHaveText('Synchronous vs asynchronous · Step 6 of 8');
  await expect(time(page)).toHaveText('0:00.350');
  const blank = page.getByRole('button', { name: 'Show the screen again (b)' });
  for (const key of ['PageDown', 'PageUp', '.']) {
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await page.keyboard.press(key);
    await expect(blank).toHaveCount(0);
    // Nothing moved unseen: the same step, the same moment, paused.
    await expect(place).toHaveText('Synchronous vs asynchronous · Step 6 of 8');
    await expect(time(page)).toHaveText('0:00.350');
    await expect(page.getByRole('button', { name: /^Play/ })).toBeVisible();
    // The step's question still waits for the room: not revealed behind the black.
    await expect(caption(page)).toContainText('Answer aloud — Next reveals the answer.');
    await expect(caption(page).locator('.room-question__option--right')).toHaveCount(0);
  }
  // With the screen back, PageDown goes on: it reveals the answer.
  await page.keyboard.press('PageDown');
  await expect(caption(page).locator('.room-question__option--right')).toHaveCount(1);
});

test('Share while presenting a lesson: the lesson step, laid out clear, and it opens elsewhere', async ({
  page,
  context,
}) => {
  await page.goto('/?lesson=sync-vs-async&step=3');
  await expect(page.locator('.lesson-panel__kicker')).toHaveText('Lesson · Step 3 of 8');
  await page.keyboard.press('f');
  await expect(caption(page).locator('.lesson-caption__place')).toHaveText(
    'Synchronous vs asynchronous · Step 3 of 8',
  );
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Share this lesson step' });
  await expect(dialog).toContainText(
    'Lesson: Synchronous vs asynchronous, step 3 of 8: whoever opens the link follows the lesson from this step.',
  );
  const field = dialog.getByRole('textbox', { name: 'Link to this lesson step' });
  const url = await field.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?lesson=sync-vs-async&step=3$/);

  // In presentation type no two of these overlap: the QR code, Copy link, the file's words and
  // its download button.
  const qr = dialog.getByRole('img', { name: 'QR code of the link to this lesson step' });
  await expect(qr).toBeVisible();
  const parts: [string, Locator][] = [
    ['QR code', qr],
    ['Copy link', dialog.getByRole('button', { name: 'Copy link' })],
    ['scenario file text', dialog.locator('.share-file__lead').first()],
    ['Download scenario (JSON)', dialog.getByRole('button', { name: 'Download scenario (JSON)' })],
  ];
  const boxes = await Promise.all(
    parts.map(async ([name, l]) => [name, await l.boundingBox()] as const),
  );
  for (const [a, boxA] of boxes)
    for (const [b, boxB] of boxes) {
      if (a >= b) continue;
      expect(boxA, a).not.toBeNull();
      expect(boxB, b).not.toBeNull();
      const overlap =
        boxA!.x < boxB!.x + boxB!.width &&
        boxB!.x < boxA!.x + boxA!.width &&
        boxA!.y < boxB!.y + boxB!.height &&
        boxB!.y < boxA!.y + boxA!.height;
      expect(overlap, `${a} and ${b} overlap`).toBe(false);
    }

  // q: the large QR code names the lesson step it opens.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('q');
  const large = page.getByRole('dialog', { name: 'Large QR code' });
  await expect(large).toContainText('Lesson: Synchronous vs asynchronous, step 3');
  await expect(large).toContainText('scan to follow the lesson from this step');

  // A student's phone: the address opens the same lesson at the same step.
  const phone = await context.newPage();
  await phone.goto(url);
  await expect(phone.locator('.lesson-panel__kicker')).toHaveText('Lesson · Step 3 of 8');
  await expect(phone.getByRole('heading', { name: 'Synchronous vs asynchronous' })).toBeVisible();
  await expect(time(phone)).toHaveText((await time(page).textContent()) ?? '');
});
