import { describe, expect, it } from 'vitest';
import { serviceById } from '../../src/catalog/services';
import { simulate, type FateKind, type Run, type TraceKind } from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { PUSH_SCENARIOS } from '../../src/scenario/service-scenarios/push';

/** Every service this part of the catalog covers: the push sources and the two special integrations. */
const IN_SCOPE = [
  'api-gateway',
  'alb',
  'function-url',
  'cognito',
  'lambda-edge',
  'firehose',
  's3-batch',
  'secrets-manager',
  'lex',
  'connect',
  'alexa',
  'step-functions',
  's3',
  'sns',
  'eventbridge',
  'cloudwatch-logs',
  'cloudformation',
  'codecommit',
  'codepipeline',
  'config',
  'iot',
  'iot-events',
  'ses',
  'efs',
  'xray',
];

/**
 * What each scenario must show for its description to be true: fates of the service's own events
 * (or, for the integrations, trace events) that have to appear in the run.
 */
const MUST_SHOW: Record<string, { fates?: FateKind[]; kinds?: TraceKind[] }> = {
  'api-gateway': { fates: ['succeeded', 'http-502', 'http-504'], kinds: ['source.timeout'] },
  alb: { fates: ['succeeded', 'http-502'], kinds: ['throttled'] },
  'function-url': { fates: ['succeeded'] },
  cognito: { fates: ['succeeded', 'operation-failed'], kinds: ['source.timeout', 'source.retry'] },
  'lambda-edge': { fates: ['succeeded', 'http-502', 'http-503'] },
  firehose: {
    fates: ['transformed', 'processing-failed'],
    kinds: ['source.batch', 'source.retry', 'source.dlq'],
  },
  's3-batch': {
    fates: ['task-succeeded', 'task-failed', 'batch-job-completed'],
    kinds: ['source.retry'],
  },
  'secrets-manager': { fates: ['rotated', 'rotation-failed'] },
  lex: { fates: ['succeeded', 'http-424', 'http-429'] },
  connect: { fates: ['succeeded', 'error-branch'], kinds: ['source.retry', 'source.timeout'] },
  alexa: { fates: ['succeeded', 'skill-error'] },
  'step-functions': { fates: ['succeeded', 'caught'], kinds: ['source.retry'] },
  s3: { fates: ['accepted'], kinds: ['source.duplicate', 'async.retry'] },
  sns: { fates: ['accepted'], kinds: ['source.retry', 'async.retry'] },
  eventbridge: { fates: ['delivered', 'dlq'], kinds: ['source.denied', 'eb.target-failed'] },
  'cloudwatch-logs': { fates: ['accepted'] },
  cloudformation: { fates: ['resource-succeeded', 'stack-timed-out'] },
  codecommit: { fates: ['accepted'] },
  codepipeline: { fates: ['job-succeeded', 'action-timed-out'] },
  config: { fates: ['evaluated', 'not-evaluated'] },
  iot: { fates: ['accepted', 'error-action'] },
  'iot-events': { fates: ['accepted'] },
  ses: { fates: ['accepted', 'succeeded', 'action-failed'], kinds: ['source.report'] },
  efs: { kinds: ['source.efs-mount'] },
  xray: { kinds: ['source.xray-trace'] },
};

function runOf(id: string): Run {
  const parsed = parseScenario(scenarioForService(id));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`);
  return simulate(parsed.scenario);
}

describe('"Run it" scenarios of the push sources', () => {
  it('cover every push service in scope and the two special integrations, and nothing else', () => {
    expect(Object.keys(PUSH_SCENARIOS).sort()).toEqual([...IN_SCOPE].sort());
    for (const id of IN_SCOPE) expect(serviceById(id), id).toBeDefined();
  });

  it.each(IN_SCOPE)('%s parses, runs and shows what the service adds', (id) => {
    const doc = scenarioForService(id)!;
    expect(doc.name?.length).toBeGreaterThan(10);
    expect(doc.description?.length).toBeGreaterThan(120);
    const r = runOf(id);
    expect(r.trace.length).toBeGreaterThan(0);
    expect(r.truncated).toBe(false);

    const s = r.scenario;
    if (id === 'eventbridge') {
      expect(
        s.eventbridge?.rules.some((rule) => rule.targets.some((t) => t.type === 'lambda')),
      ).toBe(true);
    } else if (id === 'efs') {
      expect(s.function.fileSystem).toBeDefined();
      expect(s.workloads.every((w) => w.source === undefined)).toBe(true);
    } else if (id === 'xray') {
      expect(s.function.tracing).toBe('Active');
      expect(s.workloads.every((w) => w.source === undefined)).toBe(true);
    } else {
      // The service itself produced the events and named itself on them.
      expect(s.workloads.every((w) => w.source?.service === id)).toBe(true);
      const produced = r.trace.filter((e) => e.kind === 'source.event');
      expect(produced.length).toBeGreaterThan(0);
      expect(produced.every((e) => e.detail?.service === id)).toBe(true);
      // It invoked the way the catalog says it does.
      const model = serviceById(id)!.invocation;
      const types = new Set(
        r.trace.filter((e) => e.kind === 'source.invoke').map((e) => e.detail?.invocationType),
      );
      if (id === 'ses') expect([...types].sort()).toEqual(['Event', 'RequestResponse']);
      else expect([...types]).toEqual([model === 'async' ? 'Event' : 'RequestResponse']);
    }

    const want = MUST_SHOW[id]!;
    const fates = new Set(r.fates.map((f) => f.kind));
    for (const f of want.fates ?? []) expect(fates.has(f), `${id} shows fate ${f}`).toBe(true);
    const kinds = new Set(r.trace.map((e) => e.kind));
    for (const k of want.kinds ?? []) expect(kinds.has(k), `${id} shows ${k}`).toBe(true);
  });

  it('S3 delivers out of order in its scenario', () => {
    const r = runOf('s3');
    const uploads = r.trace
      .filter((e) => e.kind === 'source.invoke')
      .map((e) => r.messages[e.msg]!.parent)
      .filter((p) => r.messages[p]!.duplicateOf < 0);
    expect(uploads).not.toEqual([...uploads].sort((a, b) => a - b));
  });

  it('the function URL scenario returns 200 for requests longer than 29 s', () => {
    const r = runOf('function-url');
    const long = r.trace.filter(
      (e) => e.kind === 'invoke.end' && (e.detail?.durationMs ?? 0) > 29_000,
    );
    expect(long.length).toBeGreaterThan(0);
    expect(r.fates.every((f) => f.kind === 'succeeded')).toBe(true);
  });
});
