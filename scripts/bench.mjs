// `npm run bench`: prints the engine's speed and the app's first-load JavaScript size;
// `npm run bench -- --check` also fails when a budget is missed.
// The engine benchmark is bundled with Vite first, so it measures the code as the app ships it
// (see docs/decisions/003-benchmark-runs-built-code.md).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const FIRST_LOAD_BUDGET_KB = 200;
const check = process.argv.includes('--check');
// Inside node_modules so the bundle resolves its dependencies (zod) like the project does.
const cache = join('node_modules', '.cache', 'bench');
const engineDir = join(cache, 'engine');
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
  const measure = () => {
    const res = spawnSync(
      process.execPath,
      [join(engineDir, 'bench.mjs'), '--results', resultsFile],
      { stdio: 'inherit' },
    );
    return res.status === 0
      ? JSON.parse(readFileSync(resultsFile, 'utf8'))
      : [{ name: 'engine', ok: false }];
  };
  let rows = measure();
  if (rows.some((r) => !r.ok)) {
    // Shared machines have noisy moments: a miss counts only if a fresh process confirms it.
    console.log(
      '\nA budget was missed: measuring again in a fresh process to rule out machine noise.',
    );
    rows = measure();
  }

  // What a first visit downloads: the entry script and every module it preloads.
  await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = files.map((f) => gzipSync(readFileSync(join(appDir, f)), { level: 9 }).length);
  const kb = gz.reduce((a, b) => a + b, 0) / 1024;
  const ok = kb < FIRST_LOAD_BUDGET_KB;
  console.log(
    `${ok ? 'ok  ' : 'MISS'}  ${'first-load JavaScript (gzip)'.padEnd(44)} ${kb.toFixed(1)} KB in ${files.length} files   [budget < ${FIRST_LOAD_BUDGET_KB} KB]`,
  );
  rows.push({ name: 'first-load JavaScript', ok });

  const missed = rows.filter((r) => !r.ok).length;
  console.log(`\nbench: ${rows.length - missed} passed, ${missed} failed`);
  if (check && missed > 0) process.exitCode = 1;
} finally {
  rmSync(cache, { recursive: true, force: true });
}
