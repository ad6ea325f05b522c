import type { Scenario } from '../scenario';
import { plural } from './format';
import { targetTypeLabel } from './names';
import { sourceBadges } from './diagram-badges';
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
    // EventBridge pushes to its Lambda targets asynchronously: the pills say so on its bus.
    const toLambda = eb.rules.some(
      (r) => r.bus === name && r.targets.some((t) => t.type === 'lambda'),
    );
    buses.push({
      ...node(`bus:${name}`, 'bus', name, `Event bus · ${kind}`, archives, {
        kind: 'sink',
        key: `bus:${name}`,
      }),
      ...(toLambda ? { badges: sourceBadges('async') } : {}),
    });
  }
  const dlqs = new Set<string>();
  const addDlq = (name: string, label: string) => {
    const dlqKey = `target-dlq:${name}`;
    if (dlqs.has(dlqKey)) return dlqKey;
    dlqs.add(dlqKey);
    outs.push(node(dlqKey, 'sink', name, label, [], { kind: 'sink', key: dlqKey }));
    return dlqKey;
  };
  for (const sc of eb.schedules) {
    const id = `schedule:${sc.name}`;
    const window = sc.flexibleTimeWindow;
    const policy = sc.target.retryPolicy;
    const lines = [
      `${sc.scheduleExpression} · ${sc.timezone}`,
      [
        window.mode === 'FLEXIBLE' ? `window ${window.maximumWindowInMinutes} min` : '',
        `${plural(policy.maximumRetryAttempts, 'retry', 'retries')} · ${formatAge(policy.maximumEventAgeInSeconds)}`,
        sc.target.fault ? `fault: ${sc.target.fault.error}` : '',
        sc.enabled ? '' : 'disabled',
      ]
        .filter((x) => x !== '')
        .join(' · '),
    ];
    rules.push(
      node(id, 'rule', sc.name, 'Schedule · EventBridge Scheduler', lines, {
        kind: 'count',
        key: id,
        one: 'fire',
        many: 'fires',
        verb: 'so far',
      }),
    );
    edges.push(edge(id, 'lambda', 'async', 'async'));
    if (sc.target.deadLetterQueue) {
      const dlqKey = addDlq(sc.target.deadLetterQueue.name, 'Schedule DLQ · SQS');
      edges.push(edge(id, dlqKey, 'undeliverable', 'failure'));
    }
  }
  for (const r of eb.rules) {
    const ruleId = `rule:${r.name}`;
    const what = r.scheduleExpression ?? patternSummary(r.eventPattern);
    const lines = [what, `${plural(r.targets.length, 'target')}${r.enabled ? '' : ' · disabled'}`];
    rules.push(
      node(
        ruleId,
        'rule',
        r.name,
        r.scheduleExpression ? 'Scheduled rule (legacy)' : 'Rule',
        lines,
        {
          kind: 'matched',
          key: ruleId,
        },
      ),
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
        const dlqKey = addDlq(t.deadLetterQueue.name, 'Target DLQ · SQS');
        edges.push(edge(t.type === 'lambda' ? ruleId : key, dlqKey, 'undeliverable', 'failure'));
      }
    }
  }
}

/** 86,400 s → "max age 24 h"; 90 s → "max age 90 s". */
function formatAge(seconds: number): string {
  if (seconds % 3600 === 0) return `max age ${seconds / 3600} h`;
  if (seconds % 60 === 0) return `max age ${seconds / 60} min`;
  return `max age ${seconds} s`;
}

/**
 * A rule's pattern in a few words: each field it tests with what it expects
 * ("detail-type = OrderPlaced · detail.amount > 100"), the event's type first as it says most.
 * The box cuts a long one short; its full text shows on hover.
 */
export function patternSummary(pattern: Readonly<Record<string, unknown>> | undefined): string {
  if (pattern === undefined) return '';
  const tests: [string, string][] = [];
  const walk = (o: Readonly<Record<string, unknown>>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const path = k === '$or' ? prefix : prefix ? `${prefix}.${k}` : k;
      if (Array.isArray(v) && k === '$or')
        v.forEach((b) => typeof b === 'object' && b && walk(b as Record<string, unknown>, path));
      else if (v !== null && typeof v === 'object' && !Array.isArray(v))
        walk(v as Record<string, unknown>, path);
      else tests.push([path, Array.isArray(v) ? expected(v) : `= ${String(v)}`]);
    }
  };
  walk(pattern, '');
  const seen = new Set<string>();
  const distinct = tests.filter(([path, what]) => {
    const key = `${path} ${what}`;
    return !seen.has(key) && seen.add(key);
  });
  distinct.sort((a, b) => Number(b[0] === 'detail-type') - Number(a[0] === 'detail-type'));
  return distinct.map(([path, what]) => `${path} ${what}`).join(' · ');
}

/** What a pattern's list of values accepts, in short: "= a | b", "> 100", "begins with x". */
function expected(values: readonly unknown[]): string {
  const parts = values.map((v) => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v).replace(/^"|"$/g, '');
    const [op, arg] = Object.entries(v as Record<string, unknown>)[0] ?? ['', ''];
    switch (op) {
      case 'numeric':
        return Array.isArray(arg) ? numeric(arg) : 'numeric';
      case 'prefix':
        return `begins with ${text(arg)}`;
      case 'suffix':
        return `ends with ${text(arg)}`;
      case 'wildcard':
        return `like ${text(arg)}`;
      case 'exists':
        return arg === false ? 'absent' : 'present';
      case 'anything-but':
        return `not ${Array.isArray(arg) ? arg.map(text).join(' | ') : text(arg)}`;
      case 'equals-ignore-case':
        return `≈ ${text(arg)}`;
      case 'cidr':
        return `in ${text(arg)}`;
      default:
        return op;
    }
  });
  const plain = values.every((v) => v === null || typeof v !== 'object');
  return plain ? `= ${parts.join(' | ')}` : parts.join(' | ');
}

/** ["> ", 0, "<=", 5] → "> 0, <= 5". */
function numeric(arg: readonly unknown[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < arg.length; i += 2) out.push(`${String(arg[i])} ${String(arg[i + 1])}`);
  return out.join(', ');
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object') {
    const inner = Object.values(v as Record<string, unknown>)[0];
    return typeof inner === 'string' ? inner : JSON.stringify(v);
  }
  return String(v);
}
