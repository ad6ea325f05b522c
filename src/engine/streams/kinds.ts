/** Trace kinds, fates and detail fields of the stream pollers (Kinesis, DynamoDB Streams, Kafka). */
export type StreamTraceKind = never;

export type StreamFateKind = never;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StreamDetail {}
