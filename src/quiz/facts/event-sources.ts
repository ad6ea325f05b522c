import type { Fact } from '../schema';

/**
 * What the event-sources study document teaches, one testable statement per fact, plus the
 * permission and service-specific behaviour an exam probes around it. Where the document has aged,
 * the fact states today's behaviour and names the older wording.
 */

const f = (id: string, topic: Fact['topic'], text: string): Fact => ({
  id,
  source: 'events',
  topic,
  text,
});

/** What an event source is, and the two ways events reach a function. */
const BASICS: readonly Fact[] = [
  f(
    'ev-source-definition',
    'push-pull',
    'An event source is whatever produces the events that make a Lambda function run: an AWS service, or an application you write yourself.',
  ),
  f(
    'ev-source-push-or-pull',
    'push-pull',
    'An event source either pushes, calling the function itself when something happens, or is pulled, holding events until Lambda polls for them.',
  ),
  f(
    'ev-push-examples',
    'push-pull',
    'S3, SNS and SES are typical push sources: the service invokes the function directly with the event.',
  ),
  f(
    'ev-pull-not-publishing',
    'push-pull',
    'Kinesis streams and Kafka topics never call Lambda; Lambda has to poll them and invokes the function with the records it reads.',
  ),
  f(
    'ev-event-parameter',
    'invocation-models',
    'Whatever the source, the function receives the event as the event argument of its handler.',
  ),
  f(
    'ev-batch-event',
    'batching',
    'From a batch source such as a Kinesis stream, one invocation’s event can carry many records, up to the batch size set on the mapping.',
  ),
];

/** Event source mappings and where each kind lives. */
const MAPPINGS: readonly Fact[] = [
  f(
    'ev-esm-definition',
    'push-pull',
    'An event source mapping is the piece of configuration that ties an event source to a function.',
  ),
  f(
    'ev-esm-automatic',
    'push-pull',
    'With a mapping in place, the function runs automatically whenever matching events occur; no one has to call it.',
  ),
  f(
    'ev-esm-what-and-which',
    'push-pull',
    'A mapping states which events should be delivered and which function should receive them.',
  ),
  f(
    'ev-esm-today-poll-only',
    'push-pull',
    'In today’s Lambda API an EventSourceMapping resource exists only for polled sources (SQS, Kinesis, DynamoDB Streams, MQ, MSK, self-managed Kafka, DocumentDB); push services call their link a trigger, notification, subscription or target.',
  ),
  f(
    'ev-push-mapping-at-source',
    'push-pull',
    'In the push model the link between source and function is kept on the source’s side, in that service’s own configuration.',
  ),
  f(
    'ev-pull-services',
    'push-pull',
    'The pull model covers DynamoDB Streams, Kinesis Data Streams, Amazon MQ, SQS and Kafka (Amazon MSK or self-managed), and later DocumentDB change streams.',
  ),
  f(
    'ev-pull-mapping-in-lambda',
    'push-pull',
    'In the pull model the mapping is a Lambda resource, set up on the Lambda side, that names the queue or stream to read and the function to invoke.',
  ),
  f(
    'ev-s3-notification-config',
    'push-pull',
    'For S3 the link is the bucket’s notification configuration, which lists the event types and the function to call.',
  ),
  f(
    'ev-sns-subscription',
    'push-pull',
    'For SNS the link is a subscription of the function to the topic.',
  ),
  f('ev-ses-receipt-rule', 'push-pull', 'For SES the link is a receipt rule with a Lambda action.'),
  f(
    'ev-cognito-trigger-config',
    'push-pull',
    'For Cognito the link is the trigger (event) configuration on the Cognito side, such as a user pool’s Lambda triggers.',
  ),
  f(
    'ev-cfn-template',
    'push-pull',
    'For CloudFormation the link is the stack template itself: a custom resource whose ServiceToken names the function.',
  ),
  f(
    'ev-logs-subscription-config',
    'push-pull',
    'For CloudWatch Logs the link is a subscription filter on the log group.',
  ),
  f(
    'ev-rule-target',
    'push-pull',
    'For CloudWatch Events (EventBridge), event-pattern rules and scheduled rules alike, the link is the rule’s target definition naming the function.',
  ),
  f(
    'ev-codecommit-repo-trigger',
    'push-pull',
    'For CodeCommit the link is a trigger configured on the repository.',
  ),
  f(
    'ev-config-rule-link',
    'push-pull',
    'For AWS Config the link is the custom Config rule, which names the function that evaluates resources.',
  ),
];

/** Synchronous, asynchronous and polled invocation. */
const MODELS: readonly Fact[] = [
  f(
    'ev-sync-waits',
    'invocation-models',
    'In a synchronous invocation the caller waits while the function handles the event and then receives its response.',
  ),
  f(
    'ev-sync-client-retries',
    'invocation-models',
    'With synchronous calls the client owns error handling and retries; Lambda itself never retries a synchronous invocation.',
  ),
  f(
    'ev-sync-api-sdk',
    'invocation-models',
    'A direct Invoke from the API, CLI or an SDK is synchronous by default (RequestResponse), and API Gateway also calls functions synchronously.',
  ),
  f(
    'ev-async-queues',
    'invocation-models',
    'In an asynchronous invocation Lambda stores the event in its own internal queue and answers 202 at once, before the function has run.',
  ),
  f(
    'ev-async-retries',
    'async-retries',
    'For asynchronous events Lambda does the retrying: after a function error it tries twice more by default, about 1 and then 2 minutes later.',
  ),
  f(
    'ev-async-destinations',
    'dlq-destinations',
    'For asynchronous invocations Lambda can send an invocation record to a destination, with separate targets for successes and for failures.',
  ),
  f(
    'ev-async-examples',
    'invocation-models',
    'S3, SNS and CloudWatch Events (EventBridge) are the classic asynchronous callers.',
  ),
  f(
    'ev-poll-invokes-sync',
    'invocation-models',
    'In the poll model Lambda’s own poller reads a batch and invokes the function synchronously; the queue or stream service never calls the function.',
  ),
  f(
    'ev-error-handling-depends',
    'invocation-models',
    'How a failure is handled and retried depends on how the function was invoked (synchronous, asynchronous or polled), not on which service produced the event.',
  ),
  f(
    'ev-on-demand',
    'invocation-models',
    'A function can always be invoked on demand, by the Invoke API, CLI or an SDK, without configuring any event source or mapping.',
  ),
];

/** The study table: how each of its 29 services reaches a function. */
const TABLE: readonly Fact[] = [
  f('ev-alexa-sync', 'services', 'Alexa skills invoke their function synchronously.'),
  f(
    'ev-msk-poll',
    'services',
    'Amazon MSK (managed Kafka) is a polled source: Lambda reads the topic through an event source mapping.',
  ),
  f(
    'ev-kafka-poll',
    'services',
    'A self-managed Apache Kafka cluster is also a polled source read by a Lambda event source mapping.',
  ),
  f('ev-apigw-sync', 'services', 'API Gateway invokes functions synchronously.'),
  f('ev-cfn-async', 'services', 'CloudFormation invokes custom resource functions asynchronously.'),
  f('ev-edge-sync', 'services', 'CloudFront invokes Lambda@Edge functions synchronously.'),
  f(
    'ev-eventbridge-async',
    'services',
    'EventBridge (formerly CloudWatch Events) invokes functions asynchronously.',
  ),
  f('ev-logs-async', 'services', 'CloudWatch Logs subscriptions invoke functions asynchronously.'),
  f('ev-codecommit-async', 'services', 'CodeCommit triggers invoke functions asynchronously.'),
  f(
    'ev-codepipeline-async',
    'services',
    'A CodePipeline invoke action calls its function asynchronously.',
  ),
  f('ev-cognito-sync', 'services', 'Amazon Cognito invokes its trigger functions synchronously.'),
  f('ev-config-async', 'services', 'AWS Config invokes custom rule functions asynchronously.'),
  f('ev-connect-sync', 'services', 'Amazon Connect contact flows invoke functions synchronously.'),
  f(
    'ev-dynamodb-poll',
    'services',
    'DynamoDB reaches Lambda by polling: Lambda reads the table’s stream.',
  ),
  f(
    'ev-efs-special',
    'services',
    'Amazon EFS is a special integration: it never invokes a function, it gives one a mounted file system.',
  ),
  f(
    'ev-alb-sync',
    'services',
    'An Application Load Balancer invokes functions in a Lambda target group synchronously.',
  ),
  f('ev-iot-async', 'services', 'AWS IoT rules invoke functions asynchronously.'),
  f(
    'ev-iot-events-async',
    'services',
    'AWS IoT Events detector models invoke functions asynchronously.',
  ),
  f('ev-kinesis-poll', 'services', 'Kinesis Data Streams is a polled source.'),
  f(
    'ev-firehose-sync',
    'services',
    'Kinesis Data Firehose (now Amazon Data Firehose) invokes its transformation function synchronously.',
  ),
  f('ev-lex-sync', 'services', 'Amazon Lex invokes its code hook functions synchronously.'),
  f(
    'ev-mq-poll',
    'services',
    'Amazon MQ is a polled source read by a Lambda event source mapping.',
  ),
  f(
    'ev-ses-async',
    'services',
    'SES receipt rules invoke functions asynchronously by default (InvocationType Event).',
  ),
  f('ev-sns-async', 'services', 'SNS invokes subscribed functions asynchronously.'),
  f('ev-sqs-poll', 'services', 'SQS is a polled source: Lambda reads the queue.'),
  f('ev-s3-async', 'services', 'S3 event notifications invoke functions asynchronously.'),
  f(
    'ev-s3-batch-sync',
    'services',
    'S3 Batch Operations invokes its function synchronously, once per object.',
  ),
  f('ev-secrets-sync', 'services', 'Secrets Manager invokes rotation functions synchronously.'),
  f(
    'ev-xray-special',
    'services',
    'AWS X-Ray is a special integration: it traces invocations and never invokes a function.',
  ),
];

/** The per-service notes and what each service adds on top of the invocation model. */
const SERVICE_NOTES: readonly Fact[] = [
  f(
    'ev-s3-object-events',
    'services',
    'Bucket events, such as an object being created or deleted, can run a function, for example to make a thumbnail of each uploaded photo.',
  ),
  f(
    'ev-s3-delivery',
    'services',
    'S3 delivers notifications at least once, usually within seconds but sometimes a minute or more later, and in no guaranteed order, so handlers must be idempotent.',
  ),
  f(
    'ev-s3-filters',
    'filtering',
    'S3 notification rules filter on key prefix and suffix, and two rules for the same event type may not overlap.',
  ),
  f(
    'ev-ddb-trigger',
    'streams',
    'A function can act as a DynamoDB table trigger, taking custom action whenever items are inserted, updated or deleted.',
  ),
  f(
    'ev-ddb-streams-required',
    'streams',
    'A DynamoDB trigger needs DynamoDB Streams turned on for the table; Lambda then polls the stream for changes.',
  ),
  f(
    'ev-kinesis-poll-rate',
    'streams',
    'Lambda polls each Kinesis shard for new records about once per second (DynamoDB stream shards about four times a second).',
  ),
  f(
    'ev-kinesis-use-cases',
    'streams',
    'Kinesis streams suit continuous feeds such as click streams, application logs, social media feeds, payment transactions and vehicle or device locations.',
  ),
  f(
    'ev-sns-message-payload',
    'services',
    'Each message published to a topic reaches every subscribed function: SNS invokes it with the message inside the event.',
  ),
  f(
    'ev-sns-alarms',
    'services',
    'CloudWatch alarms and other services that notify through SNS can therefore run a function via a topic.',
  ),
  f(
    'ev-sns-delivery-retries',
    'async-retries',
    'If Lambda cannot be reached (a server-side error), SNS retries the delivery up to 100,015 times over 23 days; a delivery the function’s policy refuses is a client-side error that SNS does not retry. Either way, what SNS gives up on goes to the subscription’s DLQ, or is lost without one.',
  ),
  f(
    'ev-push-filtering',
    'filtering',
    'Event source mapping filters exist only for pollers; push events are filtered at the source, with SNS subscription filter policies, EventBridge event patterns or S3 prefix and suffix rules.',
  ),
  f(
    'ev-ses-inbound',
    'services',
    'SES can receive email and invoke a function for each incoming message, passing the mail’s headers and verdicts as the event.',
  ),
  f(
    'ev-ses-request-response',
    'limits',
    'A SES Lambda action may instead use RequestResponse: the function then has 30 s and can return a disposition (CONTINUE, STOP_RULE, STOP_RULE_SET) that stops later rules.',
  ),
  f(
    'ev-cognito-sync-trigger',
    'services',
    'Older material describes Cognito Sync’s Sync Trigger, which ran a function each time a dataset was synchronised; today Cognito’s triggers are user pool triggers.',
  ),
  f(
    'ev-cognito-5s',
    'limits',
    'Cognito user pool triggers must answer within 5 seconds, a fixed limit; after 3 attempts in all Cognito fails the user’s sign-up or sign-in.',
  ),
  f(
    'ev-cfn-custom-resource',
    'services',
    'A function can back a CloudFormation custom resource, running custom code whenever the stack is created, updated or deleted.',
  ),
  f(
    'ev-cfn-response-url',
    'services',
    'A custom resource function must PUT SUCCESS or FAILED to the pre-signed ResponseURL; without that reply the stack waits up to 1 hour by default and then fails.',
  ),
  f(
    'ev-logs-subscription',
    'services',
    'A CloudWatch Logs subscription streams log events to a function in near real time for custom analysis, alerting or loading into other systems.',
  ),
  f(
    'ev-logs-payload',
    'limits',
    'A Logs subscription delivers awslogs.data, the log events gzip-compressed then base64-encoded, and a log group allows at most 2 subscription filters.',
  ),
  f(
    'ev-cwe-state-changes',
    'eventbridge-rules',
    'AWS resources emit an event when their state changes; a CloudWatch Events (EventBridge) rule that matches those events can route them to a function, for example to record EC2 instance or Auto Scaling state.',
  ),
  f(
    'ev-cwe-is-eventbridge',
    'eventbridge-rules',
    'CloudWatch Events is now Amazon EventBridge: the same rules and schedules run on the account’s default event bus.',
  ),
  f(
    'ev-eb-target-retry',
    'async-retries',
    'EventBridge retries delivery to a target with backoff for up to 24 hours and 185 attempts, then sends the event to the target’s SQS DLQ; errors such as a missing permission are not retried.',
  ),
  f(
    'ev-codecommit-trigger',
    'services',
    'A CodeCommit trigger can run a function on repository events: a new branch or tag, or commits pushed to a branch.',
  ),
  f(
    'ev-scheduled-events',
    'eventbridge-schedules',
    'A scheduled rule (a cron or rate expression in CloudWatch Events or EventBridge) invokes a function regularly, asynchronously, without any server to run a cron job.',
  ),
  f(
    'ev-config-custom-rule',
    'services',
    'A function can decide whether resource configurations comply with a custom AWS Config rule.',
  ),
  f(
    'ev-config-flow',
    'services',
    'AWS Config records resource changes and sends them to the rule’s function, which reports its verdict back with PutEvaluations; Config then shows overall compliance.',
  ),
  f(
    'ev-apigw-https',
    'services',
    'API Gateway gives a function an HTTPS endpoint: you define a REST API and each incoming request invokes the function behind it.',
  ),
  f(
    'ev-apigw-method-mapping',
    'services',
    'Each API operation (GET, PUT, POST …) can be mapped to a different function.',
  ),
  f(
    'ev-apigw-504',
    'limits',
    'API Gateway waits at most 29 seconds for an integration by default; a slower function makes the client receive 504, whatever the function’s own timeout.',
  ),
  f(
    'ev-apigw-502',
    'services',
    'When the function throws or returns a response in the wrong proxy format, API Gateway answers the client with 502 Bad Gateway.',
  ),
  f(
    'ev-apigw-500',
    'services',
    'When Lambda rejects the invoke (throttled with 429, or the permission is missing), API Gateway answers the client with 500, not 429.',
  ),
  f(
    'ev-apigw-no-retries',
    'invocation-models',
    'API Gateway never retries a failed Lambda invocation; the client gets the result of one attempt.',
  ),
  f(
    'ev-alb-errors',
    'services',
    'An ALB makes one attempt per request, turns a function error into 502, and caps request and response bodies at 1 MB.',
  ),
  f(
    'ev-edge-rules',
    'limits',
    'Lambda@Edge functions are written in us-east-1 and attached as a numbered version; viewer triggers get 5 s and 128 MB, origin triggers up to 30 s.',
  ),
  f(
    'ev-firehose-transform',
    'services',
    'Firehose buffers incoming records and calls a transformation function, which must return every recordId with a result of Ok, Dropped or ProcessingFailed.',
  ),
  f(
    'ev-firehose-failures',
    'async-retries',
    'A failed Firehose transformation call is retried 3 times by default; records that still fail are written to S3 under a processing-failed/ prefix.',
  ),
  f(
    'ev-s3-batch-results',
    'services',
    'S3 Batch Operations runs a function over the objects of a manifest; each task returns Succeeded, TemporaryFailure (S3 retries it) or PermanentFailure.',
  ),
  f(
    'ev-secrets-rotation-steps',
    'services',
    'Secrets Manager rotation calls the function once per step, in order: createSecret, setSecret, testSecret, finishSecret.',
  ),
  f(
    'ev-lex-code-hooks',
    'services',
    'Lex calls functions as code hooks to validate slot values and fulfil intents; a Lambda throttle reaches the Lex client as 429 and a function exception as 424.',
  ),
  f(
    'ev-connect-limits',
    'limits',
    'A synchronous Connect call may take at most 8 seconds; Connect retries throttles and errors up to 3 times within it, then takes the block’s Error branch.',
  ),
  f(
    'ev-codepipeline-job-result',
    'services',
    'A CodePipeline invoke action succeeds only when the function reports back with PutJobSuccessResult (or PutJobFailureResult); otherwise the action times out.',
  ),
  f(
    'ev-iot-rule-sql',
    'services',
    'An AWS IoT rule’s SQL statement selects which device messages reach the function and what the payload holds; the rule can name an errorAction for failed deliveries.',
  ),
  f(
    'ev-efs-mount',
    'services',
    'EFS gives functions shared, persistent storage mounted under /mnt through an access point; the function must be connected to the file system’s VPC.',
  ),
  f(
    'ev-xray-tracing',
    'permissions',
    'With active tracing on, Lambda sends traces to X-Ray (by default the first request each second plus 5 % of the rest); the execution role needs xray:PutTraceSegments and xray:PutTelemetryRecords.',
  ),
];

/** Who may invoke whom: resource-based policies for push sources, the execution role for pollers. */
const PERMISSIONS: readonly Fact[] = [
  f(
    'ev-push-resource-policy',
    'permissions',
    'Because a push source calls the function itself, the function’s resource-based policy must allow that service to invoke it (a few callers, such as CloudFormation or CodePipeline, act through an IAM role of their own instead).',
  ),
  f(
    'ev-pull-execution-role',
    'permissions',
    'A poller reads the source with the function’s execution role, so that role (not a resource-based policy) needs the read permissions.',
  ),
  f(
    'ev-perm-statement',
    'permissions',
    'A push permission is a policy statement allowing lambda:InvokeFunction to a service principal such as s3.amazonaws.com, added with AddPermission or automatically when a trigger is set up in the console.',
  ),
  f(
    'ev-perm-source-arn',
    'permissions',
    'An AWS:SourceArn condition limits the statement to one bucket, topic, rule or API, so only that resource can make the service invoke the function.',
  ),
  f(
    'ev-perm-confused-deputy',
    'permissions',
    'Without source conditions, any resource of that service, even one in another account, could get the service to invoke your function: the confused deputy problem.',
  ),
  f(
    'ev-perm-s3-source-account',
    'permissions',
    'S3 bucket ARNs contain no account ID, so an S3 permission should carry AWS:SourceAccount as well as AWS:SourceArn.',
  ),
  f(
    'ev-perm-cross-account',
    'permissions',
    'To let another account invoke a function, the resource-based policy names that account as principal (or uses aws:PrincipalOrgID for an organization); callers in the same account may rely on identity policies instead.',
  ),
  f(
    'ev-alexa-skill-token',
    'permissions',
    'An Alexa permission pins the skill ID with the lambda:EventSourceToken condition, so no other skill can invoke the function.',
  ),
  f(
    'ev-perm-sqs-actions',
    'permissions',
    'An SQS trigger needs sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes on the execution role (the AWSLambdaSQSQueueExecutionRole managed policy), plus kms:Decrypt for a KMS-encrypted queue.',
  ),
  f(
    'ev-perm-kinesis-actions',
    'permissions',
    'A Kinesis trigger needs read actions such as kinesis:GetRecords, GetShardIterator, DescribeStream and ListShards on the execution role (AWSLambdaKinesisExecutionRole).',
  ),
  f(
    'ev-perm-ddb-actions',
    'permissions',
    'A DynamoDB Streams trigger needs dynamodb:DescribeStream, GetRecords, GetShardIterator and ListStreams on the execution role (AWSLambdaDynamoDBExecutionRole).',
  ),
  f(
    'ev-perm-msk-mq-vpc',
    'permissions',
    'MSK and Amazon MQ pollers run in the broker’s VPC, so the execution role also needs EC2 network-interface permissions, besides describing the cluster or broker (and reading its secret).',
  ),
  f(
    'ev-perm-missing-pull',
    'permissions',
    'Without the read permissions, creating the mapping fails with InvalidParameterValueException; if they are removed later the mapping reports a PROBLEM and records wait in the source until they expire.',
  ),
  f(
    'ev-perm-missing-s3',
    'permissions',
    'Without the invoke permission, S3 refuses to save the bucket’s notification configuration because it cannot validate the destination.',
  ),
  f(
    'ev-perm-missing-eventbridge',
    'permissions',
    'Without the invoke permission, EventBridge counts a FailedInvocation; with a target DLQ the event goes there at once with ERROR_CODE NO_PERMISSIONS, without retries.',
  ),
  f(
    'ev-perm-missing-sns',
    'permissions',
    'Without the invoke permission, each SNS delivery is refused; SNS treats that as a client-side error and does not retry it, so the message goes to the subscription’s DLQ or is lost.',
  ),
  f(
    'ev-perm-destinations-role',
    'permissions',
    'Sending to a DLQ or destination uses the execution role: it needs sqs:SendMessage, sns:Publish, lambda:InvokeFunction, events:PutEvents or s3:PutObject for the target.',
  ),
  f(
    'ev-perm-execution-role-basics',
    'permissions',
    'An execution role trusts lambda.amazonaws.com and usually carries AWSLambdaBasicExecutionRole so the function can write its logs.',
  ),
];

export const EVENT_SOURCE_FACTS: readonly Fact[] = [
  ...BASICS,
  ...MAPPINGS,
  ...MODELS,
  ...TABLE,
  ...SERVICE_NOTES,
  ...PERMISSIONS,
];
