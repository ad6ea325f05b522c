import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { events, run } from '../helpers';

const fileSystem = {
  accessPointArn:
    'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0a1b2c3d4e5f60718',
  localMountPath: '/mnt/models',
};

describe('EFS', () => {
  it('is mounted by every new environment during Init, and never invokes anything', () => {
    const r = run({
      function: { fileSystem, behaviour: { duration: { kind: 'fixed', ms: 1_500 } } },
      workloads: [
        { id: 'a', arrivals: { kind: 'burst', atMs: 0, count: 3 } },
        { id: 'b', arrivals: { kind: 'burst', atMs: 5_000, count: 4 } },
      ],
    });
    const mounts = events(r, 'source.efs-mount');
    expect(mounts.map((e) => [e.t, e.env])).toEqual([
      [250, 0],
      [250, 1],
      [250, 2],
      [5_250, 3],
    ]);
    expect(mounts[0]!.detail).toMatchObject({
      mountPath: '/mnt/models',
      accessPoint: fileSystem.accessPointArn,
    });
    expect(mounts.every((e) => e.rule === 'push.efs.mount')).toBe(true);
    // The mount comes before the handler starts in that environment.
    const firstStart = r.trace.find((e) => e.kind === 'invoke.start' && e.env === 0)!;
    expect(mounts[0]!.seq).toBeLessThan(firstStart.seq);
    // Seven requests from the callers, seven invocations: EFS added none.
    expect(r.stats.invocations).toBe(7);
    expect(r.messages.every((m) => m.workload === 'a' || m.workload === 'b')).toBe(true);
  });

  it('is mounted ahead of time by provisioned environments', () => {
    const r = run({
      function: {
        fileSystem,
        versions: [
          {
            version: 1,
            runtime: 'java',
            packageType: 'zip',
            memoryMb: 512,
            timeoutSeconds: 10,
            behaviour: { duration: { kind: 'fixed', ms: 100 } },
          },
        ],
        aliases: [{ name: 'live', version: 1 }],
        provisionedConcurrency: [{ qualifier: 'live', count: 2 }],
      },
    });
    expect(events(r, 'source.efs-mount').map((e) => [e.t, e.env, e.msg])).toEqual([
      [0, 0, -1],
      [0, 1, -1],
    ]);
  });

  it('needs a mount path under /mnt', () => {
    const p = parseScenario({ version: 1, function: { fileSystem: { localMountPath: '/data' } } });
    expect(p.ok || p.errors).toEqual([
      {
        path: 'function.fileSystem.localMountPath',
        message: 'must be a path under /mnt, like "/mnt/data"',
      },
    ]);
  });
});

describe('X-Ray active tracing', () => {
  const traffic = [
    {
      id: 'shoppers',
      arrivals: { kind: 'constant' as const, ratePerSecond: 10, durationMs: 20_000 },
    },
  ];

  it('traces the first request of each second and about 5 % of the rest', () => {
    const r = run({
      seed: 7,
      function: { tracing: 'Active', behaviour: { duration: { kind: 'fixed', ms: 80 } } },
      workloads: traffic,
    });
    const traces = events(r, 'source.xray-trace');
    const reservoir = traces.filter((e) => e.detail?.sampledBy === 'reservoir');
    // One per second of traffic, each the first invocation to start in that second …
    expect(
      reservoir.map((e) =>
        Math.floor(r.trace.find((s) => s.kind === 'invoke.start' && s.msg === e.msg)!.t / 1000),
      ),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // … and 6 of the other 180 (3.3 %; the rate is drawn per invocation).
    expect(traces.length - reservoir.length).toBe(6);
    expect(
      traces.every((e) => e.detail?.segmentAccepted === true && e.rule === 'push.xray.sampling'),
    ).toBe(true);
    expect(r.stats.invocations).toBe(200);
  });

  it('has X-Ray refuse the segments when the role lacks xray:PutTraceSegments', () => {
    const r = run({
      function: { tracing: 'Active' },
      permissions: { executionRole: ['logs:*'] },
      workloads: [{ id: 'one', arrivals: { kind: 'single', atMs: [0] } }],
    });
    const [trace] = events(r, 'source.xray-trace');
    expect([trace!.rule, trace!.detail?.segmentAccepted]).toEqual(['push.xray.role', false]);
    expect(r.fates[0]!.kind).toBe('succeeded');
  });

  it('records nothing with PassThrough', () => {
    const r = run({ function: { tracing: 'PassThrough' }, workloads: traffic });
    expect(events(r, 'source.xray-trace')).toHaveLength(0);
  });
});
