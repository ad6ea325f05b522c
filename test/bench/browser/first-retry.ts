/**
 * Browser benchmark: pacing at 1×. Plays the async-retries scenario from 0:00 at normal speed
 * with quiet stretches skipped (the default) and times, in the page, how long it takes the clock
 * to reach the first retry (simulated 1:01, about a minute of simulated time). Without skipping
 * that is a minute of an idle stage; the target is within 15 s of pressing Play.
 *
 * The schedule itself (which stretches are skipped, and that stepping and seeking land on the
 * same `t`) is a pure function tested in `npm test`; only the wall-clock part is measured here.
 */
import type { Page } from '@playwright/test';
import { median } from './smoothness';
import type { BenchRow } from './row';

const RUNS = 3;
const BUDGET_S = 15;
const FIRST_RETRY_MS = 61_000;

/** Page script: once Play is pressed, watches each frame for the clock to pass the first retry. */
const WATCH = `(() => {
  const seen = { pressed: null, reached: null };
  window.__pacing = seen;
  const ms = (text) => {
    const m = /^(\\d+):(\\d+)\\.(\\d+)$/.exec(text ?? '');
    return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 + Number(m[3]) : -1;
  };
  document.addEventListener('click', (e) => {
    if (seen.pressed === null && e.target.closest?.('button[aria-label="Play"]')) seen.pressed = performance.now();
  }, true);
  const tick = () => {
    const time = document.querySelector('[aria-label="Current time"]')?.textContent;
    if (seen.pressed !== null && ms(time) >= ${FIRST_RETRY_MS}) seen.reached = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function once(page: Page, baseURL: string): Promise<number> {
  await page.addInitScript(WATCH);
  await page.goto(`${baseURL}#p=async-retries`);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Polled with evaluate: the app's Content-Security-Policy forbids waitForFunction's compiled text.
  for (let waited = 0; waited < 90_000; waited += 100) {
    const seen = (await page.evaluate('window.__pacing')) as {
      pressed: number | null;
      reached: number | null;
    };
    if (seen.pressed !== null && seen.reached !== null) return (seen.reached - seen.pressed) / 1000;
    await page.waitForTimeout(100);
  }
  const shown = await page.getByLabel('Current time').allTextContents();
  throw new Error(`async-retries never reached its first retry at 1× (clock: ${shown.join(', ')})`);
}

export async function measureFirstRetry(page: Page, baseURL: string): Promise<BenchRow> {
  const seconds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await page.context().newPage();
    seconds.push(await once(p, baseURL));
    await p.close();
  }
  const s = median(seconds);
  return {
    name: 'first retry at 1× (async-retries)',
    value: `${s.toFixed(1)} s after Play (runs ${seconds.map((x) => x.toFixed(1)).join(', ')})`,
    budget: `≤ ${BUDGET_S} s`,
    ok: s <= BUDGET_S,
  };
}
