import type { Skipped } from './reader';
import { Reader } from './reader';
import type { Resolver, Target } from './resolve';

type Doc = Record<string, unknown>;

/** One event every source sends when a template (which holds no traffic) is imported. */
export const DEFAULT_ARRIVALS = { kind: 'single', atMs: [1_000] } as const;

/**
 * The scenario an import is building, with what it needs to look up while it reads: the
 * template's resources, the logical ids it has used, and the list of what it could not use.
 */
export class Draft {
  readonly fn: Doc = {};
  readonly workloads: Doc[] = [];
  readonly queues = new Map<string, Doc>();
  readonly streams: Doc[] = [];
  readonly kafka: Doc[] = [];
  readonly brokers: Doc[] = [];
  readonly buses: Doc[] = [];
  readonly rules: Doc[] = [];
  readonly schedules: Doc[] = [];
  readonly archives: Doc[] = [];
  readonly skipped: Skipped[] = [];
  /** Logical ids whose resource the scenario already stands for (read by a mapping, a rule …). */
  readonly consumed = new Set<string>();
  functionId = '';
  functionName = 'my-function';

  constructor(
    readonly resources: Record<string, unknown>,
    readonly resolve: Resolver,
  ) {}

  reader(logicalId: string, value: unknown, at = ''): Reader {
    return Reader.of(logicalId, at, value, this.skipped);
  }

  /** A target's name, when it is of one of `kinds`; otherwise the property is listed. */
  targetOf(r: Reader, key: string, kinds: readonly Target['kind'][]): Target | undefined {
    const v = r.get(key);
    if (v === undefined) return undefined;
    const t = this.resolve.target(v);
    if (t === undefined || !kinds.includes(t.kind)) {
      r.skip(
        key,
        `points at something the simulator cannot use here (${kinds.join(', ')} expected)`,
      );
      return undefined;
    }
    return t;
  }

  /** The queue entry of a queue resource (or name), made the first time it is asked for. */
  queue(target: Target): Doc {
    const known = this.queues.get(target.name);
    if (known !== undefined) return known;
    const q: Doc = { name: target.name };
    if (target.name.endsWith('.fifo')) q.type = 'fifo';
    if (target.logicalId !== undefined) {
      this.consumed.add(target.logicalId);
      this.readQueue(target.logicalId, q);
    }
    this.queues.set(target.name, q);
    return q;
  }

  /** Reads an AWS::SQS::Queue's properties into a queue entry. */
  readQueue(id: string, q: Doc): void {
    const res = this.reader(id, this.resources[id]);
    res.get('Type');
    const r = res.child('Properties') ?? this.reader(id, {});
    res.finish('not part of a resource');
    r.get('QueueName');
    if (r.boolean('FifoQueue') === true) q.type = 'fifo';
    setIf(q, 'visibilityTimeoutSeconds', r.number('VisibilityTimeout'));
    setIf(q, 'messageRetentionPeriodSeconds', r.number('MessageRetentionPeriod'));
    setIf(q, 'delaySeconds', r.number('DelaySeconds'));
    setIf(q, 'kmsMasterKeyId', r.string('KmsMasterKeyId'));
    const redrive = r.get('RedrivePolicy');
    if (redrive !== undefined) {
      const policy = this.reader(
        id,
        typeof redrive === 'string' ? safeJson(redrive) : redrive,
        'RedrivePolicy',
      );
      const dlq = this.targetOf(policy, 'deadLetterTargetArn', ['sqs']);
      const max = policy.number('maxReceiveCount');
      policy.finish();
      if (dlq !== undefined && max !== undefined) {
        if (dlq.logicalId !== undefined) this.consumed.add(dlq.logicalId);
        q.redrivePolicy = { deadLetterQueue: dlq.name, maxReceiveCount: max };
      }
    }
    r.finish();
  }
}

export function setIf(doc: Doc, key: string, value: unknown): void {
  if (value !== undefined) doc[key] = value;
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

/** FilterCriteria of CloudFormation ({Filters: [{Pattern: "…"}]}) as the scenario keeps it. */
export function readFilterCriteria(r: Reader, key: string): Doc | undefined {
  const f = r.child(key);
  if (f === undefined) return undefined;
  const list = f.get('Filters');
  f.finish();
  if (!Array.isArray(list)) return undefined;
  return {
    filters: list.map((x) => {
      const p = (x as Doc | null)?.Pattern;
      return { pattern: typeof p === 'string' ? safeJson(p) : p };
    }),
  };
}
