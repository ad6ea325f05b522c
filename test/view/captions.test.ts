import { beforeAll, describe, expect, it } from 'vitest';
import type { Run, TraceKind } from '../../src/engine';
import { presets } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { SERVICES } from '../../src/catalog/services';
import { captionAt, CAPTION_LINES, describeEvent, momentAt } from '../../src/view';
import { registerAllDescribers } from '../../src/view/describe-all-families';
import { presetRun, runOf } from './helpers';

beforeAll(() => registerAllDescribers());

let shipped: Run[] | null = null;

/** Every run the app ships: the presets and every catalog service's "Run it" scenario. */
function allRuns(): Run[] {
  if (shipped !== null) return shipped;
  const runs = presets.map((p) => presetRun(p.id));
  for (const s of SERVICES) {
    const doc = scenarioForService(s.id);
    if (doc !== undefined) runs.push(runOf(doc));
  }
  return (shipped = runs);
}

describe('captions on the async-retries preset', () => {
  const run = presetRun('async-retries');

  it('say nothing before the first event', () => {
    expect(captionAt(run, -1)).toBeNull();
  });

  it('name the message and tell the failure with its consequence, cause first', () => {
    expect(captionAt(run, 1_150)?.lines).toEqual([
      'Event #1: Attempt 1 failed after 800 ms: Simulated handler error — Retry 1 of 2 in 60 s: the function threw',
    ]);
  });

  it('hold the latest moment until the next one', () => {
    expect(captionAt(run, 30_000)).toEqual(captionAt(run, 5_900));
    expect(captionAt(run, 30_000)?.t).toBe(5_900);
  });

  it('tell the end of the story in one line: last failure, no retries left, the DLQ, the outcome', () => {
    const caption = captionAt(run, 182_750)!;
    expect(caption.t).toBe(182_750);
    expect(caption.events).toBe(4);
    expect(caption.lines).toEqual([
      'Event #1: Attempt 3 failed after 800 ms: Simulated handler error — Retries exhausted after 3 attempts — Sent to dead-letter queue resize-dlq (SQS) — Outcome: in the dead-letter queue',
    ]);
    expect(caption.messages).toHaveLength(1);
    expect(caption.messages[0]!.name).toBe('Event #1: ');
    expect(caption.messages[0]!.clauses).toHaveLength(4);
  });
});

describe('simultaneous events', () => {
  it('put the messages that went wrong first and sum up the rest (api-gateway-throttle at 5 s)', () => {
    const run = presetRun('api-gateway-throttle');
    const caption = captionAt(run, 5_000)!;
    expect(caption.events).toBe(momentAt(run, 5_000).length);
    expect(caption.lines).toHaveLength(CAPTION_LINES);
    expect(caption.lines[0]).toMatch(/^Request #\d+: .*429 TooManyRequests/);
    expect(caption.lines[2]).toMatch(/^…and \d+ more messages at this moment: /);
  });

  // Simulates every shipped scenario once (about 50 runs): a generous limit for a busy machine.
  it(
    'cover every event of every moment in every shipped scenario, by name or in the summing-up',
    { timeout: 60_000 },
    () => {
      for (const run of allRuns()) {
        // Each moment once; a day-long run's thousands of lone retries add nothing after the first 150.
        const moments = [...new Set(run.trace.map((e) => e.t))].slice(0, 150);
        for (const t of moments) {
          const caption = captionAt(run, t)!;
          const events = momentAt(run, t);
          expect(caption.t).toBe(t);
          expect(caption.events).toBe(events.length);
          expect(caption.lines.length).toBeLessThanOrEqual(CAPTION_LINES);
          const text = caption.lines.join('\n');
          const summed = caption.lines.at(-1)!.startsWith('…and ');
          for (const e of events) {
            const said = describeEvent(e, run);
            // Named in full, or (past the lines there is room for) counted in the last one.
            if (!text.includes(said)) expect(summed).toBe(true);
          }
        }
      }
    },
  );

  it(
    'have words for every kind of trace event the shipped scenarios produce',
    { timeout: 60_000 },
    () => {
      const kinds = new Set<TraceKind>();
      for (const run of allRuns())
        for (const e of run.trace) {
          if (kinds.has(e.kind)) continue;
          kinds.add(e.kind);
          // A kind without a sentence would show its raw name.
          expect(describeEvent(e, run), e.kind).not.toBe(e.kind);
        }
      expect(kinds.size).toBeGreaterThan(60);
    },
  );
});
