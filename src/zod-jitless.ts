/**
 * What `import … from 'zod'` gives the app (vite.config.ts points the bare name here): zod itself,
 * told first not to compile validators with `new Function`. Its check for whether it may do so is
 * reported as a violation under the app's Content-Security-Policy (no eval), and schemas read the
 * setting when they are built, so it must be set before any schema module runs: being the module
 * every schema imports guarantees that. Validation works the same without the compiled fast path.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
export { z, z as default } from 'zod/v4';
