import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/catalog/services';
import { parseScenario, presets, type Scenario } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { scenarioToTemplate, templateYaml } from '../../src/sam';
import { parseTemplate } from '../../src/sam/parse-template';
import { checkTemplate } from './template-check';

function parsed(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const services = SERVICES.flatMap((s) => {
  const sc = scenarioForService(s.id);
  return sc === undefined ? [] : [[s.id, sc] as const];
});

describe('every exported template validates against SAM and CloudFormation', () => {
  it.each(presets.map((p) => [p.id, p.scenario] as const))('preset %s', (_id, input) => {
    expect(checkTemplate(scenarioToTemplate(parsed(input)).template)).toEqual([]);
  });
  it.each(services)('service scenario %s', (_id, input) => {
    expect(checkTemplate(scenarioToTemplate(parsed(input)).template)).toEqual([]);
  });
  it.each([...presets.map((p) => [p.id, p.scenario] as const), ...services])(
    '%s: template.yaml reads back as the template checked',
    (_id, input) => {
      const exported = scenarioToTemplate(parsed(input));
      const back = parseTemplate(templateYaml(exported));
      expect(back.ok && back.template).toEqual(JSON.parse(JSON.stringify(exported.template)));
    },
  );
});

describe('the check refuses what AWS would refuse', () => {
  const base = () =>
    structuredClone(
      scenarioToTemplate(parsed(presets.find((p) => p.id === 'kinesis-bisect')!.scenario)).template,
    ) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
  const fnProps = (t: ReturnType<typeof base>) =>
    t.Resources.ClickstreamConsumerFunction!.Properties;
  const event = (t: ReturnType<typeof base>) =>
    (fnProps(t).Events as Record<string, { Properties: Record<string, unknown> }>)
      .ClickstreamKinesis!.Properties;

  it('an unknown property of the function', () => {
    const t = base();
    fnProps(t).MemorySizeMb = 256;
    expect(checkTemplate(t).join('\n')).toContain('"additionalProperty":"MemorySizeMb"');
  });
  it('an unknown property of an event', () => {
    const t = base();
    event(t).BatchSiz = 10;
    expect(checkTemplate(t).join('\n')).toContain(
      'ClickstreamConsumerFunction.Events.ClickstreamKinesis.BatchSiz: not a property of an event source mapping',
    );
  });
  it('a wrong type passed through to the event source mapping', () => {
    const t = base();
    event(t).BatchSize = 'ten';
    expect(checkTemplate(t)).toEqual([
      'ClickstreamConsumerFunction.Events.ClickstreamKinesis.BatchSize: must be Integer, got "ten"',
    ]);
  });
  it('a wrong type of the function', () => {
    const t = base();
    fnProps(t).Timeout = true;
    expect(checkTemplate(t)).toEqual([
      'ClickstreamConsumerFunction.Timeout: must be Integer, got true',
    ]);
  });
  it('an unknown property and a wrong type of a CloudFormation resource', () => {
    const t = base();
    t.Resources.ClickstreamStream!.Properties.ShardCount = '2';
    t.Resources.ClickstreamFailuresQueue!.Properties.VisibilityTimeoutSeconds = 30;
    expect(checkTemplate(t)).toEqual([
      'ClickstreamStream.ShardCount: must be Integer, got "2"',
      'ClickstreamFailuresQueue.VisibilityTimeoutSeconds: unknown property of AWS::SQS::Queue',
    ]);
  });
  it('an unknown resource type', () => {
    const t = base() as unknown as { Resources: Record<string, unknown> };
    t.Resources.Extra = { Type: 'AWS::SQS::Queues', Properties: {} };
    expect(checkTemplate(t)).toEqual(['Extra: unknown resource type AWS::SQS::Queues']);
  });
});

describe('what an export says', () => {
  const template = (id: string) =>
    scenarioToTemplate(parsed(presets.find((p) => p.id === id)!.scenario)).template as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };

  it('a queue with its redrive policy and the SQS event of its mapping', () => {
    const t = template('sqs-redrive');
    expect(Object.keys(t.Resources)).toEqual([
      'ProcessOrdersFunction',
      'OrdersQueue',
      'OrdersDlqQueue',
    ]);
    expect(t.Resources.OrdersQueue!.Properties).toEqual({
      QueueName: 'orders',
      VisibilityTimeout: 30,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': ['OrdersDlqQueue', 'Arn'] },
        maxReceiveCount: 3,
      },
    });
    expect(t.Resources.ProcessOrdersFunction!.Properties.Events).toEqual({
      OrdersSqs: {
        Type: 'SQS',
        Properties: { Queue: { 'Fn::GetAtt': ['OrdersQueue', 'Arn'] }, BatchSize: 10 },
      },
    });
  });

  it('destinations of asynchronous invocation, with the policies to send to them', () => {
    const fn = template('async-destinations').Resources.SendInvoiceFunction!.Properties;
    expect(fn.EventInvokeConfig).toEqual({
      DestinationConfig: {
        OnSuccess: { Type: 'SQS', Destination: { 'Fn::GetAtt': ['InvoicesSentQueue', 'Arn'] } },
        OnFailure: { Type: 'SNS', Destination: { Ref: 'InvoiceFailuresTopic' } },
      },
    });
    expect(fn.Policies).toEqual([
      { SQSSendMessagePolicy: { QueueName: { 'Fn::GetAtt': ['InvoicesSentQueue', 'QueueName'] } } },
      {
        SNSPublishMessagePolicy: {
          TopicName: { 'Fn::GetAtt': ['InvoiceFailuresTopic', 'TopicName'] },
        },
      },
    ]);
  });

  it('a weighted alias as AutoPublishAlias with a canary deployment', () => {
    const fn = template('alias-canary').Resources.CheckoutFunction!.Properties;
    expect(fn.AutoPublishAlias).toBe('live');
    expect(fn.DeploymentPreference).toEqual({ Type: 'Canary10Percent5Minutes' });
  });

  it('a Kinesis mapping with bisection, retries and an on-failure queue', () => {
    const fn = template('kinesis-bisect').Resources.ClickstreamConsumerFunction!.Properties;
    expect(fn.Events).toEqual({
      ClickstreamKinesis: {
        Type: 'Kinesis',
        Properties: {
          Stream: { 'Fn::GetAtt': ['ClickstreamStream', 'Arn'] },
          StartingPosition: 'TRIM_HORIZON',
          BatchSize: 10,
          MaximumRetryAttempts: 2,
          BisectBatchOnFunctionError: true,
          DestinationConfig: {
            OnFailure: {
              Type: 'SQS',
              Destination: { 'Fn::GetAtt': ['ClickstreamFailuresQueue', 'Arn'] },
            },
          },
        },
      },
    });
  });

  it('a rule with targets besides the function, and the permission SAM would not add', () => {
    const t = template('eventbridge-fanout');
    expect(t.Resources.BigOrdersRule!.Type).toBe('AWS::Events::Rule');
    expect(
      (t.Resources.BigOrdersRule!.Properties.Targets as { Id: string }[]).map((x) => x.Id),
    ).toEqual(['process', 'audit', 'fulfil', 'notify', 'log']);
    expect(t.Resources.BigOrdersEventsPermission!.Properties).toEqual({
      FunctionName: { Ref: 'ProcessOrderFunction' },
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['BigOrdersRule', 'Arn'] },
    });
  });
});
