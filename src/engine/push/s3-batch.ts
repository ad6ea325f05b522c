import type { PushSourceOf } from '../../scenario/push-schema';
import type { Sampled } from '../behaviour';
import type { Message, Scheduled } from '../sim';
import { firstOf } from './payloads';
import { type Json, type PushContext, PushTask, Source } from './source';

const RETRY_DELAY_MS = 1_000;

interface Job {
  readonly job: Message;
  next: number;
  running: number;
  succeeded: number;
  failed: number;
}

/**
 * S3 Batch Operations: each arrival is a job over `tasksPerJob` objects. Each task is one message,
 * called synchronously (at most `maxConcurrentTasks` at once); the function's resultCode decides:
 * Succeeded, TemporaryFailure (called again) or PermanentFailure. When every task has a result the
 * job writes its completion report.
 */
export class S3BatchSource extends Source<PushSourceOf<'s3-batch'>> {
  private readonly jobs = new Map<number, Job>();
  private readonly sampleTask: Json;

  constructor(ctx: PushContext, index: number) {
    super(ctx, index);
    this.sampleTask = firstOf(this.payload, 'tasks') ?? { taskId: 'task', s3Key: 'object' };
  }

  arrive(): void {
    const job = this.newEvent(
      'sync',
      `job over ${this.src.tasksPerJob.toLocaleString('en-US')} objects`,
    );
    const state: Job = { job, next: 0, running: 0, succeeded: 0, failed: 0 };
    this.jobs.set(job.id, state);
    this.startTasks(state);
  }

  override handle(task: Scheduled): void {
    if (task.task !== PushTask.Attempt) return super.handle(task);
    this.call(task.msg!);
  }

  override complete(t: Message, s: Sampled): void {
    if (s.outcome !== 'success') {
      this.sim.settle(t, 'task-failed', 'push.s3-batch.temporary');
      return this.taskEnded(t, false);
    }
    const { temporaryFailureRate, permanentFailureRate } = this.src;
    const u = temporaryFailureRate + permanentFailureRate > 0 ? this.ctx.rng.next() : 1;
    const code =
      u < temporaryFailureRate
        ? 'TemporaryFailure'
        : u < temporaryFailureRate + permanentFailureRate
          ? 'PermanentFailure'
          : 'Succeeded';
    this.say('source.report', t, 'function', 'push.s3-batch.tasks', { report: code });
    if (code === 'Succeeded') {
      this.sim.settle(t, 'task-succeeded', 'push.s3-batch.tasks');
      return this.taskEnded(t, true);
    }
    if (code === 'TemporaryFailure') return this.retryOrFail(t);
    this.sim.settle(t, 'task-failed', 'push.s3-batch.tasks');
    this.taskEnded(t, false);
  }

  private startTasks(state: Job): void {
    const sim = this.sim;
    const total = this.src.tasksPerJob;
    while (state.running < this.src.maxConcurrentTasks && state.next < total) {
      const k = state.next++;
      const payload = {
        ...this.payload,
        tasks: [{ ...this.sampleTask, taskId: `${String(this.sampleTask.taskId)}-${k + 1}` }],
      };
      const t = sim.newMessageFrom(
        this.entity,
        this.index,
        'sync',
        this.qualifier,
        payload,
        -1,
        state.job.id,
      );
      t.owner = this.ctx.owner;
      state.running++;
      this.call(t);
    }
  }

  private call(t: Message): void {
    if (this.deniedOnInvoke) {
      this.denied(t);
      this.sim.settle(
        t,
        'task-failed',
        this.access.allowed ? 'push.invoke-denied' : this.access.rule,
      );
      return this.taskEnded(t, false);
    }
    this.say('source.invoke', t, 'lambda', 'push.s3-batch.tasks', {
      invocationType: 'RequestResponse',
    });
    const throttle = this.ctx.invoker.invoke(t, this.entity);
    // A call Lambda turns away is a temporary problem: S3 tries the task again.
    if (throttle !== null) this.retryOrFail(t);
  }

  private retryOrFail(t: Message): void {
    const sim = this.sim;
    if (t.attempt < this.src.maxAttemptsPerTask) {
      this.say('source.retry', t, this.entity, 'push.s3-batch.temporary', {
        delayMs: RETRY_DELAY_MS,
        retryNumber: t.attempt,
        maxRetries: this.src.maxAttemptsPerTask - 1,
      });
      t.attempt++;
      sim.schedule(sim.now + RETRY_DELAY_MS, PushTask.Attempt, t, null);
      return;
    }
    sim.settle(t, 'task-failed', 'push.s3-batch.temporary');
    this.taskEnded(t, false);
  }

  private taskEnded(t: Message, ok: boolean): void {
    const state = this.jobs.get(t.parent)!;
    state.running--;
    if (ok) state.succeeded++;
    else state.failed++;
    if (state.succeeded + state.failed < this.src.tasksPerJob) return this.startTasks(state);
    this.jobs.delete(state.job.id);
    const allFailed = state.succeeded === 0;
    this.say('source.report', state.job, this.entity, 'push.s3-batch.tasks', {
      taskResults: { succeeded: state.succeeded, failed: state.failed },
    });
    this.finish(
      state.job,
      allFailed ? 'batch-job-failed' : 'batch-job-completed',
      allFailed ? 'push.s3-batch.temporary' : 'push.s3-batch.tasks',
      {
        answer: `completion report: ${state.succeeded} succeeded, ${state.failed} failed`,
      },
    );
  }
}
