import { base64 } from '../../catalog/services/sample';
import { EVENT_ACCOUNT, EVENT_REGION } from '../eventbridge/arns';
import { requestId } from '../request-id';
import type { Batch } from './batch';
import { hashText, type Producer } from './producers';
import type { QueueMessage } from './queue-message';

/**
 * The records a mapping hands to filters and to the function, in the shapes AWS documents: SQS
 * `Records[]` with the message under `body`; ActiveMQ `messages[]` and RabbitMQ
 * `rmqMessagesByQueue` with it under `data` (base64 in the event, decoded for filters).
 */

const SENDER_ID = 'AROAEXAMPLEPRODUCER:producer';

/** A message id shaped like SQS's, reproducible from the seed and the message number. */
export function messageIdOf(seed: number, qm: QueueMessage): string {
  if (qm.messageId === '') qm.messageId = requestId((seed ^ 0x51a5c0de) >>> 0, qm.msg.id);
  return qm.messageId;
}

export function sqsArn(queue: string): string {
  return `arn:aws:sqs:${EVENT_REGION}:${EVENT_ACCOUNT}:${queue}`;
}

export function brokerArn(broker: string): string {
  const id = requestId(hashText(broker), 0);
  return `arn:aws:mq:${EVENT_REGION}:${EVENT_ACCOUNT}:broker:${broker}:b-${id}`;
}

/**
 * The event of a batch, built only when something reads it (JSON.stringify, a panel): building
 * every record of every batch up front would cost more than the rest of the simulation. It is
 * built from what the batch saw (each record's receive count then), so a late read still gives
 * the event the function received.
 */
export class LazyEvent {
  private built: unknown;
  constructor(private readonly build: () => unknown) {}
  toJSON(): unknown {
    return (this.built ??= this.build());
  }
}

/** One SQS record as received the `receiveCount`-th time; `body` is text for the function, parsed for filters. */
export function sqsRecord(
  arn: string,
  fifo: boolean,
  qm: QueueMessage,
  receiveCount: number,
  messageId: string,
  epochMs: number,
  body: unknown,
): Record<string, unknown> {
  const attributes: Record<string, string> = {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: String(epochMs + qm.sentAt),
    SenderId: SENDER_ID,
    ApproximateFirstReceiveTimestamp: String(epochMs + qm.firstReceivedAt),
  };
  if (fifo) {
    attributes.SequenceNumber = String(qm.seq + 1).padStart(20, '0');
    attributes.MessageGroupId = qm.group!.id;
    attributes.MessageDeduplicationId = messageId;
  }
  return {
    messageId,
    receiptHandle: `AQEB${messageId.replace(/-/g, '')}${receiveCount}`,
    body,
    attributes,
    messageAttributes: {},
    eventSource: 'aws:sqs',
    eventSourceARN: arn,
    awsRegion: EVENT_REGION,
  };
}

/** One broker message; `data` is base64 text for the function, the parsed body for filters. */
export function brokerMessage(
  engine: 'activemq' | 'rabbitmq',
  queue: string,
  qm: QueueMessage,
  delivery: number,
  deliveredAt: number,
  messageId: string,
  epochMs: number,
  data: unknown,
): Record<string, unknown> {
  const sent = epochMs + qm.sentAt;
  if (engine === 'rabbitmq')
    return {
      basicProperties: {
        contentType: 'text/plain',
        deliveryMode: 1,
        messageId,
        timestamp: sent,
        bodySize: qm.producer.sizeBytes,
      },
      redelivered: delivery > 1,
      data,
    };
  return {
    messageID: `ID:${messageId}-1:1:1:1:${qm.seq + 1}`,
    messageType: 'jms/text-message',
    deliveryMode: 1,
    redelivered: delivery > 1,
    destination: { physicalName: queue },
    data,
    timestamp: sent,
    brokerInTime: sent,
    brokerOutTime: epochMs + deliveredAt,
  };
}

/** The base64 of a producer's body, worked out once per producer. */
export function base64Of(p: Producer): string {
  return (p.base64 ??= base64(p.bodyText));
}

/** The ids of a batch's records, in order (for the trace). */
export function recordIds(b: Batch): number[] {
  const ids = new Array<number>(b.records.length);
  for (let i = 0; i < ids.length; i++) ids[i] = b.records[i]!.msg.id;
  return ids;
}
