// `npm test`: every suite — unit, component and property tests (Vitest), then end-to-end tests
// in Chromium (Playwright) — and one closing line that totals them: "N passed, N failed".
import { spawn } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function summary(out, label) {
  const m = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed, (\\d+) skipped`, 'm').exec(out);
  return m
    ? { passed: +m[1], failed: +m[2], skipped: +m[3] }
    : { passed: 0, failed: 1, skipped: 0 };
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const unit = await run(npx, ['vitest', 'run'], { NO_COLOR: '1' });
const chromium = ensureChromium();
const e2e = await run(npx, ['playwright', 'test'], { CHROMIUM_PATH: chromium });

const u = summary(unit.out, 'unit');
const e = summary(e2e.out, 'e2e');
const failed =
  u.failed + e.failed + (unit.code && !u.failed ? 1 : 0) + (e2e.code && !e.failed ? 1 : 0);
console.log(
  `\ntotal: ${u.passed + e.passed} passed, ${failed} failed, ${u.skipped + e.skipped} skipped`,
);
process.exitCode = unit.code || e2e.code ? 1 : 0;
