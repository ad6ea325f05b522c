import { QState, type QueueMessage } from './queue-message';

/** One message group of a FIFO queue: its messages in order, and whether a batch holds it. */
export interface FifoGroup {
  readonly id: string;
  /** The group's messages in sending order; the front may hold finished ones, skipped lazily. */
  items: QueueMessage[];
  head: number;
  /** Messages of the group in flight: while any is, no other batch may take the group. */
  inFlight: number;
  /** The batch (serial) that took messages from the group last. */
  takenBy: number;
  /** Index of the next candidate for the batch `takenBy` while it is being filled. */
  cursor: number;
  /** In the list of groups that may be ready. */
  listed: boolean;
}

/**
 * The message groups of a FIFO queue. A batch takes a run of one group's oldest messages, then
 * moves on to the free group whose oldest message is oldest; a group with a message in flight is
 * held back entirely, so order within each group survives failures and retries.
 *
 * Most groups are idle or held at any moment, so only groups that may have become ready (the
 * queue reports each change that can free one: a message becoming visible or finishing, the last
 * in-flight message leaving) are looked at, not every group on every poll.
 */
export class FifoGroups {
  private readonly byId = new Map<string, FifoGroup>();
  private candidates: FifoGroup[] = [];

  group(id: string): FifoGroup {
    let g = this.byId.get(id);
    if (g === undefined) {
      g = { id, items: [], head: 0, inFlight: 0, takenBy: -1, cursor: 0, listed: false };
      this.byId.set(id, g);
    }
    return g;
  }

  add(g: FifoGroup, qm: QueueMessage): void {
    g.items.push(qm);
  }

  /** Something changed in the group that may let a batch take it. */
  maybeReady(g: FifoGroup): void {
    if (g.listed) return;
    g.listed = true;
    this.candidates.push(g);
  }

  /** Is some group free, with a visible message at its front? */
  hasReceivable(): boolean {
    this.prune();
    return this.candidates.length > 0;
  }

  /**
   * The next message batch `serial` may take: the next one of the group it is taking, if that is
   * visible, else the front of the free group whose front is oldest.
   */
  next(serial: number, current: FifoGroup | null): QueueMessage | undefined {
    if (current !== null && current.takenBy === serial) {
      while (current.cursor < current.items.length) {
        const qm = current.items[current.cursor]!;
        if (qm.state === QState.Visible) return qm;
        if (qm.state !== QState.Done) break; // delayed: the rest of the group waits behind it
        current.cursor++;
      }
    }
    let best: FifoGroup | null = null;
    let bestSeq = Infinity;
    this.prune();
    for (const g of this.candidates) {
      const f = g.items[g.head]!;
      if (f.seq < bestSeq) {
        best = g;
        bestSeq = f.seq;
      }
    }
    if (best === null) return undefined;
    best.takenBy = serial;
    best.cursor = best.head;
    return best.items[best.head];
  }

  /** The batch took `qm` (the candidate `next` returned): its group is held. */
  taken(qm: QueueMessage): void {
    const g = qm.group!;
    g.inFlight++;
    g.cursor++;
  }

  /** Keep only the candidates that are ready: free, with a visible message at the front. */
  private prune(): void {
    let kept = 0;
    const list = this.candidates;
    for (let i = 0; i < list.length; i++) {
      const g = list[i]!;
      if (g.inFlight === 0 && front(g)?.state === QState.Visible) list[kept++] = g;
      else g.listed = false;
    }
    list.length = kept;
  }
}

/** The group's oldest unfinished message, dropping finished ones from the front. */
function front(g: FifoGroup): QueueMessage | undefined {
  while (g.head < g.items.length) {
    const qm = g.items[g.head]!;
    if (qm.state !== QState.Done) {
      // A busy group never empties: drop its finished front now and then.
      if (g.head > 1024 && g.head * 2 > g.items.length) {
        g.items = g.items.slice(g.head);
        g.cursor = Math.max(0, g.cursor - g.head);
        g.head = 0;
      }
      return qm;
    }
    g.head++;
  }
  if (g.head > 0) {
    g.items = [];
    g.head = 0;
  }
  return undefined;
}
