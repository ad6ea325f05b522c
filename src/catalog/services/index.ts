/**
 * The service catalog: every AWS service that invokes Lambda or plugs into it, in the order of the
 * study material's table, followed by the two services the table leaves out.
 */
import { alexa, connect, lex } from './conversation';
import { cloudformation, codecommit, codepipeline, config } from './devops';
import { cloudwatchLogs, eventbridge, iot, iotEvents } from './events';
import { alb, apiGateway, functionUrl, lambdaEdge } from './http';
import { cognito, secretsManager } from './identity';
import { efs, xray } from './integrations';
import { msk, selfManagedKafka } from './kafka';
import { ses, sns } from './messaging';
import { stepFunctions } from './orchestration';
import { mq, sqs } from './queues';
import { s3, s3Batch } from './storage';
import { dynamodb, firehose, kinesis } from './streams';
import type { ServiceRecord } from './types';

export type { InvocationModel, ServiceLimit, ServicePermission, ServiceRecord } from './types';

export const SERVICES: readonly ServiceRecord[] = [
  alexa,
  msk,
  selfManagedKafka,
  apiGateway,
  cloudformation,
  lambdaEdge,
  eventbridge,
  cloudwatchLogs,
  codecommit,
  codepipeline,
  cognito,
  config,
  connect,
  dynamodb,
  efs,
  alb,
  iot,
  iotEvents,
  kinesis,
  firehose,
  lex,
  mq,
  ses,
  sns,
  sqs,
  s3,
  s3Batch,
  secretsManager,
  xray,
  functionUrl,
  stepFunctions,
];

const byId = new Map(SERVICES.map((s) => [s.id, s]));

export function serviceById(id: string): ServiceRecord | undefined {
  return byId.get(id);
}
