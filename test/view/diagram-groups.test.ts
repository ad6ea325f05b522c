import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { parseScenario, presetById, presets, type Scenario } from '../../src/scenario';
import { diagramOf, type Diagram } from '../../src/view';
import { liveNumbers } from '../../src/view/diagram-live';
import { journeysOf } from '../../src/view/journeys';
import { nodeSettings } from '../../src/view/settings-nodes';
import { placeResolver } from '../../src/view/token-places';
import { toFlow } from '../../src/ui/diagram/flow';

function preset(id: string): Scenario {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.scenario;
}

const resolverOf = (d: Diagram) => placeResolver(new Set(d.nodes.map((n) => n.id)), d.aliases);

describe('producers of one source share a box', () => {
  it('sqs-fifo-transient: four producers in one box, the Invoke API folded, exact places', () => {
    const d = diagramOf(preset('sqs-fifo-transient'), 'horizontal');
    expect(d.nodes.map((n) => [n.id, n.x, n.y])).toEqual([
      ['producers:sqs:payments.fifo', 0, 16],
      ['sqs:payments.fifo', 330, 16],
      ['esm:sqs:payments.fifo', 698, 16],
      ['redrive:sqs:payments-dlq.fifo', 698, 288],
      ['function', 1020, 0],
    ]);
    // Each gap as wide as its labels: "SendMessage" (124), "after 5 receives" (162) and the
    // longest word an arrow into the function carries, "sync batch" (116).
    expect([d.width, d.height]).toEqual([1320, 484]);
    expect(d.edges.map((e) => `${e.source} -${e.label}-> ${e.target}`)).toEqual([
      'producers:sqs:payments.fifo -SendMessage-> sqs:payments.fifo',
      'sqs:payments.fifo -polls-> esm:sqs:payments.fifo',
      'esm:sqs:payments.fifo -sync batch-> function',
      'sqs:payments.fifo -after 5 receives-> redrive:sqs:payments-dlq.fifo',
    ]);
    const group = d.nodes[0]!;
    expect([group.title, group.subtitle]).toEqual(['4 producers', 'Producers']);
    // Each member keeps its name and traffic, a line each.
    expect(group.lines).toEqual([
      'Customer A · sends 1 message',
      'Customer A (gateway busy) · sends 1 message',
      'Customer A (next payment) · sends 1 message',
      'Customer B · sends 2 messages',
    ]);
  });

  it('maps each member id to the group box, in the view’s one lookup', () => {
    const d = diagramOf(preset('sqs-fifo-transient'), 'horizontal');
    expect([...d.aliases]).toEqual([
      ['producer:sqs:payments.fifo/customer-a', 'producers:sqs:payments.fifo'],
      ['producer:sqs:payments.fifo/customer-a-busy', 'producers:sqs:payments.fifo'],
      ['producer:sqs:payments.fifo/customer-a-later', 'producers:sqs:payments.fifo'],
      ['producer:sqs:payments.fifo/customer-b', 'producers:sqs:payments.fifo'],
    ]);
    // The trace names a producer "producer:<queue>/<id>": its events land on the group box.
    const resolve = resolverOf(d);
    const run = simulate(preset('sqs-fifo-transient'));
    const sent = run.trace.filter((e) => e.from.startsWith('producer:'));
    expect(new Set(sent.map((e) => e.from))).toEqual(
      new Set([
        'producer:payments.fifo/customer-a',
        'producer:payments.fifo/customer-a-busy',
        'producer:payments.fifo/customer-a-later',
        'producer:payments.fifo/customer-b',
      ]),
    );
    for (const e of sent) expect(resolve(e.from, e)).toBe('producers:sqs:payments.fifo');
    // A selection or lesson naming a member shows the group box selected.
    const { nodes } = toFlow(d, {
      moved: {},
      selected: 'producer:sqs:payments.fifo/customer-b',
      draggable: false,
    });
    expect(nodes.filter((n) => n.className?.includes('is-selected')).map((n) => n.id)).toEqual([
      'producers:sqs:payments.fifo',
    ]);
  });

  it('counts what every member sent; the inspector edits each member', () => {
    const s = preset('sqs-redrive');
    const run = simulate(s);
    const d = diagramOf(s, 'horizontal', run);
    const group = d.nodes.find((n) => n.id === 'producers:sqs:orders')!;
    // Checkout's burst of nine and legacy checkout's single message, all at 0 ms.
    expect(liveNumbers(run, group.live!, 0)).toEqual([10]);
    const settings = nodeSettings(s, 'producers:sqs:orders')!;
    expect(settings.title).toBe('2 producers');
    expect(settings.sections).toEqual([
      { title: 'Checkout', path: ['queues', 0, 'producers', 0] },
      { title: 'Legacy checkout', path: ['queues', 0, 'producers', 1] },
    ]);
  });

  it('leaves a lone producer, EventBridge producers and plain callers as their own boxes', () => {
    const ids = (id: string) => diagramOf(preset(id), 'horizontal').nodes.map((n) => n.id);
    expect(ids('sqs-recursive-loop')).toContain('producer:sqs:jobs/scheduler');
    expect(ids('eventbridge-fanout').filter((id) => id.startsWith('producer'))).toEqual([
      'producer:web-shop',
      'producer:kiosk',
    ]);
    expect(ids('payload-limits').filter((id) => id.startsWith('workload:'))).toHaveLength(4);
  });
});

describe('the Invoke API box folds into the arrow where it adds nothing', () => {
  const ids = (id: string) => diagramOf(preset(id), 'horizontal').nodes.map((n) => n.id);

  it('folds for one synchronous caller or mapping with default limits', () => {
    expect(ids('alias-canary')).toEqual(['workload:shoppers', 'function']);
    const d = diagramOf(preset('alias-canary'), 'horizontal');
    expect(d.edges.map((e) => [e.id, e.label, e.model])).toEqual([
      ['workload:shoppers->function', 'sync', 'sync'],
    ]);
    expect(ids('kinesis-poison')).not.toContain('lambda');
    expect(ids('sqs-partial-batch')).not.toContain('lambda');
  });

  it('keeps it where it teaches: async queue, throttling, two qualifiers, a policy', () => {
    // async: the 202 and the internal queue
    expect(ids('async-retries')).toContain('lambda');
    // reserved concurrency: throttles at the API
    expect(ids('sync-throttle')).toContain('lambda');
    // callers of two versions: the box routes them
    expect(ids('version-rollback')).toContain('lambda');
    expect(ids('cold-warm-provisioned')).toContain('lambda');
    // provisioned pollers scale far enough to meet concurrency limits
    expect(ids('sqs-provisioned-scaling')).toContain('lambda');
    // a resource-based policy checked at the API
    expect(ids('permissions-policy-vs-role')).toContain('lambda');
  });

  it('a stream mapping’s on-failure destination moves beside the function, off the path', () => {
    const d = diagramOf(preset('kinesis-bisect'), 'horizontal');
    const at = (id: string) => d.nodes.find((n) => n.id === id)!;
    const fn = at('function');
    const dest = at('esm-destination:sqs:clickstream-failures');
    expect(dest.x).toBe(fn.x + (fn.size!.width - d.node.width) / 2);
    expect(dest.y).toBeGreaterThan(fn.y + fn.size!.height);
  });
});

describe('in every preset', () => {
  it('every arrow and every token path starts and ends at a box that exists', () => {
    for (const p of presets) {
      const s = preset(p.id);
      const d = diagramOf(s, 'horizontal');
      const ids = new Set(d.nodes.map((n) => n.id));
      for (const e of d.edges) {
        expect(ids.has(e.source), `${p.id} ${e.id}`).toBe(true);
        expect(ids.has(e.target), `${p.id} ${e.id}`).toBe(true);
      }
      for (const box of d.aliases.values()) expect(ids.has(box), p.id).toBe(true);
      const journeys = journeysOf(simulate(s), resolverOf(d), { travelMs: 450 });
      for (const j of journeys.list)
        for (const seg of j.segments) {
          expect(ids.has(seg.from), `${p.id} #${j.msg} from ${seg.from}`).toBe(true);
          expect(ids.has(seg.to), `${p.id} #${j.msg} to ${seg.to}`).toBe(true);
        }
    }
  });
});
