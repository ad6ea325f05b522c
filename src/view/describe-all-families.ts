import type { FateKind, TraceEvent } from '../engine';
import type { PushFateKind, PushTraceKind } from '../engine/push/kinds';
import type { QueueFateKind, QueueTraceKind } from '../engine/queues/kinds';
import type { StreamFateKind, StreamTraceKind } from '../engine/streams/kinds';
import { registerDescriber } from './describe-families';
import { describeEventBridgeEvent, type EventBridgeTraceKind } from './describe-eventbridge';
import { describePushEvent, pushFateLabel } from './describe-push';
import { describeQueueEvent, queueFateLabel } from './describe-queues';
import { describeStreamEvent, streamFateLabel } from './describe-streams';

/** Register the sentences of every source family (the app does this when it loads them). */
export function registerAllDescribers(): void {
  registerDescriber('push', {
    event: (e, run) => describePushEvent(e as TraceEvent & { kind: PushTraceKind }, run),
    fate: (kind) => pushFateLabel(kind as PushFateKind),
  });
  registerDescriber('queues', {
    event: (e, run) => describeQueueEvent(e as TraceEvent & { kind: QueueTraceKind }, run),
    fate: (kind) => queueFateLabel(kind as QueueFateKind & FateKind),
  });
  registerDescriber('eventbridge', {
    event: (e, run) =>
      describeEventBridgeEvent(e as TraceEvent & { kind: EventBridgeTraceKind }, run),
    // Its fates (routed, unmatched, rejected, delivered) are worded with Lambda's own.
    fate: (kind) => kind,
  });
  registerDescriber('streams', {
    event: (e, run) =>
      describeStreamEvent(e as TraceEvent & { kind: StreamTraceKind }, e.detail ?? {}, run),
    fate: (kind) => streamFateLabel(kind as StreamFateKind & FateKind),
  });
}
