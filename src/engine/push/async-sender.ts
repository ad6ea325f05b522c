import type { RuleId } from '../../catalog/rules';
import type { PushSource } from '../../scenario/push-schema';
import { readPath } from '../behaviour';
import { emitTooLarge, type Oversized } from '../payload-limits';
import type { Message, Scheduled } from '../sim';
import { loopSettings, writeRule, writesBack } from '../recursion';
import { snsRetryDelayMs, SNS_MAX_RETRIES } from './sns-policy';
import { type Json, PushTask, Source } from './source';

const LATE_MIN_MS = 60_000;
const LATE_MAX_MS = 120_000;
const SERVER_ERROR = Object.freeze({ statusCode: 500, reason: 'ServiceException' });

/** The rule under which each asynchronous service hands its event to Lambda. */
const ACCEPTED_RULE: Partial<Record<PushSource['service'], RuleId>> = {
  s3: 'push.s3.notification',
  sns: 'push.sns.delivered',
  'cloudwatch-logs': 'push.logs.subscription',
  codecommit: 'push.codecommit.trigger',
  iot: 'push.iot.rule',
  'iot-events': 'push.iot-events.action',
  ses: 'push.ses.event',
  'step-functions': 'push.step-functions.task',
};

/**
 * A service that invokes with InvocationType Event and is done once Lambda accepts the event (202):
 * S3 (delay, no order, duplicates), SNS (its delivery policy, client-side errors, subscription DLQ),
 * CloudWatch Logs, CodeCommit, IoT (error action), IoT Events, SES and Step Functions in Event mode.
 * What happens after the 202 is Lambda's asynchronous path, on a child event.
 */
export class AsyncSender extends Source {
  /** Set when every event of this service is over the asynchronous Invoke limit. */
  private readonly tooLarge: Oversized | null = this.oversized(true);

  arrive(): void {
    const sim = this.sim;
    const ev = this.newEvent('async', summaryOf(this.src, this.payload));
    if (this.notConfigured)
      return this.finish(ev, 'not-configured', this.refusedRule, {
        answer: 'no trigger was saved: nothing is invoked',
      });
    if (this.src.service !== 's3') return this.deliver(ev);
    const s3 = this.src;
    if (s3.duplicateRate > 0 && this.ctx.rng.next() < s3.duplicateRate) {
      const dup = sim.newMessageFrom(
        this.entity,
        this.index,
        'async',
        this.qualifier,
        ev.payload,
        ev.id,
        -1,
      );
      this.say('source.duplicate', dup, 'lambda', 'push.s3.duplicate', { duplicateOf: ev.id });
      this.later(ev);
      this.later(dup);
      return;
    }
    this.later(ev);
  }

  /**
   * The function wrote the event of `inv` back to this topic or bucket: the service sends it again,
   * carrying one more invocation in its trace context.
   */
  writeBack(inv: Message): void {
    const service = this.src.service;
    if ((service !== 'sns' && service !== 's3') || this.notConfigured) return;
    const sim = this.sim;
    const loop = loopSettings(sim.scenario);
    const lineage = inv.lineage + 1;
    if (!writesBack(loop, lineage)) return;
    const ev = sim.newMessage(this.index, 'async', this.qualifier, inv.payload);
    ev.lineage = lineage;
    sim.emit(
      'loop.write',
      ev,
      'function',
      this.entity,
      writeRule(loop, lineage),
      null,
      inv.lastVersion,
      {
        service,
        loopCount: lineage,
      },
    );
    sim.emit('source.event', ev, this.entity, 'lambda', this.eventRule, null, '', {
      service,
      summary: summaryOf(this.src, this.payload),
    });
    if (service === 's3') this.later(ev);
    else this.deliver(ev);
  }

  override handle(task: Scheduled): void {
    if (task.task !== PushTask.Attempt) return super.handle(task);
    this.deliver(task.msg!);
  }

  /** S3: the notification reaches Lambda after a delay of its own, so events overtake each other. */
  private later(ev: Message): void {
    if (this.src.service !== 's3') return;
    const rng = this.ctx.rng;
    const d = this.src.deliveryDelayMs;
    const late = this.src.lateRate > 0 && rng.next() < this.src.lateRate;
    const delay = late
      ? Math.round(rng.uniform(LATE_MIN_MS, LATE_MAX_MS))
      : Math.round(rng.uniform(d.minMs, d.maxMs));
    this.sim.schedule(this.sim.now + delay, PushTask.Attempt, ev, null);
  }

  private deliver(ev: Message): void {
    if (this.tooLarge !== null) return this.refusedAsTooLarge(ev, this.tooLarge);
    if (this.deniedOnInvoke) {
      this.denied(ev);
      return this.afterDenial(ev);
    }
    if (this.lambdaUnreachable()) return this.serverError(ev);
    this.invokeAsync(ev, false);
    this.sim.settle(ev, 'accepted', ACCEPTED_RULE[this.src.service] ?? 'push.invoke-async');
  }

  /**
   * Invoke refused the event with 413 before queueing it: nothing runs, Lambda retries nothing.
   * SNS takes a 4xx as a client-side error (no retry; its subscription DLQ, if any).
   */
  private refusedAsTooLarge(ev: Message, big: Oversized): void {
    emitTooLarge(this.sim, ev, this.entity, big.bytes, big.limit);
    if (this.src.service === 'sns') return this.snsGiveUp(ev, 'push.sns.client-error');
    this.sim.settle(ev, 'too-large', big.limit.rule);
  }

  /** SNS: is Lambda inside the scenario's "unavailable" window right now? */
  private lambdaUnreachable(): boolean {
    if (this.src.service !== 'sns' || this.src.unavailable === undefined) return false;
    const u = this.src.unavailable;
    const now = this.sim.now;
    return now >= u.fromMs && (u.untilMs === undefined || now < u.untilMs);
  }

  /** SNS got a server-side error: its delivery policy decides when to try again. */
  private serverError(ev: Message): void {
    const sim = this.sim;
    this.say('source.invoke', ev, 'lambda', 'push.invoke-async', { invocationType: 'Event' });
    sim.emit(
      'service.error',
      ev,
      'lambda',
      this.entity,
      'invoke.service-error',
      null,
      '',
      SERVER_ERROR,
    );
    const retry = ev.attempt; // the next try is retry number `attempt`
    const delayMs = snsRetryDelayMs(retry);
    if (delayMs === undefined) return this.snsGiveUp(ev, 'push.sns.dlq');
    this.say('source.retry', ev, this.entity, 'push.sns.server-retries', {
      delayMs,
      retryNumber: retry,
      maxRetries: SNS_MAX_RETRIES,
      reason: 'server-error',
    });
    ev.attempt++;
    sim.schedule(sim.now + delayMs, PushTask.Attempt, ev, null);
  }

  private afterDenial(ev: Message): void {
    const src = this.src;
    switch (src.service) {
      case 'sns':
        // A policy that refuses SNS is a client-side error: SNS does not retry it.
        return this.snsGiveUp(ev, 'push.sns.client-error');
      case 'iot':
        if (src.errorAction !== undefined) {
          const to = `error-action:${src.errorAction.type}:${src.errorAction.name}`;
          this.say('source.dlq', ev, to, 'push.iot.rule', {
            target: src.errorAction.name,
            targetType: src.errorAction.type,
          });
          return this.sim.settle(ev, 'error-action', 'push.iot.rule', [to]);
        }
        break;
      case 'step-functions':
        return this.finish(ev, src.catch ? 'caught' : 'execution-failed', 'push.invoker-role', {
          answer: src.catch
            ? 'AccessDenied: the Catch sends the execution to its fallback state'
            : 'AccessDenied: the execution fails',
        });
    }
    this.finish(ev, 'denied', 'push.invoke-denied', {
      answer: `${this.record.shortName} could not invoke the function: the event is lost`,
    });
  }

  private snsGiveUp(ev: Message, rule: RuleId): void {
    if (this.src.service !== 'sns') return;
    const dlq = this.src.subscriptionDlq;
    if (dlq === undefined)
      return this.finish(ev, 'dropped', rule, {
        answer: 'SNS discards the message: the subscription has no dead-letter queue',
      });
    const to = `sns-dlq:sqs:${dlq.name}`;
    this.say('source.dlq', ev, to, rule, { target: dlq.name, targetType: 'sqs' });
    this.sim.settle(ev, 'dlq', rule, [to]);
  }

  private get refusedRule(): RuleId {
    return this.src.service === 's3' ? 'push.s3.config-refused' : 'push.config-refused';
  }
}

function text(payload: Json, path: string): string {
  const v = readPath(payload, path);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** A few words naming an asynchronous service's event, from its payload. */
function summaryOf(src: PushSource, p: Json): string {
  switch (src.service) {
    case 's3':
      return `${text(p, 'Records.0.eventName') || 'ObjectCreated:Put'} ${src.resource}/${text(p, 'Records.0.s3.object.key')}`;
    case 'sns':
      return `message "${text(p, 'Records.0.Sns.Subject')}" on topic ${src.resource}`;
    case 'cloudwatch-logs':
      return `log events from ${src.resource}`;
    case 'codecommit':
      return `push to ${text(p, 'Records.0.codecommit.references.0.ref') || 'a branch'} of ${src.resource}`;
    case 'iot':
      return `message on ${text(p, 'topic') || 'a topic'} (rule ${src.resource})`;
    case 'iot-events':
      return `${text(p, 'event.eventName') || 'event'} in ${src.resource}`;
    case 'ses':
      return `mail to ${text(p, 'Records.0.ses.mail.destination.0') || 'an inbox'}: ${text(p, 'Records.0.ses.mail.commonHeaders.subject')}`;
    case 'step-functions':
      return `Task state of ${src.resource} (Event)`;
    default:
      return src.service;
  }
}
