import type { Run } from '../engine';
import { RUNTIMES } from '../catalog/runtimes';

/** Workload id → the label people gave it (or the id). Cached per run: describe runs per row. */
const callerNames = new WeakMap<Run, ReadonlyMap<string, string>>();

export function callerName(run: Run, workloadId: string): string {
  let names = callerNames.get(run);
  if (names === undefined) {
    const eb = run.scenario.eventbridge;
    names = new Map([
      ...run.scenario.workloads.map((w) => [w.id, w.label ?? w.id] as const),
      ...(eb?.producers ?? []).map((p) => [`producer:${p.id}`, p.label ?? p.id] as const),
      ...(eb?.rules ?? []).map((r) => [`rule:${r.name}`, `rule ${r.name}`] as const),
      // Messages the function wrote back to its own queue (a recursive loop).
      ['function', `${run.scenario.function.name} (written back)`] as const,
      ...(eb?.schedules ?? []).map((s) => [`schedule:${s.name}`, `schedule ${s.name}`] as const),
    ]);
    callerNames.set(run, names);
  }
  return names.get(workloadId) ?? workloadId;
}

export function runtimeLabel(runtime: keyof typeof RUNTIMES): string {
  return RUNTIMES[runtime].label;
}

/** "SQS", "SNS", "EventBridge" … for a DLQ or destination type. */
export function targetTypeLabel(type: string | undefined): string {
  switch (type) {
    case 'sqs':
      return 'SQS';
    case 'sns':
      return 'SNS';
    case 'lambda':
      return 'Lambda';
    case 'eventbridge':
      return 'EventBridge';
    case 's3':
      return 'S3';
    case 'stepfunctions':
      return 'Step Functions';
    case 'logs':
      return 'CloudWatch Logs';
    case 'kinesis':
      return 'Kinesis';
    case 'kafka':
      return 'Kafka';
    default:
      return type ?? '';
  }
}
