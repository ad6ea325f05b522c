import type { Scenario } from '../scenario/schema';

type Doc = Record<string, unknown>;

/**
 * When an exported template's resources were edited, the scenario in its metadata no longer
 * describes them, but it still holds what no resource can: traffic, the handler's behaviour,
 * faults, the seed and the account. Those are put back into the scenario read from the
 * resources, matched by name (a workload by id, a queue or stream by name, a topic by topic).
 */
export function keepSimulation(doc: Doc, saved: Scenario): void {
  for (const key of [
    'name',
    'description',
    'seed',
    'durationMs',
    'showWholeDuration',
    'startTime',
    'account',
    'environment',
    'async',
    'faults',
  ] as const) {
    if (saved[key] !== undefined) doc[key] = saved[key];
  }
  const fn = doc.function as Doc;
  fn.behaviour = saved.function.behaviour;
  if (saved.function.writesBackToSource !== undefined)
    fn.writesBackToSource = saved.function.writesBackToSource;

  const workloads = doc.workloads as Doc[];
  for (const w of workloads) {
    const old = saved.workloads.find(
      (x) => x.id === w.id && x.source?.service === (w.source as Doc | undefined)?.service,
    );
    if (old === undefined) continue;
    Object.assign(w, old, { id: w.id, source: { ...old.source, ...(w.source as Doc) } });
  }
  // Callers invoke the function themselves: code, never a resource.
  for (const w of saved.workloads) if (w.source === undefined) workloads.push(w);

  byName(doc.queues, saved.queues, 'name', ['producers']);
  byName(doc.streams, saved.streams, 'name', ['producers', 'label']);
  byName(doc.kafka, saved.kafka, 'topic', ['producers', 'partitions', 'retentionHours']);
  byName(doc.brokers, saved.brokers, 'name', [
    'producers',
    'engine',
    'maximumRedeliveries',
    'deadLetterQueue',
  ]);
  const eb = saved.eventbridge;
  if (eb !== undefined && (eb.producers.length > 0 || eb.replays.length > 0)) {
    const target = (doc.eventbridge ??= {}) as Doc;
    target.producers = eb.producers;
    target.replays = eb.replays.filter((r) =>
      ((target.archives as Doc[] | undefined) ?? []).some((a) => a.name === r.archive),
    );
    target.entryLimitKb = eb.entryLimitKb;
  }
}

function byName(
  list: unknown,
  saved: readonly Doc[] | undefined,
  key: string,
  fields: readonly string[],
): void {
  if (!Array.isArray(list) || saved === undefined) return;
  for (const item of list as Doc[]) {
    const old = saved.find((s) => s[key] === item[key]);
    if (old === undefined) continue;
    for (const f of fields) if (old[f] !== undefined) item[f] = old[f];
  }
}
