import { describe, expect, it } from 'vitest';
import { shortCaption } from '../../src/view/short-caption';

describe('a caption shortened for a small frame', () => {
  it('is kept whole when it fits', () => {
    expect(shortCaption('Event #1: accepted (202) — queued', 40)).toBe(
      'Event #1: accepted (202) — queued',
    );
  });

  it('keeps the first event and the latest that fit, dropping whole clauses between', () => {
    const line =
      'Event #1: sent — failed (500) — retry 1 at once — try 2 — failed (500) — retry 2 in 1 s';
    expect(shortCaption(line, 50)).toBe('Event #1: sent — … — failed (500) — retry 2 in 1 s');
    expect(shortCaption(line, 40)).toBe('Event #1: sent — … — retry 2 in 1 s');
  });

  it('falls back to the latest event alone when nothing fits beside the first', () => {
    expect(shortCaption('Message #3: a long first clause here — the latest one', 30)).toBe(
      '… the latest one',
    );
  });
});
