// Runs a command while every core (or --cores N of them) is kept busy, then stops the busy loops:
// a way to check that tests hold up on a loaded machine. It prints the command's wall time and
// exits with the command's exit code.
//
//   node scripts/busy-cores.mjs -- npx vitest run
//   node scripts/busy-cores.mjs --cores 1 -- npx vitest run test/engine
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const own = dash >= 0 ? args.slice(0, dash) : [];
const command = dash >= 0 ? args.slice(dash + 1) : args;
const coresAt = own.indexOf('--cores');
const cores = coresAt >= 0 ? Number(own[coresAt + 1]) : availableParallelism();
if (command.length === 0 || !Number.isInteger(cores) || cores < 0) {
  console.error('usage: node scripts/busy-cores.mjs [--cores N] -- <command> [args…]');
  process.exit(2);
}

// Each worker spins until it is terminated; a worker thread keeps this process free to wait.
const spin = 'for (;;) { Math.sqrt(Math.random()); }';
const workers = Array.from({ length: cores }, () => new Worker(spin, { eval: true }));
console.log(
  `busy-cores: ${cores} busy loop${cores === 1 ? '' : 's'} running; starting: ${command.join(' ')}`,
);

const start = performance.now();
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
const stop = async () => Promise.all(workers.map((w) => w.terminate()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('error', async (e) => {
  await stop();
  console.error(`busy-cores: could not start ${command[0]}: ${e.message}`);
  process.exit(127);
});
child.on('close', async (code, signal) => {
  await stop();
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `busy-cores: ${command.join(' ')} finished in ${seconds.toFixed(1)} s with ${cores} busy loop${cores === 1 ? '' : 's'} (exit ${code ?? signal})`,
  );
  process.exit(code ?? 1);
});
