import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';

function errors(doc: Record<string, unknown>): string[] {
  const r = parseScenario({ version: 1, ...doc });
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
}

const kinesis = (mapping: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  streams: [
    {
      kind: 'kinesis',
      name: 'clicks',
      mapping: { startingPosition: 'LATEST', ...mapping },
      ...extra,
    },
  ],
});
const kafka = (mapping: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  kafka: [
    {
      kind: 'msk',
      cluster: 'shop',
      topic: 'orders',
      mapping: { startingPosition: 'LATEST', ...mapping },
      ...extra,
    },
  ],
});

describe('streams in the scenario document', () => {
  it('fills the AWS defaults', () => {
    const r = parseScenario({ version: 1, ...kinesis({}) });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.streams![0]).toEqual({
      kind: 'kinesis',
      name: 'clicks',
      shards: 1,
      producers: [],
      mapping: {
        batchSize: 100,
        startingPosition: 'LATEST',
        maximumRetryAttempts: -1,
        maximumRecordAgeInSeconds: -1,
        bisectBatchOnFunctionError: false,
        functionResponseTypes: [],
        qualifier: '$LATEST',
        enabled: true,
        createdAtMs: 0,
        maximumBatchingWindowInSeconds: 0,
        parallelizationFactor: 1,
        tumblingWindowInSeconds: 0,
        enhancedFanOut: false,
      },
    });
  });

  it('names the field and the allowed range in every error', () => {
    expect(
      errors(
        kinesis(
          {
            batchSize: 10_001,
            parallelizationFactor: 11,
            maximumRetryAttempts: -2,
            maximumRecordAgeInSeconds: 59,
            maximumBatchingWindowInSeconds: 301,
            tumblingWindowInSeconds: 901,
          },
          { retentionHours: 9_000, shards: 0 },
        ),
      ),
    ).toEqual([
      'streams.0.shards: must be a whole number from 1 to 64',
      'streams.0.retentionHours: must be a whole number from 24 to 8,760 h',
      'streams.0.mapping.batchSize: must be a whole number from 1 to 10,000',
      'streams.0.mapping.maximumRetryAttempts: must be -1 (no limit) or a whole number from 0 to 10,000',
      'streams.0.mapping.maximumRecordAgeInSeconds: must be -1 (no limit) or a whole number from 60 to 604,800 s',
      'streams.0.mapping.maximumBatchingWindowInSeconds: must be a whole number from 0 to 300 s',
      'streams.0.mapping.parallelizationFactor: must be a whole number from 1 to 10',
      'streams.0.mapping.tumblingWindowInSeconds: must be a whole number from 0 to 900 s',
    ]);
  });

  it('requires a starting position', () => {
    expect(errors({ streams: [{ kind: 'kinesis', name: 'clicks', mapping: {} }] })).toEqual([
      'streams.0.mapping.startingPosition: must be "TRIM_HORIZON", "LATEST" or "AT_TIMESTAMP" (required)',
    ]);
  });

  it('rejects invalid filters with the reason, and a sixth filter', () => {
    expect(
      errors(kinesis({ filterCriteria: { filters: [{ pattern: { data: { status: 'NEW' } } }] } })),
    ).toEqual([
      'streams.0.mapping.filterCriteria.filters.0.pattern: filter 1: data.status: must be an array of values to match (or an object of nested fields), got "NEW"',
    ]);
    expect(errors(kinesis({ filterCriteria: { filters: [{ pattern: '{"data": ' }] } }))[0]).toMatch(
      /^streams\.0\.mapping\.filterCriteria\.filters\.0\.pattern: /,
    );
    const six = Array.from({ length: 6 }, () => ({ pattern: { data: { a: [1] } } }));
    expect(errors(kinesis({ filterCriteria: { filters: six } }))).toEqual([
      'streams.0.mapping.filterCriteria.filters: at most 5 filters per event source mapping (got 6); a quota increase allows up to 10',
    ]);
  });

  it('refuses an operator Lambda filters lack, naming it and the filter; a raised quota takes 10', () => {
    const ok = { pattern: { data: { a: [1] } } };
    expect(
      errors(
        kinesis({
          filterCriteria: { filters: [ok, { pattern: { data: { f: [{ suffix: '.png' }] } } }] },
        }),
      ),
    ).toEqual([
      'streams.0.mapping.filterCriteria.filters.1.pattern: filter 2 uses "suffix" at data.f, which Lambda event filters do not support (they take null, empty (""), equals, and, or ($or), anything-but with values, numeric, exists and prefix)',
    ]);
    const ten = Array.from({ length: 10 }, () => ok);
    expect(errors(kinesis({ filterCriteria: { filters: ten, quota: 10 } }))).toEqual([]);
    expect(errors(kinesis({ filterCriteria: { filters: [...ten, ok], quota: 10 } }))).toEqual([
      'streams.0.mapping.filterCriteria.filters: at most 10 filters per event source mapping, even with a quota increase',
    ]);
    expect(errors(kinesis({ filterCriteria: { filters: [ok], quota: 7 } }))).toEqual([
      'streams.0.mapping.filterCriteria.quota: must be 5 (the default) or 10 (after a quota increase)',
    ]);
  });

  it('keeps each setting to the sources that have it', () => {
    expect(
      errors({
        streams: [
          {
            kind: 'dynamodb',
            name: 'Orders',
            retentionHours: 48,
            mapping: {
              startingPosition: 'AT_TIMESTAMP',
              startingPositionTimestamp: '2026-01-01T00:00:10.000Z',
              enhancedFanOut: true,
            },
          },
        ],
      }),
    ).toEqual([
      'streams.0.retentionHours: a DynamoDB stream always keeps records for 24 h',
      'streams.0.mapping.enhancedFanOut: enhanced fan-out is a Kinesis feature',
      'streams.0.mapping.startingPosition: DynamoDB streams start at TRIM_HORIZON or LATEST (AT_TIMESTAMP is Kinesis only)',
    ]);
    expect(errors(kinesis({}, { streamViewType: 'KEYS_ONLY' }))).toEqual([
      'streams.0.streamViewType: streamViewType belongs to DynamoDB streams',
    ]);
  });

  it('checks the starting timestamp, the qualifier and names', () => {
    expect(errors(kinesis({ startingPosition: 'AT_TIMESTAMP' }))).toEqual([
      'streams.0.mapping.startingPositionTimestamp: AT_TIMESTAMP needs a startingPositionTimestamp',
    ]);
    expect(errors(kinesis({ startingPositionTimestamp: '2026-01-01T00:00:00.000Z' }))).toEqual([
      'streams.0.mapping.startingPositionTimestamp: only used with startingPosition AT_TIMESTAMP',
    ]);
    expect(
      errors(
        kinesis({
          startingPosition: 'AT_TIMESTAMP',
          startingPositionTimestamp: '2025-12-31T23:00:00.000Z',
        }),
      ),
    ).toEqual([
      "streams.0.mapping.startingPositionTimestamp: must not be before the scenario's startTime (2026-01-01T00:00:00.000Z)",
    ]);
    expect(errors(kinesis({ qualifier: 'prod' }))).toEqual([
      'streams.0.mapping.qualifier: "prod" is not $LATEST, a published version or an alias',
    ]);
    const twice = { streams: [...kinesis({}).streams, ...kinesis({}).streams] };
    expect(errors(twice)).toEqual(['streams.1.name: stream "clicks" is defined twice']);
  });

  it('checks producers', () => {
    expect(
      errors(
        kinesis(
          {},
          {
            producers: [
              {
                id: 'web',
                arrivals: { kind: 'constant', ratePerSecond: 10_000, durationMs: 200_000 },
              },
              { id: 'web', arrivals: { kind: 'single', atMs: [0] }, eventName: 'INSERT' },
            ],
          },
        ),
      ),
    ).toEqual([
      'streams.0.producers.0.arrivals: would put about 2,000,000 records; at most 1,000,000 per producer',
      'streams.0.producers.1.id: producer "web" is defined twice',
      'streams.0.producers.1.eventName: eventName belongs to DynamoDB streams',
    ]);
  });
});

describe('Kafka topics in the scenario document', () => {
  it('leaves the batching window unset (the 500 ms default) and defaults the rest', () => {
    const r = parseScenario({ version: 1, ...kafka({}) });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.kafka![0]).toMatchObject({ partitions: 1, retentionHours: 168 });
    expect(r.scenario.kafka![0]!.mapping.maximumBatchingWindowInSeconds).toBeUndefined();
  });

  it('needs provisioned mode for the retry controls and a Kafka-topic destination', () => {
    const onDemand =
      'Kafka retry controls need provisioned mode (set provisionedPollerConfig); an on-demand mapping retries a failing batch without limit';
    expect(
      errors(
        kafka({
          maximumRetryAttempts: 3,
          maximumRecordAgeInSeconds: 60,
          bisectBatchOnFunctionError: true,
          functionResponseTypes: ['ReportBatchItemFailures'],
          destinationConfig: { onFailure: { type: 'kafka', name: 'dlt' } },
        }),
      ),
    ).toEqual([
      `kafka.0.mapping.maximumRetryAttempts: ${onDemand}`,
      `kafka.0.mapping.maximumRecordAgeInSeconds: ${onDemand}`,
      `kafka.0.mapping.bisectBatchOnFunctionError: ${onDemand}`,
      `kafka.0.mapping.functionResponseTypes: ${onDemand}`,
      'kafka.0.mapping.destinationConfig.onFailure.type: a Kafka topic as on-failure destination needs provisioned mode (set provisionedPollerConfig); in on-demand mode use "sqs", "sns" or "s3"',
    ]);
    expect(
      errors(
        kafka({
          provisionedPollerConfig: { minimumPollers: 5, maximumPollers: 2 },
          maximumRetryAttempts: 3,
        }),
      ),
    ).toEqual([
      'kafka.0.mapping.provisionedPollerConfig.minimumPollers: must not be greater than maximumPollers',
    ]);
  });

  it('accepts an SQS, SNS or S3 on-failure destination in on-demand mode', () => {
    for (const type of ['sqs', 'sns', 's3'] as const)
      expect(errors(kafka({ destinationConfig: { onFailure: { type, name: 'failed' } } }))).toEqual(
        [],
      );
  });

  it('refuses a function timeout over 14 minutes', () => {
    expect(errors({ function: { timeoutSeconds: 900 }, ...kafka({}) })).toEqual([
      'kafka.0.mapping.qualifier: a Kafka trigger needs a function timeout of at most 840 s (14 min); "$LATEST" has 900 s',
    ]);
    expect(errors({ function: { timeoutSeconds: 840 }, ...kafka({}) })).toEqual([]);
  });

  it('accepts a Kafka topic as a destination only for Kafka', () => {
    expect(
      errors(kinesis({ destinationConfig: { onFailure: { type: 'kafka', name: 'dlt' } } })),
    ).toEqual(['streams.0.mapping.destinationConfig.onFailure.type: must be "sqs", "sns" or "s3"']);
    expect(
      errors(
        kafka({
          provisionedPollerConfig: {},
          destinationConfig: { onFailure: { type: 'kafka', name: 'dlt' } },
        }),
      ),
    ).toEqual([]);
  });
});
