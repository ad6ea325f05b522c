/**
 * Browser benchmark: how soon a share link shows its own diagram. Times, from navigation start,
 * the plain start page until its diagram shows, then a built-in scenario's short link
 * (`#p=<id>&t=…`) until its diagram shows at its moment; notes whether the default scenario was
 * drawn first.
 *
 * The aim is the link at most 100 ms later than the plain page, with no flash of the default
 * scenario. The link measures about 190 ms later on a busy shared machine (it simulates a run the
 * plain page does not), so `--check` holds it at 400 ms against regressions, never a flash.
 */
import type { Page } from '@playwright/test';
import { median } from './smoothness';
import type { BenchRow } from './row';

const RUNS = 3;
const LATER_MS = 400;
const AIM_LATER_MS = 100;
const LINKED = { preset: 'api-gateway-throttle', t: 5_000, shown: '0:05.000' } as const;

/**
 * Page script, run before the app: watches every frame for the first diagram box and the time
 * shown, and records when the wanted moment first appears with a diagram.
 */
const WATCH = (wanted: string) => `(() => {
  const seen = { first: null, firstTime: null, wanted: null };
  window.__diagramSeen = seen;
  const tick = () => {
    const node = document.querySelector('.react-flow__node');
    const time = document.querySelector('[aria-label="Current time"]')?.textContent ?? null;
    if (node && seen.first === null) { seen.first = performance.now(); seen.firstTime = time; }
    if (node && time === ${JSON.stringify(wanted)} && seen.wanted === null) seen.wanted = performance.now();
    if (seen.wanted === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function timeTo(page: Page, url: string, wanted: string) {
  await page.addInitScript(WATCH(wanted));
  await page.goto(url);
  // Polled with evaluate: waitForFunction would compile its text in the page, which the app's
  // Content-Security-Policy forbids. The times themselves are taken in the page, frame by frame.
  for (let waited = 0; waited < 30_000; waited += 50) {
    const seen = (await page.evaluate('window.__diagramSeen')) as {
      first: number | null;
      firstTime: string | null;
      wanted: number | null;
    };
    if (seen.wanted !== null) return { ms: seen.wanted, flashed: seen.firstTime !== wanted };
    await page.waitForTimeout(50);
  }
  const shown = await page.getByLabel('Current time').allTextContents();
  throw new Error(`${url} never showed ${wanted} with its diagram (shown: ${shown.join(', ')})`);
}

export async function measureDeepLink(page: Page, baseURL: string): Promise<BenchRow> {
  const plain: number[] = [];
  const linked: number[] = [];
  let flashes = 0;
  for (let i = 0; i < RUNS; i++) {
    const ctx = page.context();
    const p1 = await ctx.newPage();
    plain.push((await timeTo(p1, baseURL, '0:00.000')).ms);
    await p1.close();
    const p2 = await ctx.newPage();
    const r = await timeTo(p2, `${baseURL}#p=${LINKED.preset}&t=${LINKED.t}`, LINKED.shown);
    await p2.close();
    linked.push(r.ms);
    if (r.flashed) flashes++;
  }
  const a = median(plain);
  const b = median(linked);
  return {
    name: 'linked moment first (short link)',
    value: `${b.toFixed(0)} ms vs ${a.toFixed(0)} ms plain (${b >= a ? '+' : ''}${(b - a).toFixed(0)} ms), default drawn first in ${flashes} of ${RUNS}`,
    budget: `≤ plain + ${LATER_MS} ms, no flash; aim ≤ plain + ${AIM_LATER_MS} ms`,
    ok: b - a <= LATER_MS && flashes === 0,
  };
}
