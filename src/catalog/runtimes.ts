/**
 * Runtimes and their simulated Init durations. AWS publishes no per-runtime cold-start figures;
 * these are the simulator's defaults (see rule env.cold-start).
 */
export const RUNTIMES = {
  nodejs: { label: 'Node.js', initMs: 250 },
  python: { label: 'Python', initMs: 250 },
  java: { label: 'Java', initMs: 1500 },
  dotnet: { label: '.NET', initMs: 800 },
  go: { label: 'Go (custom runtime)', initMs: 100 },
  rust: { label: 'Rust (custom runtime)', initMs: 100 },
  ruby: { label: 'Ruby', initMs: 250 },
} as const;

export type RuntimeId = keyof typeof RUNTIMES;
export const RUNTIME_IDS = Object.keys(RUNTIMES) as [RuntimeId, ...RuntimeId[]];

/** Container images take longer to fetch than zip packages. */
export const IMAGE_EXTRA_INIT_MS = 200;

export function initDurationMs(runtime: RuntimeId, packageType: 'zip' | 'image'): number {
  return RUNTIMES[runtime].initMs + (packageType === 'image' ? IMAGE_EXTRA_INIT_MS : 0);
}

/** Old (pre-Nov-2023) account-wide burst limits by Region group. */
export const LEGACY_BURST_LIMITS = [500, 1000, 3000] as const;
