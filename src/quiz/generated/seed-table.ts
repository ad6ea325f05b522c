/**
 * The study table's row for each service, as the event-sources fact list words it
 * (src/quiz/facts/event-sources.ts). A generated "how is it invoked?" question tests that row as
 * well as the catalog's fact, so the coverage map shows it; the bank test fails by name if one of
 * these ids ever stops existing.
 */
export const SEED_TABLE_FACTS: Readonly<Record<string, string>> = {
  alexa: 'ev-alexa-sync',
  msk: 'ev-msk-poll',
  'self-managed-kafka': 'ev-kafka-poll',
  'api-gateway': 'ev-apigw-sync',
  cloudformation: 'ev-cfn-async',
  'lambda-edge': 'ev-edge-sync',
  eventbridge: 'ev-eventbridge-async',
  'cloudwatch-logs': 'ev-logs-async',
  codecommit: 'ev-codecommit-async',
  codepipeline: 'ev-codepipeline-async',
  cognito: 'ev-cognito-sync',
  config: 'ev-config-async',
  connect: 'ev-connect-sync',
  dynamodb: 'ev-dynamodb-poll',
  efs: 'ev-efs-special',
  alb: 'ev-alb-sync',
  iot: 'ev-iot-async',
  'iot-events': 'ev-iot-events-async',
  kinesis: 'ev-kinesis-poll',
  firehose: 'ev-firehose-sync',
  lex: 'ev-lex-sync',
  mq: 'ev-mq-poll',
  ses: 'ev-ses-async',
  sns: 'ev-sns-async',
  sqs: 'ev-sqs-poll',
  s3: 'ev-s3-async',
  's3-batch': 'ev-s3-batch-sync',
  'secrets-manager': 'ev-secrets-sync',
  xray: 'ev-xray-special',
};
