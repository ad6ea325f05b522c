import { describe, expect, it } from 'vitest';
import { events, run } from '../helpers';
import { type SourceInput, fateTimes, from, only, serviceFates } from './helpers';

const ACCOUNT = '123456789012';
/** A policy that allows some other service only: every source below is missing its statement. */
const noStatement = { resourcePolicy: [{ principal: 'unknown.amazonaws.com' }] };

describe('S3 without permission', () => {
  it('refuses the notification configuration at time 0, and uploads invoke nothing', () => {
    const r = run({
      permissions: noStatement,
      workloads: [{ ...from({ service: 's3' }, [1_000, 2_000]), invocationType: 'Event' }],
    });
    const refused = only(r, 'source.config-refused');
    expect([refused.t, refused.rule, refused.detail?.answer]).toEqual([
      0,
      'push.s3.config-refused',
      'Unable to validate the following destination configurations',
    ]);
    expect(refused.detail).toMatchObject({
      principal: 's3.amazonaws.com',
      sourceArn: 'arn:aws:s3:::photo-uploads',
      denial: 'no-statement',
    });
    expect(fateTimes(r.fates)).toEqual([
      [1_000, 'not-configured'],
      [2_000, 'not-configured'],
    ]);
    expect(events(r, 'source.invoke')).toHaveLength(0);
    expect(r.stats.invocations).toBe(0);
  });

  it('denies the right principal acting for another bucket, or another account (confused deputy)', () => {
    const policy = {
      resourcePolicy: [
        {
          principal: 's3.amazonaws.com',
          sourceArn: 'arn:aws:s3:::photo-uploads',
          sourceAccount: ACCOUNT,
        },
      ],
    };
    const s3 = (resource: string) => ({
      ...from({ service: 's3', resource }),
      invocationType: 'Event' as const,
    });
    expect(
      serviceFates(run({ permissions: policy, workloads: [s3('photo-uploads')] }))[0]!.kind,
    ).toBe('accepted');
    const otherBucket = run({ permissions: policy, workloads: [s3('someone-elses-bucket')] });
    expect(only(otherBucket, 'source.config-refused').detail).toMatchObject({
      denial: 'source-arn-mismatch',
      sourceArn: 'arn:aws:s3:::someone-elses-bucket',
    });
    expect(only(otherBucket, 'source.config-refused').rule).toBe('push.s3.config-refused');
    const otherAccount = run({
      permissions: {
        resourcePolicy: [
          {
            principal: 's3.amazonaws.com',
            sourceArn: 'arn:aws:s3:::photo-uploads',
            sourceAccount: '999999999999',
          },
        ],
      },
      workloads: [s3('photo-uploads')],
    });
    expect(only(otherAccount, 'source.config-refused').detail?.denial).toBe(
      'source-account-mismatch',
    );
  });
});

describe('SNS without permission', () => {
  it('does not retry a denied delivery (a client-side error): straight to the subscription DLQ', () => {
    const r = run({
      permissions: noStatement,
      workloads: [
        {
          ...from({ service: 'sns', subscriptionDlq: { name: 'orders-dlq' } }, [0, 5_000]),
          invocationType: 'Event',
        },
      ],
    });
    expect(events(r, 'source.denied').map((e) => e.t)).toEqual([0, 5_000]);
    expect(events(r, 'source.retry')).toHaveLength(0);
    expect(events(r, 'source.dlq').map((e) => [e.t, e.to])).toEqual([
      [0, 'sns-dlq:sqs:orders-dlq'],
      [5_000, 'sns-dlq:sqs:orders-dlq'],
    ]);
    expect(r.fates.map((f) => [f.t, f.kind, f.rule, f.deliveredTo])).toEqual([
      [0, 'dlq', 'push.sns.client-error', ['sns-dlq:sqs:orders-dlq']],
      [5_000, 'dlq', 'push.sns.client-error', ['sns-dlq:sqs:orders-dlq']],
    ]);
  });

  it('loses the message without a subscription DLQ', () => {
    const r = run({
      permissions: noStatement,
      workloads: [{ ...from({ service: 'sns' }), invocationType: 'Event' }],
    });
    expect(fateTimes(r.fates)).toEqual([[0, 'dropped']]);
  });
});

describe('synchronous services without permission', () => {
  it('API Gateway answers 500 "Invalid permissions on Lambda function" and never invokes', () => {
    const r = run({ permissions: noStatement, workloads: [from({ service: 'api-gateway' })] });
    expect(only(r, 'source.denied').detail).toMatchObject({
      principal: 'apigateway.amazonaws.com',
      sourceArn: `arn:aws:execute-api:us-east-1:${ACCOUNT}:a1b2c3d4e5/prod/GET/orders`,
      errorType: 'AccessDeniedException',
    });
    expect(only(r, 'source.response').detail).toMatchObject({
      statusCode: 500,
      answer: '500 Internal Server Error: Invalid permissions on Lambda function',
    });
    expect(fateTimes(r.fates)).toEqual([[0, 'http-500']]);
  });

  it('Cognito fails the user’s call with AccessDeniedException, without retrying', () => {
    const r = run({ permissions: noStatement, workloads: [from({ service: 'cognito' })] });
    expect(events(r, 'source.retry')).toHaveLength(0);
    expect(only(r, 'source.response').detail?.answer).toBe(
      'PreSignUp invocation failed due to error AccessDeniedException.',
    );
    expect(r.fates.map((f) => [f.kind, f.rule])).toEqual([
      ['operation-failed', 'push.cognito.denied'],
    ]);
  });

  it('a statement for the right service but another API is denied too', () => {
    const r = run({
      permissions: {
        resourcePolicy: [
          {
            principal: 'apigateway.amazonaws.com',
            sourceArn: `arn:aws:execute-api:us-east-1:${ACCOUNT}:zzzzzzzzzz/*`,
          },
        ],
      },
      workloads: [from({ service: 'api-gateway' })],
    });
    expect(only(r, 'source.denied').rule).toBe('permission.source-arn');
    expect(fateTimes(r.fates)).toEqual([[0, 'http-500']]);
    const allowed = run({
      permissions: {
        resourcePolicy: [
          {
            principal: 'apigateway.amazonaws.com',
            sourceArn: `arn:aws:execute-api:us-east-1:${ACCOUNT}:a1b2c3d4e5/*`,
          },
        ],
      },
      workloads: [from({ service: 'api-gateway' })],
    });
    expect(serviceFates(allowed)[0]!.kind).toBe('succeeded');
  });
});

describe('EventBridge without permission', () => {
  const eventbridge = {
    producers: [
      {
        id: 'shop',
        arrivals: { kind: 'single' as const, atMs: [0] },
        source: 'shop',
        detailType: 'OrderPlaced',
      },
    ],
    rules: [
      {
        name: 'orders',
        eventPattern: { source: ['shop'] },
        targets: [{ id: 'fn', type: 'lambda' as const, deadLetterQueue: { name: 'orders-dlq' } }],
      },
    ],
  };

  it('fails the Lambda target with NO_PERMISSIONS, without retries, straight to the target DLQ', () => {
    const r = run({ permissions: noStatement, eventbridge });
    expect(only(r, 'source.denied').detail).toMatchObject({
      principal: 'events.amazonaws.com',
      sourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/orders`,
      denial: 'no-statement',
    });
    expect(only(r, 'eb.target-failed').detail).toMatchObject({
      errorCode: 'NO_PERMISSIONS',
      retriable: false,
    });
    expect(events(r, 'eb.retry')).toHaveLength(0);
    expect(only(r, 'eb.dlq').detail?.attributes).toMatchObject({
      ERROR_CODE: 'NO_PERMISSIONS',
      RETRY_ATTEMPTS: '0',
    });
    expect(r.fates.map((f) => [f.t, f.kind])).toEqual([
      [0, 'routed'],
      [0, 'dlq'],
    ]);
    expect(r.stats.invocations).toBe(0);
  });

  it('denies a statement for another rule, and delivers with one for this rule', () => {
    const other = run({
      permissions: {
        resourcePolicy: [
          {
            principal: 'events.amazonaws.com',
            sourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/other`,
          },
        ],
      },
      eventbridge,
    });
    expect(only(other, 'source.denied').detail?.denial).toBe('source-arn-mismatch');
    const mine = run({
      permissions: {
        resourcePolicy: [
          {
            principal: 'events.amazonaws.com',
            sourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/orders`,
          },
        ],
      },
      eventbridge,
    });
    expect(events(mine, 'source.denied')).toHaveLength(0);
    expect(mine.fates.map((f) => f.kind)).toEqual(['routed', 'delivered', 'succeeded']);
  });
});

describe('every other push source without permission', () => {
  const cases: Array<[string, SourceInput, string, number, string]> = [
    ['ALB (target never registered)', { service: 'alb' }, 'http-503', 0, 'push.alb.no-target'],
    [
      'function URL, auth NONE',
      { service: 'function-url' },
      'http-403',
      0,
      'push.function-url.auth',
    ],
    ['Lex', { service: 'lex' }, 'http-424', 0, 'push.lex.errors'],
    ['Connect', { service: 'connect' }, 'error-branch', 0, 'push.connect.retries'],
    [
      'Alexa (endpoint never saved)',
      { service: 'alexa' },
      'not-configured',
      0,
      'push.config-refused',
    ],
    [
      'Secrets Manager',
      { service: 'secrets-manager' },
      'rotation-failed',
      0,
      'permission.resource-policy',
    ],
    ['SES (rule never saved)', { service: 'ses' }, 'not-configured', 0, 'push.config-refused'],
    [
      'CloudWatch Logs (filter never created)',
      { service: 'cloudwatch-logs' },
      'not-configured',
      0,
      'push.config-refused',
    ],
    [
      'AWS Config (rule never created)',
      { service: 'config' },
      'not-configured',
      0,
      'push.config-refused',
    ],
    ['CodeCommit', { service: 'codecommit' }, 'denied', 0, 'push.invoke-denied'],
    ['IoT Events', { service: 'iot-events' }, 'denied', 0, 'push.invoke-denied'],
    ['IoT without an error action', { service: 'iot' }, 'denied', 0, 'push.invoke-denied'],
    [
      'IoT with an error action',
      { service: 'iot', errorAction: { type: 'sqs', name: 'iot-errors' } },
      'error-action',
      0,
      'push.iot.rule',
    ],
  ];

  it.each(cases)('%s', (_name, source, fate, t, rule) => {
    const r = run({ permissions: noStatement, workloads: [from(source)] });
    const [f] = serviceFates(r);
    expect([f!.kind, f!.t, f!.rule]).toEqual([fate, t, rule]);
    expect(r.stats.invocations).toBe(0);
  });

  it('Alexa is allowed by a statement for its own principal, alexa-appkit.amazon.com', () => {
    const r = run({
      permissions: { resourcePolicy: [{ principal: 'alexa-appkit.amazon.com' }] },
      workloads: [from({ service: 'alexa' })],
    });
    expect(r.stats.invocations).toBe(1);
    expect(events(r, 'source.denied')).toHaveLength(0);
  });

  it('a function URL with AWS_IAM auth checks the caller’s identity, not the policy', () => {
    const r = run({
      permissions: noStatement,
      workloads: [from({ service: 'function-url', authType: 'AWS_IAM' })],
    });
    expect(serviceFates(r)[0]!.kind).toBe('succeeded');
    const open = run({
      permissions: { resourcePolicy: [{ principal: '*' }] },
      workloads: [from({ service: 'function-url' })],
    });
    expect(serviceFates(open)[0]!.kind).toBe('succeeded');
  });
});

describe('services that invoke with a role of their own', () => {
  it('ignore the function policy', () => {
    const r = run({ permissions: noStatement, workloads: [from({ service: 'cloudformation' })] });
    expect(serviceFates(r)[0]!.kind).toBe('resource-succeeded');
  });

  const cases: Array<[string, SourceInput, string, number]> = [
    [
      'CloudFormation: the resource fails at once',
      { service: 'cloudformation', invokerRoleAllows: false },
      'resource-failed',
      0,
    ],
    [
      'CodePipeline: the action fails at once',
      { service: 'codepipeline', invokerRoleAllows: false },
      'job-failed',
      0,
    ],
    [
      'S3 Batch: every task fails',
      { service: 's3-batch', tasksPerJob: 3, invokerRoleAllows: false },
      'batch-job-failed',
      0,
    ],
    [
      'Step Functions: the execution fails',
      { service: 'step-functions', invokerRoleAllows: false },
      'execution-failed',
      0,
    ],
  ];

  it.each(cases)('%s', (_name, source, fate, t) => {
    const r = run({ workloads: [from(source)] });
    expect(fateTimes(serviceFates(r))).toEqual([[t, fate]]);
    expect(events(r, 'source.denied')[0]?.detail?.denial).toBe('invoker-role');
    expect(r.stats.invocations).toBe(0);
  });

  it('Firehose: each call is refused, retried 3 times, then the records go to processing-failed/', () => {
    const r = run({
      workloads: [from({ service: 'firehose', invokerRoleAllows: false }, [0, 10_000])],
    });
    expect(events(r, 'source.denied').map((e) => e.t)).toEqual([60_000, 61_000, 62_000, 63_000]);
    expect(fateTimes(serviceFates(r))).toEqual([
      [63_000, 'processing-failed'],
      [63_000, 'processing-failed'],
    ]);
    expect(r.fates[2]).toMatchObject({ kind: 'denied', t: 63_000 });
  });
});
