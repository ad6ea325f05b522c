import type { RuleId } from '../../catalog/rules';
import type {
  EventBridgeConfig,
  EventBridgeProducer,
  EventBridgeRule,
  EventBridgeTarget,
} from '../../scenario/schema';
import { arrivalStream, type ArrivalStream } from '../arrivals';
import type { AsyncPath } from '../async-path';
import type { FunctionModel } from '../function-model';
import { type InvokeDecision, Permissions } from '../permissions';
import { Rng } from '../rng';
import { type Message, type Sim, Task } from '../sim';
import { EVENT_ACCOUNT, EVENT_REGION, ruleArn, targetArn } from './arns';
import { putEventsEntrySize } from './entry-size';
import { targetInput } from './input';
import { compilePattern } from './pattern';
import { nextFireTimes } from './schedule';

const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 300_000;
const EXPIRE = 1;
const RETRIABLE = new Set(['THROTTLING', 'TIMEOUT']);
const ERROR_MESSAGES: Record<string, string> = {
  THROTTLING: 'The target throttled the request.',
  TIMEOUT: 'The target did not answer in time.',
  NO_PERMISSIONS: 'EventBridge has no permission to call the target.',
  NO_RESOURCE: 'The target does not exist (it was deleted).',
};

interface CompiledRule {
  readonly rule: EventBridgeRule;
  readonly index: number;
  readonly arn: string;
  readonly entity: string;
  readonly match: ((event: unknown) => boolean) | null;
  /** The function policy's answer to events.amazonaws.com acting for this rule. */
  readonly lambdaAccess: InvokeDecision;
}

interface Archived {
  readonly t: number;
  readonly event: Record<string, unknown>;
}

/** A target delivery in flight: which rule and target it belongs to, and its last error. */
interface Delivery {
  readonly rule: CompiledRule;
  readonly target: EventBridgeTarget;
  readonly targetIndex: number;
  lastError: string;
}

/**
 * EventBridge inside the simulation: producers put events on buses, rules match them (or fire on a
 * schedule) and deliver to up to five targets each, with retries, dead-letter queues, archives and
 * replays. Lambda targets hand over to Lambda's asynchronous path.
 */
export class EventBridgeRuntime {
  private readonly rules: CompiledRule[];
  private readonly byBus = new Map<string, CompiledRule[]>();
  private readonly producers: readonly EventBridgeProducer[];
  private readonly streams: ArrivalStream[];
  private readonly archives: Array<{
    readonly name: string;
    readonly bus: string;
    readonly match: ((e: unknown) => boolean) | null;
    readonly events: Archived[];
  }>;
  private readonly deliveries = new Map<number, Delivery>();
  private readonly rng: Rng;
  private readonly startEpoch: number;
  private readonly limitBytes: number;

  constructor(
    private readonly sim: Sim,
    private readonly fn: FunctionModel,
    private readonly lambdaAsync: AsyncPath,
    private readonly config: EventBridgeConfig,
  ) {
    // Its own random stream: editing EventBridge never moves the function's random draws.
    this.rng = new Rng((sim.scenario.seed ^ 0x0e7b71d9) >>> 0);
    this.startEpoch = Date.parse(sim.scenario.startTime);
    this.limitBytes = config.entryLimitKb * 1024;
    const permissions = new Permissions(sim.scenario.permissions);
    const principal = EVENTS_PRINCIPAL;
    this.rules = config.rules.map((rule, index) => {
      const compiled = rule.eventPattern ? compilePattern(rule.eventPattern) : null;
      return {
        rule,
        index,
        arn: ruleArn(rule),
        entity: `rule:${rule.name}`,
        match: compiled && compiled.ok ? compiled.match : null,
        lambdaAccess: permissions.invoke(principal, ruleArn(rule), EVENT_ACCOUNT),
      };
    });
    for (const r of this.rules) {
      if (r.rule.scheduleExpression !== undefined) continue;
      const list = this.byBus.get(r.rule.bus) ?? [];
      list.push(r);
      this.byBus.set(r.rule.bus, list);
    }
    this.producers = config.producers;
    this.streams = config.producers.map((p) =>
      arrivalStream({ id: `eventbridge:${p.id}`, arrivals: p.arrivals }, sim.scenario.seed),
    );
    this.archives = config.archives.map((a) => {
      const compiled = a.eventPattern ? compilePattern(a.eventPattern) : null;
      return {
        name: a.name,
        bus: a.bus,
        match: compiled && compiled.ok ? compiled.match : null,
        events: [],
      };
    });
  }

  /** Schedule the first producer arrivals, scheduled-rule fires and replays. */
  start(): void {
    const sim = this.sim;
    this.streams.forEach((s, i) => {
      const t = s.next();
      if (t !== undefined) sim.schedule(t, Task.EbProduce, null, null, i);
    });
    for (const r of this.rules) {
      if (r.rule.scheduleExpression !== undefined && r.rule.enabled) this.scheduleNextFire(r, -1);
    }
    this.config.replays.forEach((r, i) => sim.schedule(r.atMs, Task.EbReplay, null, null, i));
  }

  /** A producer's next PutEvents entry arrives. */
  produce(index: number): void {
    const p = this.producers[index]!;
    const event = this.envelope(p.source, p.detailType, p.detail, p.resources);
    const sizeBytes = putEventsEntrySize({
      source: p.source,
      detailType: p.detailType,
      detail: JSON.stringify(p.detail),
      resources: p.resources,
      time: p.includeTime,
    });
    this.put(p.bus, event, `producer:${p.id}`, 'eb.put-events', true, -1, sizeBytes);
    const t = this.streams[index]!.next();
    if (t !== undefined) this.sim.schedule(t, Task.EbProduce, null, null, index);
  }

  /** A scheduled rule fires: its Scheduled Event goes straight to its targets. */
  fire(ruleIndex: number): void {
    const sim = this.sim;
    const r = this.rules[ruleIndex]!;
    const event = this.envelope('aws.events', 'Scheduled Event', {}, [r.arn]);
    const m = sim.newMessageFrom(r.entity, -1, 'event', '', event, -1, -1);
    sim.emit('eb.scheduled', m, r.entity, 'bus:default', 'eb.schedule', null, '', {
      rule: r.rule.name,
      bus: 'default',
      source: 'aws.events',
      detailType: 'Scheduled Event',
      event,
    });
    sim.settle(m, 'routed', 'eb.schedule');
    this.deliverToTargets(r, m, event);
    this.scheduleNextFire(r, sim.now);
  }

  /** A replay starts: the archived events of its window go back on their bus. */
  replay(index: number): void {
    const rp = this.config.replays[index]!;
    const archive = this.archives.find((a) => a.name === rp.archive)!;
    for (const a of archive.events) {
      if (a.t < rp.fromMs || a.t >= rp.toMs) continue;
      const event = { ...a.event, 'replay-name': rp.name };
      this.put(
        archive.bus,
        event,
        `archive:${archive.name}`,
        'eb.replay',
        false,
        -1,
        undefined,
        rp.name,
      );
    }
  }

  /** A delivery attempt (first or retry) to a target is due; n = EXPIRE when it aged out. */
  attempt(m: Message, n: number): void {
    const d = this.deliveries.get(m.id)!;
    if (n === EXPIRE) {
      return this.giveUp(m, d, 'MaximumEventAgeInSeconds', d.lastError);
    }
    const access = d.rule.lambdaAccess;
    if (d.target.type === 'lambda' && !access.allowed) {
      // The function policy refuses events.amazonaws.com for this rule: not retried.
      this.sim.emit('source.denied', m, 'lambda', d.rule.entity, access.rule, null, '', {
        service: 'eventbridge',
        principal: EVENTS_PRINCIPAL,
        sourceArn: d.rule.arn,
        denial: access.reason,
        statusCode: 403,
        errorType: 'AccessDeniedException',
      });
      return this.failed(m, d, 'NO_PERMISSIONS');
    }
    const fault = d.target.fault;
    const now = this.sim.now;
    const failing =
      fault !== undefined &&
      now >= fault.fromMs &&
      (fault.untilMs === undefined || now < fault.untilMs) &&
      (fault.rate >= 1 || this.rng.next() < fault.rate);
    if (!failing) return this.delivered(m, d);
    this.failed(m, d, fault.error);
  }

  private put(
    bus: string,
    event: Record<string, unknown>,
    from: string,
    rule: RuleId,
    archive: boolean,
    parent: number,
    /** The PutEvents entry's counted size; a replay is no PutEvents call and has none. */
    sizeBytes: number | undefined,
    replayName?: string,
  ): void {
    const sim = this.sim;
    const m = sim.newMessageFrom(from, -1, 'event', '', event, -1, parent);
    sim.emit(replayName ? 'eb.replayed' : 'eb.put', m, from, `bus:${bus}`, rule, null, '', {
      bus,
      source: String(event.source),
      detailType: String(event['detail-type']),
      sizeBytes,
      replayName,
      event,
    });
    if (sizeBytes !== undefined && sizeBytes > this.limitBytes) {
      sim.emit('eb.rejected', m, `bus:${bus}`, from, 'eb.entry-size', null, '', {
        sizeBytes,
        limitBytes: this.limitBytes,
        reason: 'the entry is larger than the PutEvents limit',
      });
      sim.settle(m, 'rejected', 'eb.entry-size');
      return;
    }
    if (archive) {
      for (const a of this.archives) {
        if (a.bus !== bus || (a.match !== null && !a.match(event))) continue;
        a.events.push({ t: sim.now, event });
        sim.emit('eb.archived', m, `bus:${bus}`, `archive:${a.name}`, 'eb.archive', null, '', {
          bus,
        });
      }
    }
    // Every rule sees the event first; then it is routed, then delivered, target by target.
    const matched: CompiledRule[] = [];
    for (const r of this.byBus.get(bus) ?? []) {
      if (!r.rule.enabled) continue;
      const hit = r.match !== null && r.match(event);
      if (hit) matched.push(r);
      sim.emit(
        hit ? 'eb.matched' : 'eb.not-matched',
        m,
        `bus:${bus}`,
        r.entity,
        hit ? 'eb.rule-pattern' : 'eb.rule-no-match',
        null,
        '',
        {
          rule: r.rule.name,
          bus,
        },
      );
    }
    if (matched.length === 0) return sim.settle(m, 'unmatched', 'eb.rule-no-match');
    sim.settle(m, 'routed', 'eb.rule-pattern');
    for (const r of matched) this.deliverToTargets(r, m, event);
  }

  /** One delivery message per target, all at once: targets are invoked in parallel. */
  private deliverToTargets(r: CompiledRule, parent: Message, event: Record<string, unknown>): void {
    const sim = this.sim;
    r.rule.targets.forEach((target, targetIndex) => {
      const input = targetInput(target.input, event, {
        ruleArn: r.arn,
        ruleName: r.rule.name,
        ingestionTime: sim.isoTime(sim.now),
      });
      const payload = input.ok ? input.value : event;
      const m = sim.newMessageFrom(
        r.entity,
        -1,
        'target',
        String(target.qualifier),
        payload,
        -1,
        parent.id,
      );
      this.deliveries.set(m.id, { rule: r, target, targetIndex, lastError: '' });
      this.attempt(m, 0);
    });
  }

  private delivered(m: Message, d: Delivery): void {
    const sim = this.sim;
    const to = targetEntity(d);
    sim.emit(
      'eb.delivered',
      m,
      d.rule.entity,
      to,
      d.target.type === 'lambda' ? 'eb.lambda-async' : 'eb.targets',
      null,
      '',
      {
        rule: d.rule.rule.name,
        target: d.target.id,
        targetType: d.target.type,
        input: m.payload,
      },
    );
    this.deliveries.delete(m.id);
    const lambda = d.target.type === 'lambda';
    sim.settle(m, 'delivered', lambda ? 'eb.lambda-async' : 'eb.targets');
    if (lambda) {
      // Lambda accepted the event (202): from here on it is Lambda's own asynchronous event,
      // with its own retries and its own event age.
      const event = sim.newMessageFrom(
        d.rule.entity,
        -1,
        'async',
        m.qualifier,
        m.payload,
        -1,
        m.id,
      );
      this.lambdaAsync.arrive(event);
    }
  }

  private failed(m: Message, d: Delivery, errorCode: string): void {
    const sim = this.sim;
    const retriable = RETRIABLE.has(errorCode);
    m.lastStatus = retriable ? 429 : 403;
    d.lastError = errorCode;
    sim.emit(
      'eb.target-failed',
      m,
      d.rule.entity,
      targetEntity(d),
      retriable ? 'eb.retry-policy' : 'eb.non-retriable',
      null,
      '',
      {
        target: d.target.id,
        targetType: d.target.type,
        errorCode,
        errorMessage: ERROR_MESSAGES[errorCode],
        retriable,
      },
    );
    if (!retriable) return this.giveUp(m, d, undefined, errorCode);
    const policy = d.target.retryPolicy;
    const retriesUsed = m.attempt - 1;
    if (retriesUsed >= policy.maximumRetryAttempts)
      return this.giveUp(m, d, 'MaximumRetryAttempts', errorCode);
    const delayMs = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** retriesUsed);
    m.attempt++;
    sim.emit('eb.retry', m, targetEntity(d), d.rule.entity, 'eb.retry-policy', null, '', {
      delayMs,
      retryNumber: retriesUsed + 1,
      maxRetries: policy.maximumRetryAttempts,
      errorCode,
    });
    const deadline = m.createdAt + policy.maximumEventAgeInSeconds * 1000;
    const at = sim.now + delayMs;
    if (at > deadline) sim.schedule(Math.max(deadline, sim.now), Task.EbDeliver, m, null, EXPIRE);
    else sim.schedule(at, Task.EbDeliver, m, null);
  }

  /** No more tries: the target's dead-letter queue, or nowhere. */
  private giveUp(m: Message, d: Delivery, exhausted: string | undefined, errorCode: string): void {
    const sim = this.sim;
    this.deliveries.delete(m.id);
    const dlq = d.target.deadLetterQueue;
    if (dlq) {
      const attributes: Record<string, string> = {
        RULE_ARN: d.rule.arn,
        TARGET_ARN: targetArn(d.target, (q) => this.fn.arn(q)),
        ERROR_CODE: errorCode,
        ERROR_MESSAGE: ERROR_MESSAGES[errorCode] ?? errorCode,
        RETRY_ATTEMPTS: String(m.attempt - 1),
      };
      if (exhausted) attributes.EXHAUSTED_RETRY_CONDITION = exhausted;
      sim.emit('eb.dlq', m, targetEntity(d), `target-dlq:${dlq.name}`, 'eb.dlq', null, '', {
        target: dlq.name,
        targetType: 'sqs',
        attributes,
      });
      sim.settle(m, 'dlq', 'eb.dlq', [`eb-dlq:sqs:${dlq.name}`]);
      return;
    }
    sim.emit('eb.dropped', m, targetEntity(d), d.rule.entity, 'eb.dropped', null, '', {
      errorCode,
      reason: exhausted ?? 'non-retriable error',
    });
    sim.settle(m, 'dropped', 'eb.dropped');
  }

  private scheduleNextFire(r: CompiledRule, afterT: number): void {
    const expr = r.rule.scheduleExpression!;
    // A rate() counts from the rule's creation (time 0); cron() fires on the clock, 0 included.
    const from =
      afterT < 0 ? this.startEpoch - (expr.startsWith('cron') ? 1 : 0) : this.startEpoch + afterT;
    const [next] = nextFireTimes(expr, from, 1, this.startEpoch);
    if (next === undefined) return;
    const t = next - this.startEpoch;
    if (t <= this.sim.scenario.durationMs)
      this.sim.schedule(t, Task.EbSchedule, null, null, r.index);
  }

  private envelope(
    source: string,
    detailType: string,
    detail: unknown,
    resources: readonly string[],
  ): Record<string, unknown> {
    return {
      version: '0',
      id: this.rng.uuid(),
      'detail-type': detailType,
      source,
      account: EVENT_ACCOUNT,
      time: this.sim.isoTime(this.sim.now).replace(/\.\d{3}Z$/, 'Z'),
      region: EVENT_REGION,
      resources: [...resources],
      detail,
    };
  }
}

/**
 * EventBridge's service principal. The catalog records it too (a test holds the two equal); the
 * engine keeps its own copy so the catalog's text stays out of the first page load.
 */
export const EVENTS_PRINCIPAL = 'events.amazonaws.com';

function targetEntity(d: Delivery): string {
  return `target:${d.rule.rule.name}/${d.target.id}`;
}
