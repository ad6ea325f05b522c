import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/catalog/services';
import type { Run } from '../../src/engine';
import type { ScenarioInput } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { diagramOf, seriesAt, type Diagram, type DiagramNode } from '../../src/view';
import { ageAt } from '../../src/view/search';
import { liveFigures, liveNumbers } from '../../src/view/diagram-live';
import { runOf } from './helpers';

/** The "Run it" scenario of a catalog service, its run, and its diagram drawn from both. */
function drawn(id: string, change: (doc: ScenarioInput) => ScenarioInput = (d) => d) {
  const run = runOf(change(scenarioForService(id)!));
  return { run, d: diagramOf(run.scenario, 'horizontal', run) };
}

function nodeOf(d: Diagram, id: string): DiagramNode {
  const n = d.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

/** A node's live figures at t, as the renderer reads them. */
function liveAt(run: Run, d: Diagram, id: string, t: number): number[] {
  return liveNumbers(run, nodeOf(d, id).live!, t);
}

const edgeText = (d: Diagram) =>
  d.edges.map((e) => `${e.source} -${e.label}-> ${e.target} (${e.model})`);

/** Exact boxes (kind, id, title, subtitle) and arrows of the services the product names first. */
const EXPECTED: Record<string, { nodes: string[][]; edges: string[] }> = {
  sqs: {
    nodes: [
      ['caller', 'producers:sqs:orders', '2 producers', 'Producers'],
      ['queue', 'sqs:orders', 'orders', 'SQS standard'],
      ['mapping', 'esm:sqs:orders', 'Event source mapping', 'SQS poller'],
      ['sink', 'redrive:sqs:orders-dlq', 'orders-dlq', 'Redrive DLQ · SQS'],
      ['function', 'function', 'process-orders', 'Function'],
      ['sink', 'dlq:sqs:process-orders-dlq', 'process-orders-dlq', 'DLQ · SQS'],
    ],
    edges: [
      'producers:sqs:orders -SendMessage-> sqs:orders (send)',
      'sqs:orders -polls-> esm:sqs:orders (poll)',
      'esm:sqs:orders -sync batch-> function (sync)',
      'sqs:orders -after 3 receives-> redrive:sqs:orders-dlq (failure)',
      'function -unused-> dlq:sqs:process-orders-dlq (unused)',
    ],
  },
  mq: {
    nodes: [
      ['caller', 'producers:mq:inventory', '3 producers', 'Producers'],
      ['queue', 'mq:inventory', 'stock-updates', 'Amazon MQ (ActiveMQ)'],
      ['mapping', 'esm:mq:inventory', 'Event source mapping', 'Amazon MQ poller'],
      ['sink', 'redrive:mq:inventory/ActiveMQ.DLQ', 'ActiveMQ.DLQ', 'Broker DLQ'],
      ['function', 'function', 'apply-stock', 'Function'],
    ],
    edges: [
      'producers:mq:inventory -send-> mq:inventory (send)',
      'mq:inventory -polls-> esm:mq:inventory (poll)',
      'esm:mq:inventory -sync batch-> function (sync)',
      'mq:inventory -after 6 redeliveries-> redrive:mq:inventory/ActiveMQ.DLQ (failure)',
    ],
  },
  kinesis: {
    nodes: [
      ['caller', 'producers:stream:clickstream', '2 producers', 'Producers'],
      ['stream', 'stream:clickstream', 'clickstream', 'Kinesis stream'],
      ['mapping', 'esm:clickstream', 'Event source mapping', 'Kinesis poller'],
      ['function', 'function', 'clickstream-consumer', 'Function'],
      [
        'sink',
        'esm-destination:sqs:clickstream-failures',
        'clickstream-failures',
        'On failure · SQS',
      ],
    ],
    edges: [
      'producers:stream:clickstream -PutRecord-> stream:clickstream (send)',
      'stream:clickstream -polls 1/s-> esm:clickstream (poll)',
      'esm:clickstream -sync batch-> function (sync)',
      'esm:clickstream -on failure-> esm-destination:sqs:clickstream-failures (failure)',
    ],
  },
  dynamodb: {
    nodes: [
      ['caller', 'producer:stream:Orders/orders-app', 'Order service', 'Writer'],
      ['stream', 'stream:Orders', 'Orders', 'DynamoDB stream'],
      ['mapping', 'esm:Orders', 'Event source mapping', 'DynamoDB poller'],
      ['function', 'function', 'notify-customer', 'Function'],
    ],
    edges: [
      'producer:stream:Orders/orders-app -UpdateItem-> stream:Orders (send)',
      'stream:Orders -polls 4/s-> esm:Orders (poll)',
      'esm:Orders -sync batch-> function (sync)',
    ],
  },
  msk: {
    nodes: [
      ['caller', 'producer:kafka:shop-cluster/orders/checkout', 'Checkout service', 'Producer'],
      ['stream', 'kafka:shop-cluster/orders', 'orders', 'MSK topic'],
      ['mapping', 'esm:shop-cluster/orders', 'Event source mapping', 'MSK poller'],
      ['function', 'function', 'orders-consumer', 'Function'],
    ],
    edges: [
      'producer:kafka:shop-cluster/orders/checkout -produce-> kafka:shop-cluster/orders (send)',
      'kafka:shop-cluster/orders -consumes-> esm:shop-cluster/orders (poll)',
      'esm:shop-cluster/orders -sync batch-> function (sync)',
    ],
  },
  'api-gateway': {
    nodes: [
      ['caller', 'workload:clients', 'API Gateway', 'Sync push'],
      ['function', 'function', 'orders-api', 'Function'],
    ],
    edges: ['workload:clients -sync-> function (sync)'],
  },
  sns: {
    nodes: [
      ['caller', 'workload:orders', 'SNS', 'Async push'],
      ['lambda', 'lambda', 'Lambda', 'Invoke API'],
      ['sink', 'sns-dlq:sqs:orders-sub-dlq', 'orders-sub-dlq', 'Subscription DLQ'],
      ['queue', 'async-queue', 'Async queue', 'Internal queue'],
      ['function', 'function', 'ship-order', 'Function'],
    ],
    edges: [
      'workload:orders -async-> lambda (async)',
      'workload:orders -undeliverable-> sns-dlq:sqs:orders-sub-dlq (failure)',
      'lambda -202-> async-queue (internal)',
      'async-queue -invoke-> function (internal)',
    ],
  },
  s3: {
    nodes: [
      ['caller', 'workload:uploads', 'S3', 'Async push'],
      ['lambda', 'lambda', 'Lambda', 'Invoke API'],
      ['queue', 'async-queue', 'Async queue', 'Internal queue'],
      ['function', 'function', 'make-thumbnail', 'Function'],
    ],
    edges: [
      'workload:uploads -async-> lambda (async)',
      'lambda -202-> async-queue (internal)',
      'async-queue -invoke-> function (internal)',
    ],
  },
  efs: {
    nodes: [
      ['caller', 'workload:app', 'App', 'Caller'],
      ['caller', 'workload:app-later', 'App, later', 'Caller'],
      ['function', 'function', 'score-with-model', 'Function'],
      ['integration', 'integration:efs', 'EFS', 'Integration'],
    ],
    edges: [
      'workload:app -sync-> function (sync)',
      'workload:app-later -sync-> function (sync)',
      'function -mounts /mnt/models-> integration:efs (integration)',
    ],
  },
  xray: {
    nodes: [
      ['caller', 'workload:shoppers', 'Shoppers', 'Caller'],
      ['function', 'function', 'checkout', 'Function'],
      ['integration', 'integration:xray', 'X-Ray', 'Integration'],
    ],
    edges: [
      'workload:shoppers -sync-> function (sync)',
      'function -traces-> integration:xray (integration)',
    ],
  },
};

describe('diagramOf for every "Run it" scenario', () => {
  for (const [id, want] of Object.entries(EXPECTED)) {
    it(`draws ${id} with its own boxes and arrows`, () => {
      const { d } = drawn(id);
      expect(d.nodes.map((n) => [n.kind, n.id, n.title, n.subtitle])).toEqual(want.nodes);
      expect(edgeText(d)).toEqual(want.edges);
    });
  }

  const withScenario = SERVICES.filter((s) => scenarioForService(s.id) !== undefined);

  it('has a scenario for every service of the catalog', () => {
    expect(withScenario.map((s) => s.id)).toEqual(SERVICES.map((s) => s.id));
  });

  for (const service of withScenario) {
    it(`names ${service.id}, joins every arrow to two boxes, and reaches the function`, () => {
      const { d } = drawn(service.id);
      const ids = d.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      // The service is named where the learner looks: a box's title, kicker or setting.
      const words = d.nodes.flatMap((n) => [n.title, n.subtitle, ...n.lines]).join(' | ');
      expect(words).toContain(service.id === 'eventbridge' ? 'Event bus' : service.shortName);
      // No arrow dangles.
      for (const e of d.edges) {
        expect(ids).toContain(e.source);
        expect(ids).toContain(e.target);
      }
      // Something that sends reaches the function, along arrows that carry invocations.
      const carries = d.edges.filter(
        (e) => !['failure', 'integration', 'unused'].includes(e.model),
      );
      const reached = new Set(d.nodes.filter((n) => n.kind === 'caller').map((n) => n.id));
      for (let grown = true; grown;) {
        grown = false;
        for (const e of carries)
          if (reached.has(e.source) && !reached.has(e.target)) {
            reached.add(e.target);
            grown = true;
          }
      }
      expect(reached.has('function')).toBe(true);
      // Integrations hang off the function and nothing flows through them.
      for (const n of d.nodes.filter((x) => x.kind === 'integration')) {
        expect(d.edges.filter((e) => e.source === n.id)).toEqual([]);
        expect(d.edges.filter((e) => e.target === n.id).map((e) => [e.source, e.model])).toEqual([
          ['function', 'integration'],
        ]);
      }
      // No two boxes overlap.
      for (const a of d.nodes)
        for (const b of d.nodes)
          if (a !== b)
            expect(
              Math.abs(a.x - b.x) >= d.node.width || Math.abs(a.y - b.y) >= d.node.height,
              `${a.id} overlaps ${b.id}`,
            ).toBe(true);
    });
  }
});

describe('what each source adds, in its boxes', () => {
  it('reads a push service’s settings, not prose', () => {
    expect(nodeOf(drawn('api-gateway').d, 'workload:clients').lines).toEqual([
      '29 s timeout · no retries',
      'API clients · 1/s for 20 s',
    ]);
    const http = drawn('api-gateway', (doc) => ({
      ...doc,
      workloads: doc.workloads!.map((w) => ({
        ...w,
        source: { service: 'api-gateway', kind: 'http', integrationTimeoutMs: 12_000 },
      })),
    }));
    expect(nodeOf(http.d, 'workload:clients').lines[0]).toBe('12 s timeout · no retries');
    expect(nodeOf(drawn('sns').d, 'workload:orders').lines).toEqual([
      'retries 100,015× over 23 d',
      'Order events · 4 messages',
    ]);
    expect(nodeOf(drawn('s3').d, 'workload:uploads').lines).toEqual([
      'delay 300 ms–3 s',
      '10 % sent twice · 5 % late',
      'Photo uploads · ~1/s for 30 s',
    ]);
    expect(nodeOf(drawn('step-functions').d, 'workload:executions').lines[0]).toBe(
      'Retry ×2 (1 s, ×2) · Catch',
    );
  });

  it('draws the invocation as the service makes it, whatever the workload says', () => {
    // S3 is asynchronous even when the workload leaves invocationType at its default.
    const { d } = drawn('s3', (doc) => ({
      ...doc,
      workloads: doc.workloads!.map((w) => ({ ...w, invocationType: undefined })),
    }));
    expect(edgeText(d)).toContain('workload:uploads -async-> lambda (async)');
    expect(nodeOf(d, 'lambda').lines).toEqual(['Event', 'qualifier $LATEST']);
    // SES waits for the triage rule, hands the archive rule's mail over.
    expect(edgeText(drawn('ses').d)).toEqual(
      expect.arrayContaining([
        'workload:archive -async-> lambda (async)',
        'workload:triage -sync-> lambda (sync)',
      ]),
    );
  });

  it('lists a queue’s and a mapping’s settings', () => {
    const { d } = drawn('sqs');
    expect(nodeOf(d, 'sqs:orders').lines).toEqual(['visibility 30 s', 'maxReceiveCount 3 → DLQ']);
    expect(nodeOf(d, 'esm:sqs:orders').lines).toEqual([
      'batch 10 · no window',
      'a failure returns the batch',
    ]);
    expect(nodeOf(drawn('mq').d, 'esm:mq:inventory').lines).toEqual([
      'batch 100 · window 500 ms',
      'up to 5 batches at a time',
      '1 filter',
    ]);
    const fifo = drawn('sqs', (doc) => ({
      ...doc,
      queues: [
        {
          name: 'orders.fifo',
          type: 'fifo',
          producers: [
            {
              id: 'shop',
              arrivals: { kind: 'single', atMs: [0] },
              messageGroupIds: ['a', 'b'],
            },
          ],
          mapping: {
            functionResponseTypes: ['ReportBatchItemFailures'],
            scalingConfig: { maximumConcurrency: 5 },
            filterCriteria: { filters: [{ pattern: { body: { a: [1] } } }] },
          },
        },
      ],
    })).d;
    expect(nodeOf(fifo, 'sqs:orders.fifo').subtitle).toBe('SQS FIFO');
    expect(nodeOf(fifo, 'producer:sqs:orders.fifo/shop').lines).toEqual([
      'sends 1 message',
      '2 message groups · round-robin',
    ]);
    expect(nodeOf(fifo, 'esm:sqs:orders.fifo').lines).toEqual([
      'batch 10 · no window',
      'ReportBatchItemFailures',
      '1 filter · max 5 concurrent',
    ]);
  });

  it('lists a stream’s and its mapping’s settings', () => {
    const { d } = drawn('kinesis');
    expect(nodeOf(d, 'stream:clickstream').lines).toEqual(['2 shards · keeps 24 h']);
    expect(nodeOf(d, 'esm:clickstream').lines).toEqual(['batch 20 · LATEST', '2 retries · bisect']);
    expect(nodeOf(drawn('dynamodb').d, 'esm:Orders').lines).toEqual([
      'batch 100 · TRIM_HORIZON',
      'retries until expiry',
      '1 filter',
    ]);
    const kafka = drawn('self-managed-kafka').d;
    expect(nodeOf(kafka, 'kafka:payments/charges')).toMatchObject({
      subtitle: 'Self-managed Kafka',
      lines: ['cluster payments', '2 partitions · keeps 7 d'],
    });
    expect(nodeOf(kafka, 'esm:payments/charges').lines).toEqual([
      'batch 100 · LATEST',
      '3 retries · bisect',
      '1–2 pollers · window 500 ms',
    ]);
  });

  it('shows EFS and X-Ray as integrations of the function', () => {
    expect(nodeOf(drawn('efs').d, 'integration:efs').lines).toEqual([
      'file system at /mnt/models',
      'fsap-0a1b2c3d4e5f60718',
    ]);
    expect(nodeOf(drawn('xray').d, 'integration:xray').lines).toEqual([
      'Active tracing',
      'samples 1 request/s + 5 %',
    ]);
  });
});

describe('what the run refused, drawn broken', () => {
  it('draws a mapping refused for its visibility timeout with AWS’s reason', () => {
    const { run, d } = drawn('sqs', (doc) => ({
      ...doc,
      function: { ...doc.function, timeoutSeconds: 60 },
    }));
    expect(nodeOf(d, 'esm:sqs:orders').problem).toEqual({
      title: 'Mapping refused',
      text: 'visibility 30 s < function timeout 60 s',
      detail:
        'InvalidParameterValueException: Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
    });
    // The Invoke API is folded into the mapping's arrow: that arrow is drawn broken.
    expect(edgeText(d)).toContain('esm:sqs:orders -refused-> function (broken)');
    // Without the run the same boxes sit in the same places; only the verdict is missing.
    const plain = diagramOf(run.scenario, 'horizontal');
    expect(plain.nodes.map((n) => [n.id, n.x, n.y])).toEqual(d.nodes.map((n) => [n.id, n.x, n.y]));
    expect(edgeText(plain)).toContain('esm:sqs:orders -sync batch-> function (sync)');
  });

  it('draws mappings whose role lacks an action, or whose function runs too long', () => {
    const role = drawn('sqs', (doc) => ({
      ...doc,
      permissions: { executionRole: ['sqs:ReceiveMessage'] },
    })).d;
    expect(nodeOf(role, 'esm:sqs:orders').problem?.text).toBe(
      'role can’t call DeleteMessage on SQS',
    );
    const stream = drawn('kinesis', (doc) => ({
      ...doc,
      permissions: { executionRole: ['kinesis:DescribeStream', 'kinesis:GetRecords'] },
    })).d;
    expect(nodeOf(stream, 'esm:clickstream').problem?.text).toBe(
      'role lacks kinesis:DescribeStreamSummary (+4)',
    );
    expect(edgeText(stream)).toContain('esm:clickstream -refused-> lambda (broken)');
    const mq = drawn('mq', (doc) => ({
      ...doc,
      function: { ...doc.function, timeoutSeconds: 900 },
    })).d;
    expect(nodeOf(mq, 'esm:mq:inventory').problem?.text).toBe('function timeout 900 s > 14 min');
  });

  it('draws a push service Lambda denies, and one whose trigger was refused', () => {
    const { run, d: iot } = drawn('iot');
    const plain = diagramOf(run.scenario, 'horizontal');
    expect(plain.nodes.map((n) => [n.id, n.x, n.y, n.problem])).toEqual(
      iot.nodes.map((n) => [n.id, n.x, n.y, null]),
    );
    expect(nodeOf(iot, 'workload:alerts').problem).toMatchObject({
      title: 'Invoke denied',
      text: 'policy names another source ARN',
    });
    expect(nodeOf(iot, 'workload:telemetry').problem).toBeNull();
    expect(edgeText(iot)).toEqual(
      expect.arrayContaining([
        'workload:telemetry -async-> lambda (async)',
        'workload:alerts -denied-> lambda (broken)',
        'workload:alerts -on failure-> error-action:sqs:iot-errors (failure)',
      ]),
    );
    const s3 = drawn('s3', (doc) => ({ ...doc, permissions: { resourcePolicy: [] } })).d;
    expect(nodeOf(s3, 'workload:uploads').problem).toMatchObject({
      title: 'Trigger refused',
      text: 'no policy statement for s3.amazonaws.com',
    });
    expect(edgeText(s3)).toContain('workload:uploads -refused-> lambda (broken)');
  });

  it('draws the function’s DLQ as unused when nothing invokes it asynchronously', () => {
    const { d } = drawn('sqs');
    expect(nodeOf(d, 'dlq:sqs:process-orders-dlq').lines).toEqual(['for async invokes only']);
    expect(edgeText(d)).toContain('function -unused-> dlq:sqs:process-orders-dlq (unused)');
  });
});

describe('live figures at t equal the run’s series and counts', () => {
  it('shows an SQS queue’s visible / in flight / delayed messages and its mapping’s batches', () => {
    const { run, d } = drawn('sqs');
    const q = run.queues!.find((x) => x.name === 'orders')!.series;
    for (const t of [999, 1_000, 35_000, 90_999, 91_000]) {
      expect(liveAt(run, d, 'sqs:orders', t)).toEqual([
        seriesAt(q.visible, t),
        seriesAt(q.inFlight, t),
        seriesAt(q.delayed, t),
      ]);
      expect(liveAt(run, d, 'esm:sqs:orders', t)).toEqual([
        seriesAt(q.batches, t),
        seriesAt(q.pollers, t),
      ]);
    }
    // All ten received at once and hidden until the third visibility timeout ends at 91 s.
    expect(liveAt(run, d, 'sqs:orders', 999)).toEqual([0, 0, 0]);
    expect(liveAt(run, d, 'sqs:orders', 35_000)).toEqual([0, 10, 0]);
    expect(liveAt(run, d, 'sqs:orders', 91_000)).toEqual([0, 0, 0]);
    expect(liveAt(run, d, 'esm:sqs:orders', 1_000)).toEqual([1, 5]);
    expect(liveAt(run, d, 'esm:sqs:orders', 1_450)).toEqual([0, 5]);
    expect(liveAt(run, d, 'redrive:sqs:orders-dlq', 90_999)).toEqual([0]);
    expect(liveAt(run, d, 'redrive:sqs:orders-dlq', 91_000)).toEqual([10]);
    // Both producers in one box: checkout's burst of nine and legacy checkout's one message.
    expect(liveAt(run, d, 'producers:sqs:orders', 1_000)).toEqual([10]);
    expect(liveFigures(nodeOf(d, 'sqs:orders').live!, [0, 10, 0])).toEqual([
      { value: '0', label: 'visible' },
      { value: '10', label: 'in flight' },
      { value: '0', label: 'delayed' },
    ]);
  });

  it('shows an Amazon MQ broker’s redelivery wait as delayed', () => {
    const { run, d } = drawn('mq');
    expect(liveAt(run, d, 'mq:inventory', 6_300)).toEqual([0, 2, 0]);
    expect(liveAt(run, d, 'mq:inventory', 6_650)).toEqual([0, 0, 2]);
    expect(liveAt(run, d, 'redrive:mq:inventory/ActiveMQ.DLQ', 10_000)).toEqual([0]);
    expect(liveAt(run, d, 'redrive:mq:inventory/ActiveMQ.DLQ', 30_000)).toEqual([1]);
  });

  it('shows a stream’s records waiting and its highest iterator age', () => {
    const { run, d } = drawn('kinesis');
    const units = run.streams!.sources[0]!.units;
    for (const t of [30_000, 35_722, 40_000]) {
      expect(liveAt(run, d, 'stream:clickstream', t)).toEqual([
        units.reduce((sum, u) => sum + seriesAt(u.waiting, t), 0),
        Math.max(...units.map((u) => ageAt(u.iteratorAgeMs, t, seriesAt(u.waiting, t) > 0))),
      ]);
    }
    // The poison record stalls shard 0: 15 records wait, the last batch was 5.7 s behind.
    expect(liveAt(run, d, 'stream:clickstream', 35_722)).toEqual([15, 5_722]);
    expect(liveFigures(nodeOf(d, 'stream:clickstream').live!, [15, 5_722])).toEqual([
      { value: '15', label: 'waiting' },
      { value: '5.7 s', label: 'iterator age' },
    ]);
    expect(liveAt(run, d, 'esm:clickstream', 40_000)).toEqual([81]);
    expect(liveAt(run, d, 'esm-destination:sqs:clickstream-failures', 30_000)).toEqual([0]);
    expect(liveAt(run, d, 'esm-destination:sqs:clickstream-failures', 180_000)).toEqual([1]);
  });

  it('shows a Kafka mapping’s batches and its consumers as Lambda adds them', () => {
    const { run, d } = drawn('msk');
    const consumers = run.streams!.sources[0]!.consumers!;
    // Two consumers from the start (sim default), a third at the first lag check.
    expect(liveAt(run, d, 'esm:shop-cluster/orders', 59_999)).toEqual([145, 2]);
    expect(liveAt(run, d, 'esm:shop-cluster/orders', 60_000)).toEqual([145, 3]);
    expect(liveAt(run, d, 'esm:shop-cluster/orders', 130_000)).toEqual([
      392,
      seriesAt(consumers, 130_000),
    ]);
    expect(seriesAt(consumers, 130_000)).toBe(3);
    expect(liveAt(run, d, 'kafka:shop-cluster/orders', 60_000)).toEqual([756, 17_817]);
  });

  it('counts what the integrations and the services’ own sinks received', () => {
    const efs = drawn('efs');
    expect(liveAt(efs.run, efs.d, 'integration:efs', 5_000)).toEqual([3]);
    expect(liveAt(efs.run, efs.d, 'integration:efs', 30_000)).toEqual([4]);
    const xray = drawn('xray');
    expect(liveAt(xray.run, xray.d, 'integration:xray', 1_000)).toEqual([2]);
    expect(liveAt(xray.run, xray.d, 'integration:xray', 30_000)).toEqual([26]);
    const iot = drawn('iot');
    expect(liveAt(iot.run, iot.d, 'error-action:sqs:iot-errors', 2_500)).toEqual([1]);
    expect(liveAt(iot.run, iot.d, 'error-action:sqs:iot-errors', 30_000)).toEqual([2]);
    const firehose = drawn('firehose');
    expect(liveAt(firehose.run, firehose.d, 's3:processing-failed/', 120_000)).toEqual([1]);
    const api = drawn('api-gateway');
    expect(liveAt(api.run, api.d, 'workload:clients', 10_000)).toEqual([11]);
    expect(liveFigures(nodeOf(api.d, 'workload:clients').live!, [11])).toEqual([
      { value: '11', label: 'requests sent' },
    ]);
  });
});

describe('the layout of the event sources', () => {
  it('keeps the path on one line and puts a queue’s DLQ below its mapping', () => {
    const { d } = drawn('sqs');
    const y = (id: string) => nodeOf(d, id).y;
    const x = (id: string) => nodeOf(d, id).x;
    // On one line: every box centred on the axis (the function's box is larger than the rest).
    const mid = (id: string) => y(id) + nodeOf(d, id).size!.height / 2;
    expect(new Set(['sqs:orders', 'esm:sqs:orders', 'function'].map(mid)).size).toBe(1);
    expect(x('redrive:sqs:orders-dlq')).toBe(x('esm:sqs:orders'));
    expect(y('redrive:sqs:orders-dlq')).toBe(y('esm:sqs:orders') + d.node.height + 76);
  });

  it('puts a push service’s own sink beside Lambda, off the path', () => {
    const { d } = drawn('sns');
    const at = (id: string) => [nodeOf(d, id).x, nodeOf(d, id).y];
    const [lambdaX, lambdaY] = at('lambda');
    expect(at('workload:orders')[1]).toBe(lambdaY);
    const fn = nodeOf(d, 'function');
    expect(fn.y + fn.size!.height / 2).toBe(lambdaY! + d.node.height / 2);
    expect(at('sns-dlq:sqs:orders-sub-dlq')).toEqual([lambdaX, lambdaY! + d.node.height + 76]);
  });

  it('moves a stage off the axis when an arrow passes over it', () => {
    // A plain caller beside an SQS producer: its arrow to the function (the Invoke API folded
    // into it) jumps the queue and the mapping.
    const { d } = drawn('sqs', (doc) => ({
      ...doc,
      workloads: [{ id: 'admin', arrivals: { kind: 'single', atMs: [0] } }],
    }));
    const fn = nodeOf(d, 'function');
    expect(d.edges.map((e) => e.id)).toContain('workload:admin->function');
    for (const id of ['sqs:orders', 'esm:sqs:orders'])
      expect(nodeOf(d, id).y - (fn.y + fn.size!.height / 2)).toBeGreaterThan(40);
  });

  it('runs top to bottom on phones, two cards to a row at most', () => {
    for (const id of ['sqs', 'kinesis', 'sns', 'mq', 'iot']) {
      const d = diagramOf(drawn(id).run.scenario, 'vertical');
      expect(d.box).toBe('card');
      const perRow = new Map<number, number>();
      for (const n of d.nodes) perRow.set(n.y, (perRow.get(n.y) ?? 0) + 1);
      expect(Math.max(...perRow.values())).toBeLessThanOrEqual(2);
      expect(d.height).toBeGreaterThan(d.width);
    }
    expect(diagramOf(drawn('xray').run.scenario, 'vertical').box).toBe('row');
  });
});
