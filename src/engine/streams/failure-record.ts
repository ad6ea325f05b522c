import type { FunctionModel } from '../function-model';
import { requestIdOf } from '../request-id';
import type { Message, Sim } from '../sim';
import type { SourceSpec } from './config';
import type { KafkaBatchInfo, StreamCondition, StreamFailureRecord } from './kinds';
import type { Rec } from './log';

/**
 * What an event source mapping sends to its on-failure destination when it gives up on a batch:
 * the request and response context and where the records are (shard and sequence range, or
 * topic-partitions and offsets). For SQS and SNS that is all: the records must be re-read from
 * the source before retention removes them. An S3 destination also gets the records themselves
 * (the poller adds the batch event as `payload`).
 */
export function failureRecord(
  sim: Sim,
  fn: FunctionModel,
  src: SourceSpec,
  batch: Message,
  recs: readonly Rec[],
  condition: StreamCondition,
): StreamFailureRecord {
  const ran = batch.invokeCount > 0;
  const executed = batch.lastVersion || fn.primaryVersion(batch.qualifier).name;
  const record: StreamFailureRecord = {
    requestContext: {
      requestId: requestIdOf(sim, batch),
      functionArn: fn.arn(batch.qualifier),
      condition,
      approximateInvokeCount: batch.invokeCount,
    },
    responseContext: ran
      ? batch.lastError
        ? { statusCode: 200, executedVersion: executed, functionError: 'Unhandled' }
        : { statusCode: 200, executedVersion: executed }
      : { statusCode: batch.lastStatus || 429, executedVersion: executed },
    version: '1.0',
    timestamp: sim.isoTime(sim.now),
  };
  if (src.family === 'kafka') record.KafkaBatchInfo = kafkaInfo(sim, src, recs);
  else {
    const first = recs[0]!;
    const last = recs[recs.length - 1]!;
    const info = {
      shardId: first.unit.id,
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: sim.isoTime(first.arrival),
      approximateArrivalOfLastRecord: sim.isoTime(last.arrival),
      batchSize: recs.length,
      streamArn: src.arn,
    };
    if (src.family === 'kinesis') record.KinesisBatchInfo = info;
    else record.DDBStreamBatchInfo = info;
  }
  return record;
}

function kafkaInfo(sim: Sim, src: SourceSpec, recs: readonly Rec[]): KafkaBatchInfo {
  const recordsInfo: KafkaBatchInfo['recordsInfo'] = {};
  let payloadSize = 0;
  for (const r of recs) {
    payloadSize += r.bytes;
    const at = sim.isoTime(r.arrival);
    const info = recordsInfo[r.unit.id];
    if (info === undefined) {
      recordsInfo[r.unit.id] = {
        firstRecordOffset: r.sequenceNumber,
        lastRecordOffset: r.sequenceNumber,
        firstRecordTimestamp: at,
        lastRecordTimestamp: at,
      };
    } else {
      info.lastRecordOffset = r.sequenceNumber;
      info.lastRecordTimestamp = at;
    }
  }
  const out: KafkaBatchInfo = {
    batchSize: recs.length,
    bootstrapServers: src.bootstrapServers,
    payloadSize,
    recordsInfo,
  };
  if (src.arn !== '') out.eventSourceArn = src.arn;
  return out;
}
