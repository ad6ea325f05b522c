import type { Rule } from './rules';

/** Push sources: what each AWS service that invokes the function adds (its own timeouts, retries and error mapping). */
export const PUSH_RULES = [] as const satisfies readonly Rule[];
