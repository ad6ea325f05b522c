import { expect, test } from '@playwright/test';
import { encodeShareLink, parseScenario } from '../../src/scenario';
import { playbackLoad } from '../bench/scenarios';

test('playback stays smooth with hundreds of tokens on the diagram', async ({ page }) => {
  const parsed = parseScenario(playbackLoad);
  if (!parsed.ok) throw new Error('playback scenario is invalid');
  await page.goto(`/#${encodeShareLink({ scenario: parsed.scenario, t: 2000 })}`);
  await expect(page.getByLabel('Current time')).toHaveText('0:02.000');
  const layer = page.locator('canvas.token-canvas');
  const tokens = async () => Number(await layer.getAttribute('data-tokens'));
  await expect.poll(tokens).toBeGreaterThanOrEqual(500);

  await page.keyboard.press('Space');
  const deltas = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const tick = (now: number) => {
          out.push(now - last);
          last = now;
          if (out.length < 240) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
  );
  const inFlight = await tokens();
  const sorted = deltas.slice(20).sort((a, b) => a - b);
  const fps = 1000 / sorted[Math.floor(sorted.length / 2)]!;
  console.log(`playback: median ${fps.toFixed(1)} fps with ${inFlight} tokens drawn`);
  expect(inFlight).toBeGreaterThanOrEqual(500);
  expect(fps).toBeGreaterThanOrEqual(55);
});
