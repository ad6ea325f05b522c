import type { Behaviour } from '../scenario/schema';

/** The shape of a handler's partial batch response (ReportBatchItemFailures). */
export type PartialBatchResponse = NonNullable<Behaviour['partialBatchResponse']>;

/** Partial batch responses Lambda cannot use: the whole batch counts as failed. */
const MALFORMED_TEXT: Partial<Record<PartialBatchResponse, string>> = {
  'null-identifier': 'The partial batch response has an itemIdentifier that is null',
  'empty-identifier': 'The partial batch response has an itemIdentifier that is empty',
  'unknown-identifier':
    'The partial batch response names an itemIdentifier that is not in the batch',
  'wrong-key': 'The partial batch response does not use the key batchItemFailures',
  'invalid-json': 'The partial batch response is not valid JSON',
};

/** Why Lambda refuses a malformed response, or undefined when it can use it. */
export function malformedText(reply: PartialBatchResponse): string | undefined {
  return MALFORMED_TEXT[reply];
}

/** Responses that report nothing: Lambda counts the whole batch as a success. */
const EMPTY_REPLIES: ReadonlySet<PartialBatchResponse> = new Set([
  'empty-list',
  'null-list',
  'empty-response',
]);

export function reportsNothing(reply: PartialBatchResponse): boolean {
  return EMPTY_REPLIES.has(reply);
}
