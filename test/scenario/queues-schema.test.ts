import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';

const producer = { id: 'p', arrivals: { kind: 'single', atMs: [0] } };

function errors(doc: Record<string, unknown>) {
  const r = parseScenario({ version: 1, ...doc });
  return r.ok ? [] : r.errors;
}

describe('queues in the scenario document', () => {
  it('fills in the AWS defaults', () => {
    const r = parseScenario({
      version: 1,
      queues: [{ name: 'orders', producers: [producer], mapping: {} }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.queues).toEqual([
      {
        name: 'orders',
        type: 'standard',
        visibilityTimeoutSeconds: 30,
        messageRetentionPeriodSeconds: 345_600,
        delaySeconds: 0,
        producers: [
          {
            id: 'p',
            arrivals: { kind: 'single', atMs: [0] },
            body: {},
            groupSpread: 'round-robin',
          },
        ],
        mapping: {
          enabled: true,
          qualifier: '$LATEST',
          batchSize: 10,
          maximumBatchingWindowInSeconds: 0,
          functionResponseTypes: [],
        },
      },
    ]);
    expect(r.scenario.brokers).toBeUndefined();
  });

  it('names the field and the allowed range', () => {
    expect(
      errors({
        queues: [
          {
            name: 'q',
            visibilityTimeoutSeconds: 50_000,
            messageRetentionPeriodSeconds: 30,
            delaySeconds: 901,
            redrivePolicy: { deadLetterQueue: 'dlq', maxReceiveCount: 0 },
            mapping: {
              batchSize: 20_000,
              scalingConfig: { maximumConcurrency: 1 },
              maximumBatchingWindowInSeconds: 301,
            },
          },
        ],
      }),
    ).toEqual([
      {
        path: 'queues.0.visibilityTimeoutSeconds',
        message: 'must be a whole number from 0 to 43,200 s',
      },
      {
        path: 'queues.0.messageRetentionPeriodSeconds',
        message: 'must be a whole number from 60 to 1,209,600 s',
      },
      { path: 'queues.0.delaySeconds', message: 'must be a whole number from 0 to 900 s' },
      {
        path: 'queues.0.redrivePolicy.maxReceiveCount',
        message: 'must be a whole number from 1 to 1,000',
      },
      { path: 'queues.0.mapping.batchSize', message: 'must be a whole number from 1 to 10,000' },
      {
        path: 'queues.0.mapping.maximumBatchingWindowInSeconds',
        message: 'must be a whole number from 0 to 300 s',
      },
      {
        path: 'queues.0.mapping.scalingConfig.maximumConcurrency',
        message: 'must be a whole number from 2 to 1,000',
      },
    ]);
  });

  it('checks provisioned mode: its defaults, ranges and minimum ≤ maximum', () => {
    const r = parseScenario({
      version: 1,
      queues: [{ name: 'q', mapping: { provisionedPollerConfig: {} } }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.queues![0]!.mapping!.provisionedPollerConfig).toEqual({
      minimumPollers: 2,
      maximumPollers: 200,
    });
    expect(
      errors({
        queues: [
          { name: 'a', mapping: { provisionedPollerConfig: { minimumPollers: 1 } } },
          { name: 'b', mapping: { provisionedPollerConfig: { maximumPollers: 2_001 } } },
        ],
      }),
    ).toEqual([
      {
        path: 'queues.0.mapping.provisionedPollerConfig.minimumPollers',
        message: 'must be a whole number from 2 to 200',
      },
      {
        path: 'queues.1.mapping.provisionedPollerConfig.maximumPollers',
        message: 'must be a whole number from 2 to 2,000',
      },
    ]);
    expect(
      errors({
        queues: [
          {
            name: 'c',
            mapping: { provisionedPollerConfig: { minimumPollers: 50, maximumPollers: 10 } },
          },
        ],
      }),
    ).toEqual([
      {
        path: 'queues.0.mapping.provisionedPollerConfig.minimumPollers',
        message: 'must not be greater than maximumPollers',
      },
    ]);
  });

  it('checks FIFO rules: the name, message groups, batch size, no window, a FIFO DLQ', () => {
    expect(
      errors({
        queues: [
          {
            name: 'orders',
            type: 'fifo',
            redrivePolicy: { deadLetterQueue: 'orders-dlq', maxReceiveCount: 5 },
            producers: [producer],
            mapping: { batchSize: 11, maximumBatchingWindowInSeconds: 1 },
          },
          { name: 'plain.fifo', producers: [{ ...producer, messageGroupIds: ['a'] }] },
        ],
      }),
    ).toEqual([
      { path: 'queues.0.name', message: 'a FIFO queue’s name ends in ".fifo"' },
      {
        path: 'queues.0.redrivePolicy.deadLetterQueue',
        message: 'a FIFO queue needs a FIFO dead-letter queue (named "….fifo")',
      },
      {
        path: 'queues.0.producers.0.messageGroupIds',
        message: 'a FIFO queue needs at least one message group id',
      },
      {
        path: 'queues.0.mapping.batchSize',
        message: 'must be a whole number from 1 to 10 for a FIFO queue',
      },
      {
        path: 'queues.0.mapping.maximumBatchingWindowInSeconds',
        message: 'FIFO queues have no batching window: must be 0',
      },
      { path: 'queues.1.name', message: 'only a FIFO queue’s name ends in ".fifo"' },
      {
        path: 'queues.1.producers.0.messageGroupIds',
        message: 'only FIFO queues have message groups',
      },
    ]);
  });

  it('needs a batching window for batches above 10, and a known qualifier', () => {
    expect(
      errors({ queues: [{ name: 'q', mapping: { batchSize: 11, qualifier: 'prod' } }] }),
    ).toEqual([
      {
        path: 'queues.0.mapping.qualifier',
        message: '"prod" is not $LATEST, a published version or an alias',
      },
      {
        path: 'queues.0.mapping.maximumBatchingWindowInSeconds',
        message: 'a batch size above 10 needs a batching window of at least 1 s',
      },
    ]);
  });

  it('refuses invalid filters with the pattern checker’s reason', () => {
    const filters = (n: number) =>
      Array.from({ length: n }, () => ({ pattern: { body: { a: [1] } } }));
    expect(
      errors({
        queues: [
          {
            name: 'a',
            mapping: {
              filterCriteria: {
                filters: [
                  { pattern: { body: { a: [1] } } },
                  { pattern: { body: { status: 'ERROR' } } },
                ],
              },
            },
          },
          { name: 'b', mapping: { filterCriteria: { filters: filters(6) } } },
          { name: 'c', mapping: { filterCriteria: { filters: [{ pattern: '{"body": ' }] } } },
        ],
      }),
    ).toEqual([
      {
        path: 'queues.0.mapping.filterCriteria.filters.1.pattern',
        message:
          'filter 2: body.status: must be an array of values to match (or an object of nested fields), got "ERROR"',
      },
      {
        path: 'queues.1.mapping.filterCriteria.filters',
        message:
          'at most 5 filters per event source mapping (got 6); a quota increase allows up to 10',
      },
      {
        path: 'queues.2.mapping.filterCriteria.filters.0.pattern',
        message: 'filter 1: pattern is not valid JSON: Unexpected end of JSON input',
      },
    ]);
  });

  it('keeps queue names unique and dead-letter queues out of the declared queues', () => {
    expect(
      errors({
        queues: [
          { name: 'q', redrivePolicy: { deadLetterQueue: 'q2', maxReceiveCount: 5 } },
          { name: 'q2', redrivePolicy: { deadLetterQueue: 'q2', maxReceiveCount: 5 } },
          { name: 'q' },
        ],
      }),
    ).toEqual([
      {
        path: 'queues.1.redrivePolicy.deadLetterQueue',
        message: 'a queue cannot be its own dead-letter queue',
      },
      { path: 'queues.2.name', message: 'queue "q" is defined twice' },
      {
        path: 'queues.0.redrivePolicy.deadLetterQueue',
        message: '"q2" is declared as a queue; name a dead-letter queue only in the redrive policy',
      },
      {
        path: 'queues.1.redrivePolicy.deadLetterQueue',
        message: '"q2" is declared as a queue; name a dead-letter queue only in the redrive policy',
      },
    ]);
  });
});

describe('brokers in the scenario document', () => {
  it('fills in the Amazon MQ defaults', () => {
    const r = parseScenario({ version: 1, brokers: [{ name: 'b', queue: 'jobs', mapping: {} }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.brokers).toEqual([
      {
        name: 'b',
        engine: 'activemq',
        queue: 'jobs',
        maximumRedeliveries: 6,
        producers: [],
        mapping: { enabled: true, qualifier: '$LATEST', batchSize: 100 },
      },
    ]);
  });

  it('keeps ActiveMQ’s redelivery policy and a distinct dead-letter queue', () => {
    expect(
      errors({
        brokers: [
          { name: 'b', queue: 'jobs', maximumRedeliveries: 3, deadLetterQueue: 'jobs' },
          { name: 'r', engine: 'rabbitmq', queue: 'jobs', maximumRedeliveries: 3 },
          { name: 'x', engine: 'kafka', queue: 'jobs' },
        ],
      }),
    ).toEqual([{ path: 'brokers.2.engine', message: 'must be "activemq" or "rabbitmq"' }]);
    expect(
      errors({
        brokers: [{ name: 'b', queue: 'jobs', maximumRedeliveries: 3, deadLetterQueue: 'jobs' }],
      }),
    ).toEqual([
      {
        path: 'brokers.0.maximumRedeliveries',
        message:
          'Lambda applies ActiveMQ’s default redelivery policy, which you cannot change: 6 (5 in older pages)',
      },
      {
        path: 'brokers.0.deadLetterQueue',
        message: 'the dead-letter queue must differ from the consumed queue',
      },
    ]);
  });
});
