/**
 * Items that fall due at times that never decrease. Every deadline a queue keeps is a constant
 * (delay, visibility timeout, retention, redelivery delay) added to a time that only grows, so a
 * plain array read from the front is already in deadline order: O(1) to add and to take, and one
 * scheduled wake-up per queue instead of one per message.
 *
 * Each entry carries a token (the message's receive number when it was added): an entry whose
 * message has moved on since is stale, and the caller skips it.
 */
export class DeadlineList<T> {
  private items: T[] = [];
  private at: number[] = [];
  private tokens: number[] = [];
  private head = 0;
  /** The token of the entry `takeDue` returned last. */
  token = 0;

  push(item: T, at: number, token: number): void {
    const n = this.at.length;
    if (n > this.head && at < this.at[n - 1]!)
      throw new Error(`deadline ${at} ms is before the last one (${this.at[n - 1]} ms)`);
    this.items.push(item);
    this.at.push(at);
    this.tokens.push(token);
  }

  /** When the first entry falls due, or Infinity when there is none. */
  get nextAt(): number {
    return this.head < this.at.length ? this.at[this.head]! : Infinity;
  }

  /** The first entry due at or before t (its token in `token`), or undefined. */
  takeDue(t: number): T | undefined {
    if (this.head >= this.at.length || this.at[this.head]! > t) return undefined;
    const item = this.items[this.head]!;
    this.token = this.tokens[this.head]!;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.at.length) this.compact();
    return item;
  }

  private compact(): void {
    this.items = this.items.slice(this.head);
    this.at = this.at.slice(this.head);
    this.tokens = this.tokens.slice(this.head);
    this.head = 0;
  }
}
