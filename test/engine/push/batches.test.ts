import { describe, expect, it } from 'vitest';
import { events, run, times } from '../helpers';
import { fateTimes, from, only, serviceFates } from './helpers';

const fixed = (ms: number, errorRate = 0) => ({
  behaviour: { duration: { kind: 'fixed' as const, ms }, errorRate },
});

describe('Firehose data transformation', () => {
  it('buffers records until the interval passes, then sends them in one call', () => {
    const r = run({ workloads: [from({ service: 'firehose' }, [0, 1_000, 2_000])] });
    const batch = only(r, 'source.batch');
    expect([batch.t, batch.detail?.records, batch.detail?.reason]).toEqual([
      60_000,
      [0, 1, 2],
      'the buffer interval passed',
    ]);
    expect(events(r, 'invoke.start')).toHaveLength(1);
    expect(only(r, 'source.report').detail?.recordResults).toEqual({
      ok: 3,
      dropped: 0,
      failed: 0,
    });
    expect(fateTimes(r.fates)).toEqual([
      [60_350, 'transformed'],
      [60_350, 'transformed'],
      [60_350, 'transformed'],
      [60_350, 'succeeded'],
    ]);
    // The batch carries the three records the stream received, each with its own recordId.
    const payload = r.messages[3]!.payload as { records: Array<{ recordId: string }> };
    expect(new Set(payload.records.map((x) => x.recordId)).size).toBe(3);
  });

  it('flushes as soon as the buffer reaches its size', () => {
    const r = run({
      workloads: [from({ service: 'firehose', recordSizeKb: 512, bufferSizeMb: 1 }, [0, 500, 700])],
    });
    // Two 512 KB records fill 1 MB at 500 ms; the third (message 3) starts a new buffer, sent when
    // its 60 s interval passes.
    expect(
      events(r, 'source.batch').map((e) => [e.t, e.detail?.records, e.detail?.reason]),
    ).toEqual([
      [500, [0, 1], 'the buffer is full'],
      [60_700, [3], 'the buffer interval passed'],
    ]);
  });

  it('retries a failed call 3 times, 1 s apart, then writes the records to processing-failed/', () => {
    const r = run({
      function: fixed(100, 1),
      workloads: [from({ service: 'firehose' }, [0, 1_000, 2_000])],
    });
    expect(times(r, 'invoke.start')).toEqual([60_250, 61_350, 62_450, 63_550]);
    expect(events(r, 'source.retry').map((e) => e.detail?.retryNumber)).toEqual([1, 2, 3]);
    expect(only(r, 'source.dlq').t).toBe(63_650);
    expect(fateTimes(r.fates)).toEqual([
      [63_650, 'processing-failed'],
      [63_650, 'processing-failed'],
      [63_650, 'processing-failed'],
      [63_650, 'function-error'],
    ]);
    expect(r.fates[0]!.deliveredTo).toEqual(['s3:processing-failed/']);
  });

  it('keeps the result the function gives each record', () => {
    const r = run({
      workloads: [from({ service: 'firehose', processingFailedRate: 1 }, [0, 1_000])],
    });
    expect(only(r, 'source.report').detail?.recordResults).toEqual({
      ok: 0,
      dropped: 0,
      failed: 2,
    });
    expect(serviceFates(r).map((f) => f.kind)).toEqual(['processing-failed', 'processing-failed']);
    const dropped = run({ workloads: [from({ service: 'firehose', droppedRate: 1 }, [0])] });
    expect(serviceFates(dropped).map((f) => f.kind)).toEqual(['record-dropped']);
  });
});

describe('S3 Batch Operations', () => {
  it('calls the function once per task, at most maxConcurrentTasks at a time', () => {
    const r = run({
      workloads: [from({ service: 's3-batch', tasksPerJob: 5, maxConcurrentTasks: 2 })],
    });
    expect(times(r, 'source.invoke')).toEqual([0, 0, 350, 350, 450]);
    expect(
      events(r, 'source.report').map((e) => e.detail?.report ?? e.detail?.taskResults),
    ).toEqual([
      'Succeeded',
      'Succeeded',
      'Succeeded',
      'Succeeded',
      'Succeeded',
      { succeeded: 5, failed: 0 },
    ]);
    expect(fateTimes(serviceFates(r))).toEqual([[550, 'batch-job-completed']]);
    expect(r.fates.filter((f) => f.kind === 'task-succeeded')).toHaveLength(5);
  });

  it('calls a TemporaryFailure task again after 1 s, up to 3 calls, then fails it', () => {
    const r = run({
      workloads: [from({ service: 's3-batch', tasksPerJob: 1, temporaryFailureRate: 1 })],
    });
    expect(times(r, 'invoke.start')).toEqual([250, 1_350, 2_450]);
    expect(
      events(r, 'source.report').map((e) => e.detail?.report ?? e.detail?.taskResults),
    ).toEqual([
      'TemporaryFailure',
      'TemporaryFailure',
      'TemporaryFailure',
      { succeeded: 0, failed: 1 },
    ]);
    expect(fateTimes(r.fates)).toEqual([
      [2_550, 'batch-job-failed'],
      [2_550, 'task-failed'],
    ]);
  });

  it('ends a task at once on PermanentFailure', () => {
    const r = run({
      workloads: [from({ service: 's3-batch', tasksPerJob: 2, permanentFailureRate: 1 })],
    });
    expect(events(r, 'invoke.start')).toHaveLength(2);
    expect(serviceFates(r).map((f) => f.kind)).toEqual(['batch-job-failed']);
  });
});

describe('Secrets Manager rotation', () => {
  it('runs createSecret, setSecret, testSecret, finishSecret in order, each after the last', () => {
    const r = run({ workloads: [from({ service: 'secrets-manager' })] });
    expect(events(r, 'source.invoke').map((e) => [e.t, e.detail?.step])).toEqual([
      [0, 'createSecret'],
      [350, 'setSecret'],
      [450, 'testSecret'],
      [550, 'finishSecret'],
    ]);
    expect(r.messages.slice(1).map((m) => (m.payload as { Step: string }).Step)).toEqual([
      'createSecret',
      'setSecret',
      'testSecret',
      'finishSecret',
    ]);
    expect(fateTimes(serviceFates(r))).toEqual([[650, 'rotated']]);
  });

  it('stops at the step that fails', () => {
    const r = run({
      function: { behaviour: { errorWhen: [{ path: 'Step', equals: 'testSecret' }] } },
      workloads: [from({ service: 'secrets-manager' })],
    });
    expect(events(r, 'source.invoke').map((e) => e.detail?.step)).toEqual([
      'createSecret',
      'setSecret',
      'testSecret',
    ]);
    expect(only(r, 'source.response').detail?.step).toBe('testSecret');
    expect(fateTimes(serviceFates(r))).toEqual([[550, 'rotation-failed']]);
  });
});
