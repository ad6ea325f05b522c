/**
 * AWS pages cited by the Lambda semantics reference (its "Source" lines). Records link only to
 * these, so every link on the reference page is one that the facts were checked against.
 */

const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg';

export const DOC = {
  lambdaServices: `${LAMBDA}/lambda-services.html`,
  // The Lambda Operator Guide moved from docs.aws.amazon.com to Serverless Land.
  invocationModes:
    'https://serverlessland.com/content/service/lambda/guides/aws-lambda-operator-guide/invocation-modes',
  invocationSync: `${LAMBDA}/invocation-sync.html`,
  asyncErrors: `${LAMBDA}/invocation-async-error-handling.html`,
  resourcePolicy: `${LAMBDA}/access-control-resource-based.html`,
  esm: `${LAMBDA}/invocation-eventsourcemapping.html`,
  filtering: `${LAMBDA}/invocation-eventfiltering.html`,
  withSqs: `${LAMBDA}/with-sqs.html`,
  sqsErrors: `${LAMBDA}/services-sqs-errorhandling.html`,
  sqsScaling: `${LAMBDA}/services-sqs-scaling.html`,
  withKinesis: `${LAMBDA}/with-kinesis.html`,
  kinesisParameters: `${LAMBDA}/services-kinesis-parameters.html`,
  withDynamoDb: `${LAMBDA}/with-ddb.html`,
  withMq: `${LAMBDA}/with-mq.html`,
  withMsk: `${LAMBDA}/with-msk.html`,
  mskProcess: `${LAMBDA}/with-msk-process.html`,
  apiGatewayErrors: `${LAMBDA}/services-apigateway-errors.html`,
  snsRetries: 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html',
  ebRetry: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html',
  ebDlq: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html',
  // The semantics file cites the page's .md rendering; the .html page is the same text.
  firehoseFailures:
    'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-failure-handling.html',
  connectBlock:
    'https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html',
  cognitoTriggers:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html',
  cloudfrontQuotas:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html',
  edgeRestrictions:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  sesLambdaAction:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ses-receiptrule-lambdaaction.html',
  s3EventStructure:
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html',
} as const;
