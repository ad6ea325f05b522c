import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';

const errorsOf = (doc: object) => {
  const p = parseScenario({ version: 1, ...doc });
  return p.ok ? [] : p.errors;
};

describe('a workload’s push source', () => {
  it('fills in each service’s documented defaults', () => {
    const p = parseScenario({
      version: 1,
      workloads: [
        { id: 'api', arrivals: { kind: 'single', atMs: [0] }, source: { service: 'api-gateway' } },
        {
          id: 'stack',
          arrivals: { kind: 'single', atMs: [0] },
          source: { service: 'cloudformation' },
        },
        { id: 'stream', arrivals: { kind: 'single', atMs: [0] }, source: { service: 'firehose' } },
      ],
    });
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(p.scenario.workloads.map((w) => w.source)).toEqual([
      { service: 'api-gateway', resource: 'a1b2c3d4e5', kind: 'rest', malformedResponseRate: 0 },
      {
        service: 'cloudformation',
        resource: 'web-app',
        requestType: 'Create',
        response: 'SUCCESS',
        serviceTimeoutSeconds: 3_600,
        invokerRoleAllows: true,
      },
      {
        service: 'firehose',
        resource: 'app-logs',
        bufferSizeMb: 1,
        bufferIntervalSeconds: 60,
        recordSizeKb: 1,
        retries: 3,
        droppedRate: 0,
        processingFailedRate: 0,
        invokerRoleAllows: true,
      },
    ]);
  });

  it('names the allowed services, and the range of each setting', () => {
    expect(
      errorsOf({
        workloads: [
          { id: 'x', arrivals: { kind: 'single', atMs: [0] }, source: { service: 'sqs' } },
        ],
      })[0]!.message,
    ).toMatch(
      /^service must be one of "api-gateway", "alb", .* \(EventBridge is configured under "eventbridge"\)$/,
    );
    expect(
      errorsOf({
        workloads: [
          {
            id: 'x',
            arrivals: { kind: 'single', atMs: [0] },
            source: { service: 'cloudformation', serviceTimeoutSeconds: 7_200 },
          },
        ],
      }),
    ).toEqual([
      {
        path: 'workloads.0.source.serviceTimeoutSeconds',
        message: 'must be a whole number from 1 to 3,600 s',
      },
    ]);
    expect(
      errorsOf({
        workloads: [
          {
            id: 'x',
            arrivals: { kind: 'single', atMs: [0] },
            source: { service: 'connect', timeoutSeconds: 9 },
          },
        ],
      }),
    ).toEqual([
      {
        path: 'workloads.0.source.timeoutSeconds',
        message: 'must be a whole number from 1 to 8 s',
      },
    ]);
  });

  it('refuses invocation types and caller retries that conflict with the service', () => {
    const w = (extra: object, source: object) => ({
      workloads: [{ id: 'x', arrivals: { kind: 'single', atMs: [0] }, source, ...extra }],
    });
    expect(errorsOf(w({ invocationType: 'Event' }, { service: 'api-gateway' }))).toEqual([
      {
        path: 'workloads.0.invocationType',
        message:
          'API Gateway invokes the function synchronously; leave invocationType out, the service decides',
      },
    ]);
    expect(errorsOf(w({ invocationType: 'DryRun' }, { service: 's3' }))).toEqual([
      {
        path: 'workloads.0.invocationType',
        message: 'S3 decides how it invokes the function; it never sends DryRun',
      },
    ]);
    expect(
      errorsOf(
        w({ invocationType: 'Event' }, { service: 'ses', invocationType: 'RequestResponse' }),
      ),
    ).toEqual([
      {
        path: 'workloads.0.invocationType',
        message:
          'SES chooses its invocation type itself: set source.invocationType to "Event" instead',
      },
    ]);
    expect(errorsOf(w({ callerRetry: { mode: 'sdk' } }, { service: 'cognito' }))).toEqual([
      {
        path: 'workloads.0.callerRetry',
        message: 'Cognito applies its own retry rules; callerRetry is for plain callers',
      },
    ]);
    // An asynchronous service may say Event (the diagram then shows Lambda's queue).
    expect(errorsOf(w({ invocationType: 'Event' }, { service: 's3' }))).toEqual([]);
  });

  it('checks settings that depend on each other', () => {
    const one = (source: object) => ({
      workloads: [{ id: 'x', arrivals: { kind: 'single', atMs: [0] }, source }],
    });
    expect(
      errorsOf(one({ service: 's3', deliveryDelayMs: { minMs: 5_000, maxMs: 1_000 } })),
    ).toEqual([
      {
        path: 'workloads.0.source.deliveryDelayMs.minMs',
        message: 'must not be greater than maxMs',
      },
    ]);
    expect(
      errorsOf(one({ service: 'sns', unavailable: { fromMs: 5_000, untilMs: 5_000 } })),
    ).toEqual([
      { path: 'workloads.0.source.unavailable.untilMs', message: 'must be after fromMs' },
    ]);
    expect(
      errorsOf(one({ service: 'firehose', droppedRate: 0.6, processingFailedRate: 0.6 })),
    ).toEqual([
      {
        path: 'workloads.0.source.droppedRate',
        message: 'droppedRate + processingFailedRate must be at most 1',
      },
    ]);
    expect(
      errorsOf(one({ service: 's3-batch', temporaryFailureRate: 0.6, permanentFailureRate: 0.6 })),
    ).toEqual([
      {
        path: 'workloads.0.source.temporaryFailureRate',
        message: 'temporaryFailureRate + permanentFailureRate must be at most 1',
      },
    ]);
  });
});

describe('the function’s special integrations', () => {
  it('accept an EFS access point and an X-Ray tracing mode', () => {
    const p = parseScenario({ version: 1, function: { fileSystem: {}, tracing: 'Active' } });
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(p.scenario.function.fileSystem).toEqual({
      accessPointArn:
        'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0',
      localMountPath: '/mnt/shared',
    });
    expect(errorsOf({ function: { tracing: 'On' } })).toEqual([
      { path: 'function.tracing', message: 'must be "PassThrough" or "Active"' },
    ]);
  });

  it('leave both out by default', () => {
    const p = parseScenario({ version: 1 });
    expect(p.ok && [p.scenario.function.fileSystem, p.scenario.function.tracing]).toEqual([
      undefined,
      undefined,
    ]);
  });
});
