import { expect, type Locator, type Page } from '@playwright/test';

/**
 * After Pause, the clock stands still. A frame already under way when Pause was pressed may still
 * land, so this waits until two reads a moment apart agree, then checks the time stays there.
 * Returns the held time. A clock that keeps moving fails at the assertion timeout.
 */
export async function expectClockHeld(page: Page, now: Locator): Promise<string> {
  await expect(page.getByRole('button', { name: 'Play' }).first()).toBeVisible();
  let held = '';
  await expect(async () => {
    const before = (await now.textContent())!;
    await page.waitForTimeout(200);
    expect(await now.textContent()).toBe(before);
    held = before;
  }).toPass();
  await page.waitForTimeout(300);
  await expect(now).toHaveText(held);
  return held;
}
