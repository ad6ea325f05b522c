import type { Scenario } from '../scenario/schema';
import type { EventBridgeRuntime } from './eventbridge/runtime';
import type { SchedulerRuntime } from './eventbridge/scheduler-runtime';
import type { FunctionIntegrations } from './push/integrations';
import type { PushSources } from './push/runtime';
import type { QueuePollers } from './queues/queue-pollers';
import type { StreamPollers } from './streams/stream-pollers';

/**
 * The engine's source families: code a scenario needs only when it uses those sources. Lambda's
 * own machinery is always there; these come along when a scenario asks for them.
 */
export interface Families {
  /** Push services calling the function, and the EFS / X-Ray integrations. */
  readonly push?: {
    readonly PushSources: typeof PushSources;
    readonly FunctionIntegrations: typeof FunctionIntegrations;
  };
  /** SQS and Amazon MQ event source mappings. */
  readonly queues?: { readonly QueuePollers: typeof QueuePollers };
  /** Kinesis, DynamoDB Streams and Kafka event source mappings. */
  readonly streams?: { readonly StreamPollers: typeof StreamPollers };
  /** EventBridge buses, rules, archives and replays, and EventBridge Scheduler. */
  readonly eventbridge?: {
    readonly EventBridgeRuntime: typeof EventBridgeRuntime;
    readonly SchedulerRuntime: typeof SchedulerRuntime;
  };
}

export type FamilyName = keyof Families;

/** The families a scenario cannot run without. */
export function familiesNeeded(s: Scenario): FamilyName[] {
  const needed: FamilyName[] = [];
  const fn = s.function;
  if (
    s.workloads.some((w) => w.source !== undefined) ||
    fn.fileSystem !== undefined ||
    fn.tracing === 'Active'
  )
    needed.push('push');
  if ((s.queues?.length ?? 0) + (s.brokers?.length ?? 0) > 0) needed.push('queues');
  if ((s.streams?.length ?? 0) + (s.kafka?.length ?? 0) > 0) needed.push('streams');
  if (s.eventbridge !== undefined) needed.push('eventbridge');
  return needed;
}
