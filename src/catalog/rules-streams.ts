import type { Rule } from './rules';

/** Event source mappings for ordered logs: Kinesis, DynamoDB Streams and Kafka (MSK, self-managed). */
export const STREAM_RULES = [] as const satisfies readonly Rule[];
