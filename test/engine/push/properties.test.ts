import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../../src/catalog/rules';
import { simulate, type Run } from '../../../src/engine';
import { parseScenario, type Scenario } from '../../../src/scenario';
import type { SourceInput } from './helpers';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const rate = fc.constantFrom(0, 0, 0.2, 1);

/** One source of each service, with its settings drawn at random (always valid). */
const sourceArb: fc.Arbitrary<SourceInput> = fc.oneof(
  fc.record({
    service: fc.constant('api-gateway' as const),
    kind: fc.constantFrom('rest' as const, 'http' as const),
    integrationTimeoutMs: fc.integer({ min: 50, max: 30_000 }),
    malformedResponseRate: rate,
  }),
  fc.record({ service: fc.constant('alb' as const), malformedResponseRate: rate }),
  fc.record({
    service: fc.constant('function-url' as const),
    authType: fc.constantFrom('NONE' as const, 'AWS_IAM' as const),
  }),
  fc.record({ service: fc.constant('cognito' as const) }),
  fc.record({
    service: fc.constant('lambda-edge' as const),
    eventType: fc.constantFrom('viewer-request' as const, 'origin-response' as const),
    malformedResponseRate: rate,
  }),
  fc.record({
    service: fc.constant('firehose' as const),
    bufferSizeMb: fc.constantFrom(0.2, 1, 3),
    bufferIntervalSeconds: fc.integer({ min: 0, max: 120 }),
    recordSizeKb: fc.integer({ min: 1, max: 1_000 }),
    retries: fc.integer({ min: 0, max: 4 }),
    processingFailedRate: fc.constantFrom(0, 0.3),
    invokerRoleAllows: fc.boolean(),
  }),
  fc.record({
    service: fc.constant('s3-batch' as const),
    tasksPerJob: fc.integer({ min: 1, max: 30 }),
    maxConcurrentTasks: fc.integer({ min: 1, max: 8 }),
    temporaryFailureRate: fc.constantFrom(0, 0.3),
    permanentFailureRate: fc.constantFrom(0, 0.2),
    invokerRoleAllows: fc.boolean(),
  }),
  fc.record({ service: fc.constant('secrets-manager' as const) }),
  fc.record({ service: fc.constant('lex' as const) }),
  fc.record({
    service: fc.constant('connect' as const),
    timeoutSeconds: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ service: fc.constant('alexa' as const) }),
  fc.record({
    service: fc.constant('step-functions' as const),
    invocationType: fc.constantFrom('RequestResponse' as const, 'Event' as const),
    timeoutSeconds: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    retry: fc.option(
      fc.record({
        maxAttempts: fc.integer({ min: 0, max: 3 }),
        intervalSeconds: fc.integer({ min: 1, max: 3 }),
      }),
      { nil: undefined },
    ),
    catch: fc.boolean(),
    invokerRoleAllows: fc.boolean(),
  }),
  fc.record({
    service: fc.constant('s3' as const),
    lateRate: fc.constantFrom(0, 0.3),
    duplicateRate: fc.constantFrom(0, 0.5),
  }),
  fc.record({
    service: fc.constant('sns' as const),
    subscriptionDlq: fc.option(fc.constant({ name: 'sub-dlq' }), { nil: undefined }),
    unavailable: fc.option(
      fc.record({
        fromMs: fc.integer({ min: 0, max: 5_000 }),
        untilMs: fc.integer({ min: 5_001, max: 60_000 }),
      }),
      { nil: undefined },
    ),
  }),
  fc.record({ service: fc.constant('cloudwatch-logs' as const) }),
  fc.record({
    service: fc.constant('cloudformation' as const),
    response: fc.constantFrom('SUCCESS' as const, 'FAILED' as const, 'none' as const),
    serviceTimeoutSeconds: fc.integer({ min: 1, max: 600 }),
    invokerRoleAllows: fc.boolean(),
  }),
  fc.record({ service: fc.constant('codecommit' as const) }),
  fc.record({
    service: fc.constant('codepipeline' as const),
    result: fc.constantFrom('success' as const, 'failure' as const, 'none' as const),
    invokerRoleAllows: fc.boolean(),
  }),
  fc.record({
    service: fc.constant('config' as const),
    evaluation: fc.constantFrom('COMPLIANT' as const, 'none' as const),
  }),
  fc.record({
    service: fc.constant('iot' as const),
    errorAction: fc.option(fc.constant({ type: 'sqs' as const, name: 'errors' }), {
      nil: undefined,
    }),
  }),
  fc.record({ service: fc.constant('iot-events' as const) }),
  fc.record({
    service: fc.constant('ses' as const),
    invocationType: fc.constantFrom('Event' as const, 'RequestResponse' as const),
  }),
);

const arrivals = fc.oneof(
  fc.record({
    kind: fc.constant('single' as const),
    atMs: fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    atMs: fc.integer({ min: 0, max: 60_000 }),
    count: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('poisson' as const),
    ratePerSecond: fc.double({ min: 0.05, max: 3, noNaN: true }),
    durationMs: fc.integer({ min: 1, max: 60_000 }),
  }),
);

const permissions = fc.constantFrom(
  undefined,
  { resourcePolicy: [] },
  { resourcePolicy: [{ principal: 'unknown.amazonaws.com' }] },
  {
    resourcePolicy: [
      { principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::other-bucket' },
      { principal: 'sns.amazonaws.com' },
      { principal: 'apigateway.amazonaws.com' },
      { principal: '*', sourceArn: 'arn:aws:cognito-idp:*' },
    ],
    executionRole: ['logs:*'],
  },
);

const pushScenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    durationMs: fc.integer({ min: 1_000, max: 2_000_000 }),
    reserved: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    timeoutSeconds: fc.integer({ min: 1, max: 40 }),
    durationMs_: fc.integer({ min: 1, max: 40_000 }),
    errorRate: fc.constantFrom(0, 0.3, 1),
    serviceErrorRate: fc.constantFrom(0, 0, 0.1),
    duplicateRate: fc.constantFrom(0, 0.2),
    tracing: fc.constantFrom(undefined, 'Active' as const),
    efs: fc.boolean(),
    // The function writes each event back to the SNS topic or S3 bucket that sent it.
    loop: fc.option(fc.constantFrom('Terminate' as const, 'Allow' as const), {
      nil: undefined,
      freq: 3,
    }),
    permissions,
    workloads: fc.array(fc.record({ source: sourceArb, arrivals }), { minLength: 1, maxLength: 3 }),
  })
  .map((a) => ({
    version: 1 as const,
    seed: a.seed,
    durationMs: a.durationMs,
    async: { queueDelayMs: 100, duplicateRate: a.duplicateRate },
    faults: { serviceErrorRate: a.serviceErrorRate },
    permissions: a.permissions,
    function: {
      timeoutSeconds: a.timeoutSeconds,
      reservedConcurrency: a.reserved,
      tracing: a.tracing,
      fileSystem: a.efs ? {} : undefined,
      writesBackToSource: a.loop !== undefined ? true : undefined,
      recursiveLoop: a.loop,
      behaviour: {
        duration: { kind: 'fixed' as const, ms: a.durationMs_ },
        errorRate: a.errorRate,
      },
      versions: [
        {
          version: 1,
          runtime: 'nodejs' as const,
          packageType: 'zip' as const,
          memoryMb: 128,
          timeoutSeconds: 5,
          behaviour: {
            duration: { kind: 'fixed' as const, ms: Math.min(a.durationMs_, 6_000) },
            errorRate: a.errorRate,
          },
        },
      ],
    },
    workloads: a.workloads.map((w, i) => ({
      id: `w${i}`,
      arrivals: w.arrivals,
      source: w.source,
      // Lambda@Edge runs a numbered version; EFS would need a VPC it cannot have.
      qualifier: w.source.service === 'lambda-edge' ? 1 : '$LATEST',
    })),
  }))
  .filter(
    (doc) =>
      !(doc.function.fileSystem && doc.workloads.some((w) => w.source.service === 'lambda-edge')),
  );

function parse(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

function checkInvariants(run: Run): void {
  expect(run.fates).toHaveLength(run.messages.length);
  const settledAt = new Map<number, number>();
  let last = -Infinity;
  for (const e of run.trace) {
    expect(e.t).toBeGreaterThanOrEqual(last);
    last = e.t;
    expect(ruleById(e.rule), `${e.kind} names rule ${e.rule}`).toBeDefined();
    if (e.kind === 'fate') {
      expect(settledAt.has(e.msg), `#${e.msg} settled twice`).toBe(false);
      settledAt.set(e.msg, e.seq);
    } else if (e.msg >= 0) {
      expect(settledAt.has(e.msg), `${e.kind} of #${e.msg} after its fate`).toBe(false);
    }
  }
  run.fates.forEach((f, i) => {
    expect(f.msg).toBe(i);
    expect(settledAt.has(i)).toBe(f.kind !== 'in-flight');
  });
  // A service's invocations always come after the event they belong to.
  for (const m of run.messages) if (m.parent >= 0) expect(m.parent).toBeLessThan(m.id);
}

describe('push sources over random scenarios', () => {
  it(`give every message exactly one fate and the same trace for the same seed (${RUNS} scenarios)`, () => {
    fc.assert(
      fc.property(pushScenarioArb, (doc) => {
        const a = simulate(parse(doc), { maxEvents: 100_000 });
        checkInvariants(a);
        const b = simulate(parse(JSON.parse(JSON.stringify(doc))), { maxEvents: 100_000 });
        expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
        expect(JSON.stringify(b.fates)).toBe(JSON.stringify(a.fates));
      }),
      { numRuns: RUNS, seed: 20260101 },
    );
  }, 120_000);
});
