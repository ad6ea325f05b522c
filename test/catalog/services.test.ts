import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SERVICES, serviceById } from '../../src/catalog/services';
import type { InvocationModel, ServiceRecord } from '../../src/catalog/services';
import { EVENTS_PRINCIPAL } from '../../src/engine/eventbridge/runtime';

/**
 * Method of invocation per service, written by hand from the study material's table ("Event-driven;
 * synchronous/asynchronous invocation", "Lambda polling", "Special integration"). The last two
 * entries are not in the table: function URLs are called synchronously, and a Step Functions Task
 * waits for the result by default.
 */
const EXPECTED: Record<string, readonly [InvocationModel, 'push' | 'pull' | 'none']> = {
  alexa: ['sync', 'push'],
  msk: ['poll', 'pull'],
  'self-managed-kafka': ['poll', 'pull'],
  'api-gateway': ['sync', 'push'],
  cloudformation: ['async', 'push'],
  'lambda-edge': ['sync', 'push'],
  eventbridge: ['async', 'push'],
  'cloudwatch-logs': ['async', 'push'],
  codecommit: ['async', 'push'],
  codepipeline: ['async', 'push'],
  cognito: ['sync', 'push'],
  config: ['async', 'push'],
  connect: ['sync', 'push'],
  dynamodb: ['poll', 'pull'],
  efs: ['special', 'none'],
  alb: ['sync', 'push'],
  iot: ['async', 'push'],
  'iot-events': ['async', 'push'],
  kinesis: ['poll', 'pull'],
  firehose: ['sync', 'push'],
  lex: ['sync', 'push'],
  mq: ['poll', 'pull'],
  ses: ['async', 'push'],
  sns: ['async', 'push'],
  sqs: ['poll', 'pull'],
  s3: ['async', 'push'],
  's3-batch': ['sync', 'push'],
  'secrets-manager': ['sync', 'push'],
  xray: ['special', 'none'],
  'function-url': ['sync', 'push'],
  'step-functions': ['sync', 'push'],
};

const NOT_IN_TABLE = ['function-url', 'step-functions'];

/**
 * Push sources whose permission is not "a function-policy statement naming an amazonaws.com
 * service principal", and why:
 * - function-url: with auth NONE the statement names everyone ('*'), not a service.
 * - alexa: the Alexa Skills Kit principal is alexa-appkit.amazon.com (pinned by skill ID).
 * - cloudformation, codepipeline, firehose, s3-batch, step-functions: the service calls Invoke
 *   through an IAM role of its own, whose identity policy must allow lambda:InvokeFunction.
 * - lambda-edge: CloudFront runs replicas; the execution role must trust edgelambda.amazonaws.com.
 */
const PUSH_EXCEPTIONS: Record<string, ServiceRecord['permission']['kind']> = {
  'function-url': 'resource-policy',
  alexa: 'resource-policy',
  cloudformation: 'invoker-role',
  codepipeline: 'invoker-role',
  firehose: 'invoker-role',
  's3-batch': 'invoker-role',
  'step-functions': 'invoker-role',
  'lambda-edge': 'none',
};

const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

function sample(id: string, seed = 1): Record<string, unknown> {
  const record = serviceById(id);
  if (!record) throw new Error(`no record ${id}`);
  return record.sampleEvent(seed) as Record<string, unknown>;
}

/** Follows a path of keys and indexes through a sample, failing loudly where it breaks. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) {
      throw new Error(`missing ${path.join('.')} (stopped at ${String(key)})`);
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** True when the value holds only what JSON can carry (no undefined, functions, NaN, classes). */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every(isPlainJson);
  }
  return false;
}

function decodeBase64(text: string): string {
  return Buffer.from(text, 'base64').toString('utf8');
}

const all = (r: ServiceRecord) => r.behaviour.join(' ');

describe('service catalog: shape', () => {
  it('has exactly the 31 services, 29 from the study table, with unique kebab-case ids', () => {
    expect(SERVICES).toHaveLength(31);
    expect(SERVICES.filter((s) => s.inStudyTable)).toHaveLength(29);
    const ids = SERVICES.map((s) => s.id);
    expect(new Set(ids).size).toBe(31);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.slice().sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(SERVICES.filter((s) => !s.inStudyTable).map((s) => s.id)).toEqual(NOT_IN_TABLE);
  });

  it('finds records by id', () => {
    expect(serviceById('sqs')?.shortName).toBe('SQS');
    expect(serviceById('api-gateway')?.name).toBe('Amazon API Gateway');
    expect(serviceById('nope')).toBeUndefined();
  });

  it('gives every record names, facts and sources', () => {
    for (const s of SERVICES) {
      expect(s.name.length, s.id).toBeGreaterThan(2);
      expect(s.shortName.length, s.id).toBeGreaterThan(1);
      expect(s.behaviour.length, s.id).toBeGreaterThan(0);
      expect(s.examFacts.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.examFacts.length, s.id).toBeLessThanOrEqual(4);
      expect(s.missingPermission.length, s.id).toBeGreaterThan(20);
      expect(s.docs.length, s.id).toBeGreaterThan(0);
      for (const url of s.docs)
        expect(url, s.id).toMatch(
          /^https:\/\/(docs\.aws\.amazon\.com|serverlessland\.com\/content\/service\/lambda)\/\S+$/,
        );
      expect(new Set(s.docs).size, s.id).toBe(s.docs.length);
      for (const l of s.limits) {
        expect(l.label.length, s.id).toBeGreaterThan(0);
        expect(l.value.length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it('keeps behaviour sentences short and every sentence unique across the catalog', () => {
    const seen = new Map<string, string>();
    for (const s of SERVICES) {
      for (const sentence of [...s.behaviour, ...s.examFacts]) {
        expect(seen.get(sentence), `"${sentence}" in ${s.id}`).toBeUndefined();
        seen.set(sentence, s.id);
      }
      for (const sentence of s.behaviour) {
        expect(sentence.length, `${s.id}: ${sentence}`).toBeLessThanOrEqual(200);
      }
    }
  });
});

describe('service catalog: invocation model', () => {
  it.each(Object.entries(EXPECTED))('%s is %j', (id, [invocation, push]) => {
    const s = serviceById(id);
    expect(s?.invocation).toBe(invocation);
    expect(s?.push).toBe(push);
  });

  it('words the study-table method to agree with the model', () => {
    for (const s of SERVICES) {
      if (!s.inStudyTable) {
        expect(s.studyTableMethod, s.id).toBeUndefined();
        continue;
      }
      const method = s.studyTableMethod ?? '';
      const expected = {
        sync: 'Event-driven, synchronous',
        async: 'Event-driven, asynchronous',
        poll: 'Lambda polling',
        special: 'Special integration',
      }[s.invocation];
      expect(method, s.id).toBe(expected);
    }
  });

  it('puts the mapping on the Lambda side for pollers and on the source for push services', () => {
    for (const s of SERVICES) {
      if (s.push === 'pull') expect(s.mappingLives, s.id).toBe('lambda');
      if (s.push === 'none') expect(s.mappingLives, s.id).toBe('none');
      // A function URL is a setting of the function itself; every other push source holds its own.
      if (s.push === 'push') {
        expect(s.mappingLives, s.id).toBe(s.id === 'function-url' ? 'lambda' : 'source');
      }
    }
  });
});

describe('service catalog: permissions', () => {
  it('names the EventBridge principal the engine checks resource policies for', () => {
    const p = serviceById('eventbridge')!.permission;
    expect(p.kind === 'resource-policy' && p.principal).toBe(EVENTS_PRINCIPAL);
  });

  it('gives push sources a resource-based policy naming an amazonaws.com principal', () => {
    for (const s of SERVICES.filter((r) => r.push === 'push')) {
      const p = s.permission;
      const exception = PUSH_EXCEPTIONS[s.id];
      if (exception !== undefined) {
        expect(p.kind, s.id).toBe(exception);
        continue;
      }
      expect(p.kind, s.id).toBe('resource-policy');
      if (p.kind === 'resource-policy') expect(p.principal, s.id).toMatch(SERVICE_PRINCIPAL);
    }
  });

  it('spells out each exception', () => {
    const fnUrl = serviceById('function-url')?.permission;
    expect(fnUrl).toEqual({ kind: 'resource-policy', principal: '*' });
    const alexa = serviceById('alexa')?.permission;
    expect(alexa).toMatchObject({ kind: 'resource-policy', principal: 'alexa-appkit.amazon.com' });
    for (const id of ['cloudformation', 'codepipeline', 'firehose', 's3-batch', 'step-functions']) {
      const p = serviceById(id)?.permission;
      expect(p?.kind, id).toBe('invoker-role');
      if (p?.kind === 'invoker-role') expect(p.actions, id).toContain('lambda:InvokeFunction');
    }
    const edge = serviceById('lambda-edge')?.permission;
    expect(edge?.kind === 'none' && edge.note).toContain('edgelambda.amazonaws.com');
  });

  it('asks for SourceAccount on S3 only, where bucket ARNs carry no account', () => {
    const needing = SERVICES.filter(
      (s) => s.permission.kind === 'resource-policy' && s.permission.needsSourceAccount,
    ).map((s) => s.id);
    expect(needing).toEqual(['s3']);
  });

  it('gives pollers execution-role actions from their own service', () => {
    const namespaces: Record<string, string> = {
      sqs: 'sqs:',
      kinesis: 'kinesis:',
      dynamodb: 'dynamodb:',
      msk: 'kafka:',
      mq: 'mq:',
      'self-managed-kafka': 'secretsmanager:',
    };
    for (const s of SERVICES.filter((r) => r.push === 'pull')) {
      expect(s.permission.kind, s.id).toBe('execution-role');
      if (s.permission.kind !== 'execution-role') continue;
      expect(s.permission.actions.length, s.id).toBeGreaterThan(0);
      expect(
        s.permission.actions.some((a) => a.startsWith(namespaces[s.id] ?? '?')),
        s.id,
      ).toBe(true);
    }
    const sqs = serviceById('sqs')?.permission;
    expect(sqs).toEqual({
      kind: 'execution-role',
      actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      managedPolicy: 'AWSLambdaSQSQueueExecutionRole',
    });
  });
});

describe('service catalog: figures from the semantics reference', () => {
  it('API Gateway: 29 s → 504, rejected invoke → 500, function error → 502, no retries', () => {
    const text = all(serviceById('api-gateway')!);
    for (const f of ['29 s', '504', '500', '502', 'No retries']) expect(text).toContain(f);
  });

  it('ALB, Cognito, Lambda@Edge, Connect', () => {
    expect(all(serviceById('alb')!)).toContain('502');
    const cognito = all(serviceById('cognito')!);
    expect(cognito).toContain('5 s');
    expect(cognito).toContain('3 attempts');
    const edge = all(serviceById('lambda-edge')!);
    for (const f of ['5 s', '128 MB', '30 s', 'us-east-1']) expect(edge).toContain(f);
    const connect = all(serviceById('connect')!);
    for (const f of ['8 s', '60 s', 'up to 3 times']) expect(connect).toContain(f);
  });

  it('SNS, S3, Firehose, EventBridge', () => {
    const sns = all(serviceById('sns')!);
    for (const f of ['100,015', '23 days', 'dead-letter queue']) expect(sns).toContain(f);
    const s3 = all(serviceById('s3')!);
    for (const f of ['at least once', 'no guaranteed order', 'two events']) expect(s3).toContain(f);
    const firehose = all(serviceById('firehose')!);
    for (const f of ['3 times', 'processing-failed/', 'Ok, Dropped or ProcessingFailed']) {
      expect(firehose).toContain(f);
    }
    const eb = all(serviceById('eventbridge')!);
    for (const f of ['24 h', '185 attempts', 'up to 5 targets']) expect(eb).toContain(f);
  });

  it('services that wait for a report back, and the two-mode ones', () => {
    expect(all(serviceById('cloudformation')!)).toContain('ResponseURL');
    expect(all(serviceById('cloudformation')!)).toContain('1 h');
    expect(all(serviceById('codepipeline')!)).toContain(
      'PutJobSuccessResult or PutJobFailureResult',
    );
    expect(all(serviceById('config')!)).toContain('PutEvaluations');
    const ses = all(serviceById('ses')!);
    for (const f of ['Event', 'RequestResponse', '30 s']) expect(ses).toContain(f);
    expect(all(serviceById('s3-batch')!)).toContain(
      'Succeeded, TemporaryFailure (S3 tries the task again) or PermanentFailure',
    );
    expect(all(serviceById('secrets-manager')!)).toContain(
      'createSecret, setSecret, testSecret, finishSecret',
    );
  });
});

describe('service catalog: sample events', () => {
  it.each(SERVICES.map((s) => [s.id, s] as const))(
    '%s is deterministic, seed-dependent and plain JSON',
    (_id, s) => {
      const a = s.sampleEvent(42);
      expect(isPlainJson(a)).toBe(true);
      expect(JSON.stringify(s.sampleEvent(42))).toBe(JSON.stringify(a));
      const variants = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(s.sampleEvent(seed))));
      expect(variants.size).toBeGreaterThan(1);
    },
  );

  it('S3: bucket name and object key', () => {
    const e = sample('s3');
    expect(at(e, 'Records', 0, 'eventSource')).toBe('aws:s3');
    expect(at(e, 'Records', 0, 'eventName')).toBe('ObjectCreated:Put');
    expect(typeof at(e, 'Records', 0, 's3', 'bucket', 'name')).toBe('string');
    expect(at(e, 'Records', 0, 's3', 'object', 'key')).toMatch(/^uploads\//);
    expect(typeof at(e, 'Records', 0, 's3', 'object', 'sequencer')).toBe('string');
  });

  it('SNS: Sns.Message', () => {
    const e = sample('sns');
    expect(at(e, 'Records', 0, 'EventSource')).toBe('aws:sns');
    expect(at(e, 'Records', 0, 'Sns', 'Type')).toBe('Notification');
    expect(JSON.parse(at(e, 'Records', 0, 'Sns', 'Message') as string)).toHaveProperty('orderId');
  });

  it('SQS: body and messageId', () => {
    const e = sample('sqs');
    expect(at(e, 'Records', 0, 'eventSource')).toBe('aws:sqs');
    expect(at(e, 'Records', 0, 'messageId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof at(e, 'Records', 0, 'body')).toBe('string');
    expect(at(e, 'Records', 0, 'attributes', 'ApproximateReceiveCount')).toBe('1');
  });

  it('API Gateway (REST, format 1.0): httpMethod, path, requestContext', () => {
    const e = sample('api-gateway');
    expect(at(e, 'httpMethod')).toBe('GET');
    expect(at(e, 'path')).toMatch(/^\/orders\//);
    expect(at(e, 'requestContext', 'stage')).toBe('prod');
    expect(at(e, 'requestContext', 'identity', 'sourceIp')).toMatch(/^203\.0\.113\./);
  });

  it('DynamoDB: Keys and eventName, images matching the event', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const e = sample('dynamodb', seed);
      const name = at(e, 'Records', 0, 'eventName');
      expect(['INSERT', 'MODIFY', 'REMOVE']).toContain(name);
      expect(at(e, 'Records', 0, 'dynamodb', 'Keys', 'OrderId')).toHaveProperty('N');
      const ddb = at(e, 'Records', 0, 'dynamodb') as Record<string, unknown>;
      expect('NewImage' in ddb).toBe(name !== 'REMOVE');
      expect('OldImage' in ddb).toBe(name !== 'INSERT');
    }
  });

  it('Kinesis: base64 data, partitionKey, sequenceNumber', () => {
    const e = sample('kinesis');
    const k = at(e, 'Records', 0, 'kinesis') as Record<string, string>;
    expect(JSON.parse(decodeBase64(k.data!))).toHaveProperty('page');
    expect(k.partitionKey).toMatch(/^user-/);
    expect(k.sequenceNumber).toMatch(/^\d{56}$/);
    expect(at(e, 'Records', 0, 'eventID')).toBe(
      `${(at(e, 'Records', 0, 'eventID') as string).split(':')[0]}:${k.sequenceNumber}`,
    );
  });

  it('Cognito: triggerSource and userPoolId', () => {
    const e = sample('cognito');
    expect(at(e, 'triggerSource')).toBe('PreSignUp_SignUp');
    expect(at(e, 'userPoolId')).toMatch(/^us-east-1_/);
  });

  it('CloudWatch Logs: awslogs.data is base64 of real gzip of the log JSON', () => {
    const e = sample('cloudwatch-logs');
    const raw = Buffer.from(at(e, 'awslogs', 'data') as string, 'base64');
    const decoded = JSON.parse(gunzipSync(raw).toString('utf8'));
    expect(decoded.messageType).toBe('DATA_MESSAGE');
    expect(decoded.logGroup).toBe('/aws/lambda/checkout');
    expect(decoded.logEvents[0].message).toContain('ERROR');
  });

  it('EventBridge: the full envelope', () => {
    const e = sample('eventbridge');
    expect(Object.keys(e).sort()).toEqual([
      'account',
      'detail',
      'detail-type',
      'id',
      'region',
      'resources',
      'source',
      'time',
      'version',
    ]);
    expect(at(e, 'version')).toBe('0');
    expect(at(e, 'source')).toBe('aws.events');
    expect(at(e, 'detail-type')).toBe('Scheduled Event');
    expect(at(e, 'time')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
  });

  it('Kafka (MSK and self-managed): records keyed "topic-partition"', () => {
    for (const [id, source] of [
      ['msk', 'aws:kafka'],
      ['self-managed-kafka', 'SelfManagedKafka'],
    ] as const) {
      const e = sample(id);
      expect(at(e, 'eventSource')).toBe(source);
      const records = at(e, 'records') as Record<string, { topic: string; partition: number }[]>;
      for (const [key, list] of Object.entries(records)) {
        expect(key).toMatch(/^[a-z]+-\d+$/);
        for (const r of list) expect(key).toBe(`${r.topic}-${r.partition}`);
      }
      const first = Object.values(records)[0]![0] as unknown as Record<string, string>;
      expect(JSON.parse(decodeBase64(first.value!))).toHaveProperty('event');
    }
  });

  it('MQ: messages[].data in base64', () => {
    const e = sample('mq');
    expect(at(e, 'eventSource')).toBe('aws:mq');
    expect(JSON.parse(decodeBase64(at(e, 'messages', 0, 'data') as string))).toHaveProperty('sku');
  });

  it('Secrets Manager: Step, SecretId, ClientRequestToken', () => {
    const steps = new Set<unknown>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const e = sample('secrets-manager', seed);
      expect(Object.keys(e).sort()).toEqual(['ClientRequestToken', 'SecretId', 'Step']);
      steps.add(e.Step);
    }
    expect(
      [...steps].every((s) =>
        ['createSecret', 'setSecret', 'testSecret', 'finishSecret'].includes(s as string),
      ),
    ).toBe(true);
  });

  it('S3 Batch: tasks[].s3Key', () => {
    const e = sample('s3-batch');
    expect(at(e, 'invocationSchemaVersion')).toBe('1.0');
    expect(at(e, 'tasks', 0, 's3Key')).toMatch(/\.tiff$/);
    expect(at(e, 'tasks', 0, 's3BucketArn')).toMatch(/^arn:aws:s3:::/);
  });

  it('Firehose: records[].recordId and base64 data', () => {
    const e = sample('firehose');
    expect(at(e, 'records', 0, 'recordId')).toMatch(/^\d+$/);
    expect(JSON.parse(decodeBase64(at(e, 'records', 0, 'data') as string))).toHaveProperty('level');
  });

  it('a few more shapes: Lambda@Edge, CloudFormation, CodePipeline, Config, ALB, function URL', () => {
    expect(at(sample('lambda-edge'), 'Records', 0, 'cf', 'config', 'eventType')).toBe(
      'viewer-request',
    );
    expect(['Create', 'Update', 'Delete']).toContain(at(sample('cloudformation'), 'RequestType'));
    expect(at(sample('cloudformation'), 'ResponseURL')).toMatch(/^https:\/\//);
    expect(at(sample('codepipeline'), 'CodePipeline.job', 'accountId')).toBe('123456789012');
    expect(JSON.parse(at(sample('config'), 'invokingEvent') as string)).toHaveProperty(
      'configurationItem',
    );
    expect(at(sample('alb'), 'requestContext', 'elb', 'targetGroupArn')).toMatch(/targetgroup/);
    expect(at(sample('function-url'), 'version')).toBe('2.0');
  });
});

describe('service catalog: purity', () => {
  it('uses no wall clock, no ambient randomness and no React', () => {
    const dir = 'src/catalog/services';
    for (const file of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      expect(text, file).not.toMatch(/Math\.random|Date\.now|from 'react'/);
    }
  });
});

describe('retired services', () => {
  it('are Lex (V1) and IoT Events, kept from the study table and marked with when support ended', () => {
    expect(
      SERVICES.filter((s) => s.retired !== undefined).map((s) => [s.id, s.retired!.since]),
    ).toEqual([
      ['iot-events', 'May 2026'],
      ['lex', 'September 2025'],
    ]);
  });
});
