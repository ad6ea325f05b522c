import { z } from 'zod';

/**
 * Imported first by the entry (src/main.tsx). zod would otherwise check whether it may compile
 * its validators with `new Function`, and under the app's Content-Security-Policy (no eval) that
 * check alone is reported as a violation. Validation works the same without it.
 */
z.config({ jitless: true });
