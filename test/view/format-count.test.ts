import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../src/view';

describe('counts for people', () => {
  it('separates thousands, the same whatever the machine’s locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1_000)).toBe('1,000');
    expect(formatCount(15_000)).toBe('15,000');
    expect(formatCount(61_398)).toBe('61,398');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatCount(-1_200)).toBe('-1,200');
    expect(formatCount(1_234.5)).toBe('1,234.5');
  });

  it('plural counts use it', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(61_398, 'event')).toBe('61,398 events');
    expect(plural(15_000, 'message')).toBe('15,000 messages');
  });
});
