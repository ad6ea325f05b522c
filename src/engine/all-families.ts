import { EventBridgeRuntime } from './eventbridge/runtime';
import { SchedulerRuntime } from './eventbridge/scheduler-runtime';
import type { Families } from './families';
import { FunctionIntegrations } from './push/integrations';
import { PushSources } from './push/runtime';
import { QueuePollers } from './queues/queue-pollers';
import { StreamPollers } from './streams/stream-pollers';

/** Every source family, for callers that load the whole engine at once (tests, tools, Node). */
export const ALL_FAMILIES: Families = {
  push: { PushSources, FunctionIntegrations },
  queues: { QueuePollers },
  streams: { StreamPollers },
  eventbridge: { EventBridgeRuntime, SchedulerRuntime },
};
