// Draws the app's PNG icons from public/favicon.svg's artwork with headless Chromium and writes
// them to public/: the installable app's icons (192 and 512 px, transparent corners), a maskable
// one (full bleed, the mark inside the safe circle) and the 180 px Apple touch icon (opaque, since
// iOS fills transparency with black). Run once after changing the artwork: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './ensure-chromium.mjs';

const PUBLIC = join(import.meta.dirname, '..', 'public');
const favicon = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
// The mark alone (the strokes inside <g>), to place on a full-bleed square.
const mark = /<g[\s\S]*<\/g>/.exec(favicon)?.[0];
const fill = /<rect[^>]*fill="([^"]+)"/.exec(favicon)?.[1];
if (!mark || !fill) throw new Error('public/favicon.svg no longer has the expected <rect> and <g>');

/** The mark centred on a square of the favicon's colour, scaled to `share` of its side. */
function fullBleed(share) {
  const offset = (32 * (1 - share)) / share;
  const side = 64 / share;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-offset} ${-offset} ${side} ${side}">
  <rect x="${-offset}" y="${-offset}" width="${side}" height="${side}" fill="${fill}"/>${mark}</svg>`;
}

const ICONS = [
  { file: 'pwa-192x192.png', size: 192, svg: favicon },
  { file: 'pwa-512x512.png', size: 512, svg: favicon },
  // Maskable: launchers may crop to a circle of 80 % of the side; the mark's box stays within it.
  { file: 'maskable-icon-512x512.png', size: 512, svg: fullBleed(0.7) },
  { file: 'apple-touch-icon-180x180.png', size: 180, svg: fullBleed(0.82) },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  for (const { file, size, svg } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: join(PUBLIC, file), omitBackground: true });
    await page.close();
    console.log(`public/${file}`);
  }
} finally {
  await browser.close();
}
