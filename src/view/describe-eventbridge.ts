import type { Run, TraceDetail, TraceEvent, TraceKind } from '../engine';
import { formatBytes, formatDuration } from './format';
import { callerName, targetTypeLabel } from './names';

/** The trace kinds of EventBridge buses, rules, archives and replays, and of EventBridge Scheduler. */
export type EventBridgeTraceKind = Extract<TraceKind, `eb.${string}` | `scheduler.${string}`>;

/** One EventBridge or EventBridge Scheduler event in plain words. */
export function describeEventBridgeEvent(
  e: TraceEvent & { kind: EventBridgeTraceKind },
  run: Run,
): string {
  const d: TraceDetail = e.detail ?? {};
  switch (e.kind) {
    case 'eb.put':
      return `${callerName(run, e.from)} puts event "${d.detailType ?? ''}" (source ${d.source ?? ''}) on the ${busName(d.bus)}${d.sizeBytes === undefined ? '' : `: entry of ${formatBytes(d.sizeBytes)}`}`;
    case 'eb.rejected':
      return `PutEvents refused the entry: ${formatBytes(d.sizeBytes)} (source, detail-type, detail and resources) is over the ${formatBytes(d.limitBytes)} limit`;
    case 'eb.archived':
      return `Event stored in archive ${e.to.replace(/^archive:/, '')}`;
    case 'eb.scheduled':
      return `Schedule fires: rule ${d.rule ?? ''} sends a "Scheduled Event"`;
    case 'eb.replayed':
      return `Replay ${d.replayName ?? ''} puts archived event "${d.detailType ?? ''}" back on the ${busName(d.bus)}`;
    case 'eb.matched':
      return `Rule ${d.rule ?? ''} matches the event`;
    case 'eb.not-matched':
      return `Rule ${d.rule ?? ''} does not match the event`;
    case 'eb.delivered':
      return d.targetType === 'lambda'
        ? `Delivered to the function by rule ${d.rule ?? ''}, as an asynchronous invocation`
        : `Delivered to ${targetTypeLabel(d.targetType)} target ${d.target ?? ''}`;
    case 'eb.target-failed':
      return `Delivery to target ${d.target ?? ''} failed: ${d.errorCode ?? ''}${d.retriable ? '' : ' (not retried)'}`;
    case 'eb.retry':
      return `EventBridge retries in ${formatDuration(d.delayMs ?? 0)} (retry ${d.retryNumber ?? 1} of up to ${d.maxRetries ?? 185})`;
    case 'eb.dlq':
      return `Sent to the target's dead-letter queue ${d.target ?? ''} (SQS)`;
    case 'eb.dropped':
      return `EventBridge gives up and drops the event: no dead-letter queue`;
    case 'scheduler.fired':
      return `Schedule ${d.schedule ?? ''} fires for ${d.localTime ?? ''} ${d.timezone ?? ''}${d.windowDelayMs ? ` (${formatDuration(d.windowDelayMs)} into its flexible window)` : ''}: it invokes the function asynchronously`;
    case 'scheduler.skipped':
      return `Schedule ${d.schedule ?? ''} skips ${d.localTime ?? ''} ${d.timezone ?? ''}: that time does not exist, the clocks sprang forward`;
    case 'scheduler.delivered':
      return `Lambda accepts schedule ${d.schedule ?? ''}'s invocation (202): from here on it is an asynchronous event`;
    case 'scheduler.target-failed':
      return `Schedule ${d.schedule ?? ''} could not invoke the function: ${d.errorCode ?? ''}${d.retriable ? '' : ' (not retried)'}`;
    case 'scheduler.retry':
      return `EventBridge Scheduler retries in ${formatDuration(d.delayMs ?? 0)} (retry ${d.retryNumber ?? 1} of up to ${d.maxRetries ?? 185})`;
    case 'scheduler.dlq':
      return `Sent to schedule ${d.schedule ?? ''}'s dead-letter queue ${d.target ?? ''} (SQS)`;
    case 'scheduler.dropped':
      return `EventBridge Scheduler gives up and drops the invocation: no dead-letter queue`;
  }
}

function busName(bus: string | undefined): string {
  return bus === undefined || bus === 'default' ? 'default bus' : `bus ${bus}`;
}
