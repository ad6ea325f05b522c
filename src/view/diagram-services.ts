import type { InvocationModel } from '../catalog/services/types';

/**
 * What the diagram needs of the service catalog: each service's name for tight spaces and how it
 * invokes. A copy of those two fields, not the records: importing the records would put the whole
 * catalog (sample events, prose, 15 KB gzipped) into the first page load, which the diagram is
 * part of. test/view/diagram-services.test.ts compares it with src/catalog/services record by
 * record, so the copy cannot drift from the catalog.
 */
export interface ServiceFacts {
  readonly shortName: string;
  readonly invocation: InvocationModel;
}

export const SERVICE_FACTS: Readonly<Record<string, ServiceFacts>> = {
  alexa: { shortName: 'Alexa', invocation: 'sync' },
  msk: { shortName: 'MSK', invocation: 'poll' },
  'self-managed-kafka': { shortName: 'Kafka', invocation: 'poll' },
  'api-gateway': { shortName: 'API Gateway', invocation: 'sync' },
  cloudformation: { shortName: 'CloudFormation', invocation: 'async' },
  'lambda-edge': { shortName: 'Lambda@Edge', invocation: 'sync' },
  eventbridge: { shortName: 'EventBridge', invocation: 'async' },
  'cloudwatch-logs': { shortName: 'CloudWatch Logs', invocation: 'async' },
  codecommit: { shortName: 'CodeCommit', invocation: 'async' },
  codepipeline: { shortName: 'CodePipeline', invocation: 'async' },
  cognito: { shortName: 'Cognito', invocation: 'sync' },
  config: { shortName: 'Config', invocation: 'async' },
  connect: { shortName: 'Connect', invocation: 'sync' },
  dynamodb: { shortName: 'DynamoDB', invocation: 'poll' },
  efs: { shortName: 'EFS', invocation: 'special' },
  alb: { shortName: 'ALB', invocation: 'sync' },
  iot: { shortName: 'IoT', invocation: 'async' },
  'iot-events': { shortName: 'IoT Events', invocation: 'async' },
  kinesis: { shortName: 'Kinesis', invocation: 'poll' },
  firehose: { shortName: 'Firehose', invocation: 'sync' },
  lex: { shortName: 'Lex', invocation: 'sync' },
  mq: { shortName: 'Amazon MQ', invocation: 'poll' },
  ses: { shortName: 'SES', invocation: 'async' },
  sns: { shortName: 'SNS', invocation: 'async' },
  sqs: { shortName: 'SQS', invocation: 'poll' },
  s3: { shortName: 'S3', invocation: 'async' },
  's3-batch': { shortName: 'S3 Batch', invocation: 'sync' },
  'secrets-manager': { shortName: 'Secrets Manager', invocation: 'sync' },
  xray: { shortName: 'X-Ray', invocation: 'special' },
  'function-url': { shortName: 'Function URL', invocation: 'sync' },
  'step-functions': { shortName: 'Step Functions', invocation: 'sync' },
};

/** X-Ray's default sampling, as the catalog's X-Ray record states it ("Default sampling"). */
export const XRAY_SAMPLING = '1 request/s + 5 %';

/** The facts of a service id; every id a scenario can name has them. */
export function serviceFacts(id: string): ServiceFacts {
  const f = SERVICE_FACTS[id];
  if (f === undefined) throw new Error(`no catalog facts for ${id}`);
  return f;
}

/** "API Gateway", "SQS", "Kinesis" … (the catalog's name for tight spaces). */
export function shortName(id: string): string {
  return serviceFacts(id).shortName;
}
