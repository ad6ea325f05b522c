import type { SavedCard } from './progress-schema';
import { TOPICS, type Question, type Topic } from './schema';
import { isMastered } from './srs';

/**
 * Per-topic mastery, as three counts a bar can show and a sentence can say: questions mastered
 * (FSRS expects them remembered for 10 days or more, and the last answer was right), questions
 * being learned (answered, not yet mastered) and questions never answered. "Due" counts the
 * topic's cards FSRS wants to see again by the given time.
 */
export interface TopicMastery {
  readonly topic: Topic;
  readonly total: number;
  readonly mastered: number;
  readonly learning: number;
  readonly unseen: number;
  readonly due: number;
}

export function topicMastery(
  questions: readonly Question[],
  cards: Readonly<Record<string, SavedCard>>,
  dueBy: number,
): TopicMastery[] {
  const rows = new Map<Topic, { total: number; mastered: number; learning: number; due: number }>(
    TOPICS.map((t) => [t, { total: 0, mastered: 0, learning: 0, due: 0 }]),
  );
  for (const q of questions) {
    const row = rows.get(q.topic)!;
    row.total++;
    const card = cards[q.id];
    if (card === undefined) continue;
    if (isMastered(card)) row.mastered++;
    else row.learning++;
    if (card.due <= dueBy) row.due++;
  }
  return TOPICS.map((topic) => {
    const r = rows.get(topic)!;
    return { topic, ...r, unseen: r.total - r.mastered - r.learning };
  });
}

export interface WeakTopic {
  readonly topic: Topic;
  /** Answers given to the topic's questions (every answer counts, repeats too), and those right. */
  readonly answered: number;
  readonly right: number;
}

/**
 * The topics where the learner's answers have gone worst: the lowest share of right answers
 * first, then the one answered more often (its share is surer), then the topics' own order. Only
 * topics with at least one wrong answer count, so a learner who has never missed sees none.
 */
export function weakestTopics(
  questions: readonly Question[],
  cards: Readonly<Record<string, SavedCard>>,
  limit = 3,
): WeakTopic[] {
  const rows = new Map<Topic, { answered: number; right: number }>();
  for (const q of questions) {
    const card = cards[q.id];
    if (card === undefined) continue;
    const row = rows.get(q.topic) ?? { answered: 0, right: 0 };
    row.answered += card.answered;
    row.right += card.right;
    rows.set(q.topic, row);
  }
  return TOPICS.flatMap((topic) => {
    const r = rows.get(topic);
    return r !== undefined && r.right < r.answered ? [{ topic, ...r }] : [];
  })
    .sort(
      (x, y) =>
        x.right / x.answered - y.right / y.answered ||
        y.answered - x.answered ||
        TOPICS.indexOf(x.topic) - TOPICS.indexOf(y.topic),
    )
    .slice(0, limit);
}

/** Topic ids as people read them. */
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  'push-pull': 'Push and pull',
  'invocation-models': 'Invocation models',
  services: 'Services and how they invoke',
  permissions: 'Permissions',
  'async-retries': 'Async retries',
  idempotency: 'Idempotency',
  'dlq-destinations': 'DLQs and destinations',
  sqs: 'SQS',
  streams: 'Kinesis and DynamoDB streams',
  'kafka-mq': 'Kafka and Amazon MQ',
  filtering: 'Event filtering',
  batching: 'Batching',
  limits: 'Limits',
  concurrency: 'Concurrency',
  'cold-warm': 'Cold and warm starts',
  provisioned: 'Provisioned concurrency',
  'versions-aliases': 'Versions and aliases',
  'eventbridge-buses': 'EventBridge buses',
  'eventbridge-rules': 'EventBridge rules and targets',
  'eventbridge-patterns': 'EventBridge patterns',
  'eventbridge-schedules': 'EventBridge schedules',
  'integration-choices': 'Choosing SQS, SNS, EventBridge or Kinesis',
  'step-functions': 'Step Functions and Lambda',
  'vpc-networking': 'Lambda in a VPC',
  'api-edge': 'API front doors and the edge',
  'cost-levers': 'Cost levers',
};
