import type { DiagramNode } from './diagram-parts';

/**
 * Small labelled pills on the boxes that start an invocation: whether the service pushes events
 * to Lambda or Lambda pulls them (an event source mapping polls), and the invocation model it
 * uses. Words, not colour alone: the colour only repeats what the pill says.
 */
export type BadgeKind = 'push' | 'pull' | 'sync' | 'async' | 'poll' | 'dryrun';

export interface Badge {
  readonly kind: BadgeKind;
  readonly label: string;
  /** What the pill means, in full (shown on hover and read by screen readers). */
  readonly title: string;
}

const BADGES: Record<BadgeKind, Badge> = {
  push: { kind: 'push', label: 'push', title: 'Push: the service invokes Lambda itself' },
  pull: {
    kind: 'pull',
    label: 'pull',
    title: 'Pull: Lambda’s event source mapping reads the records',
  },
  sync: { kind: 'sync', label: 'sync', title: 'Synchronous invocation (RequestResponse)' },
  async: { kind: 'async', label: 'async', title: 'Asynchronous invocation (Event)' },
  poll: { kind: 'poll', label: 'poll', title: 'Poll-based: batches invoked synchronously' },
  dryrun: { kind: 'dryrun', label: 'dry run', title: 'DryRun: checks permissions, runs nothing' },
};

/** The pills of a source that invokes with `model`. */
export function sourceBadges(model: 'sync' | 'async' | 'poll' | 'dryrun'): readonly Badge[] {
  return [model === 'poll' ? BADGES.pull : BADGES.push, BADGES[model]];
}

/** The same node with its pills. */
export function withBadges(n: DiagramNode, badges: readonly Badge[]): DiagramNode {
  return { ...n, badges };
}
