/**
 * Browser benchmark: playback smoothness. Opens the production build on a share link of the
 * playback-load scenario (over 500 tokens in flight), plays it, and takes the median frame
 * interval over 220 animation frames. Budget: a median of at least 55 frames a second with at
 * least 500 tokens drawn.
 */
import type { Page } from '@playwright/test';
import { encodeShareLink, parseScenario } from '../../../src/scenario';
import { playbackLoad } from '../scenarios';
import type { BenchRow } from './row';

export const PLAYBACK_BUDGET = { fps: 55, tokens: 500 } as const;

/** The frame rate a list of frame intervals (ms) stands for: 1000 / their median. */
export function medianFps(deltas: readonly number[]): number {
  return 1000 / median(deltas);
}

/**
 * Page script: the intervals between 240 animation frames, and the tokens drawn at each. Kept as text so that no bundler
 * helper finds its way into the function the page runs.
 */
const FRAMES = `new Promise((resolve) => {
  const canvas = document.querySelector('canvas.token-canvas');
  const deltas = [];
  const tokens = [];
  let last = performance.now();
  const tick = (now) => {
    deltas.push(now - last);
    tokens.push(Number(canvas.dataset.tokens));
    last = now;
    if (deltas.length < 240) requestAnimationFrame(tick);
    else resolve({ deltas, tokens });
  };
  requestAnimationFrame(tick);
})`;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measurePlayback(page: Page, baseURL: string): Promise<BenchRow> {
  const parsed = parseScenario(playbackLoad);
  if (!parsed.ok) throw new Error('the playback scenario is invalid');
  await page.goto(`${baseURL}#${encodeShareLink({ scenario: parsed.scenario, t: 2000 })}`);
  await page.getByLabel('Current time').filter({ hasText: '0:02.000' }).waitFor();
  const layer = page.locator('canvas.token-canvas');
  const tokens = async () => Number(await layer.getAttribute('data-tokens'));
  for (let i = 0; i < 100 && (await tokens()) < PLAYBACK_BUDGET.tokens; i++) {
    await page.waitForTimeout(100);
  }

  await page.keyboard.press('Space');
  const frames = (await page.evaluate(FRAMES)) as { deltas: number[]; tokens: number[] };
  // The first frames after pressing play include the start-up work; they are not playback.
  const fps = medianFps(frames.deltas.slice(20));
  const drawn = median(frames.tokens.slice(20));
  return {
    name: 'playback (median of 220 frames)',
    value: `${fps.toFixed(1)} fps with ${drawn.toLocaleString('en-US')} tokens drawn (median)`,
    budget: `≥ ${PLAYBACK_BUDGET.fps} fps with ≥ ${PLAYBACK_BUDGET.tokens} tokens`,
    ok: fps >= PLAYBACK_BUDGET.fps && drawn >= PLAYBACK_BUDGET.tokens,
  };
}
