/**
 * Who made a message, in words: a poller's batch names its source ("the SQS poller of queue
 * orders"); anything else is left to the log's caller names (undefined).
 */
export function pollerName(workload: string): string | undefined {
  if (workload.startsWith('esm:sqs:')) return `the SQS poller of queue ${workload.slice(8)}`;
  if (workload.startsWith('esm:mq:')) return `the Amazon MQ poller of broker ${workload.slice(7)}`;
  if (workload.startsWith('esm:')) return `the poller of ${workload.slice(4)}`;
  const producer = /^producer:(?:(?:sqs|mq|stream|kafka):)?(.+)\/([^/]+)$/.exec(workload);
  if (producer) return `producer ${producer[2]} of ${producer[1]}`;
  return undefined;
}
