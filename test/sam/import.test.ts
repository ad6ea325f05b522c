import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/catalog/services';
import { parseScenario, presets, type Scenario } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { importTemplate, scenarioToSamYaml } from '../../src/sam';

function parsed(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const all = [
  ...presets.map((p) => [p.id, p.scenario] as const),
  ...SERVICES.flatMap((s) => {
    const sc = scenarioForService(s.id);
    return sc === undefined ? [] : [[`service ${s.id}`, sc] as const];
  }),
];

/** The template without the scenario it carries: what a person's own template looks like. */
const withoutMetadata = (yaml: string) => yaml.slice(0, yaml.indexOf('\nMetadata:'));

/** What a SAM template holds of a scenario, in the scenario's own terms. */
function carried(s: Scenario) {
  const fn = s.function;
  return {
    function: {
      name: fn.name,
      runtime: fn.runtime === 'rust' ? 'go' : fn.runtime,
      memoryMb: fn.memoryMb,
      timeoutSeconds: fn.timeoutSeconds,
      reservedConcurrency: fn.reservedConcurrency,
      deadLetterQueue: fn.deadLetterQueue,
      asyncConfig: fn.asyncConfig,
      aliases: fn.aliases.map((a) => a.name).slice(0, 1),
      tracing: fn.tracing,
      recursiveLoop: fn.recursiveLoop,
    },
    // A service that calls through a role of its own (Step Functions, CodePipeline …) leaves no
    // resource in a template: only a comment.
    sources: s.workloads
      .flatMap((w) => (w.source ? [w.source.service] : []))
      .filter((id) => SERVICES.find((x) => x.id === id)?.permission.kind === 'resource-policy')
      .sort(),
    queues: (s.queues ?? []).map(({ mapping, ...q }) => ({
      ...q,
      producers: undefined,
      mapping: mapping && { ...mapping, qualifier: '$LATEST', provisionedPollerConfig: undefined },
    })),
    streams: (s.streams ?? []).map(({ mapping, ...st }) => ({
      ...st,
      producers: undefined,
      label: undefined,
      shards: st.kind === 'dynamodb' ? 1 : st.shards,
      streamViewType:
        st.kind === 'dynamodb' ? (st.streamViewType ?? 'NEW_AND_OLD_IMAGES') : undefined,
      mapping: { ...mapping, qualifier: '$LATEST', createdAtMs: 0 },
    })),
    kafka: (s.kafka ?? []).map((k) => ({ kind: k.kind, cluster: k.cluster, topic: k.topic })),
    rules: [...(s.eventbridge?.rules ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((r) => ({
        ...r,
        targets: r.targets.map((t) => ({
          ...t,
          // SAM's Schedule event names its target itself.
          id: r.scheduleExpression !== undefined && r.targets.length === 1 ? 'function' : t.id,
          fault: undefined,
          qualifier: '$LATEST',
        })),
      })),
    schedules: (s.eventbridge?.schedules ?? []).map((sc) => ({
      ...sc,
      target: { ...sc.target, fault: undefined, qualifier: '$LATEST' },
    })),
  };
}

describe('export, then import', () => {
  it.each(all)('%s: the same scenario comes back', (_id, input) => {
    const s = parsed(input);
    const back = importTemplate(scenarioToSamYaml(s));
    expect(back.ok && back.restored).toBe(true);
    expect(back.ok && back.scenario).toEqual(s);
  });

  it.each(all)('%s: without the metadata, the resources give the same settings', (_id, input) => {
    const s = parsed(input);
    const back = importTemplate(withoutMetadata(scenarioToSamYaml(s)));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect([back.restored, back.keptSimulation]).toEqual([false, false]);
    expect(carried(back.scenario)).toEqual(carried(s));
  });
});

describe('importing a template written by hand', () => {
  it('a CloudFormation JSON template with long forms, and what it could not use', () => {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Worker: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            FunctionName: 'worker',
            Runtime: 'python3.12',
            MemorySize: 512,
            Timeout: 60,
            Role: { 'Fn::GetAtt': ['WorkerRole', 'Arn'] },
            Code: { ZipFile: 'def handler(e, c): pass' },
            DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] } },
            EphemeralStorage: { Size: 1024 },
          },
        },
        Jobs: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            QueueName: 'jobs',
            VisibilityTimeout: 360,
            RedrivePolicy: {
              deadLetterTargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] },
              maxReceiveCount: 5,
            },
          },
        },
        Dlq: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'jobs-dlq' } },
        JobsMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            FunctionName: { Ref: 'Worker' },
            EventSourceArn: { 'Fn::GetAtt': ['Jobs', 'Arn'] },
            BatchSize: 5,
            FunctionResponseTypes: ['ReportBatchItemFailures'],
          },
        },
        WorkerRole: { Type: 'AWS::IAM::Role', Properties: {} },
      },
    };
    const back = importTemplate(JSON.stringify(template));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const s = back.scenario;
    expect(s.name).toBe('Imported: worker');
    expect([s.function.runtime, s.function.memoryMb, s.function.timeoutSeconds]).toEqual([
      'python',
      512,
      60,
    ]);
    expect(s.function.deadLetterQueue).toEqual({ type: 'sqs', name: 'jobs-dlq' });
    expect(s.queues).toHaveLength(1);
    expect(s.queues![0]).toMatchObject({
      name: 'jobs',
      visibilityTimeoutSeconds: 360,
      redrivePolicy: { deadLetterQueue: 'jobs-dlq', maxReceiveCount: 5 },
      mapping: { batchSize: 5, functionResponseTypes: ['ReportBatchItemFailures'] },
    });
    expect(s.queues![0]!.producers.map((p) => p.arrivals)).toEqual([
      { kind: 'single', atMs: [1_000] },
    ]);
    expect(back.skipped.map((k) => `${k.logicalId} ${k.property}: ${k.reason}`)).toEqual([
      'Worker Properties.Code: the code is not simulated',
      'Worker Properties.Role: the simulator lets the function use every source unless a scenario lists its permissions',
      'Worker Properties.EphemeralStorage: not simulated',
      'WorkerRole (resource): AWS::IAM::Role is not simulated',
    ]);
  });

  it('SAM short forms, a parameter, and an event type the simulator lacks', () => {
    const yaml = [
      'Transform: AWS::Serverless-2016-10-31',
      'Parameters:',
      '  Cluster:',
      '    Type: String',
      '    Default: arn:aws:kafka:eu-west-1:111122223333:cluster/payments/abcd-1',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Runtime: nodejs20.x',
      '      Handler: index.handler',
      '      EventInvokeConfig:',
      '        MaximumRetryAttempts: 0',
      '        DestinationConfig:',
      '          OnFailure:',
      '            Type: Lambda',
      '            Destination: !Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:fallback',
      '      Events:',
      '        Payments:',
      '          Type: MSK',
      '          Properties:',
      '            Stream: !Ref Cluster',
      '            Topics: [payments]',
      '            StartingPosition: TRIM_HORIZON',
      '            BatchSize: 50',
      '        Docs:',
      '          Type: DocumentDB',
      '          Properties:',
      '            Cluster: arn:aws:rds:us-east-1:123456789012:cluster:docs',
    ].join('\n');
    const back = importTemplate(yaml);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.scenario.function.name).toBe('fn');
    expect(back.scenario.function.asyncConfig).toEqual({
      maximumRetryAttempts: 0,
      maximumEventAgeInSeconds: 21_600,
      onFailure: { type: 'lambda', name: 'fallback' },
    });
    expect(back.scenario.kafka).toHaveLength(1);
    expect(back.scenario.kafka![0]).toMatchObject({
      kind: 'msk',
      cluster: 'payments',
      topic: 'payments',
      mapping: { startingPosition: 'TRIM_HORIZON', batchSize: 50 },
    });
    expect(back.skipped.map((k) => `${k.logicalId} ${k.property}`)).toEqual([
      'Fn Properties.Handler',
      'Fn Properties.Events.Docs',
    ]);
  });

  it('a function name the simulator cannot take gives way to the logical id, and says so', () => {
    const back = importTemplate(
      'Resources:\n  OrderWorker:\n    Type: AWS::Lambda::Function\n    Properties:\n      FunctionName: orders worker!\n',
    );
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.scenario.function.name).toBe('order-worker');
    expect(back.skipped).toEqual([
      {
        logicalId: 'OrderWorker',
        property: 'Properties.FunctionName',
        reason: '"orders worker!" is not a name the simulator takes; the logical id is used',
      },
    ]);
  });

  it('Globals give every function their properties unless it sets its own', () => {
    const yaml = [
      'Globals:',
      '  Function:',
      '    Timeout: 30',
      '    MemorySize: 1024',
      '  Api:',
      '    OpenApiVersion: 3.0.1',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      MemorySize: 256',
    ].join('\n');
    const back = importTemplate(yaml);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect([back.scenario.function.timeoutSeconds, back.scenario.function.memoryMb]).toEqual([
      30, 256,
    ]);
    expect(back.skipped).toEqual([
      { logicalId: 'Globals', property: 'Api', reason: 'not simulated' },
    ]);
  });

  it('an exported template whose resources were edited is read from its resources', () => {
    const s = parsed(presets.find((p) => p.id === 'sqs-redrive')!.scenario);
    const yaml = scenarioToSamYaml(s).replace('BatchSize: 10', 'BatchSize: 4');
    const back = importTemplate(yaml);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect([back.restored, back.keptSimulation]).toEqual([false, true]);
    expect(back.scenario.queues![0]!.mapping!.batchSize).toBe(4);
    // What no resource holds comes from the metadata: the whole scenario but the batch size.
    const expected = structuredClone(s);
    expected.queues![0]!.mapping!.batchSize = 4;
    expect(back.scenario).toEqual(expected);
  });
});

describe('a template that cannot be imported says why', () => {
  it('bad YAML: where, by line and column', () => {
    const back = importTemplate(
      'Resources:\n  Fn:\n    Type: [AWS::Serverless::Function\n  Q: 1\n',
    );
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.errors[0]!.path).toBe('line 4, column 3');
    expect(back.errors[0]!.message).toMatch(
      /^Flow sequence in block collection must be sufficiently indented/,
    );
  });
  it('no Resources section', () => {
    expect(importTemplate('Description: nothing here')).toEqual({
      ok: false,
      errors: [{ path: 'Resources', message: 'is missing: a template needs a Resources section' }],
    });
  });
  it('no function', () => {
    expect(importTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n')).toEqual({
      ok: false,
      errors: [
        {
          path: 'Resources',
          message:
            'has no function: the simulator needs an AWS::Serverless::Function or AWS::Lambda::Function',
        },
      ],
    });
  });
  it('settings out of the simulator’s range name the scenario field', () => {
    const back = importTemplate(
      'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 5000\n',
    );
    expect(back).toEqual({
      ok: false,
      errors: [
        { path: 'function.timeoutSeconds', message: 'must be a whole number from 1 to 900 s' },
      ],
    });
  });
  it('an empty file', () => {
    expect(importTemplate('  \n')).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the template is empty' }],
    });
  });
});

describe('the YAML text', () => {
  it('uses the short forms and puts comments above resources', () => {
    const yaml = scenarioToSamYaml(parsed(presets.find((p) => p.id === 'sqs-redrive')!.scenario));
    expect(yaml).toContain(
      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n",
    );
    expect(yaml).toContain(
      '        deadLetterTargetArn: !GetAtt OrdersDlqQueue.Arn\n        maxReceiveCount: 3\n',
    );
    expect(yaml).toContain('  # producer checkout: 9 at once at 0 s\n');
    expect(yaml).not.toMatch(/[&*]a\d/);
  });
});

describe('a hostile template', () => {
  it('an alias bomb is refused, not expanded', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push('Resources:', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:');
    lines.push('      Layers: *a9');
    const back = importTemplate(lines.join('\n'));
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.errors).toEqual([
      { path: '', message: 'the template refers to its anchors (*name) too often to be read' },
    ]);
  });
});
