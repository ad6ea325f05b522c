import type { InvocationModel, ServiceRecord } from '../../catalog/services';
import { docSources } from './doc-sources';
import { catalogFactId, STUDY_TABLE } from '../catalog-facts';
import type { Domain, Question, Topic } from '../schema';
import { hashSeed, shuffled } from '../seeded';
import { DOES, SO, permissionPhrase } from './phrases';

/**
 * "Which TWO of these services …? (Choose two.)": multiple-response questions over the study
 * table. Each group pairs its members two at a time (seeded, so ids and options never move) until
 * every member has been a right answer once, and fills the other three options with services that
 * do not belong.
 */
interface Group {
  readonly id: string;
  readonly stem: string;
  readonly topic: Topic;
  readonly domain: Domain;
  readonly aspect: 'invocation' | 'permission';
  readonly member: (s: ServiceRecord) => boolean;
  /** Why a service is (or is not) in the group, after its name. */
  readonly why: (s: ServiceRecord) => string;
  readonly explanation: string;
}

const names = (pred: (s: ServiceRecord) => boolean) =>
  STUDY_TABLE.filter(pred)
    .map((s) => s.shortName)
    .join(', ');

const byModel = (model: InvocationModel) => (s: ServiceRecord) => s.invocation === model;

const GROUPS: readonly Group[] = [
  {
    id: 'poll',
    stem: 'Which TWO of these services are read by a Lambda event source mapping rather than invoking the function themselves? (Choose two.)',
    topic: 'push-pull',
    domain: 'performant',
    aspect: 'invocation',
    member: byModel('poll'),
    why: (s) => `${s.shortName} ${DOES[s.invocation]}.`,
    explanation: `Lambda polls ${names(byModel('poll'))}. ${SO.poll}`,
  },
  {
    id: 'sync',
    stem: 'Which TWO of these services invoke a Lambda function synchronously and wait for its response? (Choose two.)',
    topic: 'invocation-models',
    domain: 'resilient',
    aspect: 'invocation',
    member: byModel('sync'),
    why: (s) => `${s.shortName} ${DOES[s.invocation]}.`,
    explanation: `The synchronous callers in the study table: ${names(byModel('sync'))}. ${SO.sync}`,
  },
  {
    id: 'async',
    stem: 'Which TWO of these services invoke a Lambda function asynchronously, so that Lambda queues the event and retries failures? (Choose two.)',
    topic: 'invocation-models',
    domain: 'resilient',
    aspect: 'invocation',
    member: byModel('async'),
    why: (s) => `${s.shortName} ${DOES[s.invocation]}.`,
    explanation: `The asynchronous callers in the study table: ${names(byModel('async'))}. ${SO.async}`,
  },
  {
    id: 'role',
    stem: 'Which TWO of these event sources get their access through the function’s execution role rather than its resource-based policy? (Choose two.)',
    topic: 'permissions',
    domain: 'secure',
    aspect: 'permission',
    member: (s) => s.invocation === 'poll' && s.permission.kind === 'execution-role',
    why: (s) => `${s.shortName} ${permissionPhrase(s.permission)}.`,
    explanation:
      'Pollers (SQS, Kinesis, DynamoDB Streams, MQ, MSK, self-managed Kafka) read with the function’s execution role; push sources are let in by the function’s resource-based policy.',
  },
];

/** Lead-ins that keep each question of a group distinct (a bank never repeats a stem). */
const LEADS = [
  '',
  'A design review lists the event sources of a new application. ',
  'A team is choosing how each source will reach its functions. ',
  'An architect is drawing the event flow of a serverless system. ',
  'A study group sorts event sources by how they reach Lambda. ',
  'A new engineer asks how these services connect to Lambda. ',
  'A platform team documents every trigger in its accounts. ',
];

function groupQuestions(g: Group): Question[] {
  const seed = hashSeed(`gen-pick-${g.id}`);
  const members = shuffled(STUDY_TABLE.filter(g.member), seed);
  // Permission groups compare pollers with push sources; special integrations would muddle it.
  const others = STUDY_TABLE.filter(
    (s) => !g.member(s) && (g.aspect === 'invocation' || s.permission.kind === 'resource-policy'),
  );
  const out: Question[] = [];
  for (let i = 0; i < members.length; i += 2) {
    // An odd member out is paired with the group's first member.
    const right = [members[i]!, members[i + 1] ?? members[0]!];
    const n = out.length + 1;
    const wrong = shuffled(others, seed + n).slice(0, 3);
    const picked = shuffled([...right, ...wrong], seed * 31 + n);
    out.push({
      id: `gen-pick-${g.id}-${n}`,
      kind: 'multiple',
      stem: `${LEADS[(n - 1) % LEADS.length]}${g.stem}`,
      options: picked.map((s, k) => ({
        id: 'abcde'[k]!,
        text: s.name,
        correct: right.includes(s),
        why: `${right.includes(s) ? 'Yes' : 'No'}: ${g.why(s)}`,
      })),
      topic: g.topic,
      domain: g.domain,
      difficulty: 2,
      facts: right.map((s) => catalogFactId(s.id, g.aspect)),
      // The pages behind the two right answers, the first of each before the rest.
      sources: docSources([
        ...right.map((s) => docSources(s.docs)[0] ?? ''),
        ...right.flatMap((s) => s.docs),
      ]),
      explanation: g.explanation,
    });
  }
  return out;
}

export const GROUP_QUESTIONS: readonly Question[] = GROUPS.flatMap(groupQuestions);
