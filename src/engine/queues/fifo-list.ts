/**
 * A first-in, first-out list read from a moving head (no shifting on every take). Entries can go
 * stale while they wait (a message deleted or expired meanwhile): the reader skips those.
 */
export class FifoList<T> {
  private items: T[] = [];
  private head = 0;

  push(item: T): void {
    this.items.push(item);
  }

  /** The first entry `live` accepts, dropping stale ones in front of it; undefined if none. */
  peek(live: (item: T) => boolean): T | undefined {
    while (this.head < this.items.length) {
      const item = this.items[this.head]!;
      if (live(item)) return item;
      this.take();
    }
    return undefined;
  }

  /** Remove the first entry. */
  take(): void {
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
