import type { Scenario } from '../scenario';
import type { FormSection } from '../scenario/edit-form';
import { shortName } from './diagram-services';
import { targetTypeLabel } from './names';

/**
 * What the inspector edits for each diagram node: its title, what it is in a sentence, and the
 * parts of the scenario document (sections) that hold its settings. Node ids are those of
 * src/view/diagram*.ts.
 */
export interface NodeSettings {
  readonly title: string;
  /** What kind of thing it is: "Lambda function", "SQS queue" … */
  readonly kind: string;
  /** One sentence on what it does in this scenario and what its settings change. */
  readonly about: string;
  readonly sections: readonly FormSection[];
}

type Path = FormSection['path'];

export function nodeSettings(s: Scenario, id: string): NodeSettings | null {
  if (id === 'function') return functionNode(s);
  if (id === 'lambda') return lambdaNode();
  if (id === 'async-queue') return asyncQueueNode();
  if (id === 'integration:efs')
    return {
      title: shortName('efs'),
      kind: 'File system of the function',
      about: 'An EFS access point every new execution environment mounts during its Init phase.',
      sections: [{ title: 'File system', path: ['function'], only: ['fileSystem'] }],
    };
  if (id === 'integration:xray')
    return {
      title: shortName('xray'),
      kind: 'Tracing of the function',
      about: 'Active tracing samples requests itself; PassThrough only forwards a caller’s trace.',
      sections: [{ title: 'Tracing', path: ['function'], only: ['tracing'] }],
    };
  const [prefix, ...restParts] = id.split(':');
  const rest = restParts.join(':');
  switch (prefix) {
    case 'workload':
      return workloadNode(s, rest);
    case 'producer':
      return producerNode(s, rest);
    case 'producers':
      return producerGroupNode(s, rest);
    case 'sqs':
      return at(
        s.queues,
        (q) => q.name === rest,
        (i) => ({
          title: rest,
          kind: `${shortName('sqs')} queue`,
          about:
            'Holds messages until the event source mapping’s pollers receive them; a received message is hidden for the visibility timeout.',
          sections: [{ title: 'Queue', path: ['queues', i], omit: ['producers', 'mapping'] }],
        }),
      );
    case 'mq':
      return at(
        s.brokers,
        (b) => b.name === rest,
        (i) => ({
          title: rest,
          kind: 'Amazon MQ broker',
          about: 'A message broker whose queue the event source mapping consumes.',
          sections: [{ title: 'Broker', path: ['brokers', i], omit: ['producers', 'mapping'] }],
        }),
      );
    case 'stream':
      return at(
        s.streams,
        (st) => st.name === rest,
        (i, st) => ({
          title: rest,
          kind: st.kind === 'kinesis' ? 'Kinesis data stream' : 'DynamoDB stream',
          about: 'An ordered log split into shards; each shard is read in order by the mapping.',
          sections: [{ title: 'Stream', path: ['streams', i], omit: ['producers', 'mapping'] }],
        }),
      );
    case 'kafka':
      return at(
        s.kafka,
        (k) => `${k.cluster}/${k.topic}` === rest,
        (i, k) => ({
          title: k.topic,
          kind: k.kind === 'msk' ? 'Kafka topic on Amazon MSK' : 'Kafka topic (self-managed)',
          about: 'A topic split into partitions; each partition is read in order by the mapping.',
          sections: [{ title: 'Topic', path: ['kafka', i], omit: ['producers', 'mapping'] }],
        }),
      );
    case 'esm':
      return mappingNode(s, rest);
    case 'redrive':
    case 'dlq':
      return dlqNode(s, prefix, rest);
    case 'onSuccess':
    case 'onFailure':
      return {
        title: rest.split(':').slice(1).join(':'),
        kind: `${prefix === 'onSuccess' ? 'On-success' : 'On-failure'} destination · ${targetTypeLabel(rest.split(':')[0])}`,
        about:
          'Receives an invocation record (request, response, condition) after an asynchronous invocation ends this way.',
        sections: [{ title: 'Destination', path: ['function', 'asyncConfig'], only: [prefix] }],
      };
    case 'esm-destination':
      return streamDestinationNode(s, rest);
    case 'bus':
      return busNode(s, rest);
    case 'rule':
      return at(
        s.eventbridge?.rules,
        (r) => r.name === rest,
        (i, r) => ({
          title: rest,
          kind: r.scheduleExpression ? 'Scheduled rule (legacy)' : 'EventBridge rule',
          about: r.scheduleExpression
            ? 'Makes an event on its UTC schedule and sends it to each of its targets. AWS now calls scheduled rules legacy: EventBridge Scheduler adds time zones, one-time schedules and a DLQ per schedule.'
            : 'Sends each event its pattern matches to each of its targets.',
          sections: [{ title: 'Rule', path: ['eventbridge', 'rules', i] }],
        }),
      );
    case 'schedule':
      return at(
        s.eventbridge?.schedules,
        (sc) => sc.name === rest,
        (i) => ({
          title: rest,
          kind: 'EventBridge Scheduler schedule',
          about:
            'Fires on its rate, cron or one-time expression in its own time zone and invokes the function asynchronously, retrying by its own policy and sending what it cannot deliver to its DLQ.',
          sections: [{ title: 'Schedule', path: ['eventbridge', 'schedules', i] }],
        }),
      );
    case 'target':
      return targetNode(s, rest);
    case 'target-dlq':
      return targetDlqNode(s, rest);
    case 'sns-dlq':
    case 'error-action':
      return pushSinkNode(s, prefix, rest);
    case 's3':
      return pushSinkNode(s, 'firehose', rest);
    default:
      return null;
  }
}

function at<T>(
  list: readonly T[] | undefined,
  pick: (item: T) => boolean,
  make: (index: number, item: T) => NodeSettings,
): NodeSettings | null {
  const i = list?.findIndex(pick) ?? -1;
  return i < 0 ? null : make(i, list![i]!);
}

function functionNode(s: Scenario): NodeSettings {
  return {
    title: s.function.name,
    kind: 'Lambda function',
    about:
      'Your code and its configuration: what each invocation does, how long it may run, how many copies may run at once, and what happens to asynchronous events that fail.',
    sections: [
      {
        title: 'Configuration',
        path: ['function'],
        only: [
          'name',
          'runtime',
          'packageType',
          'memoryMb',
          'timeoutSeconds',
          'reservedConcurrency',
        ],
      },
      { title: 'What the code does', path: ['function', 'behaviour'] },
      { title: 'Asynchronous invocation', path: ['function', 'asyncConfig'] },
      { title: 'Dead-letter queue', path: ['function'], only: ['deadLetterQueue'] },
      {
        title: 'Versions, aliases and provisioned concurrency',
        path: ['function'],
        only: ['versions', 'aliases', 'provisionedConcurrency'],
      },
      { title: 'File system and tracing', path: ['function'], only: ['fileSystem', 'tracing'] },
      {
        title: 'Recursive loops',
        path: ['function'],
        only: ['writesBackToSource', 'recursiveLoop'],
      },
      { title: 'Permissions', path: ['permissions'] },
    ],
  };
}

function lambdaNode(): NodeSettings {
  return {
    title: 'Lambda',
    kind: 'The Lambda service (Invoke API)',
    about:
      'Accepts every invocation, checks concurrency and permissions, and throttles with 429 when no capacity is left.',
    sections: [
      { title: 'Account', path: ['account'] },
      { title: 'Execution environments', path: ['environment'] },
      { title: 'Lambda’s own failures', path: ['faults'] },
    ],
  };
}

function asyncQueueNode(): NodeSettings {
  return {
    title: 'Async queue',
    kind: 'Lambda’s internal queue for asynchronous invocations',
    about:
      'Holds Event invocations after the 202 reply and retries failed ones until retries or the maximum event age run out.',
    sections: [
      { title: 'Asynchronous invocation', path: ['function', 'asyncConfig'] },
      { title: 'Dead-letter queue', path: ['function'], only: ['deadLetterQueue'] },
      { title: 'Internal queue', path: ['async'] },
    ],
  };
}

function workloadNode(s: Scenario, workloadId: string): NodeSettings | null {
  return at(
    s.workloads,
    (w) => w.id === workloadId,
    (i, w) => ({
      title: w.label ?? w.id,
      kind: w.source ? `${shortName(w.source.service)} (invokes the function itself)` : 'Caller',
      about: w.source
        ? 'An AWS service that produces events and invokes the function with its own rules for retries and timeouts.'
        : 'Sends requests to the Invoke API: when they arrive, how (synchronous, asynchronous, dry run) and which version or alias they call.',
      sections: [
        { title: w.source ? 'Events' : 'Requests', path: ['workloads', i], omit: ['source'] },
        ...(w.source
          ? [{ title: `${shortName(w.source.service)} settings`, path: ['workloads', i, 'source'] }]
          : []),
      ],
    }),
  );
}

function producerNode(s: Scenario, rest: string): NodeSettings | null {
  const [family, ...more] = rest.split(':');
  const tail = more.join(':');
  const slash = tail.lastIndexOf('/');
  const owner = tail.slice(0, slash);
  const producerId = tail.slice(slash + 1);
  const producer = (path: Path, label: string | undefined, id: string, kind: string) => ({
    title: label ?? id,
    kind,
    about:
      'Puts messages into the source on its own schedule; Lambda is not involved until a poller reads them.',
    sections: [{ title: 'Producer', path }],
  });
  if (family === 'sqs' || family === 'mq' || family === 'stream' || family === 'kafka') {
    const list =
      family === 'sqs'
        ? s.queues?.map((q) => ({ name: q.name, producers: q.producers }))
        : family === 'mq'
          ? s.brokers?.map((b) => ({ name: b.name, producers: b.producers }))
          : family === 'stream'
            ? s.streams?.map((st) => ({ name: st.name, producers: st.producers }))
            : s.kafka?.map((k) => ({ name: `${k.cluster}/${k.topic}`, producers: k.producers }));
    const key = { sqs: 'queues', mq: 'brokers', stream: 'streams', kafka: 'kafka' }[family];
    const i = list?.findIndex((o) => o.name === owner) ?? -1;
    const j = i < 0 ? -1 : list![i]!.producers.findIndex((p) => p.id === producerId);
    if (j < 0) return null;
    const p = list![i]!.producers[j]!;
    return producer([key, i, 'producers', j], p.label, p.id, 'Producer');
  }
  // EventBridge producers are "producer:<id>".
  return at(
    s.eventbridge?.producers,
    (p) => p.id === rest,
    (i, p) => ({
      ...producer(['eventbridge', 'producers', i], p.label, p.id, 'Event producer (PutEvents)'),
      about: 'Puts events on a bus with PutEvents; rules on that bus decide where they go.',
    }),
  );
}

/**
 * Several producers of one source drawn as one box ("producers:sqs:orders", see
 * view/diagram-groups): a section for each.
 */
function producerGroupNode(s: Scenario, rest: string): NodeSettings | null {
  const colon = rest.indexOf(':');
  const family = rest.slice(0, colon);
  const owner = rest.slice(colon + 1);
  const members = (
    family === 'sqs'
      ? (s.queues ?? []).map((q) => ({ name: q.name, producers: q.producers }))
      : family === 'mq'
        ? (s.brokers ?? []).map((b) => ({ name: b.name, producers: b.producers }))
        : family === 'stream'
          ? (s.streams ?? []).map((st) => ({ name: st.name, producers: st.producers }))
          : family === 'kafka'
            ? (s.kafka ?? []).map((k) => ({
                name: `${k.cluster}/${k.topic}`,
                producers: k.producers,
              }))
            : []
  ).map((o) => o.name);
  const i = members.indexOf(owner);
  if (i < 0) return null;
  const key = ({ sqs: 'queues', mq: 'brokers', stream: 'streams', kafka: 'kafka' } as const)[
    family as 'sqs' | 'mq' | 'stream' | 'kafka'
  ];
  const list =
    key === 'queues'
      ? s.queues![i]!.producers
      : key === 'brokers'
        ? s.brokers![i]!.producers
        : key === 'streams'
          ? s.streams![i]!.producers
          : s.kafka![i]!.producers;
  return {
    title: `${list.length} producers`,
    kind: `Producers of ${owner}`,
    about:
      'Each puts messages into the source on its own schedule, drawn in one box; Lambda is not involved until a poller reads them.',
    sections: list.map((p, j) => ({ title: p.label ?? p.id, path: [key, i, 'producers', j] })),
  };
}

function mappingNode(s: Scenario, rest: string): NodeSettings | null {
  const about =
    'The event source mapping: Lambda’s pollers read the source, build batches and invoke the function synchronously with each batch.';
  if (rest.startsWith('sqs:'))
    return at(
      s.queues,
      (q) => q.name === rest.slice(4),
      (i, q) => ({
        title: 'Event source mapping',
        kind: `${shortName('sqs')} poller for ${q.name}`,
        about,
        sections: [{ title: 'Mapping', path: ['queues', i, 'mapping'] }],
      }),
    );
  if (rest.startsWith('mq:'))
    return at(
      s.brokers,
      (b) => b.name === rest.slice(3),
      (i, b) => ({
        title: 'Event source mapping',
        kind: `Amazon MQ poller for ${b.name}`,
        about,
        sections: [{ title: 'Mapping', path: ['brokers', i, 'mapping'] }],
      }),
    );
  return (
    at(
      s.streams,
      (st) => st.name === rest,
      (i, st) => ({
        title: 'Event source mapping',
        kind: `${st.kind === 'kinesis' ? 'Kinesis' : 'DynamoDB'} poller for ${st.name}`,
        about,
        sections: [{ title: 'Mapping', path: ['streams', i, 'mapping'] }],
      }),
    ) ??
    at(
      s.kafka,
      (k) => `${k.cluster}/${k.topic}` === rest,
      (i, k) => ({
        title: 'Event source mapping',
        kind: `Kafka poller for ${k.topic}`,
        about,
        sections: [{ title: 'Mapping', path: ['kafka', i, 'mapping'] }],
      }),
    )
  );
}

function dlqNode(s: Scenario, prefix: string, rest: string): NodeSettings | null {
  if (rest.startsWith('mq:')) {
    const [broker = '', dlq = ''] = rest.slice(3).split('/');
    return at(
      s.brokers,
      (b) => b.name === broker,
      (i) => ({
        title: dlq,
        kind: 'Broker dead-letter queue',
        about: 'Where the broker moves a message once its redeliveries are used up.',
        sections: [
          {
            title: 'Redelivery',
            path: ['brokers', i],
            only: ['maximumRedeliveries', 'deadLetterQueue'],
          },
        ],
      }),
    );
  }
  const [type = '', ...nameParts] = rest.split(':');
  const name = nameParts.join(':');
  if (prefix === 'redrive')
    return at(
      s.queues,
      (q) => q.redrivePolicy?.deadLetterQueue === name,
      (i, q) => ({
        title: name,
        kind: `Redrive dead-letter queue of ${q.name}`,
        about:
          'SQS moves a message here once it has been received maxReceiveCount times without being deleted.',
        sections: [{ title: 'Redrive policy', path: ['queues', i], only: ['redrivePolicy'] }],
      }),
    );
  return {
    title: name,
    kind: `Dead-letter queue · ${targetTypeLabel(type)}`,
    about:
      'Receives the original event of an asynchronous invocation that failed all its attempts or grew too old.',
    sections: [
      { title: 'Dead-letter queue', path: ['function'], only: ['deadLetterQueue'] },
      { title: 'Asynchronous invocation', path: ['function', 'asyncConfig'] },
    ],
  };
}

function streamDestinationNode(s: Scenario, rest: string): NodeSettings | null {
  const [type = '', ...nameParts] = rest.split(':');
  const name = nameParts.join(':');
  const matches = (m: { destinationConfig?: { onFailure: { type: string; name: string } } }) =>
    m.destinationConfig?.onFailure.type === type && m.destinationConfig.onFailure.name === name;
  const make = (path: Path) => ({
    title: name,
    kind: `On-failure destination of a mapping · ${targetTypeLabel(type)}`,
    about:
      'Receives a record describing each batch the mapping gave up on (retries or record age used up).',
    sections: [
      {
        title: 'Error handling',
        path,
        only: [
          'destinationConfig',
          'maximumRetryAttempts',
          'maximumRecordAgeInSeconds',
          'bisectBatchOnFunctionError',
        ],
      },
    ],
  });
  return (
    at(
      s.streams,
      (st) => matches(st.mapping),
      (i) => make(['streams', i, 'mapping']),
    ) ??
    at(
      s.kafka,
      (k) => matches(k.mapping),
      (i) => make(['kafka', i, 'mapping']),
    )
  );
}

function busNode(s: Scenario, name: string): NodeSettings | null {
  const eb = s.eventbridge;
  if (eb === undefined) return null;
  const shared: FormSection = {
    title: 'EventBridge',
    path: ['eventbridge'],
    only: ['entryLimitKb', 'archives', 'replays'],
  };
  const about = 'Receives events from PutEvents and hands each one to every rule on the bus.';
  if (name === 'default')
    return { title: name, kind: 'Default event bus', about, sections: [shared] };
  return at(
    eb.buses,
    (b) => b.name === name,
    (i) => ({
      title: name,
      kind: 'Event bus',
      about,
      sections: [{ title: 'Bus', path: ['eventbridge', 'buses', i] }, shared],
    }),
  );
}

function targetNode(s: Scenario, rest: string): NodeSettings | null {
  const slash = rest.lastIndexOf('/');
  const ruleName = rest.slice(0, slash);
  const targetId = rest.slice(slash + 1);
  const rules = s.eventbridge?.rules ?? [];
  const i = rules.findIndex((r) => r.name === ruleName);
  const j = i < 0 ? -1 : rules[i]!.targets.findIndex((t) => t.id === targetId);
  if (j < 0) return null;
  const t = rules[i]!.targets[j]!;
  return {
    title: t.name ?? t.id,
    kind: `Target of ${ruleName} · ${targetTypeLabel(t.type)}`,
    about:
      'EventBridge delivers each matched event here, retrying failed deliveries by its retry policy.',
    sections: [{ title: 'Target', path: ['eventbridge', 'rules', i, 'targets', j] }],
  };
}

function targetDlqNode(s: Scenario, name: string): NodeSettings | null {
  const rules = s.eventbridge?.rules ?? [];
  for (const [i, r] of rules.entries())
    for (const [j, t] of r.targets.entries())
      if (t.deadLetterQueue?.name === name)
        return {
          title: name,
          kind: `Dead-letter queue of target ${t.id} (${r.name})`,
          about:
            'Receives the events EventBridge could not deliver to the target within its retry policy.',
          sections: [
            {
              title: 'Delivery',
              path: ['eventbridge', 'rules', i, 'targets', j],
              only: ['deadLetterQueue', 'retryPolicy'],
            },
          ],
        };
  const schedules = s.eventbridge?.schedules ?? [];
  for (const [i, sc] of schedules.entries())
    if (sc.target.deadLetterQueue?.name === name)
      return {
        title: name,
        kind: `Dead-letter queue of schedule ${sc.name}`,
        about:
          'Receives the invocations EventBridge Scheduler could not deliver within the schedule’s retry policy.',
        sections: [
          {
            title: 'Delivery',
            path: ['eventbridge', 'schedules', i, 'target'],
            only: ['deadLetterQueue', 'retryPolicy'],
          },
        ],
      };
  return null;
}

function pushSinkNode(s: Scenario, kind: string, rest: string): NodeSettings | null {
  const name = rest.split(':').slice(1).join(':') || rest;
  const pick = (w: Scenario['workloads'][number]) => {
    const src = w.source;
    if (kind === 'sns-dlq') return src?.service === 'sns' && src.subscriptionDlq?.name === name;
    if (kind === 'error-action') return src?.service === 'iot' && src.errorAction?.name === name;
    return src?.service === 'firehose';
  };
  const only =
    kind === 'sns-dlq'
      ? ['subscriptionDlq']
      : kind === 'error-action'
        ? ['errorAction']
        : undefined;
  return at(s.workloads, pick, (i, w) => ({
    title: kind === 'firehose' ? rest : name,
    kind:
      kind === 'sns-dlq'
        ? 'Dead-letter queue of the SNS subscription'
        : kind === 'error-action'
          ? 'Error action of the IoT rule'
          : 'Where Firehose writes records that failed processing',
    about: `Where ${shortName(w.source!.service)} puts what it could not deliver to the function.`,
    sections: [
      {
        title: `${shortName(w.source!.service)} settings`,
        path: ['workloads', i, 'source'],
        ...(only ? { only } : {}),
      },
    ],
  }));
}
