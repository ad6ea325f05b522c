/**
 * What the Build palette's changes are called in the undo history: "add SQS standard queue",
 * "connect queue orders → function", "remove stream clicks". A box is named by its kind and
 * its name in the scenario, as read from its diagram id.
 */

const FIXED: Readonly<Record<string, string>> = {
  function: 'function',
  lambda: 'Invoke API',
  'async-queue': 'async queue',
};

const KINDS: Readonly<Record<string, string>> = {
  sqs: 'queue',
  mq: 'broker',
  stream: 'stream',
  kafka: 'topic',
  bus: 'bus',
  rule: 'rule',
  schedule: 'schedule',
  dlq: 'dead-letter queue',
};

/** A box in words: "function", "queue orders", "uploads" (a caller or source by its name). */
export function boxName(nodeId: string): string {
  const fixed = FIXED[nodeId];
  if (fixed !== undefined) return fixed;
  const [head = '', ...rest] = nodeId.split(':');
  const tail = rest.join(':');
  if (head === 'esm') return `mapping of ${boxName(tail)}`;
  if (head === 'workload') return tail;
  const kind = KINDS[head];
  return kind === undefined ? nodeId : `${kind} ${tail}`;
}

export const stepNames = {
  add: (pieceLabel: string) => `add ${pieceLabel}`,
  connect: (from: string, to: string) => `connect ${boxName(from)} → ${boxName(to)}`,
  remove: (nodeId: string) => `remove ${boxName(nodeId)}`,
  scratch: 'start a new design',
  duplicate: 'duplicate the design',
} as const;
