import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS } from '../../src/quiz/bank';
import { findEvent, resolveShowMe } from '../../src/quiz/showme';

describe('show me', () => {
  it('resolves every "show me" in the bank to an event of its scenario', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const q of ALL_QUESTIONS) {
      if (q.showMe === undefined) continue;
      checked++;
      const r = resolveShowMe(q.showMe);
      if (!r.ok) problems.push(`${q.id}: ${r.error}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('lands on the moment that proves the answer, found by running the scenario', () => {
    const r = resolveShowMe({
      preset: 'predict-async-dlq',
      kind: 'dlq.sent',
      rule: 'async.dlq',
      nth: 1,
    });
    expect(r.ok && [r.moment.presetId, r.moment.event.t, r.moment.event.kind]).toEqual([
      null,
      181_850,
      'dlq.sent',
    ]);
    const preset = resolveShowMe({ preset: 'async-retries', kind: 'async.retry', nth: 3 });
    // The preset's third retry: event #1's second retry, 2 minutes after its attempt 2 failed.
    expect(
      preset.ok && [preset.moment.presetId, preset.moment.event.t, preset.moment.event.msg],
    ).toEqual(['async-retries', 61_950, 0]);
  });

  it('says what is wrong with a "show me" that finds nothing', () => {
    expect(resolveShowMe({ preset: 'no-such-preset', kind: 'dlq.sent', nth: 1 })).toEqual({
      ok: false,
      error: 'no scenario called "no-such-preset"',
    });
    expect(
      resolveShowMe({ preset: 'sync-throttle', kind: 'dlq.sent', rule: 'async.dlq', nth: 1 }),
    ).toEqual({
      ok: false,
      error: '"sync-throttle" has no event #1 of kind dlq.sent (rule async.dlq)',
    });
    const r = resolveShowMe({ preset: 'sync-throttle', kind: 'throttled', nth: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(findEvent(r.moment.run, { kind: 'throttled', nth: 3 })).toBeUndefined();
  });
});
