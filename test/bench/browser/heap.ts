/**
 * Browser benchmark: memory while playing a long scenario fast. Plays the classroom hour at 100×
 * for 20 seconds of wall time (about 33 simulated minutes; shorter than the three minutes a
 * lesson might run, to keep the benchmark quick), collecting garbage before and after, and
 * compares the JavaScript heap. Budget: no growth beyond 2 MB. Median of three runs.
 */
import type { Page } from '@playwright/test';
import { encodeShareLink, parseScenario } from '../../../src/scenario';
import { classroomHour } from '../scenarios';
import { median } from './smoothness';
import type { BenchRow } from './row';

const RUNS = 3;
const PLAY_MS = 20_000;
const GROWTH_MB = 2;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export async function measureHeap(page: Page, baseURL: string): Promise<BenchRow> {
  const parsed = parseScenario(classroomHour);
  if (!parsed.ok) throw new Error('the classroom scenario is invalid');
  const link = encodeShareLink({ scenario: parsed.scenario, t: 0, view: { speed: 100 } });
  const growth: number[] = [];
  let after = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${baseURL}#${link}`);
    await page
      .locator('.react-flow__node')
      .first()
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.waitForTimeout(1_000);
    const before = await heapMb(page);
    await page.keyboard.press('Space');
    await page.waitForTimeout(PLAY_MS);
    await page.keyboard.press('Space');
    after = await heapMb(page);
    growth.push(after - before);
  }
  const g = median(growth);
  return {
    name: 'heap after 20 s at 100× (GC before, after)',
    value: `${g >= 0 ? '+' : ''}${g.toFixed(1)} MB (heap ${after.toFixed(1)} MB; median of ${RUNS})`,
    budget: `≤ +${GROWTH_MB} MB`,
    ok: g <= GROWTH_MB,
  };
}
