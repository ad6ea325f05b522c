import { intrinsicName, isObject } from './intrinsics';

export type TargetKind =
  | 'sqs'
  | 'sns'
  | 's3'
  | 'lambda'
  | 'eventbridge'
  | 'kinesis'
  | 'dynamodb'
  | 'logs'
  | 'stepfunctions'
  | 'kafka'
  | 'mq';

export interface Target {
  readonly kind: TargetKind;
  readonly name: string;
  /** The template resource it came from, if any. */
  readonly logicalId?: string;
  /** A Kinesis stream read through a registered consumer (enhanced fan-out). */
  readonly consumer?: boolean;
}

interface ResourceLike {
  Type?: unknown;
  Properties?: unknown;
}

const KIND_OF_TYPE: Readonly<Record<string, TargetKind>> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::S3::Bucket': 's3',
  'AWS::Serverless::Function': 'lambda',
  'AWS::Lambda::Function': 'lambda',
  'AWS::Events::EventBus': 'eventbridge',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::Logs::LogGroup': 'logs',
  'AWS::StepFunctions::StateMachine': 'stepfunctions',
  'AWS::Serverless::StateMachine': 'stepfunctions',
};

const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::Serverless::Function': 'FunctionName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Events::EventBus': 'Name',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Cognito::UserPool': 'UserPoolName',
  'AWS::Events::Rule': 'Name',
};

/**
 * Works out what a template value points at: `!GetAtt Queue.Arn`, `!Ref Topic`, a parameter's
 * default, an ARN written out, or `!Sub` text with an ARN in it.
 */
export class Resolver {
  constructor(
    private readonly resources: Record<string, unknown>,
    private readonly parameters: Record<string, unknown> = {},
  ) {}

  resource(id: string): ResourceLike | undefined {
    const r = this.resources[id];
    return isObject(r) ? r : undefined;
  }

  /** The name of a resource: its name property, or its logical id in kebab case. */
  nameOf(id: string): string {
    const r = this.resource(id);
    const type = typeof r?.Type === 'string' ? r.Type : '';
    const prop = NAME_PROPERTY[type];
    const props = isObject(r?.Properties) ? r.Properties : {};
    const v = prop !== undefined ? props[prop] : undefined;
    return typeof v === 'string' ? v : kebab(id);
  }

  target(value: unknown): Target | undefined {
    const fn = intrinsicName(value);
    if (fn === 'Ref' || fn === 'Fn::GetAtt') {
      const raw = (value as Record<string, unknown>)[fn];
      const [id] = fn === 'Ref' ? [raw] : Array.isArray(raw) ? raw : [String(raw).split('.')[0]];
      if (typeof id !== 'string') return undefined;
      const r = this.resource(id);
      if (r === undefined) {
        const param = this.parameters[id];
        if (isObject(param) && typeof param.Default === 'string') return this.target(param.Default);
        return undefined;
      }
      const type = String(r.Type);
      if (type === 'AWS::Kinesis::StreamConsumer') {
        const props = isObject(r.Properties) ? r.Properties : {};
        const stream = this.target(props.StreamARN);
        return stream !== undefined ? { ...stream, consumer: true } : undefined;
      }
      const kind = KIND_OF_TYPE[type];
      return kind !== undefined ? { kind, name: this.nameOf(id), logicalId: id } : undefined;
    }
    if (fn === 'Fn::Sub') {
      const raw = (value as Record<string, unknown>)[fn];
      const text = Array.isArray(raw) ? raw[0] : raw;
      if (typeof text !== 'string') return undefined;
      const attr = /^\$\{([A-Za-z0-9]+)(\.[A-Za-z]+)?\}$/.exec(text);
      if (attr !== null) return this.target({ Ref: attr[1] });
      return fromArn(text.replace(/\$\{AWS::[A-Za-z]+\}/g, 'x'));
    }
    if (typeof value === 'string') return fromArn(value);
    return undefined;
  }
}

/** The service and name in an ARN, for the services a scenario knows. */
export function fromArn(arn: string): Target | undefined {
  const parts = arn.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return undefined;
  const service = parts[2];
  const rest = parts.slice(5).join(':');
  switch (service) {
    case 'sqs':
      return { kind: 'sqs', name: rest };
    case 'sns':
      return { kind: 'sns', name: rest };
    case 's3':
      return { kind: 's3', name: rest.split('/')[0]! };
    case 'lambda':
      return { kind: 'lambda', name: rest.replace(/^function:/, '').split(':')[0]! };
    case 'events':
      return { kind: 'eventbridge', name: rest.replace(/^event-bus\//, '') };
    case 'kinesis':
      return { kind: 'kinesis', name: rest.replace(/^stream\//, '').split('/')[0]! };
    case 'dynamodb':
      return { kind: 'dynamodb', name: rest.replace(/^table\//, '').split('/')[0]! };
    case 'logs':
      return { kind: 'logs', name: rest.replace(/^log-group:/, '') };
    case 'states':
      return { kind: 'stepfunctions', name: rest.replace(/^stateMachine:/, '') };
    case 'kafka':
      return { kind: 'kafka', name: rest.replace(/^cluster\//, '').split('/')[0]! };
    case 'mq':
      return { kind: 'mq', name: rest.replace(/^broker:/, '').split(':')[0]! };
  }
  return undefined;
}

/** "OrdersDlqQueue" → "orders-dlq-queue". */
export function kebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
