/**
 * Browser benchmark: memory while playing a long scenario fast. Plays six classroom hours at
 * 100× and compares the JavaScript heap after garbage collection at two moments of the same
 * playback: after a warm-up (caches filled, the log's virtual list and the charts drawn) and
 * three minutes later. Growth between them is memory that playback keeps and never gives back.
 *
 * The aim is no growth. It measured +0.26 MB over the three minutes in December 2026 (a busy
 * two-core machine); `--check` allows GROWTH_MB for what the collector happens to leave from one
 * measurement to the next, and fails on anything that keeps memory per row or per frame.
 */
import type { Page } from '@playwright/test';
import { encodeShareLink, parseScenario } from '../../../src/scenario';
import { classroomHour } from '../scenarios';
import type { BenchRow } from './row';

const WARM_UP_MS = 10_000;
const PLAY_MS = 180_000;
const GROWTH_MB = 1;

/** Six classroom hours: 216 s at 100×, long enough for the warm-up and the measured minutes. */
const classroomDay = {
  ...classroomHour,
  name: 'Classroom day',
  durationMs: 6 * 3_600_000,
  workloads: classroomHour.workloads!.map((w) => ({
    ...w,
    arrivals: { ...w.arrivals, durationMs: 6 * 3_600_000 },
  })),
};

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export async function measureHeap(page: Page, baseURL: string): Promise<BenchRow> {
  const parsed = parseScenario(classroomDay);
  if (!parsed.ok) throw new Error('the classroom scenario is invalid');
  const link = encodeShareLink({ scenario: parsed.scenario, t: 0, view: { speed: 100 } });
  await page.goto(`${baseURL}#${link}`);
  // A run this long is simulated in the background: the default scenario shows meanwhile.
  await page
    .getByRole('heading', { name: classroomDay.name })
    .waitFor({ state: 'attached', timeout: 60_000 });
  const now = page.getByLabel('Current time');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(WARM_UP_MS);
  const before = await heapMb(page);
  const from = await now.textContent();
  await page.waitForTimeout(PLAY_MS);
  const after = await heapMb(page);
  const to = await now.textContent();
  const pause = page.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();
  const growth = after - before;
  return {
    name: `heap growth over ${PLAY_MS / 60_000} min at 100× (after GC)`,
    value: `${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB (${before.toFixed(1)} → ${after.toFixed(1)} MB, played ${from} → ${to})`,
    budget: `≤ +${GROWTH_MB} MB; aim: none`,
    // A playback that never moved measured nothing.
    ok: growth <= GROWTH_MB && from !== to,
  };
}
