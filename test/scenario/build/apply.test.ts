import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { parseScenario, type Scenario } from '../../../src/scenario';
import { addPiece, connect, removePiece, type Change } from '../../../src/scenario/build/apply';
import { PIECES, piecesByGroup } from '../../../src/scenario/build/pieces';
import { duplicateScenario, scratchScenario } from '../../../src/scenario/build/scratch';
import { diagramOf } from '../../../src/view';

function ok(change: Change): Scenario & { readonly node?: string } {
  if (!change.ok) throw new Error(change.reason);
  // The result is a complete document: it survives a round trip through the parser unchanged.
  const again = parseScenario(JSON.parse(JSON.stringify(change.scenario)));
  expect(again.ok && again.scenario).toEqual(change.scenario);
  return change.scenario;
}

const ids = (s: Scenario) => diagramOf(s).nodes.map((n) => n.id);
const arrows = (s: Scenario) => diagramOf(s).edges.map((e) => `${e.source}->${e.target}`);

describe('the scratch design', () => {
  it('is one caller invoking the function: it plays, a cold start then two warm ones', () => {
    const s = scratchScenario();
    // One synchronous caller: the Invoke API box is folded into its arrow.
    expect(ids(s)).toEqual(['workload:caller', 'function']);
    const run = simulate(s);
    // 250 ms of Init before the first 100 ms handler; the next two find it warm.
    expect(run.fates.map((f) => [f.kind, f.t])).toEqual([
      ['succeeded', 350],
      ['succeeded', 1_100],
      ['succeeded', 2_100],
    ]);
    expect(run.trace.filter((e) => e.kind === 'env.init').length).toBe(1);
  });

  it('duplicates a preset as "Copy of …", the same document otherwise', () => {
    const s = scratchScenario();
    const copy = duplicateScenario(s);
    expect(copy.name).toBe('Copy of My design');
    expect({ ...copy, name: s.name }).toEqual(s);
  });
});

describe('addPiece', () => {
  it('offers every piece in one of four groups', () => {
    const groups = piecesByGroup();
    expect(groups.map((g) => [g.group, g.pieces.length])).toEqual([
      ['callers', 2],
      ['push', 24],
      ['pollers', 8],
      ['targets', 12],
    ]);
    expect(PIECES.length).toBe(46);
  });

  it.each(PIECES.filter((p) => p.id !== 'dlq-sqs-fifo').map((p) => [p.id]))(
    '%s: adds one valid box to the scratch design',
    (id) => {
      const before = scratchScenario();
      const change = addPiece(before, id);
      const after = ok(change);
      expect(change.ok && ids(after)).toContain(change.ok && change.node);
    },
  );

  it('refuses a FIFO dead-letter queue on the function, and accepts it on a FIFO queue', () => {
    const s = ok(addPiece(scratchScenario(), 'sqs-fifo'));
    expect(addPiece(s, 'dlq-sqs-fifo')).toEqual({
      ok: false,
      reason:
        'A FIFO queue cannot be a Lambda dead-letter queue — use a standard SQS queue or an SNS topic.',
    });
    const withDlq = addPiece(s, 'dlq-sqs-fifo', 'sqs:orders.fifo');
    expect(withDlq.ok && withDlq.node).toBe('redrive:sqs:orders-dlq.fifo');
    expect(ok(withDlq).queues![0]!.redrivePolicy).toEqual({
      deadLetterQueue: 'orders-dlq.fifo',
      maxReceiveCount: 5,
    });
  });

  it('names a second queue so it does not clash', () => {
    const one = ok(addPiece(scratchScenario(), 'sqs-standard'));
    const two = ok(addPiece(one, 'sqs-standard'));
    expect(two.queues!.map((q) => q.name)).toEqual(['orders', 'orders-2']);
  });

  it('publishes version 1 for Lambda@Edge, which never runs $LATEST', () => {
    const s = ok(addPiece(scratchScenario(), 'push-lambda-edge'));
    expect(s.function.versions.map((v) => v.version)).toEqual([1]);
    expect(s.workloads[1]!.qualifier).toBe(1);
  });

  it('refuses a piece that does not exist', () => {
    expect(addPiece(scratchScenario(), 'teleporter')).toEqual({
      ok: false,
      reason: 'There is no piece "teleporter".',
    });
  });
});

describe('an SQS queue in front of a function with a DLQ, built piece by piece', () => {
  const scratch = scratchScenario();
  const withQueue = ok(addPiece(scratch, 'sqs-standard'));
  const mapped = ok(connect(withQueue, 'sqs:orders', 'function'));
  const built = ok(addPiece(mapped, 'dlq-sqs', 'sqs:orders'));

  it('has the exact boxes and arrows at each step', () => {
    expect(ids(withQueue)).toEqual([
      'workload:caller',
      'producer:sqs:orders/producer',
      'sqs:orders',
      'function',
    ]);
    expect(arrows(withQueue)).toEqual([
      'workload:caller->function',
      'producer:sqs:orders/producer->sqs:orders',
    ]);
    expect(ids(mapped)).toHaveLength(5);
    expect(arrows(mapped)).toContain('sqs:orders->esm:sqs:orders');
    expect(arrows(mapped)).toContain('esm:sqs:orders->function');
    expect(ids(built)).toHaveLength(6);
    expect(arrows(built)).toContain('sqs:orders->redrive:sqs:orders-dlq');
    expect(built.queues![0]!.redrivePolicy).toEqual({
      deadLetterQueue: 'orders-dlq',
      maxReceiveCount: 5,
    });
  });

  it('a second mapping from the same queue is refused', () => {
    expect(connect(mapped, 'sqs:orders', 'function')).toEqual({
      ok: false,
      reason:
        'The queue "orders" already has an event source mapping to this function — one mapping per queue and function.',
    });
  });

  it('with a failing function, each message moves to the DLQ after its fifth receive', () => {
    const failing: Scenario = {
      ...built,
      workloads: [],
      function: { ...built.function, behaviour: { ...built.function.behaviour, errorRate: 1 } },
    };
    const run = simulate(failing);
    const redriven = run.fates.filter((f) => f.kind === 'redriven');
    expect(redriven.map((f) => [f.rule, f.deliveredTo, f.attempts])).toEqual([
      ['sqs.redrive', ['dlq:sqs:orders-dlq'], 5],
      ['sqs.redrive', ['dlq:sqs:orders-dlq'], 5],
      ['sqs.redrive', ['dlq:sqs:orders-dlq'], 5],
    ]);
    // Five receives 30 s apart (the default visibility timeout): moved when the fifth one ends.
    expect(redriven.map((f) => f.t)).toEqual([150_000, 151_000, 152_000]);
  });

  it('removing the queue removes its producer, mapping and redrive box', () => {
    const removed = ok(removePiece(built, 'sqs:orders'));
    expect(ids(removed)).toEqual(['workload:caller', 'function']);
    expect(removed.queues).toEqual([]);
  });

  it('removing the mapping keeps the queue; removing the DLQ keeps the mapping', () => {
    const unmapped = ok(removePiece(built, 'esm:sqs:orders'));
    expect(unmapped.queues![0]!.mapping).toBeUndefined();
    expect(unmapped.queues![0]!.redrivePolicy).toBeDefined();
    const noDlq = ok(removePiece(built, 'redrive:sqs:orders-dlq'));
    expect(noDlq.queues![0]!.redrivePolicy).toBeUndefined();
    expect(noDlq.queues![0]!.mapping).toBeDefined();
  });
});

describe('SNS → function with an on-failure destination', () => {
  const s = ok(addPiece(ok(addPiece(scratchScenario(), 'push-sns')), 'on-failure-sqs'));

  it('sends each event that failed every attempt to the destination', () => {
    expect(s.function.asyncConfig.onFailure).toEqual({ type: 'sqs', name: 'failed-events' });
    expect(arrows(s)).toContain('function->onFailure:sqs:failed-events');
    const failing: Scenario = {
      ...s,
      workloads: s.workloads.filter((w) => w.id === 'sns'),
      function: { ...s.function, behaviour: { ...s.function.behaviour, errorRate: 1 } },
    };
    const run = simulate(failing);
    // SNS hands each event over (accepted); after three attempts Lambda sends it on.
    const sent = run.fates.filter((f) => f.kind === 'destination');
    expect(sent.map((f) => [f.deliveredTo, f.attempts])).toEqual([
      [['onFailure:sqs:failed-events'], 3],
      [['onFailure:sqs:failed-events'], 3],
      [['onFailure:sqs:failed-events'], 3],
    ]);
  });

  it('removing the destination leaves the function without one', () => {
    const removed = ok(removePiece(s, 'onFailure:sqs:failed-events'));
    expect(removed.function.asyncConfig.onFailure).toBeUndefined();
    expect(ids(removed)).not.toContain('onFailure:sqs:failed-events');
  });
});

describe('removePiece', () => {
  it('never removes the function', () => {
    for (const id of ['function', 'lambda', 'async-queue'])
      expect(removePiece(scratchScenario(), id)).toEqual({
        ok: false,
        reason:
          'The function, Lambda’s Invoke API and its internal queue are the heart of every design and cannot be removed.',
      });
  });

  it('removes a bus with its rules and producers, and a stream with its mapping and destination', () => {
    const withRule = ok(addPiece(scratchScenario(), 'eventbridge-rule'));
    const noBus = ok(removePiece(withRule, 'bus:default'));
    expect([noBus.eventbridge?.rules.length, noBus.eventbridge?.producers.length]).toEqual([0, 0]);
    const stream = ok(
      addPiece(ok(addPiece(scratchScenario(), 'kinesis')), 'on-failure-s3', 'stream:clicks'),
    );
    expect(ids(stream)).toContain('esm-destination:s3:failed-events-archive');
    expect(
      ok(removePiece(stream, 'esm-destination:s3:failed-events-archive')).streams![0]!.mapping
        .destinationConfig,
    ).toBeUndefined();
    expect(ok(removePiece(stream, 'esm:clicks')).streams).toEqual([]);
  });

  it('removes a caller and a producer', () => {
    const s = ok(addPiece(scratchScenario(), 'sqs-standard'));
    expect(ok(removePiece(s, 'workload:caller')).workloads).toEqual([]);
    expect(ok(removePiece(s, 'producer:sqs:orders/producer')).queues![0]!.producers).toEqual([]);
  });
});
