import type { RuleId } from '../../catalog/rules';
import type { PushSourceOf } from '../../scenario/push-schema';
import type { Sampled } from '../behaviour';
import type { Message, Scheduled } from '../sim';
import type { FateKind } from '../types';
import { PushTask, Source } from './source';

const CODEPIPELINE_WAIT_MS = 20 * 60_000;

type Reporting =
  PushSourceOf<'cloudformation'> | PushSourceOf<'codepipeline'> | PushSourceOf<'config'>;

/** What a reporting service does with the function's report, or without one. */
interface ReportRules {
  /** How long the service waits for a report (none: it never gives up on its own). */
  readonly waitMs: number | undefined;
  /** The report a successful invocation sends, or undefined when the function never reports. */
  readonly report: string | undefined;
  readonly reportFate: FateKind;
  readonly reportRule: RuleId;
  readonly reportAnswer: string;
  readonly timeoutFate: FateKind;
  readonly timeoutRule: RuleId;
  readonly timeoutAnswer: string;
  /** The service's own role may not invoke: the event fails at once. */
  readonly deniedFate: FateKind;
  readonly deniedAnswer: string;
}

function rulesFor(src: Reporting): ReportRules {
  switch (src.service) {
    case 'cloudformation': {
      const failed = src.response === 'FAILED';
      return {
        waitMs: src.serviceTimeoutSeconds * 1000,
        report: src.response === 'none' ? undefined : src.response,
        reportFate: failed ? 'resource-failed' : 'resource-succeeded',
        reportRule: 'push.cloudformation.response',
        reportAnswer: failed
          ? `custom resource ${src.requestType} FAILED: the stack rolls back`
          : `custom resource ${src.requestType} complete: the stack carries on`,
        timeoutFate: 'stack-timed-out',
        timeoutRule: 'push.cloudformation.timeout',
        timeoutAnswer: `no response within ${src.serviceTimeoutSeconds.toLocaleString('en-US')} s: the custom resource fails and the stack rolls back`,
        deniedFate: 'resource-failed',
        deniedAnswer:
          'the custom resource fails at once: CloudFormation may not invoke the function',
      };
    }
    case 'codepipeline': {
      const failed = src.result === 'failure';
      return {
        waitMs: CODEPIPELINE_WAIT_MS,
        report:
          src.result === 'none'
            ? undefined
            : failed
              ? 'PutJobFailureResult'
              : 'PutJobSuccessResult',
        reportFate: failed ? 'job-failed' : 'job-succeeded',
        reportRule: 'push.codepipeline.result',
        reportAnswer: failed ? 'the invoke action fails' : 'the invoke action succeeds',
        timeoutFate: 'action-timed-out',
        timeoutRule: 'push.codepipeline.timeout',
        timeoutAnswer: 'no job result for 20 minutes: the invoke action times out and fails',
        deniedFate: 'job-failed',
        deniedAnswer: 'the invoke action fails at once: the pipeline’s role may not invoke',
      };
    }
    case 'config':
      return {
        waitMs: undefined,
        report: src.evaluation === 'none' ? undefined : `PutEvaluations: ${src.evaluation}`,
        reportFate: 'evaluated',
        reportRule: 'push.config.evaluations',
        reportAnswer: `the resource is recorded as ${src.evaluation}`,
        timeoutFate: 'not-evaluated',
        timeoutRule: 'push.config.evaluations',
        timeoutAnswer: 'no PutEvaluations: the rule has no result for the resource',
        deniedFate: 'denied',
        deniedAnswer: 'AWS Config could not invoke the function',
      };
  }
}

/**
 * CloudFormation custom resources, CodePipeline invoke actions and AWS Config rules: the service
 * invokes asynchronously, then waits for the function to report back through the service's own API
 * (ResponseURL, PutJob…Result, PutEvaluations). A successful invocation is not a report; only the
 * report ends the wait, or the service's own time limit does.
 */
export class ReportingSource extends Source<Reporting> {
  private readonly rules: ReportRules;
  private readonly open = new Set<number>();
  /** The pending deadline of each open event, cancelled when the function reports in time. */
  private readonly deadlines = new Map<number, number>();

  constructor(...args: ConstructorParameters<typeof Source>) {
    super(...args);
    this.rules = rulesFor(this.src);
  }

  arrive(): void {
    this.evaluate();
    const src = this.src;
    if (src.service === 'config' && src.trigger === 'periodic') this.scheduleNextRun();
  }

  override handle(task: Scheduled): void {
    if (task.task === PushTask.Periodic) {
      this.evaluate();
      return this.scheduleNextRun();
    }
    if (task.task !== PushTask.Deadline) return super.handle(task);
    const ev = task.msg!;
    if (!this.open.delete(ev.id)) return; // reported in time: a stale timer
    const r = this.rules;
    this.say('source.timeout', ev, 'lambda', r.timeoutRule, { limitMs: r.waitMs });
    this.finish(ev, r.timeoutFate, r.timeoutRule, { answer: r.timeoutAnswer });
  }

  /** An invocation of the service's event ended: pass it to Lambda's async path, then read it. */
  override complete(inv: Message, s: Sampled): void {
    this.ctx.lambdaAsync.complete(inv, s);
    const ev = this.sim.messages[inv.parent]!;
    if (!this.open.has(ev.id)) return;
    const r = this.rules;
    if (s.outcome === 'success' && r.report !== undefined) {
      this.open.delete(ev.id);
      this.sim.cancel(this.deadlines.get(ev.id) ?? -1);
      this.deadlines.delete(ev.id);
      this.say('source.report', ev, 'function', r.reportRule, { report: r.report });
      return this.finish(ev, r.reportFate, r.reportRule, { answer: r.reportAnswer });
    }
    // A service without a time limit of its own learns of the silence when Lambda is done.
    if (r.waitMs === undefined && (s.outcome === 'success' || inv.done)) {
      this.open.delete(ev.id);
      this.finish(ev, r.timeoutFate, r.timeoutRule, { answer: r.timeoutAnswer });
    }
  }

  private evaluate(): void {
    const sim = this.sim;
    const ev = this.newEvent('async', this.summary());
    const r = this.rules;
    if (this.notConfigured)
      return this.finish(ev, 'not-configured', 'push.config-refused', {
        answer: 'the rule was never created: nothing is invoked',
      });
    if (this.deniedOnInvoke) {
      this.denied(ev);
      return this.finish(
        ev,
        r.deniedFate,
        this.access.allowed ? 'push.invoke-denied' : this.access.rule,
        {
          answer: r.deniedAnswer,
        },
      );
    }
    this.open.add(ev.id);
    this.invokeAsync(ev, true);
    if (r.waitMs !== undefined)
      this.deadlines.set(
        ev.id,
        sim.scheduleCancellable(sim.now + r.waitMs, PushTask.Deadline, ev, null),
      );
  }

  private scheduleNextRun(): void {
    if (this.src.service !== 'config') return;
    const t = this.sim.now + this.src.frequencyHours * 3_600_000;
    if (t <= this.sim.scenario.durationMs)
      this.sim.schedule(t, PushTask.Periodic, null, null, this.index);
  }

  private summary(): string {
    const src = this.src;
    switch (src.service) {
      case 'cloudformation':
        return `${src.requestType} request for a custom resource of stack ${src.resource}`;
      case 'codepipeline':
        return `invoke action job of pipeline ${src.resource}`;
      case 'config':
        return src.trigger === 'periodic'
          ? `periodic evaluation by rule ${src.resource}`
          : `configuration change evaluated by rule ${src.resource}`;
    }
  }
}
