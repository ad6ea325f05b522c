import type { Rule } from './rules';

/** Event source mappings for queues: SQS (standard and FIFO) and Amazon MQ. */
export const QUEUE_RULES = [] as const satisfies readonly Rule[];
