import type { Scenario } from '../scenario';
import { plural } from './format';
import { targetTypeLabel } from './names';
import { arrivalsText, edge, node, unique, type DiagramParts } from './diagram-parts';

/**
 * EventBridge on the diagram: producers, buses, rules, targets other than the function, and the
 * targets' DLQs, with their arrows. A rule's Lambda target points at the Lambda node (async).
 */
export function addEventBridge(
  eb: NonNullable<Scenario['eventbridge']>,
  parts: DiagramParts,
): void {
  const { sources, services: buses, rules, entry: targets, queue: outs } = parts.stages;
  const edges = parts.edges;
  const busKinds = new Map(eb.buses.map((b) => [b.name, b.kind]));
  const usedBuses = unique([
    ...eb.producers.map((p) => p.bus),
    ...eb.rules.filter((r) => r.eventPattern !== undefined).map((r) => r.bus),
  ]);
  for (const p of eb.producers) {
    const id = `producer:${p.id}`;
    sources.push(
      node(
        id,
        'caller',
        p.label ?? p.id,
        'Producer · PutEvents',
        [`${p.detailType} · ${p.source}`, arrivalsText(p.arrivals, 'event')],
        { kind: 'sent', workload: id },
      ),
    );
    edges.push(edge(id, `bus:${p.bus}`, 'PutEvents', 'event'));
  }
  for (const name of usedBuses) {
    const kind = name === 'default' ? 'default' : (busKinds.get(name) ?? 'custom');
    const archives = eb.archives.filter((a) => a.bus === name).map((a) => `archive ${a.name}`);
    buses.push(
      node(`bus:${name}`, 'bus', name, `Event bus · ${kind}`, archives, {
        kind: 'sink',
        key: `bus:${name}`,
      }),
    );
  }
  const dlqs = new Set<string>();
  for (const r of eb.rules) {
    const ruleId = `rule:${r.name}`;
    const what = r.scheduleExpression ?? patternSummary(r.eventPattern);
    const lines = [what, `${plural(r.targets.length, 'target')}${r.enabled ? '' : ' · disabled'}`];
    rules.push(
      node(ruleId, 'rule', r.name, r.scheduleExpression ? 'Scheduled rule' : 'Rule', lines, {
        kind: 'matched',
        key: ruleId,
      }),
    );
    if (r.eventPattern !== undefined) edges.push(edge(`bus:${r.bus}`, ruleId, 'pattern', 'event'));
    for (const t of r.targets) {
      const key = `target:${r.name}/${t.id}`;
      if (t.type === 'lambda') {
        edges.push(edge(ruleId, 'lambda', 'async', 'async'));
      } else {
        targets.push(
          node(
            key,
            'target',
            t.name ?? t.id,
            `Target · ${targetTypeLabel(t.type)}`,
            t.fault ? [`fault: ${t.fault.error}`] : [],
            { kind: 'delivered', key },
          ),
        );
        const scheduled = r.scheduleExpression !== undefined;
        edges.push(
          edge(ruleId, key, scheduled ? 'schedule' : 'event', scheduled ? 'schedule' : 'event'),
        );
      }
      if (t.deadLetterQueue) {
        const dlqKey = `target-dlq:${t.deadLetterQueue.name}`;
        if (!dlqs.has(dlqKey)) {
          dlqs.add(dlqKey);
          outs.push(
            node(dlqKey, 'sink', t.deadLetterQueue.name, 'Target DLQ · SQS', [], {
              kind: 'sink',
              key: dlqKey,
            }),
          );
        }
        edges.push(edge(t.type === 'lambda' ? ruleId : key, dlqKey, 'undeliverable', 'failure'));
      }
    }
  }
}

/** A rule's pattern in a few words: the fields it tests. */
function patternSummary(pattern: Readonly<Record<string, unknown>> | undefined): string {
  if (pattern === undefined) return '';
  const fields: string[] = [];
  const walk = (o: Readonly<Record<string, unknown>>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const path = k === '$or' ? prefix : prefix ? `${prefix}.${k}` : k;
      if (Array.isArray(v) && k === '$or')
        v.forEach((b) => typeof b === 'object' && b && walk(b as Record<string, unknown>, path));
      else if (v !== null && typeof v === 'object' && !Array.isArray(v))
        walk(v as Record<string, unknown>, path);
      else fields.push(path);
    }
  };
  walk(pattern, '');
  return `matches ${unique(fields).join(', ')}`;
}
