// Builds the benchmark with Vite (as the app's code is built: no loader helpers in the hot
// path), then runs it with plain Node. Arguments pass through, e.g. `npm run bench -- --check`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

// Inside node_modules so the bundle resolves its dependencies (zod) like the project does.
const outDir = join('node_modules', '.cache', 'bench');
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'test/bench/run.ts',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
    },
  });
  const res = spawnSync(process.execPath, [join(outDir, 'bench.mjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = res.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
