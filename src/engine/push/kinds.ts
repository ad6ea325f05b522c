/** Trace kinds, fates and detail fields of the push sources (API Gateway, S3, SNS …). */
export type PushTraceKind = never;

export type PushFateKind = never;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PushDetail {}
