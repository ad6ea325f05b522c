import type { BrokerProducer, SqsProducer } from '../../scenario/queues-schema';
import { utf8Length } from '../utf8';
import { arrivalStream, type ArrivalStream } from '../arrivals';
import { Rng } from '../rng';

/** One producer of a queue or broker, ready to send: its body is prepared once, not per message. */
export interface Producer {
  /** Trace entity: "producer:orders/checkout". */
  readonly entity: string;
  readonly label: string;
  /** The body as sent (text). */
  readonly bodyText: string;
  /** The body as filters and poison predicates read it: parsed JSON, or the text itself. */
  readonly body: unknown;
  readonly sizeBytes: number;
  readonly stream: ArrivalStream;
  /** FIFO message groups, and how messages spread over them. */
  readonly groups: readonly string[];
  readonly rng: Rng | null;
  sent: number;
  /** Time of the next message, once drawn from the stream. */
  nextAt: number | undefined;
  /** The body in base64, as brokers hand it over; worked out on first use. */
  base64: string | undefined;
}

export function producerOf(
  source: string,
  p: SqsProducer | BrokerProducer,
  seed: number,
): Producer {
  const bodyText = typeof p.body === 'string' ? p.body : JSON.stringify(p.body);
  const id = `${source}/${p.id}`;
  const groups = 'messageGroupIds' in p ? (p.messageGroupIds ?? []) : [];
  const random = 'groupSpread' in p && p.groupSpread === 'random' && groups.length > 1;
  return {
    entity: `producer:${id}`,
    label: p.label ?? p.id,
    bodyText,
    body: typeof p.body === 'string' ? parseOrText(p.body) : p.body,
    sizeBytes: p.sizeBytes ?? utf8Length(bodyText),
    // Each producer draws from streams of its own, so editing the function never moves them.
    stream: arrivalStream({ id: `queue:${id}`, arrivals: p.arrivals }, seed),
    groups,
    rng: random ? new Rng((seed ^ hashText(`groups:${id}`)) >>> 0) : null,
    sent: 0,
    nextAt: undefined,
    base64: undefined,
  };
}

/** The message group of the producer's next message: in turn, or drawn from its own stream. */
export function nextGroup(p: Producer): string {
  if (p.groups.length === 0) return '';
  const i = p.rng === null ? p.sent % p.groups.length : Math.floor(p.rng.next() * p.groups.length);
  return p.groups[i]!;
}

/** A text body that holds JSON is matched as JSON, as Lambda's filters and code would read it. */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** FNV-1a: a stable number for a name, to derive seeds and ids from. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
