import type { PushSourceOf } from '../../scenario/push-schema';
import type { Sampled } from '../behaviour';
import type { Throttle } from '../capacity';
import type { Message, Scheduled } from '../sim';
import type { FateKind } from '../types';
import { firstOf } from './payloads';
import { type Json, type PushContext, PushTask, Source } from './source';

const RETRY_DELAY_MS = 1_000;
const PROCESSING_FAILED = 's3:processing-failed/';

/** A transformation call in progress: its records, in order. */
interface Batch {
  readonly records: Message[];
}

/**
 * Firehose data transformation: each arrival is one record put into the stream. Records wait in a
 * buffer until it is full or its interval passes; then one synchronous call carries them all. A
 * failed call is retried (3 times by default), then every record of the batch goes to the
 * processing-failed/ prefix. A successful call returns a result per record.
 */
export class FirehoseSource extends Source<PushSourceOf<'firehose'>> {
  private buffer: Message[] = [];
  private bufferBytes = 0;
  private flushAt = Infinity;
  private readonly limitBytes: number;
  private readonly recordBytes: number;
  private readonly batches = new Map<number, Batch>();
  private readonly sampleRecord: Json;
  private nextRecord = 0;

  constructor(ctx: PushContext, index: number) {
    super(ctx, index);
    this.limitBytes = Math.round(this.src.bufferSizeMb * 1024 * 1024);
    this.recordBytes = this.src.recordSizeKb * 1024;
    this.sampleRecord = firstOf(this.payload, 'records') ?? { recordId: '0', data: '' };
  }

  arrive(): void {
    const sim = this.sim;
    const n = this.nextRecord++;
    const record = { ...this.sampleRecord, recordId: `${String(this.sampleRecord.recordId)}${n}` };
    const r = this.newEvent('sync', `record ${n + 1} (${this.src.recordSizeKb} KB)`, record);
    if (this.buffer.length === 0) {
      this.flushAt = sim.now + this.src.bufferIntervalSeconds * 1000;
      sim.schedule(this.flushAt, PushTask.Flush, null, null, this.index);
    }
    this.buffer.push(r);
    this.bufferBytes += this.recordBytes;
    if (this.bufferBytes >= this.limitBytes) this.flush('size');
  }

  override handle(task: Scheduled): void {
    if (task.task === PushTask.Flush) {
      // A timer left over from a buffer that filled up early is ignored.
      if (this.buffer.length > 0 && this.sim.now >= this.flushAt) this.flush('interval');
      return;
    }
    if (task.task === PushTask.Attempt) return this.call(task.msg!);
    super.handle(task);
  }

  override complete(call: Message, s: Sampled): void {
    if (s.outcome !== 'success')
      return this.failed(call, s.outcome === 'timeout' ? 'timed-out' : 'function-error');
    const batch = this.batches.get(call.id)!;
    this.batches.delete(call.id);
    const { droppedRate, processingFailedRate } = this.src;
    const rng = this.ctx.rng;
    const results: FateKind[] = batch.records.map(() => {
      if (droppedRate + processingFailedRate === 0) return 'transformed';
      const u = rng.next();
      return u < droppedRate
        ? 'record-dropped'
        : u < droppedRate + processingFailedRate
          ? 'processing-failed'
          : 'transformed';
    });
    const count = (k: FateKind) => results.filter((r) => r === k).length;
    this.say('source.report', call, 'function', 'push.firehose.records', {
      recordResults: {
        ok: count('transformed'),
        dropped: count('record-dropped'),
        failed: count('processing-failed'),
      },
    });
    this.sim.settle(call, 'succeeded', 'sync.request');
    batch.records.forEach((r, i) => {
      const fate = results[i]!;
      this.sim.settle(
        r,
        fate,
        'push.firehose.records',
        fate === 'processing-failed' ? [PROCESSING_FAILED] : undefined,
      );
    });
  }

  private flush(reason: 'size' | 'interval'): void {
    const sim = this.sim;
    const records = this.buffer;
    this.buffer = [];
    this.bufferBytes = 0;
    this.flushAt = Infinity;
    const payload = { ...this.payload, records: records.map((r) => r.payload) };
    const call = sim.newMessageFrom(
      this.entity,
      this.index,
      'sync',
      this.qualifier,
      payload,
      -1,
      records[0]!.id,
    );
    call.owner = this.ctx.owner;
    this.batches.set(call.id, { records });
    this.say('source.batch', call, 'lambda', 'push.firehose.buffer', {
      records: records.map((r) => r.id),
      reason: reason === 'size' ? 'the buffer is full' : 'the buffer interval passed',
    });
    this.call(call);
  }

  /** One transformation call (first try or retry) for a batch. */
  private call(call: Message): void {
    if (this.deniedOnInvoke) {
      this.denied(call);
      return this.failed(call, 'denied');
    }
    this.say('source.invoke', call, 'lambda', 'push.invoke-sync', {
      invocationType: 'RequestResponse',
    });
    const throttle: Throttle | null = this.ctx.invoker.invoke(call, this.entity);
    if (throttle !== null)
      this.failed(call, throttle.status === 500 ? 'service-error' : 'throttled');
  }

  private failed(call: Message, fate: FateKind): void {
    const sim = this.sim;
    const retriesUsed = call.attempt - 1;
    if (retriesUsed < this.src.retries) {
      this.say('source.retry', call, this.entity, 'push.firehose.retries', {
        delayMs: RETRY_DELAY_MS,
        retryNumber: retriesUsed + 1,
        maxRetries: this.src.retries,
      });
      call.attempt++;
      sim.schedule(sim.now + RETRY_DELAY_MS, PushTask.Attempt, call, null);
      return;
    }
    const batch = this.batches.get(call.id)!;
    this.batches.delete(call.id);
    this.say('source.dlq', call, PROCESSING_FAILED, 'push.firehose.retries', {
      target: 'processing-failed/',
      targetType: 's3',
      answer: `${batch.records.length} records written to processing-failed/`,
    });
    sim.settle(call, fate, 'push.firehose.retries');
    for (const r of batch.records)
      sim.settle(r, 'processing-failed', 'push.firehose.retries', [PROCESSING_FAILED]);
  }
}
