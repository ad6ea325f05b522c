import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario';
import { run } from '../helpers';
import { recordFates } from './helpers';

const KINESIS_ROLE = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards',
  'kinesis:ListStreams',
];

function clicks(
  executionRole: string[],
  mapping: Partial<NonNullable<ScenarioInput['streams']>[number]['mapping']> = {},
  durationMs = 10_000,
) {
  return run({
    durationMs,
    permissions: { executionRole },
    streams: [
      {
        kind: 'kinesis',
        name: 'clicks',
        producers: [{ id: 'web', arrivals: { kind: 'single', atMs: [100, 200] } }],
        mapping: { startingPosition: 'TRIM_HORIZON', ...mapping },
      },
    ],
  });
}

describe('the execution role of a stream mapping', () => {
  it('is enough with the Kinesis read actions', () => {
    const r = clicks(KINESIS_ROLE);
    expect(r.trace.some((e) => e.kind === 'stream.mapping-created')).toBe(true);
    expect(recordFates(r)).toEqual(['checkpointed@1350', 'checkpointed@1350']);
  });

  it('without GetRecords: CreateEventSourceMapping is refused with the reason', () => {
    const r = clicks(KINESIS_ROLE.filter((a) => a !== 'kinesis:GetRecords'));
    const refused = r.trace.find((e) => e.kind === 'stream.mapping-rejected')!;
    expect(refused.rule).toBe('permission.execution-role');
    expect(refused.detail).toMatchObject({
      errorCode: 'InvalidParameterValueException',
      errorMessage:
        'Cannot access stream arn:aws:kinesis:us-east-1:123456789012:stream/clicks. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream.',
      missingActions: ['kinesis:GetRecords'],
    });
    expect(r.stats.invocations).toBe(0);
    // The records stay in the stream.
    expect(recordFates(r)).toEqual(['in-flight@10000', 'in-flight@10000']);
  });

  it('records of a refused mapping wait in the stream until retention removes them', () => {
    const r = clicks([], {}, 25 * 3_600_000);
    expect(recordFates(r)).toEqual(['expired@86400100', 'expired@86400200']);
    expect(r.streams!.sources[0]!.units[0]!.waiting.value).toEqual([1, 2, 1, 0]);
  });

  it('needs SubscribeToShard only for enhanced fan-out', () => {
    const efo = clicks(KINESIS_ROLE, { enhancedFanOut: true });
    expect(
      efo.trace.find((e) => e.kind === 'stream.mapping-rejected')!.detail!.missingActions,
    ).toEqual(['kinesis:SubscribeToShard']);
    expect(
      clicks([...KINESIS_ROLE, 'kinesis:SubscribeToShard'], { enhancedFanOut: true }).stats
        .invocations,
    ).toBe(2); // pushed one by one
  });

  it('needs to write to the on-failure destination', () => {
    const r = clicks(KINESIS_ROLE, {
      destinationConfig: { onFailure: { type: 'sqs', name: 'failures' } },
    });
    expect(r.trace.find((e) => e.kind === 'stream.mapping-rejected')!.detail!.errorMessage).toBe(
      'The provided execution role does not have permissions to call SendMessage on SQS',
    );
    expect(
      clicks([...KINESIS_ROLE, 'sqs:SendMessage'], {
        destinationConfig: { onFailure: { type: 'sqs', name: 'failures' } },
      }).stats.invocations,
    ).toBe(1);
  });

  it('needs s3:PutObject and s3:ListBucket for an S3 on-failure destination', () => {
    const s3 = { destinationConfig: { onFailure: { type: 's3' as const, name: 'failed' } } };
    const r = clicks([...KINESIS_ROLE, 's3:PutObject'], s3);
    const refused = r.trace.find((e) => e.kind === 'stream.mapping-rejected')!;
    expect(refused.detail!.missingActions).toEqual(['s3:ListBucket']);
    expect(refused.detail!.errorMessage).toBe(
      'The provided execution role does not have permissions to call ListBucket on S3',
    );
    expect(clicks([...KINESIS_ROLE, 's3:PutObject', 's3:ListBucket'], s3).stats.invocations).toBe(
      1,
    );
  });

  it('accepts wildcards', () => {
    expect(clicks(['kinesis:*']).stats.invocations).toBe(1);
  });
});

describe('the execution role of DynamoDB and Kafka mappings', () => {
  it('DynamoDB needs the dynamodb stream actions', () => {
    const r = run({
      permissions: {
        executionRole: [
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:DescribeStream',
        ],
      },
      streams: [{ kind: 'dynamodb', name: 'Orders', mapping: { startingPosition: 'LATEST' } }],
    });
    expect(
      r.trace.find((e) => e.kind === 'stream.mapping-rejected')!.detail!.missingActions,
    ).toEqual(['dynamodb:ListStreams']);
  });

  it('MSK needs the cluster and network actions', () => {
    const r = run({
      permissions: { executionRole: ['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'] },
      kafka: [
        { kind: 'msk', cluster: 'shop', topic: 'orders', mapping: { startingPosition: 'LATEST' } },
      ],
    });
    expect(r.trace.find((e) => e.kind === 'stream.mapping-rejected')!.detail).toMatchObject({
      errorMessage:
        'The provided execution role does not have permissions to call CreateNetworkInterface on EC2',
      missingActions: [
        'ec2:CreateNetworkInterface',
        'ec2:DescribeNetworkInterfaces',
        'ec2:DeleteNetworkInterface',
        'ec2:DescribeVpcs',
        'ec2:DescribeSubnets',
        'ec2:DescribeSecurityGroups',
      ],
    });
  });

  it('self-managed Kafka needs the secret with the broker credentials', () => {
    const r = run({
      permissions: { executionRole: ['ec2:*'] },
      kafka: [
        {
          kind: 'self-managed',
          cluster: 'payments',
          topic: 'charges',
          mapping: { startingPosition: 'LATEST' },
        },
      ],
    });
    expect(r.trace.find((e) => e.kind === 'stream.mapping-rejected')!.detail!.errorMessage).toBe(
      'The provided execution role does not have permissions to call GetSecretValue on SecretsManager',
    );
  });
});
