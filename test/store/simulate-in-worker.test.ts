import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { parseScenario, presets, type ScenarioInput } from '../../src/scenario';
import { QUEUE_SCENARIOS } from '../../src/scenario/service-scenarios/queues';
import { STREAM_SCENARIOS } from '../../src/scenario/service-scenarios/streams';
import { simulateRequest } from '../../src/store/worker/simulate-in-worker';
import type { SimulateReply } from '../../src/store/worker/protocol';
import { classroomHour } from '../bench/scenarios';

function parse(doc: ScenarioInput) {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** What the page receives: the worker's replies after the structured clone postMessage makes. */
function inWorker(doc: ScenarioInput, maxEvents = Infinity): SimulateReply[] {
  const replies: SimulateReply[] = [];
  simulateRequest({ scenario: structuredClone(parse(doc)), maxEvents }, (r) =>
    replies.push(structuredClone(r)),
  );
  return replies;
}

function runOf(replies: SimulateReply[]) {
  const last = replies.at(-1)!;
  if (last.kind !== 'done') throw new Error(`no run: ${JSON.stringify(last)}`);
  return last.run;
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('a run simulated in the worker', () => {
  const docs: [string, ScenarioInput][] = [
    ...presets.map((p) => [p.id, p.scenario] as [string, ScenarioInput]),
    ...Object.entries({ ...QUEUE_SCENARIOS, ...STREAM_SCENARIOS }).map(
      ([id, make]) => [id, make()] as [string, ScenarioInput],
    ),
  ];

  it.each(docs)('%s: the same trace, fates and series as in Node', (_, doc) => {
    const here = simulate(parse(doc));
    const there = runOf(inWorker(doc));
    expect(there.trace).toEqual(here.trace);
    expect(there.fates).toEqual(here.fates);
    expect(there.stats).toEqual(here.stats);
    expect(there.endTime).toBe(here.endTime);
    expect(plain(there.series)).toEqual(plain(here.series));
    expect(plain(there.messages.map((m) => m.payload))).toEqual(
      plain(here.messages.map((m) => m.payload)),
    );
    // Every other field a message promises (the inspector reads them); the engine's working
    // state is left behind on purpose.
    const info = (m: (typeof here.messages)[number]) => ({
      id: m.id,
      workload: m.workload,
      path: m.path,
      qualifier: m.qualifier,
      createdAt: m.createdAt,
      duplicateOf: m.duplicateOf,
      parent: m.parent,
      records: m.records,
      tries: m.tries,
    });
    expect(there.messages.map(info)).toEqual(here.messages.map(info));
  });

  it('reports progress in order before the run, on a long scenario', { timeout: 30_000 }, () => {
    const replies = inWorker(classroomHour);
    const progress = replies.filter((r) => r.kind === 'progress').map((r) => r.done);
    expect(replies.at(-1)!.kind).toBe('done');
    expect(progress.length).toBeGreaterThan(0);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.every((d) => d > 0 && d <= 1)).toBe(true);
  });

  it('stops at the event cap and says the run was cut short', { timeout: 30_000 }, () => {
    const run = runOf(inWorker(classroomHour, 1_000));
    expect(run.stats.events).toBe(1_000);
    expect(run.truncated).toBe(true);
  });

  it('answers with the reason when the scenario cannot run', () => {
    const replies: SimulateReply[] = [];
    simulateRequest({ scenario: null as never, maxEvents: 10 }, (r) => replies.push(r));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.kind).toBe('failed');
  });
});
