// Screenshots of the built app at desktop, projector and phone sizes, for looking at changes and
// for the README image. Usage: npm run build && node scripts/screenshots.mjs [target …], where a
// target is a path, "preset:<id>" (a built-in scenario) or "service:<id>" (the Event sources
// page's "Run it" for that catalog service); "@<ms>" after any of them moves the timeline there.
// Flags after "!" change how it is shown: "!dark", "!contrast" or "!light" pick a colour theme,
// "!present" turns presentation mode on (e.g. "preset:async-retries@61200!present!dark"), and
// "!welcome" shows the first-visit card (dismissed otherwise).
// SHOTS_SIZES=projector,desktop limits the sizes taken (default: all three).
// Writes test-results/shots/<size>[-n].png (git-ignored).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './ensure-chromium.mjs';

// SHOTS_PORT, SHOTS_DIST and SHOTS_OUT let two runs on one machine keep out of each other's way.
const PORT = Number(process.env.SHOTS_PORT ?? 4179);
const DIST = process.env.SHOTS_DIST ?? 'dist';
const SIZES = {
  desktop: { width: 1440, height: 900 },
  projector: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844, isMobile: true, deviceScaleFactor: 2 },
};
const THEMES = ['light', 'dark', 'contrast'];
const THEME_KEY = 'lambda-event-lab:theme';
const WELCOME_KEY = 'lambda-event-lab:welcome';
const sizes = process.env.SHOTS_SIZES?.split(',') ?? Object.keys(SIZES);
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const outDir = process.env.SHOTS_OUT ?? 'test-results/shots';
mkdirSync(outDir, { recursive: true });

// Vite itself, not through npx: killing npx would leave its child server running.
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    DIST,
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  {
    stdio: process.env.SHOTS_DEBUG ? 'inherit' : 'ignore',
  },
);
try {
  await waitFor(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  });
  for (const [name, size] of Object.entries(SIZES).filter(([n]) => sizes.includes(n))) {
    const { isMobile = false, deviceScaleFactor = 1, ...viewport } = size;
    const page = await browser.newPage({ viewport, isMobile, deviceScaleFactor });
    for (const [i, spec] of targets.entries()) {
      const [shown, ...flags] = spec.split('!');
      const [target, at] = shown.split('@');
      const theme = flags.find((f) => THEMES.includes(f)) ?? null;
      // "preset:<id>" opens the simulator on that built-in scenario.
      const preset = target.startsWith('preset:') ? target.slice(7) : null;
      // "service:<id>" opens the service's row on the Event sources page and clicks its "Run it".
      const service = target.startsWith('service:') ? target.slice(8) : null;
      const path = preset ? '/' : service ? `/?tool=reference&open=${service}` : target;
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      // The theme and the first-visit card are read from storage at start-up: store them, then
      // load the page again. The card shows only with "!welcome".
      const wanted = [
        [THEME_KEY, theme],
        [WELCOME_KEY, flags.includes('welcome') ? null : 'dismissed'],
      ];
      const stored = await page.evaluate(
        (keys) => keys.map((key) => localStorage.getItem(key)),
        wanted.map(([key]) => key),
      );
      if (wanted.some(([, value], k) => stored[k] !== value)) {
        await page.evaluate((pairs) => {
          for (const [key, value] of pairs) {
            if (value) localStorage.setItem(key, value);
            else localStorage.removeItem(key);
          }
        }, wanted);
        await page.reload();
      }
      if (preset) await page.getByRole('combobox', { name: 'Scenario' }).selectOption(preset);
      if (service) {
        await page
          .getByRole('button', { name: /^Run it/ })
          .first()
          .click();
        await page.getByRole('region', { name: 'Diagram' }).waitFor();
      }
      // A preset's source families may still be on their way: seek once they are in.
      await page.waitForLoadState('networkidle');
      if (at !== undefined) await page.getByRole('slider', { name: 'Time' }).fill(at);
      // The picture, not the slider's focus ring.
      await page.evaluate(() => document.activeElement?.blur?.());
      if (flags.includes('present'))
        await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.waitForTimeout(600);
      const file = `${outDir}/${name}${targets.length > 1 ? `-${i + 1}` : ''}.png`;
      await page.screenshot({ path: file, fullPage: name === 'phone' });
      console.log(file);
      // The diagram alone, at full resolution: a phone's full page is too tall to read it in.
      const diagram = page.getByRole('region', { name: 'Diagram' });
      if ((await diagram.count()) > 0) {
        const crop = file.replace(/\.png$/, '-diagram.png');
        await diagram.screenshot({ path: crop });
        console.log(crop);
      }
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}
