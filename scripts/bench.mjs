// `npm run bench`: prints the engine's speed, the app's first-load JavaScript size and, in
// Chromium against the production build, how smoothly playback runs;
// `npm run bench -- --check` also fails when a budget is missed.
// Both benchmark parts are bundled with Vite first, so they measure the code as the app ships it
// (see docs/decisions/003-benchmark-runs-built-code.md). Nothing here is part of `npm test`:
// figures that depend on the machine's speed are budgets, never test assertions.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';

// What the first page downloads should be at most; until it gets there, `--check` holds the line
// above what it measures now (178 KB in December 2026, after the opening run shipped built and the
// closed panels loaded on demand), and prints the aim beside it.
const FIRST_LOAD_BUDGET_KB = 185;
const FIRST_LOAD_AIM_KB = 170;
const check = process.argv.includes('--check');
// Inside node_modules so the bundle resolves its dependencies (zod) like the project does.
const cache = join('node_modules', '.cache', 'bench');
const engineDir = join(cache, 'engine');
const browserDir = join(cache, 'browser');
const appDir = join(cache, 'app');
const resultsFile = join(cache, 'results.json');

try {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'test/bench/run.ts',
      outDir: engineDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
    },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'test/bench/browser/run.ts',
      outDir: browserDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
    },
  });
  /** Run a bundled part; a miss counts only if a fresh process confirms it (shared machines have noisy moments). */
  // Asynchronous, so the preview server in this process keeps answering while a part runs.
  const measure = async (file, label, extra = []) => {
    const once = async () => {
      const child = spawn(process.execPath, [file, '--results', resultsFile, ...extra], {
        stdio: 'inherit',
      });
      const status = await new Promise((resolve) => child.on('close', resolve));
      return status === 0
        ? JSON.parse(readFileSync(resultsFile, 'utf8'))
        : [{ name: label, ok: false }];
    };
    const first = await once();
    if (!first.some((r) => !r.ok)) return first;
    console.log(
      '\nA budget was missed: measuring again in a fresh process to rule out machine noise.',
    );
    return once();
  };
  let rows = await measure(join(engineDir, 'bench.mjs'), 'engine');

  // What a first visit downloads: the entry script and every module it preloads.
  await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = files.map((f) => gzipSync(readFileSync(join(appDir, f)), { level: 9 }).length);
  const kb = gz.reduce((a, b) => a + b, 0) / 1024;
  const ok = kb < FIRST_LOAD_BUDGET_KB;
  console.log(
    `${ok ? 'ok  ' : 'MISS'}  ${'first-load JavaScript (gzip)'.padEnd(44)} ${kb.toFixed(1)} KB in ${files.length} files   [budget < ${FIRST_LOAD_BUDGET_KB} KB; aim ≤ ${FIRST_LOAD_AIM_KB} KB]`,
  );
  rows.push({ name: 'first-load JavaScript', ok });

  // The browser part, against the same build served as a host would serve it.
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    root: process.cwd(),
    build: { outDir: appDir },
    preview: { host: '127.0.0.1', port: 4199, strictPort: false, open: false },
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not say where it listens');
    rows = rows.concat(await measure(join(browserDir, 'bench.mjs'), 'browser', ['--url', url]));
  } finally {
    await server.close();
  }

  const missed = rows.filter((r) => !r.ok).length;
  console.log(`\nbench: ${rows.length - missed} passed, ${missed} failed`);
  if (check && missed > 0) process.exitCode = 1;
} finally {
  rmSync(cache, { recursive: true, force: true });
}
