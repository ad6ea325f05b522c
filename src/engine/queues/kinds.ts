/** Trace kinds, fates and detail fields of the queue pollers (SQS standard and FIFO, Amazon MQ). */
export type QueueTraceKind = never;

export type QueueFateKind = never;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QueueDetail {}
