import type { QuestionInput } from '../schema';

/**
 * Questions on Lambda event sources: push and pull, the three invocation models, how each service
 * of the study table reaches a function, what each service adds (time limits, retries, status
 * codes) and the permissions behind it. Stems follow the exam's scenario style; every option says
 * why it is right or wrong, because the wrong answers are where the learning happens.
 */

type Option = QuestionInput['options'][number];

const right = (id: string, text: string, why: string): Option => ({
  id,
  text,
  correct: true,
  why,
});
const wrong = (id: string, text: string, why: string): Option => ({
  id,
  text,
  correct: false,
  why,
});

/** What an event source is, push versus pull, and where each kind of link is configured. */
const SOURCES_AND_MAPPINGS: readonly QuestionInput[] = [
  {
    id: 'ev-what-is-an-event-source',
    kind: 'single',
    stem: 'A developer new to serverless design asks what the term "event source" means for an AWS Lambda function. Which description is correct?',
    options: [
      right(
        'a',
        'Any AWS service or custom application that produces events which cause the function to run.',
        'That is the definition: the producer of the events, whether it is S3, a queue, a stream or your own code calling Invoke.',
      ),
      wrong(
        'b',
        'Only the AWS services offered in the Lambda console’s trigger list; custom applications have to go through API Gateway.',
        'Your own applications are event sources too. They can call the Invoke API directly with an SDK; API Gateway is optional.',
      ),
      wrong(
        'c',
        'The IAM role that Lambda assumes while the function runs.',
        'That is the execution role. It decides what the function may do, not what makes it run.',
      ),
      wrong(
        'd',
        'A Lambda layer that parses the incoming payload before the handler sees it.',
        'Layers package shared code and dependencies. They do not produce or deliver events.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-source-definition'],
    explanation:
      'An event source is whatever produces the events that invoke a function. It may be an AWS service (S3, SNS, Kinesis …) or an application you write that calls the Invoke API itself.',
  },
  {
    id: 'ev-custom-application-invokes',
    kind: 'single',
    stem: 'A company’s on-premises order system must run a Lambda function each time an order is placed. The system already has IAM credentials and an AWS SDK. Which solution meets the requirement with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'Create an event source mapping that points at the order system’s HTTPS endpoint.',
        'Event source mappings only read supported queues and streams (SQS, Kinesis, DynamoDB Streams, MQ, Kafka, DocumentDB). They cannot poll an arbitrary endpoint.',
      ),
      right(
        'b',
        'Have the order system call the Lambda Invoke API through the SDK, with credentials that allow lambda:InvokeFunction on the function.',
        'A custom application is a valid event source. Calling Invoke directly needs no extra service and no mapping, only the permission.',
      ),
      wrong(
        'c',
        'Write each order to a DynamoDB table, enable DynamoDB Streams and attach the function to the stream.',
        'This works, but it adds a table, a stream and a mapping to run and pay for. That is more overhead than a direct call.',
      ),
      wrong(
        'd',
        'Run a small EC2 instance that polls the order system every few seconds and invokes the function for each new order.',
        'A home-made poller means a server to patch and scale. It gives nothing that a direct Invoke call does not.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-source-definition', 'ev-on-demand'],
    explanation:
      'Event sources need not be AWS services. Any application allowed lambda:InvokeFunction can invoke a function on demand with its own JSON event, without a mapping. Invoke is synchronous by default; pass InvocationType Event to queue the call instead.',
  },
  {
    id: 'ev-push-versus-pull',
    kind: 'single',
    stem: 'Which statement correctly describes the difference between push and pull event sources for Lambda?',
    options: [
      wrong(
        'a',
        'Push sources always invoke synchronously, and pull sources always invoke asynchronously.',
        'Push sources may be synchronous (API Gateway, Cognito) or asynchronous (S3, SNS). Pull sources are read by Lambda’s poller, which invokes synchronously.',
      ),
      wrong(
        'b',
        'Push sources are authorised by the function’s execution role, and pull sources by its resource-based policy.',
        'This is the wrong way round. A push service is allowed to call the function by the resource-based policy. A poller reads with the execution role.',
      ),
      right(
        'c',
        'A push source invokes the function itself when an event happens; for a pull source, Lambda polls the service and invokes the function with what it reads.',
        'This is the defining difference. Push services such as S3 or SNS are the callers. Queues and streams wait to be read, so Lambda runs the poller.',
      ),
      wrong(
        'd',
        'Push sources deliver records in batches, while pull sources deliver one event per invocation.',
        'It is the opposite. Pollers build batches (up to the batch size), while a push service such as S3 or SNS sends one event per call.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-source-push-or-pull', 'ev-push-examples', 'ev-pull-not-publishing'],
    explanation:
      'In the push model the service (S3, SNS, SES, API Gateway …) calls Invoke. In the pull model the service only stores records (Kinesis, DynamoDB Streams, SQS, MQ, Kafka), and Lambda’s own pollers read them and invoke the function synchronously with batches.',
  },
  {
    id: 'ev-which-sources-are-polled',
    kind: 'multiple',
    stem: 'A solutions architect is reviewing how five data sources reach a Lambda function. Which sources are pull sources, read by Lambda pollers rather than invoking the function themselves? (Choose two.)',
    options: [
      wrong(
        'a',
        'Amazon S3 event notifications',
        'S3 pushes. It invokes the function asynchronously when an object event occurs.',
      ),
      right(
        'b',
        'Amazon Kinesis Data Streams',
        'Kinesis never calls Lambda. Lambda polls each shard and invokes the function with batches.',
      ),
      wrong(
        'c',
        'Amazon SNS',
        'SNS pushes each message to its subscribers, calling the function asynchronously.',
      ),
      right(
        'd',
        'Amazon MQ',
        'Lambda reads the broker queue through an event source mapping, like SQS and Kafka.',
      ),
      wrong(
        'e',
        'Amazon SES',
        'SES pushes. A receipt rule’s Lambda action invokes the function when mail arrives.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-pull-services', 'ev-kinesis-poll', 'ev-mq-poll', 'ev-push-examples'],
    explanation:
      'Polled sources are DynamoDB Streams, Kinesis, SQS, Amazon MQ, MSK, self-managed Kafka and DocumentDB. S3, SNS and SES are push sources that invoke the function themselves.',
  },
  {
    id: 'ev-what-is-an-event-source-mapping',
    kind: 'single',
    stem: 'In Lambda terminology, what is an event source mapping?',
    options: [
      wrong(
        'a',
        'A CloudWatch metric that counts invocations per event source.',
        'Metrics describe what happened. They do not connect anything to the function.',
      ),
      wrong(
        'b',
        'The JSON schema that describes the payload each service sends.',
        'Payload shapes are documented per service, but a schema does not make the function run.',
      ),
      wrong(
        'c',
        'An IAM policy that lists which services may call the function.',
        'That is the function’s resource-based policy, a permission rather than the link itself.',
      ),
      right(
        'd',
        'The configuration that links an event source to a function, stating which events to deliver and which function to invoke, so the function runs automatically.',
        'This is what a mapping is: it connects the source to the function, so events invoke it with no one calling it by hand.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-esm-definition', 'ev-esm-automatic', 'ev-esm-what-and-which'],
    explanation:
      'A mapping is the link from a source to a function. It says which events go to which function, and once it exists the function runs automatically. In today’s API, the EventSourceMapping resource is the one Lambda keeps for its pollers.',
  },
  {
    id: 'ev-where-s3-link-lives',
    kind: 'single',
    stem: 'A developer wants a bucket to invoke a function whenever a .csv object is created. Where is the link between the bucket and the function configured?',
    options: [
      right(
        'a',
        'In the bucket’s notification configuration, which names the event type, an optional prefix or suffix filter and the function.',
        'S3 is a push source, so the link lives on the S3 side, in the bucket’s notification configuration.',
      ),
      wrong(
        'b',
        'In a Lambda event source mapping created with CreateEventSourceMapping and the bucket ARN.',
        'CreateEventSourceMapping only accepts polled sources (queues, streams, Kafka, MQ, DocumentDB). An S3 bucket ARN is rejected.',
      ),
      wrong(
        'c',
        'In the function’s execution role, by allowing s3:GetObject on the bucket.',
        'The execution role decides what the function can do once it runs. It does not make S3 call it.',
      ),
      wrong(
        'd',
        'Only in an EventBridge rule, because S3 cannot call Lambda directly.',
        'S3 can invoke Lambda directly through bucket notifications. Sending S3 events through EventBridge is an option, not a requirement.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-push-mapping-at-source', 'ev-s3-notification-config', 'ev-esm-today-poll-only'],
    explanation:
      'For push sources the link is kept by the source itself: a bucket’s notification configuration, a topic’s subscription, a rule’s target. Lambda’s own EventSourceMapping resource is only for the sources it polls.',
  },
  {
    id: 'ev-where-sqs-link-lives',
    kind: 'single',
    stem: 'A team connects an SQS queue to a Lambda function. Where does that configuration live, and what reads the messages?',
    options: [
      wrong(
        'a',
        'On the queue, as a subscription; SQS pushes each message to the function.',
        'SQS never pushes. It only stores messages until something receives them.',
      ),
      right(
        'b',
        'In Lambda, as an event source mapping; Lambda’s pollers receive batches from the queue and invoke the function synchronously.',
        'SQS is a pull source. The mapping is a Lambda resource, and Lambda’s pollers do the reading, the invoking and the deleting.',
      ),
      wrong(
        'c',
        'In the queue’s redrive policy, which forwards messages to the function.',
        'A redrive policy moves messages to a dead-letter queue after too many receives. It does not deliver to Lambda.',
      ),
      wrong(
        'd',
        'In an SNS topic that SQS publishes to, which then invokes the function.',
        'SQS does not publish to SNS. The fan-out pattern runs the other way: SNS to SQS.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-pull-mapping-in-lambda', 'ev-sqs-poll', 'ev-poll-invokes-sync'],
    explanation:
      'For polled sources the mapping is a Lambda resource. It names the queue or stream and the function. Lambda’s pollers then read batches and invoke the function synchronously, deleting SQS messages after success.',
  },
  {
    id: 'ev-link-per-push-service',
    kind: 'multiple',
    stem: 'An architect documents where the link between each event source and its Lambda function is configured. Which entries are correct? (Choose three.)',
    options: [
      right(
        'a',
        'SNS: a subscription of the function to the topic.',
        'SNS delivers to whatever is subscribed, so the subscription is the link.',
      ),
      right(
        'b',
        'SES: a receipt rule with a Lambda action.',
        'Incoming mail is processed by receipt rules. A Lambda action in a rule invokes the function.',
      ),
      wrong(
        'c',
        'DynamoDB: a trigger attribute stored on the table’s items.',
        'Items carry no trigger settings. The trigger is an event source mapping in Lambda that reads the table’s stream.',
      ),
      right(
        'd',
        'CloudWatch Logs: a subscription filter on the log group.',
        'A subscription filter on the log group streams matching log events to the function.',
      ),
      wrong(
        'e',
        'Kinesis Data Streams: a subscription created on the stream that pushes records to the function.',
        'Kinesis does not push to Lambda. The link is an event source mapping in Lambda, whose poller reads the shards.',
      ),
      wrong(
        'f',
        'SQS: the queue’s access policy, which lists the function as a consumer.',
        'An SQS trigger is an event source mapping in Lambda, authorised by the function’s execution role.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-sns-subscription',
      'ev-ses-receipt-rule',
      'ev-logs-subscription-config',
      'ev-pull-mapping-in-lambda',
    ],
    explanation:
      'Push services keep the link in their own configuration (SNS subscription, SES receipt rule, Logs subscription filter). For polled sources (DynamoDB Streams, Kinesis, SQS) the link is an event source mapping kept in Lambda.',
  },
  {
    id: 'ev-link-per-service-devops',
    kind: 'multiple',
    stem: 'A platform team inventories how its Lambda functions are wired to other services. Which statements about where each link is configured are correct? (Choose three.)',
    options: [
      wrong(
        'a',
        'CloudFormation: an event source mapping that Lambda creates for every stack.',
        'CloudFormation is not polled. The link is in the template: a custom resource whose ServiceToken is the function’s ARN.',
      ),
      right(
        'b',
        'CodeCommit: a trigger configured on the repository.',
        'A repository trigger names the events (pushes, branch or tag creation) and the function to call.',
      ),
      right(
        'c',
        'A scheduled job: the target of a scheduled EventBridge (CloudWatch Events) rule.',
        'Schedule rules and event-pattern rules link to functions the same way, through the rule’s target definition.',
      ),
      right(
        'd',
        'AWS Config: the custom Config rule, which names the function that evaluates resources.',
        'A custom rule points at its evaluation function. Config calls it when resources change or on a schedule.',
      ),
      wrong(
        'e',
        'Amazon Cognito: an SQS queue that Cognito writes to and Lambda polls.',
        'Cognito invokes its triggers directly and synchronously. The link is the user pool’s Lambda trigger configuration.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-cfn-template',
      'ev-codecommit-repo-trigger',
      'ev-rule-target',
      'ev-config-rule-link',
      'ev-cognito-trigger-config',
    ],
    explanation:
      'Every push service has its own place for the link: CloudFormation templates (custom resources), CodeCommit repository triggers, EventBridge rule targets (for patterns and schedules), Config custom rules and Cognito trigger settings. None of them uses Lambda’s event source mappings.',
  },
  {
    id: 'ev-list-event-source-mappings',
    kind: 'single',
    stem: 'A function is invoked by an S3 bucket notification, an SNS subscription and an SQS queue. A developer runs `aws lambda list-event-source-mappings --function-name orders`. What does the command return?',
    options: [
      wrong(
        'a',
        'Three mappings, one for each source.',
        'Only polled sources have an EventSourceMapping resource in Lambda. The S3 and SNS links live in those services.',
      ),
      wrong(
        'b',
        'Two mappings: the S3 notification and the SNS subscription.',
        'It is the other way round. Push links are kept by the pushing service and do not appear here.',
      ),
      right(
        'c',
        'One mapping, for the SQS queue.',
        'SQS is read by Lambda’s pollers, so its link is an event source mapping in Lambda. S3 and SNS keep theirs on their side.',
      ),
      wrong(
        'd',
        'Nothing, because event source mappings exist only for Kinesis and DynamoDB streams.',
        'Queues (SQS, MQ) and Kafka topics are polled too, so they also get event source mappings.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-esm-today-poll-only', 'ev-push-mapping-at-source', 'ev-pull-mapping-in-lambda'],
    explanation:
      'Older study material uses the term event source mapping for push sources too, saying their mapping is kept on the source’s side. In today’s API, EventSourceMapping is a Lambda resource for polled sources only (SQS, Kinesis, DynamoDB Streams, MQ, MSK, self-managed Kafka, DocumentDB). Push links are triggers, notifications, subscriptions or targets in the other service.',
  },
  {
    id: 'ev-batch-in-one-event',
    kind: 'single',
    stem: 'A function attached to a Kinesis data stream logs `event.Records.length` and sees values between 1 and 100. A colleague expected exactly one record per invocation. What explains the values?',
    options: [
      wrong(
        'a',
        'Kinesis pushes each record separately, but Lambda merges invocations that arrive at the same moment.',
        'Kinesis pushes nothing, and Lambda never merges separate invocations.',
      ),
      wrong(
        'b',
        'The function is being retried, and each retry adds the failed records to the next event.',
        'A retry repeats the same batch. It does not stack records from several attempts.',
      ),
      wrong(
        'c',
        'Enhanced fan-out always delivers exactly 100 records per call.',
        'Enhanced fan-out changes how records are read (a dedicated pipe per consumer), not a fixed count per call.',
      ),
      right(
        'd',
        'Lambda’s poller collects records into batches of up to the mapping’s batch size (100 by default for Kinesis) and passes each batch as one event.',
        'For batch sources, one invocation’s event carries a list of records. How many depends on what was waiting, up to the batch size.',
      ),
    ],
    topic: 'batching',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-batch-event', 'ev-event-parameter'],
    explanation:
      'The event reaches the handler as its event argument. For batch sources such as Kinesis, that event holds a Records list of up to the configured batch size. Handlers must loop over the records.',
  },
  {
    id: 'ev-why-kinesis-is-polled',
    kind: 'single',
    stem: 'Why does Lambda poll a Kinesis data stream instead of having Kinesis invoke the function?',
    options: [
      right(
        'a',
        'Kinesis never calls out to Lambda: records stay in the shards until a consumer reads them, so Lambda runs the consumer (the poller) on the function’s behalf.',
        'A stream is a log for consumers to read. Lambda’s event source mapping is that consumer.',
      ),
      wrong(
        'b',
        'Kinesis has no IAM integration, so it cannot be granted lambda:InvokeFunction.',
        'Kinesis is fully IAM-integrated. Pushing is simply not how streams work.',
      ),
      wrong(
        'c',
        'Lambda charges less per invocation for polled sources, so AWS steers streams to polling.',
        'Invocations cost the same whatever the source. Polling is how streams are consumed, not a discount.',
      ),
      wrong(
        'd',
        'Kinesis records are larger than the asynchronous payload limit, so they cannot be pushed.',
        'Record size has nothing to do with it. The reason is the stream’s read model: records wait to be read.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-pull-not-publishing', 'ev-kinesis-poll'],
    explanation:
      'Streams such as Kinesis and Kafka only store records. Consumers read them at their own pace and keep their own position. Lambda’s poller is such a consumer, which is why streams are pull sources.',
  },
  {
    id: 'ev-kinesis-poll-frequency',
    kind: 'single',
    stem: 'A company streams website click events into Kinesis Data Streams and attaches a function with default settings (no batching window). About how often does Lambda check each shard for new records?',
    options: [
      wrong(
        'a',
        'Every 20 seconds.',
        '20 s is the SQS long-poll wait, not how often a stream shard is read.',
      ),
      right(
        'b',
        'About once per second.',
        'Lambda reads each Kinesis shard about once a second. DynamoDB stream shards are read about four times a second.',
      ),
      wrong(
        'c',
        'Once per minute.',
        'That would leave a minute of delay on every record. Shards are read far more often.',
      ),
      wrong(
        'd',
        'Only when Kinesis notifies Lambda that new records arrived.',
        'Kinesis sends no notifications to Lambda. The poller asks.',
      ),
    ],
    topic: 'streams',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-kinesis-poll-rate', 'ev-kinesis-use-cases'],
    explanation:
      'Lambda polls each Kinesis shard about once per second and invokes the function when records are there. That keeps click streams, logs and other continuous feeds flowing with low delay.',
  },
  {
    id: 'ev-kinesis-or-s3-workload',
    kind: 'single',
    stem: 'Which workload justifies the cost of a Kinesis data stream read by a Lambda function, rather than an S3 event notification?',
    options: [
      wrong(
        'a',
        'A nightly upload of a single 2 GB CSV file from a partner.',
        'One big file a night is an object event. An S3 notification (or a batch job) handles it without a stream running all day.',
      ),
      wrong(
        'b',
        'Profile pictures uploaded by users that each need a thumbnail.',
        'Each upload is an object event, the classic S3 notification use case.',
      ),
      right(
        'c',
        'A continuous feed of location updates from 50,000 delivery vans, processed in order for each van.',
        'Continuous small records with order per key are what streams are for. With the van ID as partition key, each van’s updates stay in order in its shard.',
      ),
      wrong(
        'd',
        'A monthly compliance report written once as a PDF.',
        'An occasional single object needs no stream. A notification or a schedule is enough.',
      ),
    ],
    topic: 'streams',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-kinesis-use-cases', 'ev-s3-object-events'],
    explanation:
      'Kinesis suits continuous feeds such as click streams, logs, social feeds, transactions and location tracking, read in order per partition key. A stream is billed for every hour it exists, busy or idle, so occasional object events are cheaper as S3 notifications.',
  },
  {
    id: 'ev-sqs-batch-size-cost',
    kind: 'single',
    stem: 'A function reads an SQS standard queue with a batch size of 1. It handles 2 million small messages a day, each in about 20 ms, and the team notices that request charges make up much of its bill. Which change reduces cost the most?',
    options: [
      wrong(
        'a',
        'Subscribe the function to an SNS topic instead of reading the queue.',
        'SNS invokes the function once per message, so the number of requests stays the same.',
      ),
      wrong(
        'b',
        'Add provisioned concurrency to the function.',
        'Provisioned concurrency is billed on top of invocations and does nothing about their number.',
      ),
      wrong(
        'c',
        'Set reserved concurrency to 1 so that fewer invocations run.',
        'Every message still needs its own invocation. The queue only drains more slowly.',
      ),
      right(
        'd',
        'Raise the batch size (with a short batching window) so that each invocation processes many messages, and report partial failures with ReportBatchItemFailures.',
        'One invocation can carry many records, up to the batch size, so the number of requests drops by up to that factor.',
      ),
    ],
    topic: 'batching',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-batch-event', 'ev-poll-invokes-sync'],
    explanation:
      'For polled sources, Lambda’s poller passes a whole batch in one event. A batch size of 1 pays one request per message; batches of 10 or more cut the request count and the per-invocation overhead. Partial batch responses keep one bad message from failing the rest.',
  },
];

/** Synchronous, asynchronous and polled invocation, and who retries in each. */
const INVOCATION_MODELS: readonly QuestionInput[] = [
  {
    id: 'ev-sync-through-api-gateway',
    kind: 'single',
    stem: 'A mobile app calls a Lambda function through an API Gateway REST API and shows the result to the user. Which statement about this invocation is true?',
    options: [
      wrong(
        'a',
        'Lambda queues the request and answers 202, and the app must poll for the result.',
        'That is asynchronous invocation. API Gateway invokes synchronously so it can return the function’s response.',
      ),
      wrong(
        'b',
        'Lambda retries a failed request twice before API Gateway answers.',
        'Two automatic retries belong to asynchronous invocation. Synchronous calls are never retried by Lambda.',
      ),
      wrong(
        'c',
        'The request passes through an event source mapping that batches calls.',
        'Event source mappings read queues and streams. API Gateway calls the function directly.',
      ),
      right(
        'd',
        'API Gateway waits for the function to finish and passes its response back; if the call fails, retrying is up to the app.',
        'This is synchronous invocation: the caller waits for the result, and error handling and retries belong to the client.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-sync-waits', 'ev-apigw-sync', 'ev-sync-client-retries'],
    explanation:
      'Synchronous callers such as API Gateway wait for the function and hand its response to the client. Lambda never retries synchronous invocations, so the client (or its SDK) decides whether to try again.',
    showMe: { preset: 'sync-throttle', kind: 'sync.response', rule: 'sync.request', nth: 1 },
  },
  {
    id: 'ev-sync-function-error-owner',
    kind: 'single',
    stem: 'An application invokes a function synchronously through the AWS SDK. About 1 % of calls fail because the function’s downstream API is flaky. What happens to a failed call?',
    options: [
      right(
        'a',
        'The application receives the error (HTTP 200 with an X-Amz-Function-Error header). Lambda does not retry, so the application decides whether to call again.',
        'For synchronous calls, error handling belongs to the client. A function error still returns 200, with the error in the body and header.',
      ),
      wrong(
        'b',
        'Lambda retries the call twice, about 1 and 2 minutes later.',
        'Those retries apply to asynchronous invocations only. A synchronous caller is waiting and gets the outcome at once.',
      ),
      wrong(
        'c',
        'Lambda sends the request to the function’s dead-letter queue.',
        'A function DLQ only receives asynchronous events that used up their retries.',
      ),
      wrong(
        'd',
        'The SDK retries the function error 3 times automatically.',
        'SDKs retry throttles (429) and 5xx service errors. A function error is a 200 response, which SDKs do not retry.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-sync-client-retries', 'ev-error-handling-depends'],
    explanation:
      'With synchronous invocation the caller owns retries. Lambda returns the function error once (200 plus X-Amz-Function-Error). The application must decide whether retrying is safe, ideally with idempotent handlers and backoff.',
  },
  {
    id: 'ev-s3-gets-202',
    kind: 'single',
    stem: 'An S3 bucket invokes a function whenever an object is uploaded. What does Lambda answer to S3 when the event arrives?',
    options: [
      wrong(
        'a',
        'The function’s return value, once the function has finished.',
        'S3 does not wait for the function. It invokes asynchronously.',
      ),
      right(
        'b',
        '202 Accepted, straight away; the event waits in Lambda’s internal queue and the function runs afterwards.',
        'Asynchronous invocation: Lambda stores the event, acknowledges it at once, and invokes the function from its queue.',
      ),
      wrong(
        'c',
        '429 until an execution environment is free, so S3 must retry.',
        'Asynchronous events are queued first. Throttling is handled by Lambda retrying from its queue, not by S3.',
      ),
      wrong(
        'd',
        'Nothing: S3 writes the event to an SQS queue that Lambda polls.',
        'S3 can notify SQS, but a bucket notification to a function goes straight to Lambda’s asynchronous API.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-async-queues', 'ev-s3-async'],
    explanation:
      'S3 invokes asynchronously: Lambda puts the event in its internal queue, answers 202 at once, and runs the function from the queue moments later. Any retries are Lambda’s.',
    showMe: { preset: 'async-retries', kind: 'async.accepted', nth: 1 },
  },
  {
    id: 'ev-sns-function-error-retries',
    kind: 'single',
    stem: 'An SNS topic invokes a subscribed function, which throws an unhandled exception for one message. With default settings, what retries the message and how?',
    options: [
      wrong(
        'a',
        'SNS retries delivery up to 100,015 times over 23 days.',
        'That schedule applies when Lambda cannot be reached. Here Lambda accepted the event, so SNS counts it as delivered.',
      ),
      wrong(
        'b',
        'SNS retries 3 times immediately, then moves the message to the subscription’s DLQ.',
        'SNS retries only failed deliveries. A function error happens after a successful delivery.',
      ),
      right(
        'c',
        'Lambda retries it from its asynchronous queue: two more attempts, about 1 minute and then 2 minutes later.',
        'SNS invokes asynchronously, so Lambda’s asynchronous retry rules apply: by default 2 retries after function errors.',
      ),
      wrong(
        'd',
        'Nothing retries it: asynchronous events are never retried.',
        'Asynchronous events are retried by Lambda itself. That is one of the things the asynchronous model adds.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 3,
    facts: [
      'ev-async-retries',
      'ev-sns-async',
      'ev-sns-delivery-retries',
      'ev-error-handling-depends',
    ],
    explanation:
      'Two retry layers exist. SNS retries deliveries that Lambda did not accept. Once Lambda has queued the event, function errors are retried by Lambda’s asynchronous machinery: 2 retries by default, about 1 and 2 minutes apart, then a DLQ or on-failure destination.',
    showMe: {
      preset: 'async-retries',
      kind: 'async.retry',
      rule: 'async.retry-function-error',
      nth: 1,
    },
  },
  {
    id: 'ev-async-destinations-audit',
    kind: 'single',
    stem: 'A company processes S3 upload events with a function invoked asynchronously. Operations needs a record of every failed event, including the error message, and a separate feed of successful events for auditing. Which solution meets these requirements with the LEAST custom code?',
    options: [
      wrong(
        'a',
        'Wrap the handler in try/catch and write a success or failure row to a DynamoDB table.',
        'This is custom code to write and maintain. It also misses failures the handler cannot catch, such as timeouts and crashes.',
      ),
      wrong(
        'b',
        'Configure a dead-letter queue on the function and read both feeds from it.',
        'A DLQ only receives failures, and only the original event (with error attributes). It cannot hold a success feed.',
      ),
      wrong(
        'c',
        'Add a second S3 event notification that invokes an auditing function.',
        'The second function would see uploads, not whether the first function succeeded or failed.',
      ),
      right(
        'd',
        'Configure an on-success and an on-failure destination in the function’s asynchronous invocation settings.',
        'Destinations receive an invocation record (request, response, error, condition) for successes and for failures separately, with no code.',
      ),
    ],
    topic: 'dlq-destinations',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-async-destinations', 'ev-s3-async'],
    explanation:
      'For asynchronous invocations Lambda can report outcomes as invocation records to destinations (SQS, SNS, Lambda, EventBridge; S3 on failure), with separate targets for success and failure. A DLQ is the older, failure-only mechanism and carries only the original event.',
  },
  {
    id: 'ev-async-callers',
    kind: 'multiple',
    stem: 'Which services invoke a Lambda function asynchronously? (Choose three.)',
    options: [
      right(
        'a',
        'Amazon S3',
        'Bucket notifications are queued by Lambda and acknowledged at once.',
      ),
      wrong(
        'b',
        'Amazon API Gateway',
        'API Gateway waits for the function so it can answer the HTTP client. It is synchronous.',
      ),
      right(
        'c',
        'Amazon SNS',
        'SNS hands each message to Lambda’s asynchronous queue and moves on.',
      ),
      right(
        'd',
        'Amazon EventBridge (CloudWatch Events)',
        'Rules deliver to Lambda targets asynchronously, for both event patterns and schedules.',
      ),
      wrong(
        'e',
        'Amazon Cognito user pools',
        'Cognito waits for its triggers’ answers (for example to accept or reject a sign-up). It is synchronous.',
      ),
      wrong(
        'f',
        'Application Load Balancer',
        'An ALB holds the client’s connection and returns the function’s response. It is synchronous.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 1,
    facts: [
      'ev-async-examples',
      'ev-s3-async',
      'ev-sns-async',
      'ev-eventbridge-async',
      'ev-apigw-sync',
      'ev-cognito-sync',
      'ev-alb-sync',
    ],
    explanation:
      'S3, SNS and EventBridge (CloudWatch Events) are the classic asynchronous callers. API Gateway, ALB and Cognito need the answer to continue, so they invoke synchronously.',
    showMe: { preset: 'eventbridge-fanout', kind: 'eb.delivered', rule: 'eb.lambda-async', nth: 1 },
  },
  {
    id: 'ev-sqs-poller-invokes-sync',
    kind: 'single',
    stem: 'How does Lambda invoke a function that has an SQS queue as its trigger?',
    options: [
      right(
        'a',
        'A Lambda poller receives a batch of messages and invokes the function synchronously, deleting the messages after the function succeeds.',
        'In the poll model the poller is the caller, and it waits for the result so it knows whether to delete the batch.',
      ),
      wrong(
        'b',
        'SQS invokes the function asynchronously for each message.',
        'SQS never invokes anything. It only stores messages until a consumer receives them.',
      ),
      wrong(
        'c',
        'Lambda invokes it asynchronously so that the function’s DLQ can catch failures.',
        'The poller invokes synchronously. Failed messages return to the queue, and the queue’s own redrive policy handles poison messages. The function’s DLQ is not used.',
      ),
      wrong(
        'd',
        'SQS long-polls the function until it is ready to accept messages.',
        'Long polling is something a consumer does against SQS, not SQS against a function.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-poll-invokes-sync', 'ev-sqs-poll'],
    explanation:
      'Event source mappings invoke synchronously with a batch. Success deletes the messages. Failure leaves them to reappear after the visibility timeout, so retries come from the queue rather than from Lambda’s asynchronous machinery.',
  },
  {
    id: 'ev-same-bug-three-triggers',
    kind: 'single',
    stem: 'One function has three triggers: an API Gateway REST API, an S3 bucket notification and a Kinesis stream. A bug makes it throw on a malformed input arriving from each of them. With default settings, which statement correctly describes what happens?',
    options: [
      wrong(
        'a',
        'All three behave the same way: Lambda retries twice and then sends the event to the function’s DLQ.',
        'Retries depend on the invocation model. Only the asynchronous S3 event gets Lambda’s two retries and the DLQ.',
      ),
      right(
        'b',
        'The API client gets one error (502) with no retry; Lambda retries the S3 event twice from its asynchronous queue; the Kinesis poller retries the batch until it succeeds or the records expire, holding up that shard.',
        'Synchronous, asynchronous and polled invocations each handle failures their own way.',
      ),
      wrong(
        'c',
        'API Gateway retries 3 times; S3 retries for 24 hours; Kinesis skips the bad record.',
        'API Gateway never retries, and S3 does not retry function errors. By default Kinesis does not skip a failing batch; it blocks the shard.',
      ),
      wrong(
        'd',
        'All three failures are delivered to the function’s on-failure destination.',
        'Asynchronous destinations cover the S3 event. A stream mapping has its own on-failure destination, and a synchronous API call has none.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 3,
    facts: [
      'ev-error-handling-depends',
      'ev-apigw-no-retries',
      'ev-apigw-502',
      'ev-async-retries',
      'ev-poll-invokes-sync',
    ],
    explanation:
      'Error handling follows the invocation model, not the service. With synchronous calls the client owns retries. With asynchronous calls Lambda retries (2 by default) and then uses a DLQ or destination. With polled sources the poller retries according to the mapping: a stream batch by default until its records expire.',
  },
  {
    id: 'ev-run-once-by-hand',
    kind: 'single',
    stem: 'A developer must run a data-repair function once, by hand, against production. The function has no trigger. What is needed to run it?',
    options: [
      wrong(
        'a',
        'An event source mapping must be created first; without one the function cannot be invoked.',
        'Mappings connect queues and streams. They are not needed to call a function.',
      ),
      wrong(
        'b',
        'An EventBridge rule with a one-off schedule, which is the only way to start a function without a trigger.',
        'A schedule would work, but it is not required. A direct call is simpler.',
      ),
      right(
        'c',
        'Nothing more: invoke it on demand from the console, CLI or an SDK with an identity that is allowed lambda:InvokeFunction.',
        'Functions can always be invoked on demand, with no event source configured.',
      ),
      wrong(
        'd',
        'A published version, because $LATEST can only be invoked by triggers.',
        '$LATEST can be invoked directly. Versions matter for aliases and provisioned concurrency, not for manual calls.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'cost',
    difficulty: 1,
    facts: ['ev-on-demand'],
    explanation:
      'On-demand invocation needs no event source or mapping. Any caller with lambda:InvokeFunction can invoke the function with the Invoke API, CLI, console or an SDK, passing its own event.',
  },
  {
    id: 'ev-make-form-fast',
    kind: 'single',
    stem: 'A web back end invokes a function with the SDK to send a confirmation email after a form is submitted. The function takes about 4 seconds, and users complain that submitting is slow. Users do not need to wait for the email. What is the simplest change that makes submission fast?',
    options: [
      wrong(
        'a',
        'Increase the function’s memory to 10,240 MB.',
        'More memory may shave some CPU time, but most of the 4 s is waiting for the mail service, and the user would still wait.',
      ),
      wrong(
        'b',
        'Add provisioned concurrency to the function.',
        'Provisioned concurrency removes cold starts, not the 4 s the handler itself takes.',
      ),
      wrong(
        'c',
        'Put an API Gateway REST API in front of the function.',
        'API Gateway would also invoke synchronously, so users would still wait for the email.',
      ),
      right(
        'd',
        'Invoke the function with InvocationType Event, so Lambda answers 202 at once and sends the email from its queue.',
        'Asynchronous invocation returns as soon as Lambda has queued the event. Lambda also retries a failed send.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-async-queues', 'ev-sync-api-sdk'],
    explanation:
      'SDK calls are synchronous by default (RequestResponse), so the caller waits for the whole run. When the caller does not need the result, InvocationType Event queues the work and returns 202 immediately. Lambda then owns the retries.',
    showMe: { preset: 'async-retries', kind: 'async.accepted', nth: 1 },
  },
  {
    id: 'ev-cli-default-invocation',
    kind: 'single',
    stem: 'A developer runs `aws lambda invoke --function-name report out.json` without an --invocation-type option. How is the function invoked?',
    options: [
      right(
        'a',
        'Synchronously (RequestResponse): the CLI waits and writes the function’s response to out.json.',
        'RequestResponse is the Invoke default for the API, CLI and SDKs.',
      ),
      wrong(
        'b',
        'Asynchronously (Event): the CLI gets 202 and out.json stays empty.',
        'That only happens with --invocation-type Event.',
      ),
      wrong(
        'c',
        'As a DryRun: Lambda only checks the permissions.',
        'DryRun must be requested explicitly and returns 204 without running anything.',
      ),
      wrong(
        'd',
        'Through a temporary event source mapping that the CLI creates.',
        'The CLI calls the Invoke API directly. Mappings are only for polled sources.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-sync-api-sdk', 'ev-on-demand'],
    explanation:
      'A direct Invoke is synchronous unless told otherwise. The caller waits for the function and receives its result, error or timeout. Use --invocation-type Event to queue it instead.',
    showMe: { preset: 'sync-throttle', kind: 'sync.response', rule: 'sync.request', nth: 1 },
  },
  {
    id: 'ev-sns-message-in-event',
    kind: 'single',
    stem: 'A Python function is subscribed to an SNS topic. Where does the handler find the text of the published message?',
    options: [
      wrong(
        'a',
        'In an environment variable that SNS sets before each call.',
        'Environment variables are configuration fixed per function version. They do not change per event.',
      ),
      right(
        'b',
        'In the event argument, under Records[0].Sns.Message.',
        'SNS passes the notification as the event. The published text sits in the Sns.Message field of the record.',
      ),
      wrong(
        'c',
        'In the context object’s client_context.',
        'The context object carries invocation metadata (request ID, remaining time), not the SNS message.',
      ),
      wrong(
        'd',
        'The function must call an SNS receive API with the message ID.',
        'SNS has no receive API. It pushes messages to subscribers.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-event-parameter', 'ev-sns-message-payload'],
    explanation:
      'Every source hands its data to the function as the handler’s event argument. For SNS that is a Records list, each with an Sns object holding Message, Subject, TopicArn and attributes.',
  },
  {
    id: 'ev-invocation-model-truths',
    kind: 'multiple',
    stem: 'Which statements about Lambda’s invocation models are correct? (Choose two.)',
    options: [
      right(
        'a',
        'With asynchronous invocation, Lambda retries failed events itself and can report each outcome, as an invocation record, to a success or failure destination.',
        'Queuing the event lets Lambda own the retries (2 by default) and report outcomes to destinations.',
      ),
      wrong(
        'b',
        'With synchronous invocation, Lambda retries function errors twice before returning.',
        'Lambda never retries a synchronous call. The caller gets the outcome once.',
      ),
      right(
        'c',
        'With polled sources, Lambda’s poller invokes the function synchronously with a batch of records.',
        'The poller must know whether the batch succeeded, so it waits for the result.',
      ),
      wrong(
        'd',
        'Polled sources are invoked asynchronously so that they can use the function’s DLQ.',
        'Pollers invoke synchronously. Failures go back to the source (queue redrive) or to the mapping’s own failure handling.',
      ),
      wrong(
        'e',
        'Synchronous invocation is only possible through API Gateway.',
        'Any caller can invoke synchronously: the API, CLI, SDKs, ALB, Cognito and many more.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 2,
    facts: [
      'ev-async-retries',
      'ev-async-destinations',
      'ev-poll-invokes-sync',
      'ev-sync-client-retries',
    ],
    explanation:
      'There are three models. Synchronous: the caller waits and owns retries. Asynchronous: Lambda queues the event, retries it and can report to destinations. Polled: Lambda’s poller reads batches and invokes synchronously, and the source’s own rules govern retries.',
    showMe: {
      preset: 'async-retries',
      kind: 'async.retry',
      rule: 'async.retry-function-error',
      nth: 1,
    },
  },
  {
    id: 'ev-sync-burst-throttled',
    kind: 'single',
    stem: 'A batch job invokes a function synchronously 50 times at the same moment. The function has a reserved concurrency of 10. What happens to the calls beyond the limit?',
    options: [
      wrong(
        'a',
        'Lambda holds them in its internal queue until environments free up.',
        'Only asynchronous events are queued. A synchronous caller is waiting, so Lambda rejects what it cannot run now.',
      ),
      wrong(
        'b',
        'They are sent to the function’s dead-letter queue.',
        'The DLQ is for asynchronous events that used up their retries.',
      ),
      right(
        'c',
        'They fail at once with 429 TooManyRequestsException, and the caller must retry (SDKs retry throttles with backoff).',
        'A synchronous throttle goes straight back to the caller, who decides what to do.',
      ),
      wrong(
        'd',
        'Lambda runs them on provisioned concurrency borrowed from other functions.',
        'Provisioned concurrency is configured per function version or alias and is never borrowed.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-sync-client-retries', 'ev-sync-waits'],
    explanation:
      'In the synchronous model Lambda neither queues nor retries: a throttled call gets 429 immediately. The client’s SDK may retry with backoff, and the application must be ready for the error.',
    showMe: { preset: 'sync-throttle', kind: 'throttled', rule: 'concurrency.reserved', nth: 1 },
  },
];

/** The study table: telling the services apart by how they reach a function. */
const SERVICE_TABLE: readonly QuestionInput[] = [
  {
    id: 'ev-cognito-sns-kinesis',
    kind: 'single',
    stem: 'A company has three integrations: (1) a Cognito user pool pre sign-up trigger, (2) an SNS topic that fans out order notifications, and (3) a Kinesis data stream of click events. How does each one reach its Lambda function?',
    options: [
      wrong(
        'a',
        'All three invoke the function synchronously.',
        'Only Cognito waits for an answer. SNS is asynchronous, and Kinesis does not invoke at all: Lambda polls it.',
      ),
      wrong(
        'b',
        '(1) asynchronously, (2) synchronously, (3) Kinesis pushes each record.',
        'Cognito must know whether to accept the sign-up, so it waits. SNS does not wait, and Kinesis never pushes.',
      ),
      wrong(
        'c',
        '(1) synchronously, (2) asynchronously, (3) Kinesis invokes the function asynchronously for each shard.',
        'The first two are right, but Kinesis is polled: Lambda’s poller reads the shards and invokes the function.',
      ),
      right(
        'd',
        '(1) Cognito invokes synchronously; (2) SNS invokes asynchronously; (3) Lambda reads the stream with its own poller and invokes the function synchronously with batches.',
        'These are the three models in one system: a synchronous push, an asynchronous push, and a poll.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-cognito-sync', 'ev-sns-async', 'ev-kinesis-poll', 'ev-poll-invokes-sync'],
    explanation:
      'Cognito user pool triggers are synchronous pushes (Cognito needs the answer). SNS is an asynchronous push (Lambda queues and retries). Kinesis is a pull source: Lambda polls each shard and invokes synchronously with batches.',
  },
  {
    id: 'ev-synchronous-callers',
    kind: 'multiple',
    stem: 'Which services invoke a Lambda function synchronously, waiting for its response? (Choose three.)',
    options: [
      right(
        'a',
        'Application Load Balancer',
        'The load balancer returns the function’s response to the HTTP client, so it waits.',
      ),
      wrong(
        'b',
        'Amazon CloudWatch Logs subscriptions',
        'Logs subscriptions deliver log batches asynchronously.',
      ),
      right(
        'c',
        'Amazon Lex',
        'The bot needs the code hook’s answer to continue the conversation.',
      ),
      right(
        'd',
        'AWS Secrets Manager rotation',
        'Rotation moves step by step and needs each step’s result before the next.',
      ),
      wrong(
        'e',
        'AWS Config custom rules',
        'Config invokes asynchronously. The function reports its verdict through PutEvaluations.',
      ),
      wrong('f', 'AWS CodeCommit triggers', 'Repository triggers fire and forget: asynchronous.'),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 1,
    facts: [
      'ev-alb-sync',
      'ev-lex-sync',
      'ev-secrets-sync',
      'ev-logs-async',
      'ev-config-async',
      'ev-codecommit-async',
    ],
    explanation:
      'Services that need the result to carry on invoke synchronously: HTTP front doors (API Gateway, ALB, CloudFront), conversations (Lex, Alexa, Connect), Cognito, Firehose, S3 Batch and Secrets Manager. Notification-style services (Logs, Config, CodeCommit, S3, SNS, EventBridge …) invoke asynchronously.',
  },
  {
    id: 'ev-asynchronous-devops-callers',
    kind: 'multiple',
    stem: 'Which integrations call their Lambda function asynchronously? (Choose three.)',
    options: [
      right(
        'a',
        'A CloudFormation custom resource',
        'CloudFormation hands the request to Lambda asynchronously and then waits for the function to reply through the ResponseURL.',
      ),
      wrong(
        'b',
        'An Amazon Connect contact flow’s Invoke AWS Lambda function block (default mode)',
        'By default the block invokes synchronously, because the caller on the phone is waiting for data.',
      ),
      right(
        'c',
        'A CodePipeline invoke action',
        'The pipeline invokes asynchronously and waits for the function to report a job result.',
      ),
      wrong(
        'd',
        'A Kinesis Data Firehose transformation',
        'Firehose needs the transformed records back before it can deliver them, so it invokes synchronously.',
      ),
      right(
        'e',
        'An AWS IoT rule action',
        'IoT rules hand device messages to the function asynchronously.',
      ),
      wrong(
        'f',
        'An S3 Batch Operations job',
        'Each task’s result code decides success or retry, so S3 Batch invokes synchronously.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-cfn-async',
      'ev-codepipeline-async',
      'ev-iot-async',
      'ev-connect-sync',
      'ev-firehose-sync',
      'ev-s3-batch-sync',
    ],
    explanation:
      'CloudFormation, CodePipeline and IoT invoke asynchronously; the first two get their result through a callback (ResponseURL, PutJobSuccessResult). Connect, Firehose and S3 Batch need each answer inline, so they are synchronous.',
  },
  {
    id: 'ev-special-integrations',
    kind: 'multiple',
    stem: 'Which AWS services integrate with Lambda without ever invoking a function? (Choose two.)',
    options: [
      right(
        'a',
        'Amazon EFS',
        'EFS is mounted into the function as a file system. It sends no events.',
      ),
      right('b', 'AWS X-Ray', 'X-Ray receives traces of invocations. It never starts one.'),
      wrong(
        'c',
        'AWS Secrets Manager',
        'Secrets Manager does invoke functions: it calls the rotation function synchronously, once per step.',
      ),
      wrong(
        'd',
        'Amazon MQ',
        'MQ is a polled source. Lambda reads the broker queue and invokes the function with batches.',
      ),
      wrong(
        'e',
        'Amazon CloudWatch Logs',
        'A Logs subscription filter invokes the function asynchronously with log events.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-efs-special', 'ev-xray-special', 'ev-secrets-sync', 'ev-mq-poll'],
    explanation:
      'EFS and X-Ray are "special integrations": EFS supplies shared storage and X-Ray records traces. Neither is an event source. Their permissions go on the function’s execution role.',
  },
  {
    id: 'ev-self-managed-kafka',
    kind: 'single',
    stem: 'A company runs its own Apache Kafka cluster on EC2 instances and wants a Lambda function to process the records of one topic. Which solution meets this requirement with the LEAST operational overhead?',
    options: [
      right(
        'a',
        'Create a self-managed Apache Kafka event source mapping: Lambda’s pollers consume the topic and invoke the function with batches.',
        'Lambda supports self-managed Kafka as a polled source. You give it the bootstrap servers and credentials, and it runs the consumers.',
      ),
      wrong(
        'b',
        'Install a broker plugin that calls the Lambda Invoke API for each record.',
        'That is custom code on the brokers to build and run. Kafka is meant to be read by consumers, and Lambda provides one.',
      ),
      wrong(
        'c',
        'Migrate to Amazon MSK first, because Lambda can only read managed Kafka clusters.',
        'Lambda reads self-managed Kafka too, on EC2 or outside AWS. A migration is not needed.',
      ),
      wrong(
        'd',
        'Forward the topic to an SNS topic and subscribe the function.',
        'This adds a bridge to build and run and gives up Kafka’s ordering per partition.',
      ),
    ],
    topic: 'kafka-mq',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-kafka-poll', 'ev-msk-poll'],
    explanation:
      'Both Amazon MSK and self-managed Apache Kafka are polled sources. An event source mapping runs consumers that read the topic, keep order per partition, commit offsets after successful batches, and invoke the function synchronously.',
  },
  {
    id: 'ev-kinesis-to-msk-move',
    kind: 'single',
    stem: 'A team is moving a Lambda consumer from Kinesis Data Streams to Amazon MSK. Which statement about the integration is true?',
    options: [
      wrong(
        'a',
        'MSK pushes records to the function, so the team must add a resource-based policy for kafka.amazonaws.com.',
        'MSK does not push. It is polled like Kinesis, so the permissions go on the execution role.',
      ),
      right(
        'b',
        'As with Kinesis, Lambda polls through an event source mapping and invokes the function synchronously with batches; only the mapping’s settings and the execution role’s actions change.',
        'Both are pull sources. The mapping and role now name Kafka (cluster, topic, kafka:* and network actions) instead of Kinesis.',
      ),
      wrong(
        'c',
        'MSK invokes the function asynchronously, so Lambda retries failures twice.',
        'A Kafka mapping invokes synchronously. Failures are retried by the poller under the mapping’s rules.',
      ),
      wrong(
        'd',
        'The function must now run a Kafka client itself, because Lambda cannot read Kafka topics.',
        'Lambda reads Kafka topics natively through event source mappings.',
      ),
    ],
    topic: 'kafka-mq',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-msk-poll', 'ev-pull-services'],
    explanation:
      'Kinesis, DynamoDB Streams, SQS, MQ, MSK and self-managed Kafka are all pull sources. Moving between them keeps the model (an event source mapping with synchronous batch invocations). What changes is the mapping’s configuration and the read permissions on the execution role.',
  },
  {
    id: 'ev-dynamodb-trigger-needs-stream',
    kind: 'single',
    stem: 'A developer wants a function to send a welcome email whenever a new customer item is written to the DynamoDB table Customers. Adding the trigger fails. What is the most likely cause?',
    options: [
      wrong(
        'a',
        'The function’s resource-based policy does not allow dynamodb.amazonaws.com to invoke it.',
        'DynamoDB never invokes the function. Lambda polls the table’s stream, using the execution role.',
      ),
      wrong(
        'b',
        'The function is configured for synchronous invocation, and DynamoDB needs asynchronous.',
        'A function has no fixed invocation type. The caller chooses, and here the caller is Lambda’s poller.',
      ),
      right(
        'c',
        'DynamoDB Streams is not enabled on the table; Lambda reads item changes from the stream, so there is nothing to attach to.',
        'A DynamoDB trigger is an event source mapping on the table’s stream, so the stream must exist first.',
      ),
      wrong(
        'd',
        'DynamoDB can only trigger Step Functions state machines.',
        'DynamoDB Streams is a long-standing Lambda event source.',
      ),
    ],
    topic: 'streams',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-ddb-streams-required', 'ev-ddb-trigger', 'ev-dynamodb-poll'],
    explanation:
      'A function can act as a DynamoDB table trigger, but only through DynamoDB Streams. Turn the stream on, then create the event source mapping. Lambda polls the stream shards and invokes the function with batches of inserts, updates and deletes.',
  },
  {
    id: 'ev-dynamodb-trigger-permissions',
    kind: 'single',
    stem: 'After enabling DynamoDB Streams, a developer creates the event source mapping but gets an InvalidParameterValueException saying the function cannot read the stream. Which change fixes this?',
    options: [
      wrong(
        'a',
        'Add a statement to the function’s resource-based policy that allows dynamodb.amazonaws.com to invoke it.',
        'DynamoDB is not the caller. The poller reads the stream with the execution role.',
      ),
      wrong(
        'b',
        'Attach a resource-based policy to the table that allows lambda.amazonaws.com to read it.',
        'The poller acts with the function’s execution role, so that role needs the read permissions.',
      ),
      wrong(
        'c',
        'Give the developer’s own IAM user dynamodb:GetRecords.',
        'The developer’s permissions do not matter once the mapping runs. The function’s role does the reading.',
      ),
      right(
        'd',
        'Attach AWSLambdaDynamoDBExecutionRole (dynamodb:DescribeStream, GetRecords, GetShardIterator, ListStreams) to the function’s execution role.',
        'Pollers read with the execution role. Without these actions the mapping cannot be created.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-ddb-actions', 'ev-pull-execution-role', 'ev-perm-missing-pull'],
    explanation:
      'For pull sources, permissions live on the execution role. Lambda checks them when the mapping is created and rejects it with InvalidParameterValueException when the role cannot read the stream.',
  },
  {
    id: 'ev-lambda-edge-viewer-request',
    kind: 'single',
    stem: 'A media company wants to rewrite image URLs at CloudFront’s viewer request event with Lambda@Edge. Which constraint must the design respect?',
    options: [
      right(
        'a',
        'The function is created in us-east-1 and attached as a numbered version; at viewer events it must finish in 5 s with 128 MB, and CloudFront waits for it on every request.',
        'Lambda@Edge is invoked synchronously inside the request path, with tight limits at viewer events.',
      ),
      wrong(
        'b',
        'The function must be created in every Region where viewers are, and CloudFront invokes it asynchronously.',
        'You author it once in us-east-1 and CloudFront replicates it. The invocation is synchronous, because the response depends on it.',
      ),
      wrong(
        'c',
        'The distribution may reference $LATEST or an alias, and the function may run up to 15 minutes.',
        'Only a numbered version can be attached, and edge limits are seconds, not minutes.',
      ),
      wrong(
        'd',
        'The function must be attached to a VPC to reach the origin.',
        'Lambda@Edge functions cannot use VPC access at all.',
      ),
    ],
    topic: 'limits',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-edge-rules', 'ev-edge-sync'],
    explanation:
      'CloudFront invokes Lambda@Edge synchronously at four points (viewer request or response, origin request or response). Functions come from us-east-1 as numbered versions. Viewer triggers are limited to 5 s and 128 MB; origin triggers may run up to 30 s.',
  },
  {
    id: 'ev-lambda-edge-origin-trigger',
    kind: 'single',
    stem: 'A Lambda@Edge function must call an internal pricing service that can take up to 12 seconds before CloudFront forwards the request to the origin. Which trigger should the function use?',
    options: [
      wrong(
        'a',
        'Viewer request',
        'Viewer triggers must finish within 5 s, so a 12-second call would fail.',
      ),
      right(
        'b',
        'Origin request',
        'Origin triggers may run up to 30 s and fire before CloudFront contacts the origin.',
      ),
      wrong(
        'c',
        'Viewer response',
        'This fires after the origin has answered, too late to shape the request, and it has the same 5-second limit.',
      ),
      wrong(
        'd',
        'None: every Lambda@Edge trigger is limited to 5 s.',
        'Only the viewer triggers have the 5-second limit. Origin triggers allow up to 30 s.',
      ),
    ],
    topic: 'limits',
    domain: 'performant',
    difficulty: 3,
    facts: ['ev-edge-rules'],
    explanation:
      'Viewer request and viewer response run on every request, with 5 s and 128 MB. Origin request and origin response run only on cache misses, with up to 30 s and more memory. Slow work belongs at the origin events.',
  },
  {
    id: 'ev-firehose-transform-pii',
    kind: 'single',
    stem: 'A company delivers JSON logs to S3 through Amazon Data Firehose (formerly Kinesis Data Firehose). Personal data must be removed from each record before it is stored. Which solution meets this requirement with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'Replace Firehose with a Kinesis data stream and a fleet of EC2 consumers that clean and write the records.',
        'This rebuilds what Firehose already provides and adds servers to run.',
      ),
      wrong(
        'b',
        'Add an S3 event notification that rewrites each object after Firehose stores it.',
        'The raw personal data would land in S3 first, and every object would be written twice.',
      ),
      right(
        'c',
        'Enable Firehose data transformation with a Lambda function that returns each recordId with a result of Ok, Dropped or ProcessingFailed and the cleaned data.',
        'Firehose buffers the records, invokes the function synchronously, and delivers only what comes back.',
      ),
      wrong(
        'd',
        'Run a nightly AWS Glue job that removes the personal data from the day’s objects.',
        'The personal data would sit in S3 for up to a day, which fails the requirement.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-firehose-transform', 'ev-firehose-sync'],
    explanation:
      'Firehose calls a transformation function synchronously with buffered records. The function must answer for every recordId (Ok, Dropped or ProcessingFailed) and return the data, which Firehose then delivers.',
  },
  {
    id: 'ev-firehose-transform-failures',
    kind: 'single',
    stem: 'A Firehose transformation function starts timing out because a lookup service is down. What happens to the affected records by default?',
    options: [
      wrong(
        'a',
        'Firehose drops them without a trace.',
        'Firehose keeps records that fail transformation. It does not discard them silently.',
      ),
      wrong(
        'b',
        'Lambda retries them twice from its asynchronous queue and then sends them to the function’s DLQ.',
        'Firehose invokes synchronously, so Lambda’s asynchronous retries and DLQ do not apply.',
      ),
      wrong(
        'c',
        'Firehose stops all delivery until the function recovers.',
        'After its retries, Firehose moves on and sets the failed records aside.',
      ),
      right(
        'd',
        'Firehose retries the invocation 3 times by default and then writes those records to S3 under the processing-failed/ prefix.',
        'Failed records are kept in a separate prefix, where they can be reprocessed later.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-firehose-failures', 'ev-firehose-sync'],
    explanation:
      'Firehose, not Lambda, owns retries for transformation calls: 3 retries by default on invocation failure. Records that still cannot be transformed go to the processing-failed/ prefix in the S3 destination.',
  },
  {
    id: 'ev-s3-batch-existing-objects',
    kind: 'single',
    stem: 'A company must run custom code against 40 million objects already stored in S3 and needs a report of which objects succeeded or failed. Which solution meets these requirements with the LEAST operational overhead?',
    options: [
      right(
        'a',
        'Create an S3 Batch Operations job with the Invoke AWS Lambda function operation over an inventory manifest; the function returns a result code for each task.',
        'S3 Batch calls the function once per object, synchronously, and writes a completion report of every task’s result.',
      ),
      wrong(
        'b',
        'Add an S3 event notification for ObjectCreated events to the bucket.',
        'Notifications fire for new events only. Objects that already exist never produce one.',
      ),
      wrong(
        'c',
        'Copy every object key into a Kinesis data stream and attach the function.',
        'This works, but you must build the key export, size the stream and produce the report yourself.',
      ),
      wrong(
        'd',
        'Invoke one function that lists the bucket and processes every object in a loop.',
        'A single invocation stops after 15 minutes, far too short for 40 million objects, and you would need your own checkpointing.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-s3-batch-results', 'ev-s3-batch-sync', 'ev-s3-object-events'],
    explanation:
      'S3 Batch Operations is built for bulk work on existing objects. It invokes the function synchronously for each object in a manifest, records each task’s result code, and produces a completion report.',
  },
  {
    id: 'ev-s3-batch-temporary-failure',
    kind: 'single',
    stem: 'In an S3 Batch Operations job that invokes a function, a downstream API sometimes throttles the function. How should the function report such a task so that S3 Batch Operations tries it again?',
    options: [
      wrong(
        'a',
        'Return the resultCode PermanentFailure.',
        'PermanentFailure marks the task as failed for good. S3 does not retry it.',
      ),
      right(
        'b',
        'Return the resultCode TemporaryFailure.',
        'TemporaryFailure tells S3 Batch Operations to retry the task later.',
      ),
      wrong(
        'c',
        'Return Succeeded with a resultString of "retry".',
        'Succeeded closes the task. The resultString is only copied into the report.',
      ),
      wrong(
        'd',
        'Return an HTTP status code of 429 in the response.',
        'S3 Batch reads the task’s resultCode, not HTTP status codes in the payload.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-s3-batch-results'],
    explanation:
      'Each task in the response carries a resultCode: Succeeded, TemporaryFailure (S3 retries the task) or PermanentFailure (no retry). The resultString appears in the job’s completion report.',
  },
  {
    id: 'ev-secrets-rotation-order',
    kind: 'single',
    stem: 'Secrets Manager invokes a rotation function for a database secret. In which order does it call the function’s steps?',
    options: [
      wrong(
        'a',
        'finishSecret, testSecret, setSecret, createSecret',
        'This is the reverse. A new version must be created before it can be set, tested and promoted.',
      ),
      wrong(
        'b',
        'createSecret, testSecret, setSecret, finishSecret',
        'The new credentials must be set in the database before they can be tested.',
      ),
      right(
        'c',
        'createSecret, setSecret, testSecret, finishSecret',
        'Create the new version, set it in the database, test that it works, then move the AWSCURRENT label.',
      ),
      wrong(
        'd',
        'One call with the step name "rotate"',
        'Rotation is split into four synchronous calls, one per step, each naming its Step.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 1,
    facts: ['ev-secrets-rotation-steps', 'ev-secrets-sync'],
    explanation:
      'Secrets Manager invokes the rotation function synchronously once per step: createSecret, setSecret, testSecret, finishSecret. Each call carries the Step, the SecretId and a ClientRequestToken for the new version.',
  },
  {
    id: 'ev-lex-code-hook-errors',
    kind: 'single',
    stem: 'A Lex chatbot uses a Lambda code hook to validate a date slot. During peaks, Lambda’s Throttles metric rises. How does Lex invoke the function, and what does the bot’s client see when Lambda throttles?',
    options: [
      wrong(
        'a',
        'Lex invokes asynchronously and Lambda retries the event for up to 6 hours, so the user sees nothing.',
        'A conversation cannot wait hours. Lex invokes synchronously and needs the answer for this turn.',
      ),
      wrong(
        'b',
        'Lex reads requests from an SQS queue, so throttled requests simply wait in the queue.',
        'Lex calls the function directly. No queue sits between them.',
      ),
      wrong(
        'c',
        'Lex sends throttled requests to the function’s dead-letter queue.',
        'DLQs apply to asynchronous invocations. A synchronous call has none.',
      ),
      right(
        'd',
        'Lex invokes synchronously; a Lambda throttle reaches the client as 429, and an exception in the function as 424 (dependency failed).',
        'Lex passes the failure on, because the turn needs the code hook’s answer now.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-lex-code-hooks', 'ev-lex-sync'],
    explanation:
      'Lex calls code hooks synchronously for slot validation and fulfilment. When Lambda throttles, Lex answers its client with 429; when the function throws, with 424. Plan concurrency for conversational peaks.',
  },
  {
    id: 'ev-connect-eight-seconds',
    kind: 'single',
    stem: 'A contact center uses Amazon Connect to look up each caller’s account with a function that queries a legacy CRM. The lookup takes 10–12 seconds, and many callers are routed down the flow’s error path. What is the cause?',
    options: [
      right(
        'a',
        'A synchronous Invoke AWS Lambda function block may wait at most 8 seconds. Connect retries within that time and then takes the Error branch, so the lookup must be made faster (for example, cached) or moved to the block’s asynchronous mode.',
        'Connect’s limit, not Lambda’s, cuts the call short.',
      ),
      wrong(
        'b',
        'Lambda limits functions called by Connect to a 10-second timeout.',
        'Lambda timeouts go up to 15 minutes for any caller. The limit here belongs to Connect.',
      ),
      wrong(
        'c',
        'Connect invokes the function asynchronously, so the result is never returned to the flow.',
        'The default block is synchronous. The function’s result is returned to the flow, as long as it arrives within the limit.',
      ),
      wrong(
        'd',
        'Connect requires provisioned concurrency on every function it calls.',
        'Provisioned concurrency is never required, and it would not shorten a 10-second CRM query.',
      ),
    ],
    topic: 'limits',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-connect-limits', 'ev-connect-sync'],
    explanation:
      'Amazon Connect invokes functions synchronously while the caller waits: at most 8 s per call. It retries throttles and errors up to 3 times within that limit and then follows the Error branch. The block’s asynchronous mode allows up to 60 s.',
  },
  {
    id: 'ev-alexa-skill-permission',
    kind: 'single',
    stem: 'A developer connects an Alexa skill to a Lambda function. Which statement about this integration is correct?',
    options: [
      wrong(
        'a',
        'Alexa invokes the function asynchronously, so the skill must poll for the spoken answer.',
        'The device needs the answer to speak, so Alexa invokes synchronously.',
      ),
      right(
        'b',
        'Alexa invokes the function synchronously, and the function’s resource-based policy for the Alexa Skills Kit should pin the skill ID with the lambda:EventSourceToken condition.',
        'The skill waits for the response. The token condition stops any other skill from calling your function.',
      ),
      wrong(
        'c',
        'Lambda polls the Alexa service through an event source mapping.',
        'Alexa is a push source. Mappings are for queues and streams.',
      ),
      wrong(
        'd',
        'Alexa can only reach Lambda through an API Gateway endpoint.',
        'Alexa skills can invoke a function directly, with no API in front.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-alexa-sync', 'ev-alexa-skill-token'],
    explanation:
      'Alexa is a synchronous push source. Its permission uses the Alexa Skills Kit principal with the skill’s ID as lambda:EventSourceToken, so only that skill can invoke the function.',
  },
  {
    id: 'ev-alb-function-error',
    kind: 'single',
    stem: 'A company moves an HTTP endpoint from EC2 to a Lambda function registered in an Application Load Balancer target group. When the function throws an exception, what does the client receive, and does the load balancer retry?',
    options: [
      wrong(
        'a',
        '500 Internal Server Error; the load balancer retries twice.',
        'An ALB never retries a Lambda target. A function error appears as 502.',
      ),
      wrong(
        'b',
        '429 Too Many Requests; no retry.',
        '429 means throttling. A thrown exception is a function error.',
      ),
      right(
        'c',
        '502 Bad Gateway; the load balancer does not retry.',
        'The ALB invokes synchronously, once. An error from the function becomes 502.',
      ),
      wrong(
        'd',
        '200 with an X-Amz-Function-Error header.',
        'That is what a direct Invoke caller sees. The ALB turns it into an HTTP error for its client.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-alb-errors', 'ev-alb-sync'],
    explanation:
      'An ALB invokes Lambda targets synchronously and makes one attempt per request. Function errors reach the client as 502, and request and response bodies are capped at 1 MB.',
  },
  {
    id: 'ev-iot-rule-filter',
    kind: 'single',
    stem: 'Thousands of factory sensors publish MQTT messages to AWS IoT Core. Only readings with a temperature above 80 should run a function, and deliveries that fail must be captured. Which design meets these requirements?',
    options: [
      wrong(
        'a',
        'Create a Lambda event source mapping on the IoT Core topic with a filter on temperature.',
        'IoT Core topics are not a polled source. AWS IoT pushes to Lambda through rules.',
      ),
      wrong(
        'b',
        'Have each sensor call the Lambda Invoke API directly when its temperature is high.',
        'This spreads IAM credentials and logic across thousands of devices and gives no central error handling.',
      ),
      wrong(
        'c',
        'Subscribe the function to every sensor topic and discard low readings in code.',
        'Every reading would invoke, and be billed, only to be thrown away.',
      ),
      right(
        'd',
        'Create an AWS IoT rule whose SQL selects messages WHERE temperature > 80, with a Lambda action and an errorAction for failed deliveries.',
        'The rule filters before invoking, invokes asynchronously with what the SQL selects, and sends failed actions to the errorAction.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-iot-rule-sql', 'ev-iot-async'],
    explanation:
      'AWS IoT rules use SQL to choose and shape device messages, then invoke the function asynchronously. An errorAction catches messages whose action failed. Filtering in the rule saves invocations.',
  },
  {
    id: 'ev-iot-events-failure',
    kind: 'single',
    stem: 'An AWS IoT Events detector model invokes a function when a pump enters the Overpressure state. The function throws because a downstream API is briefly unavailable. With default settings, what happens to the event?',
    options: [
      right(
        'a',
        'IoT Events invokes asynchronously, so Lambda retries the event twice from its queue; an on-failure destination can keep it if all attempts fail.',
        'IoT Events is an asynchronous caller, so Lambda’s asynchronous retry and destination rules apply.',
      ),
      wrong(
        'b',
        'IoT Events waits for the answer and retries the call 3 times within 8 seconds.',
        'Those are Amazon Connect’s rules for its synchronous block.',
      ),
      wrong(
        'c',
        'The event stays in a stream shard and blocks the detector until it succeeds.',
        'IoT Events pushes. There is no shard to block.',
      ),
      wrong(
        'd',
        'Nothing retries it: pushed events are delivered at most once.',
        'Asynchronous pushes are retried by Lambda, and delivery is at least once.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-iot-events-async', 'ev-async-retries', 'ev-error-handling-depends'],
    explanation:
      'How failures are handled follows the invocation model. IoT Events, like AWS IoT rules, invokes asynchronously, so Lambda queues the event, retries function errors twice (about 1 and 2 minutes later), and then uses a DLQ or on-failure destination if one is configured.',
  },
  {
    id: 'ev-codepipeline-stuck',
    kind: 'single',
    stem: 'A CodePipeline stage invokes a function that runs smoke tests. The function finishes without errors, but the stage stays "In progress" and eventually fails. What is missing?',
    options: [
      wrong(
        'a',
        'The function must return HTTP status 200.',
        'CodePipeline invokes asynchronously and ignores the return value.',
      ),
      right(
        'b',
        'The function must call codepipeline:PutJobSuccessResult with the job ID (and its execution role must allow it).',
        'The invoke action completes only when the function reports the job result.',
      ),
      wrong(
        'c',
        'The action must be switched to synchronous invocation.',
        'The invoke action has no synchronous mode. Reporting is done by API call.',
      ),
      wrong(
        'd',
        'The function’s resource-based policy must allow codepipeline.amazonaws.com.',
        'The pipeline did invoke the function, since it ran. The permission is not the problem.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-codepipeline-job-result', 'ev-codepipeline-async'],
    explanation:
      'A CodePipeline invoke action calls the function asynchronously and then waits for a callback: PutJobSuccessResult or PutJobFailureResult with the job ID. Without one, the action times out and the stage fails.',
  },
  {
    id: 'ev-custom-resource-hangs',
    kind: 'single',
    stem: 'A CloudFormation custom resource function creates a DNS record successfully, but the stack stays in CREATE_IN_PROGRESS for an hour and then fails. What is the cause?',
    options: [
      wrong(
        'a',
        'CloudFormation invoked the function synchronously and the function timed out.',
        'CloudFormation invokes asynchronously, and the function finished. The stack is waiting for something else.',
      ),
      wrong(
        'b',
        'The function has no resource-based policy, so CloudFormation could not invoke it.',
        'The DNS record was created, so the function did run.',
      ),
      right(
        'c',
        'The function never sent SUCCESS to the pre-signed ResponseURL, so CloudFormation waited for the reply (1 hour by default) and then failed the resource.',
        'Returning from the handler is not enough. The stack only hears the outcome through the ResponseURL.',
      ),
      wrong(
        'd',
        'Custom resources must be implemented with Step Functions rather than Lambda.',
        'Lambda-backed custom resources are the most common kind.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-cfn-response-url', 'ev-cfn-async', 'ev-cfn-custom-resource'],
    explanation:
      'CloudFormation invokes a custom resource function asynchronously with a RequestType and a pre-signed ResponseURL. The function must PUT SUCCESS or FAILED there. Otherwise the stack waits (1 hour by default, ServiceTimeout 1–3,600 s) and then fails. Send FAILED on errors too.',
  },
  {
    id: 'ev-custom-resource-use',
    kind: 'single',
    stem: 'A team needs its CloudFormation stack to look up a value from an internal inventory API at creation, and to empty an S3 bucket automatically when the stack is deleted. No native resource type does either. Which feature meets these requirements?',
    options: [
      wrong(
        'a',
        'A stack policy',
        'Stack policies protect resources from updates. They run no code.',
      ),
      wrong(
        'b',
        'An EventBridge rule on CloudFormation status events that triggers a function',
        'The rule would fire outside the stack’s lifecycle. CloudFormation would not wait for the result or roll back on failure.',
      ),
      wrong(
        'c',
        'Dynamic references to Systems Manager parameters',
        'This can read stored values, but it cannot call an API or empty a bucket on delete.',
      ),
      right(
        'd',
        'A Lambda-backed custom resource that handles the Create, Update and Delete request types',
        'The function runs as part of the stack operation and receives a RequestType to act on.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-cfn-custom-resource', 'ev-cfn-template'],
    explanation:
      'A custom resource in the template names a function (its ServiceToken). CloudFormation invokes it on stack creation, update and deletion, so code can fill the gaps that native resource types leave.',
  },
  {
    id: 'ev-config-custom-rule-tags',
    kind: 'single',
    stem: 'A company must continuously flag every S3 bucket that lacks an "owner" tag and show compliance across the account in one place. No managed rule fits the company’s exact tag logic. Which solution meets these requirements?',
    options: [
      right(
        'a',
        'Create a custom AWS Config rule backed by a function; Config invokes it asynchronously on configuration changes, and the function reports COMPLIANT or NON_COMPLIANT with PutEvaluations.',
        'Config records the changes, the function judges them, and Config keeps the compliance view.',
      ),
      wrong(
        'b',
        'Query CloudTrail logs with Athena once a day and email the results.',
        'This is not continuous and does not show compliance in one place.',
      ),
      wrong(
        'c',
        'Schedule a function every hour that lists buckets and writes a CSV to S3.',
        'It is not triggered by changes, and you have to build the compliance history and view yourself.',
      ),
      wrong(
        'd',
        'Enable AWS Trusted Advisor checks for S3.',
        'Trusted Advisor has no check for custom tag rules.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-config-custom-rule', 'ev-config-flow', 'ev-config-async', 'ev-config-rule-link'],
    explanation:
      'Custom Config rules run a function to judge whether resources comply. Config records each change, invokes the function asynchronously, and the function reports back with PutEvaluations. Config then tracks compliance over time.',
  },
  {
    id: 'ev-config-rule-no-results',
    kind: 'single',
    stem: 'A custom AWS Config rule’s function runs without errors, but the rule never shows any compliance results. What is wrong?',
    options: [
      wrong(
        'a',
        'Config invokes the function synchronously and ignores results that take longer than 5 seconds.',
        'Config invokes asynchronously, and there is no 5-second limit. That limit belongs to Cognito.',
      ),
      right(
        'b',
        'The function must send its verdict with PutEvaluations and the resultToken it received; Config does not read the handler’s return value.',
        'Since the invocation is asynchronous, the only way back to Config is the PutEvaluations call.',
      ),
      wrong(
        'c',
        'The rule needs an event source mapping on the configuration recorder.',
        'Config pushes to the function. There is nothing for Lambda to poll.',
      ),
      wrong(
        'd',
        'The rule must publish to an SNS topic that the function subscribes to.',
        'SNS notifications are optional. The rule invokes its function directly.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-config-flow', 'ev-config-async'],
    explanation:
      'Config calls a custom rule function asynchronously with invokingEvent, ruleParameters and a resultToken. Results only count when the function calls PutEvaluations with that token.',
  },
  {
    id: 'ev-codecommit-trigger',
    kind: 'single',
    stem: 'A team wants a function to run whenever someone creates a release tag or pushes to the main branch of an AWS CodeCommit repository. Which approach meets this requirement with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'Create a Lambda event source mapping on the repository.',
        'Repositories are not polled sources. CodeCommit pushes through triggers.',
      ),
      wrong(
        'b',
        'Schedule a function every minute to compare the latest commit IDs.',
        'Polling costs invocations all day and adds up to a minute of delay.',
      ),
      right(
        'c',
        'Configure a repository trigger that invokes the function for pushes to main and for tag creation.',
        'CodeCommit invokes the function asynchronously when those repository events happen.',
      ),
      wrong(
        'd',
        'Add an approval rule template to the repository.',
        'Approval rules govern pull requests. They do not run code.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 1,
    facts: ['ev-codecommit-trigger', 'ev-codecommit-repo-trigger', 'ev-codecommit-async'],
    explanation:
      'A CodeCommit repository trigger can invoke a function asynchronously on pushes and on branch or tag creation or deletion, for all branches or chosen ones. The event lists the changed references and commit IDs.',
  },
  {
    id: 'ev-logs-realtime-alerts',
    kind: 'single',
    stem: 'A security team must detect "AccessDenied" messages in an application’s CloudWatch Logs within seconds and post each one to a chat channel. Which solution meets these requirements with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'Export the log group to S3 every hour and process the exports with an S3-triggered function.',
        'Hourly exports cannot meet "within seconds".',
      ),
      wrong(
        'b',
        'Schedule a function every 5 minutes to run a Logs Insights query.',
        'This adds minutes of delay and runs even when nothing happened.',
      ),
      wrong(
        'c',
        'Install an agent on the application hosts to tail the log files.',
        'This means agents to run and patch, and it bypasses the log group the team already uses.',
      ),
      right(
        'd',
        'Add a subscription filter with the pattern "AccessDenied" on the log group, targeting a function.',
        'Subscriptions stream matching log events to the function in near real time, invoked asynchronously.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-logs-subscription', 'ev-logs-async', 'ev-logs-subscription-config'],
    explanation:
      'A CloudWatch Logs subscription filter streams matching log events to a function in near real time for custom analysis, alerting or loading elsewhere. The filter on the log group is the link, and Logs invokes asynchronously.',
  },
  {
    id: 'ev-logs-payload-decoding',
    kind: 'single',
    stem: 'A function subscribed to a log group prints its event and sees only {"awslogs": {"data": "H4sIAAAAAAAA…"}}. How does the function get at the log events?',
    options: [
      right(
        'a',
        'Base64-decode the data and then gunzip it; the result is JSON with logGroup, logStream and a logEvents list.',
        'CloudWatch Logs compresses the batch with gzip and base64-encodes it into awslogs.data.',
      ),
      wrong(
        'b',
        'Call GetLogEvents with the string as the event ID.',
        'The data is the log events themselves, compressed. It is not an identifier.',
      ),
      wrong(
        'c',
        'Call KMS Decrypt, because subscription data is always encrypted with a KMS key.',
        'The payload is compressed and encoded, not encrypted with your key.',
      ),
      wrong(
        'd',
        'Turn on raw message delivery on the subscription filter.',
        'Raw message delivery is an SNS subscription setting. Logs subscriptions have no such option.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-logs-payload'],
    explanation:
      'Logs subscription events carry awslogs.data: the batch gzip-compressed, then base64-encoded. Decoded, it holds messageType, owner, logGroup, logStream, subscriptionFilters and logEvents.',
  },
  {
    id: 'ev-logs-third-subscription',
    kind: 'single',
    stem: 'A log group already has two subscription filters: one to a Firehose stream and one to an alerting function. A third team wants its own function to receive the same log events. What should the architect do?',
    options: [
      wrong(
        'a',
        'Add a third subscription filter for the new function.',
        'A log group accepts at most 2 subscription filters, so a third is rejected.',
      ),
      right(
        'b',
        'Share an existing subscription, for example by sending the log group to a Kinesis data stream that several consumers read, because a log group allows at most 2 subscription filters.',
        'With the filter limit reached, fan out after one subscription instead of adding more.',
      ),
      wrong(
        'c',
        'Create an event source mapping from the log group to the new function.',
        'Log groups are not a polled source, so no event source mapping can read them.',
      ),
      wrong(
        'd',
        'Raise the account’s Lambda concurrency limit.',
        'Concurrency has nothing to do with the subscription filter limit.',
      ),
    ],
    topic: 'limits',
    domain: 'performant',
    difficulty: 3,
    facts: ['ev-logs-payload', 'ev-logs-subscription-config'],
    explanation:
      'Each log group accepts at most 2 subscription filters. When more consumers need the same feed, subscribe once to a destination that fans out, such as a Kinesis data stream read by several consumers.',
  },
];

/** What S3, SNS, SES, Cognito, EventBridge and API Gateway add on top of the invocation model. */
const SERVICE_NOTES: readonly QuestionInput[] = [
  {
    id: 'ev-s3-thumbnails',
    kind: 'single',
    stem: 'A photo-sharing application must create a thumbnail for every photo uploaded to an S3 bucket, without managing servers. Which solution meets these requirements with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'Run an EC2 instance that lists the bucket every minute and resizes new photos.',
        'This means a server to run and patch, plus repeated listing of the whole bucket.',
      ),
      wrong(
        'b',
        'Create an event source mapping from the bucket to a resize function.',
        'S3 is a push source. It cannot be the source of an event source mapping.',
      ),
      right(
        'c',
        'Add an S3 event notification for object-created events (suffix .jpg) that invokes a resize function, which writes thumbnails to a different bucket.',
        'S3 invokes the function asynchronously for each upload. Writing to another bucket (or prefix) avoids re-triggering the function on its own output.',
      ),
      wrong(
        'd',
        'Schedule a function every minute that lists the bucket and resizes anything new.',
        'Polling on a schedule wastes invocations and adds delay, when S3 can announce each upload.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 1,
    facts: ['ev-s3-object-events', 'ev-s3-notification-config', 'ev-s3-async'],
    explanation:
      'Object-created and object-deleted events can invoke a function directly through the bucket’s notification configuration. S3 invokes asynchronously. Keep the output out of the triggering prefix, or the function can call itself in a loop.',
    showMe: { preset: 'async-retries', kind: 'async.accepted', nth: 1 },
  },
  {
    id: 'ev-s3-duplicates-out-of-order',
    kind: 'single',
    stem: 'An S3-triggered function inserts one database row per uploaded invoice. Occasionally the same invoice is inserted twice, and invoices uploaded one after another are sometimes processed in the opposite order. What explains this, and what should the architect do?',
    options: [
      wrong(
        'a',
        'S3 delivers exactly once, so the uploader must be sending duplicates; deduplicate at the uploader.',
        'S3 notifications are at least once, so duplicates can come from delivery alone.',
      ),
      wrong(
        'b',
        'Enable ordered delivery on the bucket’s notification configuration.',
        'S3 notifications have no ordering option. Only the sequencer field lets you order events for the same key.',
      ),
      right(
        'c',
        'S3 delivers notifications at least once and in no guaranteed order, and Lambda’s asynchronous queue can also repeat an event; make the handler idempotent, for example with a conditional write keyed on bucket, key and version.',
        'Design for duplicates and reordering rather than trying to prevent them.',
      ),
      wrong(
        'd',
        'Configure S3 to invoke the function synchronously so each event is processed once.',
        'S3 notifications are always asynchronous. There is no synchronous option.',
      ),
    ],
    topic: 'idempotency',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-s3-delivery', 'ev-s3-async'],
    explanation:
      'S3 event notifications are delivered at least once, usually within seconds but sometimes later, and without ordering guarantees across events (the sequencer orders events for one key). Asynchronous invocation is at least once too. Handlers must be idempotent.',
  },
  {
    id: 'ev-s3-overlapping-rules',
    kind: 'single',
    stem: 'A bucket has a notification rule that sends ObjectCreated events with the prefix "uploads/" to function A. The team adds a second rule that sends ObjectCreated events with the prefix "uploads/images/" to function B, and S3 rejects the configuration. Why?',
    options: [
      wrong(
        'a',
        'A bucket can notify only one Lambda function.',
        'A bucket can notify several functions, as long as the rules do not overlap.',
      ),
      wrong(
        'b',
        'Prefix filters are not supported; only suffix filters are.',
        'S3 supports both prefix and suffix filters.',
      ),
      wrong(
        'c',
        'Function B’s execution role lacks s3:GetObject.',
        'S3 checks the invoke permission on the function, not its execution role, when it saves notifications.',
      ),
      right(
        'd',
        'Rules for the same event type must not overlap, and "uploads/images/" falls inside "uploads/"; use prefixes that do not overlap, or send the events to SNS or EventBridge to fan them out.',
        'S3 refuses ambiguous rules that would match the same object for the same event type.',
      ),
    ],
    topic: 'filtering',
    domain: 'performant',
    difficulty: 3,
    facts: ['ev-s3-filters'],
    explanation:
      'S3 notification rules filter on key prefix and suffix, and two rules for the same event type may not overlap. To send one event to several consumers, notify an SNS topic or use EventBridge, and fan out from there.',
  },
  {
    id: 'ev-s3-suffix-filter-cost',
    kind: 'single',
    stem: 'A function processes only .csv files, but its bucket also receives 2 million .png files a day. The function is invoked for every object and returns early for the PNGs. How can the company reduce cost with the LEAST effort?',
    options: [
      right(
        'a',
        'Add a ".csv" suffix filter to the bucket’s notification rule, so other objects never invoke the function.',
        'Filtering at the source means the PNG uploads never become invocations.',
      ),
      wrong(
        'b',
        'Add event filter criteria to the function’s event source mapping.',
        'Filter criteria exist only on event source mappings for polled sources. S3 is a push source.',
      ),
      wrong(
        'c',
        'Lower the function’s memory so each early return costs less.',
        'Each PNG would still be an invocation, billed per request and per duration.',
      ),
      wrong(
        'd',
        'Set the function’s reserved concurrency to 1.',
        'This throttles every upload, CSV files included. The throttled events are retried and still invoke later.',
      ),
    ],
    topic: 'filtering',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-s3-filters', 'ev-push-filtering'],
    explanation:
      'For push sources, filter at the source: S3 prefix and suffix rules, SNS filter policies, EventBridge patterns. Event source mapping filters apply only to pollers (SQS, Kinesis, DynamoDB Streams, MQ, Kafka).',
  },
  {
    id: 'ev-sns-cloudwatch-alarms',
    kind: 'single',
    stem: 'An operations team wants a function to open a ticket whenever any CloudWatch alarm goes into the ALARM state. All alarms already notify the SNS topic ops-alerts. Which solution meets this requirement with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'Schedule a function every minute that calls DescribeAlarms and compares states.',
        'Polling adds delay and cost when the alarms already announce their changes.',
      ),
      right(
        'b',
        'Subscribe the function to ops-alerts; SNS invokes it asynchronously with the alarm message in the event.',
        'CloudWatch alarms notify through SNS, and SNS pushes every message to subscribed functions.',
      ),
      wrong(
        'c',
        'Create an event source mapping from the ops-alerts topic to the function.',
        'SNS topics are not polled. The link is a subscription.',
      ),
      wrong(
        'd',
        'Send the alarms to a Kinesis data stream and attach the function.',
        'This adds a stream to run for a handful of notifications.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 1,
    facts: ['ev-sns-alarms', 'ev-sns-message-payload', 'ev-sns-subscription'],
    explanation:
      'Anything that notifies through SNS, CloudWatch alarms included, can run a function: subscribe the function to the topic. SNS invokes it asynchronously with the message in Records[].Sns.Message.',
  },
  {
    id: 'ev-sns-permission-outage',
    kind: 'single',
    stem: 'The statement that allowed an SNS topic to invoke a function was removed by mistake and restored 3 hours later. With default settings, what happened to messages published during those 3 hours?',
    options: [
      right(
        'a',
        'Each delivery failed once and was not retried: with a subscription DLQ the messages are kept there to be redriven, without one they were lost.',
        'A refusal by the function’s policy is a client-side error, and SNS never retries those. Its long retry schedule is for endpoints that cannot be reached.',
      ),
      wrong(
        'b',
        'Lambda retried each one twice and then sent it to the function’s DLQ.',
        'Lambda never accepted these events, so its asynchronous retries never started.',
      ),
      wrong(
        'c',
        'SNS kept retrying delivery (its policy for Lambda allows 100,015 attempts over 23 days), so they were delivered once the permission was back.',
        'That schedule covers server-side errors, when Lambda cannot be reached. A denied invoke is a client-side error, which SNS does not retry.',
      ),
      wrong(
        'd',
        'SNS stored them in the function’s dead-letter queue.',
        'SNS uses its own subscription DLQ (an SQS queue on the subscription), not the function’s.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-sns-delivery-retries', 'ev-perm-missing-sns'],
    explanation:
      'SNS sorts failed deliveries in two. Server-side errors (Lambda unreachable) are retried: 3 times at once, 2 more 1 s apart, 10 backing off from 1 s to 20 s, then 100,000 times every 20 s (100,015 over 23 days). Client-side errors, such as a policy that refuses SNS, are not retried at all. What SNS gives up on goes to the subscription DLQ, or is lost. Once Lambda accepts an event, Lambda’s own retries take over.',
  },
  {
    id: 'ev-sns-filter-policy-cost',
    kind: 'single',
    stem: 'An SNS topic carries every order event. A function only needs events whose status is CANCELLED, about 2 % of traffic, and returns early for the rest. Which change reduces cost the most with the LEAST effort?',
    options: [
      wrong(
        'a',
        'Add event filter criteria to the function’s event source mapping.',
        'An SNS subscription is not an event source mapping, so ESM filters do not apply.',
      ),
      wrong(
        'b',
        'Set reserved concurrency on the function to limit its invocations.',
        'This throttles events without choosing them, and the throttled ones are retried and still invoke.',
      ),
      wrong(
        'c',
        'Subscribe an SQS queue instead and have the function discard the other messages.',
        'Every message would still be read and billed. It only moves the discarding.',
      ),
      right(
        'd',
        'Add a subscription filter policy on status = CANCELLED to the function’s subscription.',
        'SNS drops non-matching messages for that subscription, so they never invoke the function.',
      ),
    ],
    topic: 'filtering',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-push-filtering', 'ev-sns-subscription'],
    explanation:
      'Push sources filter at the source. SNS subscription filter policies (on message attributes or body) decide which messages reach each subscriber, so 98 % of the invocations disappear.',
  },
  {
    id: 'ev-ses-inbound-mail',
    kind: 'single',
    stem: 'A company wants to process incoming support emails: keep every full message, and run code that creates a ticket from the sender and subject. Which design meets these requirements with the LEAST operational overhead?',
    options: [
      right(
        'a',
        'An SES receipt rule with an S3 action that stores the full message, followed by a Lambda action that creates the ticket from the headers in the event.',
        'SES invokes the function asynchronously by default with the mail’s headers and verdicts. The S3 action keeps the body.',
      ),
      wrong(
        'b',
        'An event source mapping that lets Lambda poll the SES mailbox.',
        'SES pushes through receipt rules. There is no mailbox for Lambda to poll.',
      ),
      wrong(
        'c',
        'An SNS topic that SES publishes every email to, with the function reading the full body from the notification.',
        'SNS notifications have size limits and add a hop. The receipt rule’s Lambda action is the direct route.',
      ),
      wrong(
        'd',
        'A function on a 1-minute schedule that reads the mail server over IMAP.',
        'This means running a mail server and polling it, which SES makes unnecessary.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-ses-inbound', 'ev-ses-receipt-rule', 'ev-ses-async'],
    explanation:
      'SES can receive email and, through a receipt rule’s Lambda action, invoke a function for each incoming message. The event carries the headers and spam, virus, SPF and DKIM verdicts, not the body, so pair it with an S3 action to keep the message.',
  },
  {
    id: 'ev-ses-block-senders',
    kind: 'single',
    stem: 'An SES receipt rule set must stop processing mail from blocked senders before later rules store the mail and notify staff. A function checks each sender against the blocklist. How must its Lambda action be configured?',
    options: [
      wrong(
        'a',
        'InvocationType Event (the default), with the function returning STOP_RULE_SET.',
        'With Event, SES does not wait for the function, so nothing it returns can change the rule set.',
      ),
      right(
        'b',
        'InvocationType RequestResponse, with the function returning the disposition STOP_RULE_SET within 30 seconds.',
        'Only a synchronous call lets SES read the disposition and stop the later rules.',
      ),
      wrong(
        'c',
        'InvocationType Event with a dead-letter queue for blocked messages.',
        'A DLQ catches failed invocations. It does not stop rules from running.',
      ),
      wrong(
        'd',
        'Put the function in a separate rule set that runs after the others.',
        'Rules run in order within the active rule set. Checking last cannot stop what already ran.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-ses-request-response', 'ev-ses-async'],
    explanation:
      'SES Lambda actions default to the asynchronous Event type, as the study table lists. RequestResponse makes SES wait (up to 30 s) and honour a disposition of CONTINUE, STOP_RULE or STOP_RULE_SET.',
  },
  {
    id: 'ev-cognito-slow-trigger',
    kind: 'single',
    stem: 'A Cognito user pool pre sign-up trigger calls a third-party fraud-check API that sometimes takes 7 seconds. The function’s timeout is 30 seconds. Users intermittently fail to sign up. Why?',
    options: [
      wrong(
        'a',
        'Cognito invokes the trigger asynchronously and drops events that take too long.',
        'Cognito invokes synchronously, because it needs the answer to accept or reject the sign-up.',
      ),
      wrong(
        'b',
        'Lambda throttles any function that runs longer than 5 seconds.',
        'Lambda does not throttle by duration. The 5-second limit is Cognito’s.',
      ),
      right(
        'c',
        'Cognito waits at most 5 seconds for a trigger (a fixed limit) and, after 3 attempts in all, fails the sign-up; the slow check must be made faster or moved out of the synchronous path.',
        'The function’s own 30-second timeout does not matter, because Cognito gives up first.',
      ),
      wrong(
        'd',
        'The trigger needs provisioned concurrency to run longer than 5 seconds.',
        'Provisioned concurrency removes cold starts. It does not lift Cognito’s response limit.',
      ),
    ],
    topic: 'limits',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-cognito-5s', 'ev-cognito-sync'],
    explanation:
      'Cognito user pool triggers are synchronous and must respond within 5 s, a limit you cannot raise. Cognito makes 3 attempts in all, then the user’s operation fails. Keep triggers fast and push slow checks elsewhere.',
  },
  {
    id: 'ev-cognito-before-sign-up',
    kind: 'single',
    stem: 'An older study guide describes a Cognito "Sync Trigger" that runs a function each time a user’s dataset is synchronised. A team building a new application wants to run code that can reject a registration before it is accepted. What should they use?',
    options: [
      wrong(
        'a',
        'A Cognito Sync trigger on the identity pool’s datasets.',
        'Cognito Sync is a legacy feature, and a sync event fires after data changes, not before a sign-up is accepted.',
      ),
      wrong(
        'b',
        'An event source mapping on the user pool.',
        'User pools are not polled. Cognito invokes its triggers directly.',
      ),
      wrong(
        'c',
        'An EventBridge rule on CloudTrail’s SignUp events.',
        'That rule fires asynchronously after the sign-up, too late to reject it.',
      ),
      right(
        'd',
        'A pre sign-up Lambda trigger on the Cognito user pool, which Cognito invokes synchronously and whose response can reject the sign-up.',
        'User pool triggers run inside the flow, and Cognito acts on the function’s answer.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-cognito-sync-trigger', 'ev-cognito-trigger-config', 'ev-cognito-sync'],
    explanation:
      'Older material describes Cognito Sync events. Today Cognito runs functions through user pool triggers (pre sign-up, pre authentication, pre token generation …), configured on the user pool and invoked synchronously so their answer shapes the flow.',
  },
  {
    id: 'ev-ec2-state-changes',
    kind: 'single',
    stem: 'An operations team must record, within seconds, every time any EC2 instance in the account is stopped or terminated. Which solution meets this requirement with the LEAST operational overhead?',
    options: [
      right(
        'a',
        'An EventBridge (CloudWatch Events) rule on the default bus that matches EC2 Instance State-change Notification events with state stopped or terminated, with the function as its target.',
        'EC2 emits state-change events on its own. A rule matches them and invokes the function asynchronously.',
      ),
      wrong(
        'b',
        'A function on a 1-minute schedule that calls DescribeInstances and compares states.',
        'Polling misses short-lived changes between runs and wastes invocations.',
      ),
      wrong(
        'c',
        'A CloudTrail trail to S3 with an S3-triggered function that parses the log files.',
        'CloudTrail delivers log files minutes later, which misses "within seconds".',
      ),
      wrong('d', 'An event source mapping on the EC2 service.', 'EC2 is not a polled source.'),
    ],
    topic: 'eventbridge-rules',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-cwe-state-changes', 'ev-rule-target', 'ev-eventbridge-async'],
    explanation:
      'AWS resources send state-change events to the default event bus. A CloudWatch Events (EventBridge) rule that matches them and targets a function is the link, with no polling and no servers.',
    showMe: { preset: 'eventbridge-target-dlq', kind: 'eb.matched', nth: 1 },
  },
  {
    id: 'ev-cloudwatch-events-today',
    kind: 'single',
    stem: 'A runbook says to "create a CloudWatch Events rule" to run a function. Where is this done today, and how is the function invoked?',
    options: [
      wrong(
        'a',
        'It is no longer possible; AWS Config rules replaced CloudWatch Events.',
        'Config rules judge compliance. They are not a general event router.',
      ),
      right(
        'b',
        'In Amazon EventBridge, which CloudWatch Events became: the same rules run on the default bus and invoke the function asynchronously.',
        'EventBridge is the new name and a superset, with the same API and the default bus.',
      ),
      wrong(
        'c',
        'In CloudWatch Logs, as a subscription filter.',
        'Subscription filters stream log events. They do not match service events or schedules.',
      ),
      wrong(
        'd',
        'In SNS, as a topic subscription.',
        'SNS delivers published messages. Rules and schedules belong to EventBridge.',
      ),
    ],
    topic: 'eventbridge-rules',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-cwe-is-eventbridge', 'ev-eventbridge-async'],
    explanation:
      'CloudWatch Events is now Amazon EventBridge. Existing rules and schedules live on the account’s default event bus, and Lambda targets are invoked asynchronously.',
    showMe: {
      preset: 'eventbridge-schedule',
      kind: 'eb.delivered',
      rule: 'eb.lambda-async',
      nth: 1,
    },
  },
  {
    id: 'ev-eventbridge-function-error',
    kind: 'single',
    stem: 'An EventBridge rule targets a function. EventBridge delivers an event successfully, but the function throws an exception while processing it. With default settings, what happens next?',
    options: [
      wrong(
        'a',
        'EventBridge retries the target for up to 24 hours and 185 attempts.',
        'EventBridge retries failed deliveries. Here the delivery succeeded: Lambda accepted the event.',
      ),
      wrong(
        'b',
        'The event is lost, because EventBridge does not retry function errors.',
        'Lambda retries it, as the event was invoked asynchronously.',
      ),
      right(
        'c',
        'Lambda retries the event twice from its asynchronous queue, then sends it to the function’s DLQ or on-failure destination if one is configured.',
        'EventBridge invokes Lambda asynchronously, so function errors follow Lambda’s asynchronous retry rules.',
      ),
      wrong(
        'd',
        'EventBridge sends the event to the rule target’s SQS dead-letter queue at once.',
        'The target DLQ holds events EventBridge could not deliver. This event was delivered.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 3,
    facts: [
      'ev-eventbridge-async',
      'ev-eb-target-retry',
      'ev-async-retries',
      'ev-error-handling-depends',
    ],
    explanation:
      'Two layers again. EventBridge’s retry policy (24 h / 185 attempts, then target DLQ) covers getting the event to Lambda. Once Lambda has queued it, function errors are retried by Lambda (2 retries by default) and then go to the function’s DLQ or destination.',
    showMe: { preset: 'eventbridge-fanout', kind: 'async.accepted', nth: 1 },
  },
  {
    id: 'ev-eventbridge-target-throttling',
    kind: 'single',
    stem: 'An EventBridge rule cannot deliver events to one of its targets because the target keeps throttling. With the default retry policy, what does EventBridge do?',
    options: [
      wrong(
        'a',
        'It drops the event after the first failure.',
        'Throttling is retriable, and EventBridge retries it.',
      ),
      wrong(
        'b',
        'It retries twice, about 1 and 2 minutes apart.',
        'That is Lambda’s asynchronous retry policy for function errors, not EventBridge’s for targets.',
      ),
      wrong(
        'c',
        'It sends the event to the target’s dead-letter queue at once.',
        'Only errors that retrying cannot fix, such as a missing permission, go straight to the DLQ.',
      ),
      right(
        'd',
        'It retries with exponential backoff and jitter for up to 24 hours and 185 attempts, then sends the event to the target’s SQS dead-letter queue if one is set.',
        'That is EventBridge’s default retry policy for each target. Both limits can be lowered.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-eb-target-retry'],
    explanation:
      'Each EventBridge target has a retry policy (MaximumRetryAttempts 0–185, MaximumEventAgeInSeconds 60–86,400, default 185 / 24 h) and an optional SQS DLQ. With no DLQ, the event is dropped when the policy runs out.',
    showMe: { preset: 'eventbridge-target-dlq', kind: 'eb.retry', nth: 1 },
  },
  {
    id: 'ev-cron-instance-to-schedule',
    kind: 'single',
    stem: 'A company keeps an EC2 instance running only for a cron job that calls an internal cleanup script every 5 minutes; each run takes under a minute. How can the company cut cost and operational overhead?',
    options: [
      right(
        'a',
        'Move the script into a function triggered by an EventBridge scheduled rule with rate(5 minutes).',
        'The schedule invokes the function asynchronously every 5 minutes, and you pay only for the runs.',
      ),
      wrong(
        'b',
        'Create an event source mapping that polls every 5 minutes.',
        'Mappings read queues and streams. They do not run on a timer.',
      ),
      wrong(
        'c',
        'Keep the instance and buy a Reserved Instance for it.',
        'This lowers the price but keeps a server to patch, idle 80 % of the time.',
      ),
      wrong(
        'd',
        'Have the function send itself an SQS message with a 5-minute delay after each run.',
        'A self-scheduling loop is fragile (one failure stops it), and SQS delays cap at 15 minutes.',
      ),
    ],
    topic: 'eventbridge-schedules',
    domain: 'cost',
    difficulty: 1,
    facts: ['ev-scheduled-events', 'ev-rule-target'],
    explanation:
      'Scheduled events (CloudWatch Events, now EventBridge) invoke a function on a rate() or cron() expression. The scheduled rule’s target is the link, and the invocation is asynchronous.',
    showMe: { preset: 'eventbridge-schedule', kind: 'eb.scheduled', nth: 1 },
  },
  {
    id: 'ev-schedule-local-time',
    kind: 'single',
    stem: 'A function must run at 09:00 local time in Sydney every weekday, and keep doing so when daylight saving time starts and ends. Which option meets this requirement with the LEAST operational overhead?',
    options: [
      wrong(
        'a',
        'An EventBridge scheduled rule with cron(0 9 ? * MON-FRI *).',
        'Scheduled rules run in UTC, so this fires at 09:00 UTC. A fixed UTC time also drifts by an hour across daylight saving.',
      ),
      right(
        'b',
        'An EventBridge Scheduler schedule with cron(0 9 ? * MON-FRI *) and the time zone Australia/Sydney, targeting the function.',
        'Scheduler evaluates cron in the chosen time zone and follows daylight saving.',
      ),
      wrong(
        'c',
        'An EventBridge scheduled rule with rate(1 day), created at 09:00.',
        'A rate counts from creation in fixed 24-hour steps: it ignores weekdays and drifts across daylight saving.',
      ),
      wrong(
        'd',
        'A function that runs every minute and checks the Sydney clock.',
        'This makes 1,440 invocations a day to catch one moment.',
      ),
    ],
    topic: 'eventbridge-schedules',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-scheduled-events'],
    explanation:
      'Scheduled rules (the old CloudWatch Events schedules) run in UTC on the default bus. EventBridge Scheduler, the newer service, accepts a time zone as well as one-time at() schedules, and is the better fit for local-time jobs.',
  },
  {
    id: 'ev-api-least-privilege-per-method',
    kind: 'single',
    stem: 'A team is building a REST API in API Gateway. GET /orders only reads from a table, while POST /orders writes to it and publishes to a topic. Security requires least privilege for each operation. Which design meets this requirement?',
    options: [
      wrong(
        'a',
        'One function for every method, with an execution role that can read, write and publish.',
        'The read path would carry write and publish rights it never needs.',
      ),
      wrong(
        'b',
        'One function behind an Application Load Balancer, which splits permissions by path.',
        'Permissions belong to the function’s role, whatever sits in front of it.',
      ),
      right(
        'c',
        'Map each method to its own function, each with an execution role that allows only what that operation needs.',
        'API Gateway can send each method to a different function, and each function has its own role.',
      ),
      wrong(
        'd',
        'One function URL per method, with auth type NONE.',
        'Function URLs have no methods to map, and NONE removes authentication altogether.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-apigw-method-mapping', 'ev-apigw-https'],
    explanation:
      'API Gateway exposes a function over HTTPS, and each operation (GET, PUT, POST …) can map to its own function. Separate functions get separate execution roles, which is how least privilege is applied per operation.',
  },
  {
    id: 'ev-api-gateway-504',
    kind: 'single',
    stem: 'A REST API in API Gateway invokes a report function whose timeout is 5 minutes. Reports that take longer than about 30 seconds fail with HTTP 504, even though the function’s logs show it finishing after 45 seconds. What explains this, and what is the fix?',
    options: [
      wrong(
        'a',
        'Lambda limits synchronous invocations to 30 seconds; raise the function timeout.',
        'Synchronous invocations may run up to 15 minutes. The limit is API Gateway’s.',
      ),
      wrong(
        'b',
        'Lambda throttled the function; add reserved concurrency.',
        'A throttle would show as 500 at once, not 504 after half a minute.',
      ),
      wrong(
        'c',
        'The response exceeded the 6 MB payload limit; compress the report.',
        'An oversized response fails differently, and it would not depend on the report taking longer than 30 s.',
      ),
      right(
        'd',
        'API Gateway waits at most 29 seconds by default for the integration; return 202 with a job ID, do the work asynchronously, and let the client fetch the result later.',
        'The API gave up at 29 s, even though the function kept running. Long work must leave the request path.',
      ),
    ],
    topic: 'limits',
    domain: 'performant',
    difficulty: 3,
    facts: ['ev-apigw-504', 'ev-apigw-sync'],
    explanation:
      'API Gateway invokes synchronously with a 29-second integration timeout by default (REST Regional and private APIs can raise it since 2024; HTTP APIs allow 30 s). A slower function means 504 for the client. Long work should be queued or invoked asynchronously.',
  },
  {
    id: 'ev-api-gateway-502',
    kind: 'single',
    stem: 'After a deployment, every call to an API Gateway Lambda proxy integration returns HTTP 502, yet the function’s metrics show no errors and no throttles. What is the most likely cause?',
    options: [
      right(
        'a',
        'The function returns a response in the wrong proxy format, for example without statusCode or with a body that is not a string.',
        'API Gateway cannot turn a malformed proxy response into HTTP and answers 502 Bad Gateway, even though the function itself succeeded.',
      ),
      wrong(
        'b',
        'The resource-based policy no longer allows API Gateway to invoke the function.',
        'A missing permission gives 500, and the function would not have run at all.',
      ),
      wrong(
        'c',
        'The function took longer than the 29-second integration timeout.',
        'A timeout gives 504, not 502.',
      ),
      wrong(
        'd',
        'Lambda throttled the requests.',
        'Throttles appear in the metrics and reach the client as 500.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-apigw-502', 'ev-apigw-500', 'ev-apigw-504'],
    explanation:
      'Read API Gateway’s status codes backwards to the cause: 502 means a function error or a bad proxy response, 504 means the integration timeout (29 s), and 500 means Lambda rejected the invoke (throttle or missing permission).',
  },
  {
    id: 'ev-api-gateway-throttle-500',
    kind: 'single',
    stem: 'During a flash sale, clients of an API Gateway REST API receive HTTP 500 errors while the function’s Throttles metric spikes. The client team asks why they are not seeing 429. Which statement is correct?',
    options: [
      wrong(
        'a',
        'API Gateway retried the throttled calls for 29 seconds and then returned 500.',
        'API Gateway does not retry Lambda invocations.',
      ),
      right(
        'b',
        'API Gateway turns Lambda’s 429 into a 500 for the client and does not retry; the fix is more function concurrency, or throttling at the API stage so clients get 429 from API Gateway itself.',
        'The client sees 500 for any invoke Lambda rejects, throttles included.',
      ),
      wrong(
        'c',
        'Lambda answers every throttled caller with 500 rather than 429.',
        'Direct Invoke callers do get 429. It is API Gateway that maps it to 500.',
      ),
      wrong(
        'd',
        'A 500 means the function threw an exception under load.',
        'A function exception would appear as 502 and as function errors in the metrics, not as throttles.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-apigw-500', 'ev-apigw-no-retries'],
    explanation:
      'When Lambda rejects the invocation (429 throttle, or a missing permission), an API Gateway client receives 500, and API Gateway does not retry. Size the function’s concurrency for the peak, or throttle at the API so clients get a clear 429 from the stage.',
  },
  {
    id: 'ev-api-gateway-truths',
    kind: 'multiple',
    stem: 'An API Gateway REST API fronts a Lambda function through a proxy integration. Which statements are correct? (Choose two.)',
    options: [
      right(
        'a',
        'API Gateway does not retry a failed invocation; the client decides whether to call again.',
        'Each request gets one attempt. Retries, if any, are the client’s.',
      ),
      right(
        'b',
        'API Gateway invokes the function synchronously and waits up to 29 seconds for it by default.',
        'It needs the function’s response to answer the HTTP request, within its integration timeout.',
      ),
      wrong(
        'c',
        'API Gateway retries throttled invocations with exponential backoff.',
        'It passes the rejection on as 500 without retrying.',
      ),
      wrong(
        'd',
        'API Gateway invokes asynchronously by default and returns 202 to the client.',
        'A proxy integration is synchronous by default. Asynchronous invocation needs a non-proxy integration with the X-Amz-Invocation-Type header set to Event.',
      ),
      wrong(
        'e',
        'API Gateway needs an event source mapping on the function.',
        'API Gateway pushes. Its link lives in the API’s integration, and its permission in the function’s resource-based policy.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 1,
    facts: ['ev-apigw-no-retries', 'ev-apigw-sync', 'ev-apigw-504'],
    explanation:
      'API Gateway is a synchronous push source: one attempt per request, a 29-second default integration timeout (504), a function error or bad response as 502, a rejected invoke as 500.',
  },
  {
    id: 'ev-s3-instead-of-polling',
    kind: 'single',
    stem: 'A legacy function runs every minute on a schedule, lists the incoming/ prefix of a bucket, and processes any new files. Most runs find nothing, and files wait up to a minute. How can the company reduce both cost and delay?',
    options: [
      wrong(
        'a',
        'Run the schedule every 10 seconds instead of every minute.',
        'Scheduled rules cannot run more often than once a minute, and polling more often would cost more, not less.',
      ),
      right(
        'b',
        'Replace the schedule with an S3 event notification for object-created events with the prefix incoming/, invoking the function for each new file.',
        'S3 announces each new object, so the function runs only when there is work, within seconds.',
      ),
      wrong(
        'c',
        'Create an event source mapping on the bucket with a batching window of 60 seconds.',
        'S3 is a push source. It cannot be the source of an event source mapping.',
      ),
      wrong(
        'd',
        'Keep the schedule and give the function more memory so that each listing is faster.',
        'The empty runs would still be billed, and files would still wait for the next run.',
      ),
    ],
    topic: 'services',
    domain: 'cost',
    difficulty: 1,
    facts: ['ev-s3-object-events', 'ev-s3-notification-config', 'ev-s3-filters'],
    explanation:
      'Polling a bucket on a schedule pays for empty runs and adds delay. An S3 notification, filtered by prefix or suffix, pushes each object event to the function asynchronously as soon as it happens.',
  },
  {
    id: 'ev-eventbridge-narrow-pattern',
    kind: 'single',
    stem: 'An EventBridge rule with the pattern {"source": ["aws.ec2"]} targets a function that only acts when an instance is terminated. The function returns early for the other 90 % of EC2 events. Which change reduces cost with the LEAST effort?',
    options: [
      right(
        'a',
        'Narrow the rule’s pattern to "detail-type": ["EC2 Instance State-change Notification"] and "detail": {"state": ["terminated"]}.',
        'Events that do not match the pattern never reach the target, so they are never invoked or billed.',
      ),
      wrong(
        'b',
        'Add event filter criteria to the function’s event source mapping.',
        'EventBridge pushes to its targets. There is no event source mapping to filter.',
      ),
      wrong(
        'c',
        'Send the rule’s events to an SQS queue and let the function discard the unwanted ones.',
        'Each unwanted event would still be read and processed, now with a queue to pay for as well.',
      ),
      wrong(
        'd',
        'Set the target’s retry policy to 0 attempts.',
        'Retries only happen when delivery fails. They do not decide which events are delivered.',
      ),
    ],
    topic: 'filtering',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-push-filtering', 'ev-cwe-state-changes'],
    explanation:
      'With push sources, filter at the source: an EventBridge rule’s pattern decides which events reach its targets, the same job SNS filter policies and S3 prefix and suffix rules do. A precise pattern removes invocations that would only return early.',
    showMe: {
      preset: 'eventbridge-fanout',
      kind: 'eb.not-matched',
      rule: 'eb.rule-no-match',
      nth: 2,
    },
  },
];

/** Resource-based policies for push sources, execution-role actions for pollers. */
const PERMISSIONS: readonly QuestionInput[] = [
  {
    id: 'ev-sns-subscription-no-permission',
    kind: 'single',
    stem: 'A developer subscribes a function to an SNS topic with the CLI rather than the console. Messages are published, but the function never runs, and the topic’s failed-delivery metric climbs. What is missing?',
    options: [
      wrong(
        'a',
        'sns:Subscribe on the function’s execution role.',
        'The subscription already exists. The role governs what the function does once it runs, not who may invoke it.',
      ),
      wrong(
        'b',
        'An event source mapping from the topic to the function.',
        'SNS pushes. Topics are not polled sources.',
      ),
      right(
        'c',
        'A statement in the function’s resource-based policy allowing sns.amazonaws.com to call lambda:InvokeFunction, with the topic ARN as the source ARN (aws lambda add-permission).',
        'A push source needs permission to invoke. The console adds it automatically; the CLI does not.',
      ),
      wrong(
        'd',
        'A topic policy that allows lambda.amazonaws.com to receive messages.',
        'Lambda does not pull from SNS. SNS is the caller, and it needs the permission.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-push-resource-policy', 'ev-perm-statement', 'ev-perm-missing-sns'],
    explanation:
      'Push sources invoke the function, so its resource-based policy must allow the service principal (here sns.amazonaws.com) to call lambda:InvokeFunction, scoped with the topic’s ARN. Without it, every SNS delivery is refused, and SNS does not retry a refusal.',
  },
  {
    id: 'ev-sqs-and-s3-permissions',
    kind: 'multiple',
    stem: 'A function is triggered both by an SQS queue and by an S3 bucket in the same account. Which permission settings are required? (Choose two.)',
    options: [
      right(
        'a',
        'The execution role allows sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes on the queue.',
        'SQS is polled, and Lambda’s poller reads and deletes messages with the function’s execution role.',
      ),
      right(
        'b',
        'The resource-based policy allows s3.amazonaws.com to call lambda:InvokeFunction, with conditions on the bucket ARN and the account.',
        'S3 pushes, so it needs permission to invoke, scoped with SourceArn and SourceAccount.',
      ),
      wrong(
        'c',
        'The resource-based policy allows sqs.amazonaws.com to invoke the function.',
        'SQS never invokes the function, so this statement would have no effect.',
      ),
      wrong(
        'd',
        'The execution role allows s3:PutBucketNotification.',
        'Setting up the notification is the administrator’s job and needs no right on the function’s role.',
      ),
      wrong(
        'e',
        'The queue policy grants SQS permission to call the function.',
        'Queue policies govern who may use the queue. SQS calls nothing.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: [
      'ev-pull-execution-role',
      'ev-push-resource-policy',
      'ev-perm-sqs-actions',
      'ev-perm-s3-source-account',
    ],
    explanation:
      'Ask who calls whom. A push source (S3) calls Invoke, so the function’s resource-based policy must allow it. For a polled source (SQS), Lambda’s poller acts with the execution role, so the role needs the read actions.',
  },
  {
    id: 'ev-confused-deputy-s3',
    kind: 'single',
    stem: 'A function’s resource-based policy allows the principal s3.amazonaws.com to call lambda:InvokeFunction, with no conditions. A security review flags the statement. What is the risk, and how should it be fixed?',
    options: [
      wrong(
        'a',
        'S3 could read the function’s code; add a Deny on lambda:GetFunction.',
        'The statement grants invoke only. Reading code needs other actions.',
      ),
      wrong(
        'b',
        'The function could write to any bucket; narrow its execution role.',
        'What the function can do depends on its execution role, not on this statement. Narrowing the role does not limit who invokes the function.',
      ),
      wrong(
        'c',
        'Anyone on the internet could invoke the function; move it into a VPC.',
        'The principal is the S3 service, not the public, and VPC placement does not affect the Invoke API.',
      ),
      right(
        'd',
        'Any bucket in any account could be configured to invoke the function (the confused deputy problem); add AWS:SourceArn for the bucket and AWS:SourceAccount for the owning account.',
        'The conditions make S3 act only for your bucket, in your account.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-perm-confused-deputy', 'ev-perm-source-arn', 'ev-perm-s3-source-account'],
    explanation:
      'A service principal without source conditions lets anyone who controls a resource of that service (a bucket, a topic) make the service call your function: a confused deputy. Scope push permissions with AWS:SourceArn and, for S3, AWS:SourceAccount.',
  },
  {
    id: 'ev-why-source-account-for-s3',
    kind: 'single',
    stem: 'Why is AWS:SourceAccount recommended, in addition to AWS:SourceArn, when a resource-based policy allows S3 to invoke a function?',
    options: [
      right(
        'a',
        'S3 bucket ARNs contain no account ID, so the ARN alone cannot tell which account owns the bucket; if the bucket were deleted, another account could create one with the same name.',
        'SourceAccount closes the gap that a bucket’s account-less ARN leaves.',
      ),
      wrong(
        'b',
        'S3 refuses to invoke a function unless both conditions are present.',
        'S3 can invoke with either condition or neither. The recommendation is about safety.',
      ),
      wrong(
        'c',
        'SourceAccount makes the invocation faster because Lambda skips the ARN lookup.',
        'Conditions have nothing to do with latency.',
      ),
      wrong(
        'd',
        'AWS:SourceArn is not supported for S3, so SourceAccount replaces it.',
        'SourceArn is supported and should be used. SourceAccount complements it.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-s3-source-account'],
    explanation:
      'Most source ARNs include the account, but S3’s do not (arn:aws:s3:::bucket-name). Add AWS:SourceAccount so that only a bucket with that name in your account can trigger the function.',
  },
  {
    id: 'ev-eventbridge-policy-statement',
    kind: 'single',
    stem: 'Which resource-based policy statement lets the EventBridge rule nightly-report invoke the function report-fn, and nothing else?',
    options: [
      wrong(
        'a',
        'Principal {"Service": "lambda.amazonaws.com"}, Action sts:AssumeRole.',
        'This is an execution role’s trust policy. It lets Lambda assume the role, not EventBridge invoke the function.',
      ),
      wrong(
        'b',
        'Principal "*", Action lambda:InvokeFunction, with no condition.',
        'Anyone could invoke the function.',
      ),
      right(
        'c',
        'Principal {"Service": "events.amazonaws.com"}, Action lambda:InvokeFunction, Resource the report-fn ARN, Condition ArnLike AWS:SourceArn = the nightly-report rule ARN.',
        'The service principal, the invoke action and the source ARN together allow exactly that rule.',
      ),
      wrong(
        'd',
        'Principal {"Service": "events.amazonaws.com"}, Action events:PutTargets.',
        'PutTargets is what an administrator calls to set up the rule. The function’s policy must grant invoke.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-statement', 'ev-perm-source-arn', 'ev-rule-target'],
    explanation:
      'A push permission is a statement in the function’s policy: the service principal, lambda:InvokeFunction, and AWS:SourceArn naming the one resource allowed to call. AddPermission writes it; the console adds it for you when you create the trigger there.',
  },
  {
    id: 'ev-s3-notification-template-fails',
    kind: 'single',
    stem: 'A developer added an S3 trigger in the Lambda console and it worked. A colleague recreates the setup in CloudFormation (a bucket with a NotificationConfiguration and the function), and stack creation fails with "Unable to validate the following destination configurations". Why?',
    options: [
      wrong(
        'a',
        'S3 notifications to Lambda cannot be defined in CloudFormation.',
        'They can, through the bucket’s NotificationConfiguration property.',
      ),
      wrong(
        'b',
        'The function’s execution role lacks s3:GetObject.',
        'S3 checks whether it may invoke the function, not what the function may read.',
      ),
      right(
        'c',
        'The console added the invoke permission automatically; the template also needs an AWS::Lambda::Permission for s3.amazonaws.com (with SourceArn and SourceAccount), created before the bucket’s notification.',
        'S3 validates the destination when it saves the notification, and without the permission it refuses.',
      ),
      wrong(
        'd',
        'The bucket must have versioning enabled before it can send notifications.',
        'Notifications do not require versioning.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-perm-statement', 'ev-perm-missing-s3', 'ev-push-resource-policy'],
    explanation:
      'S3 tests that it may invoke the function when the notification configuration is saved, and refuses it otherwise. The console writes the resource-based policy statement for you; infrastructure as code must declare it, and make the bucket depend on it.',
  },
  {
    id: 'ev-eventbridge-missing-permission',
    kind: 'single',
    stem: 'The resource-based policy statement that let an EventBridge rule invoke its target function was deleted. The target has an SQS dead-letter queue. What happens to the rule’s matching events?',
    options: [
      wrong(
        'a',
        'EventBridge retries each event for 24 hours and 185 attempts, then sends it to the DLQ.',
        'A missing permission cannot fix itself, so EventBridge does not retry it.',
      ),
      wrong(
        'b',
        'Lambda retries each event twice from its asynchronous queue.',
        'Lambda never accepted the events, so its retries do not start.',
      ),
      wrong(
        'c',
        'The events are dropped silently, even though a DLQ is configured.',
        'The DLQ is exactly where undeliverable events go.',
      ),
      right(
        'd',
        'EventBridge treats the error as non-retriable: FailedInvocations increases and each event goes straight to the DLQ with ERROR_CODE NO_PERMISSIONS.',
        'Permission errors skip the retry policy and go to the target’s DLQ at once.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-perm-missing-eventbridge', 'ev-eb-target-retry'],
    explanation:
      'EventBridge retries transient errors (throttling, timeouts) but not permission or missing-resource errors. Those fail at once, counted in FailedInvocations, and land in the target’s DLQ with attributes such as ERROR_CODE, RULE_ARN and TARGET_ARN.',
    showMe: {
      preset: 'eventbridge-fanout',
      kind: 'eb.target-failed',
      rule: 'eb.non-retriable',
      nth: 1,
    },
  },
  {
    id: 'ev-sqs-trigger-creation-fails',
    kind: 'single',
    stem: 'Creating an SQS trigger for a function fails with: "The provided execution role does not have permissions to call ReceiveMessage on SQS". How should this be fixed?',
    options: [
      right(
        'a',
        'Allow sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes on the queue in the function’s execution role, for example with AWSLambdaSQSQueueExecutionRole.',
        'The poller acts with the execution role, and Lambda checks these actions when the mapping is created.',
      ),
      wrong(
        'b',
        'Add a queue policy that allows lambda.amazonaws.com to call sqs:SendMessage.',
        'Lambda needs to receive and delete messages, not send them, and it acts through the function’s role.',
      ),
      wrong(
        'c',
        'Run aws lambda add-permission with the principal sqs.amazonaws.com.',
        'SQS never invokes the function, so a resource-based policy statement for it does nothing.',
      ),
      wrong(
        'd',
        'Grant sqs:ReceiveMessage to the IAM user who creates the trigger.',
        'The creator’s rights do not matter once the mapping runs. The function’s role reads the queue.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 1,
    facts: ['ev-perm-sqs-actions', 'ev-perm-missing-pull', 'ev-pull-execution-role'],
    explanation:
      'Polled sources use the execution role. For SQS that means ReceiveMessage, DeleteMessage and GetQueueAttributes (plus kms:Decrypt for an encrypted queue). Lambda rejects the mapping with InvalidParameterValueException when they are missing.',
  },
  {
    id: 'ev-kinesis-permission-revoked',
    kind: 'single',
    stem: 'A Kinesis trigger has worked for months. An engineer removes kinesis:GetRecords from the function’s execution role by mistake. What happens?',
    options: [
      wrong(
        'a',
        'Lambda deletes the event source mapping, and the unread records are lost at once.',
        'The mapping stays. The records stay in the stream until retention ends.',
      ),
      right(
        'b',
        'The mapping keeps trying and reports a PROBLEM in its processing result; records wait in the stream and are lost only if they pass the retention period (24 hours by default) before the permission is restored.',
        'Nothing is consumed while the role cannot read, so the clock that matters is the stream’s retention.',
      ),
      wrong(
        'c',
        'Kinesis starts pushing the records to the function’s dead-letter queue.',
        'Kinesis never pushes, and a function DLQ applies only to asynchronous invocations.',
      ),
      wrong(
        'd',
        'Lambda falls back to the function’s resource-based policy to read the stream.',
        'Resource-based policies say who may invoke the function. They give the poller no read rights.',
      ),
    ],
    topic: 'permissions',
    domain: 'resilient',
    difficulty: 3,
    facts: ['ev-perm-missing-pull', 'ev-perm-kinesis-actions'],
    explanation:
      'If a poller loses its read permissions after creation, the mapping keeps retrying and shows a PROBLEM state; nothing is processed. The records are safe until the stream’s retention expires (24 h by default for Kinesis, up to 365 days).',
  },
  {
    id: 'ev-kinesis-role-actions',
    kind: 'multiple',
    stem: 'Which actions must the execution role of a function with a standard (shared-throughput) Kinesis trigger allow? (Choose two.)',
    options: [
      right('a', 'kinesis:GetRecords', 'The poller reads the records with it.'),
      wrong(
        'b',
        'kinesis:PutRecord',
        'Writing to the stream is the producers’ job. The consumer only reads.',
      ),
      right(
        'c',
        'kinesis:GetShardIterator',
        'The poller needs an iterator to know where to read in each shard.',
      ),
      wrong(
        'd',
        'lambda:InvokeFunction for the principal kinesis.amazonaws.com',
        'Kinesis never invokes the function. The poller does, inside Lambda.',
      ),
      wrong(
        'e',
        'kinesis:CreateStream',
        'Consuming an existing stream does not need the right to create streams.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-kinesis-actions'],
    explanation:
      'A Kinesis trigger reads with the execution role: GetRecords, GetShardIterator, DescribeStream, DescribeStreamSummary, ListShards and ListStreams (SubscribeToShard for enhanced fan-out). AWSLambdaKinesisExecutionRole bundles them.',
  },
  {
    id: 'ev-cross-account-invoke',
    kind: 'single',
    stem: 'An application running under the role orders-app in account 444455556666 must invoke a function in account 111122223333 with the SDK. Which change meets this requirement with least privilege?',
    options: [
      wrong(
        'a',
        'An identity policy on orders-app that allows lambda:InvokeFunction on the function’s ARN is enough on its own.',
        'Across accounts, the function’s owner must also allow the call in the function’s resource-based policy.',
      ),
      right(
        'b',
        'A statement in the function’s resource-based policy with the principal arn:aws:iam::444455556666:role/orders-app and lambda:InvokeFunction, plus an identity policy on orders-app that allows the call.',
        'Cross-account access needs both sides: the resource policy names the caller, and the caller’s own policy allows the action.',
      ),
      wrong(
        'c',
        'A function URL with auth type NONE that the application calls over HTTPS.',
        'That makes the function public to everyone, the opposite of least privilege.',
      ),
      wrong(
        'd',
        'A statement with the principal "*" and an AWS:SourceAccount condition of 444455556666.',
        'SourceAccount scopes what AWS services do on an account’s behalf. It is not the way to name a direct caller.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-cross-account'],
    explanation:
      'A caller in the same account can rely on its identity policy alone. A caller in another account also needs the function’s resource-based policy to name its account or role. For a whole organization, use aws:PrincipalOrgID.',
  },
  {
    id: 'ev-organization-wide-invoke',
    kind: 'single',
    stem: 'All 60 accounts in a company’s AWS Organization, including accounts added in the future, must be able to invoke a shared utility function. The policy must not need editing every time an account is added. Which resource-based policy statement meets this requirement?',
    options: [
      wrong(
        'a',
        'One statement per account, each naming that account as the principal.',
        'This works today but has to be edited for every new account, which the requirement rules out.',
      ),
      wrong(
        'b',
        'Principal "*" with no condition.',
        'Every AWS account in the world could then invoke the function.',
      ),
      right(
        'c',
        'Principal "*", Action lambda:InvokeFunction, with a condition that aws:PrincipalOrgID equals the organization’s ID.',
        'The condition admits any principal from an account in the organization, now or later, and nobody else.',
      ),
      wrong(
        'd',
        'Principal {"Service": "organizations.amazonaws.com"}.',
        'That principal is the Organizations service itself, not the accounts in the organization.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-perm-cross-account'],
    explanation:
      'aws:PrincipalOrgID lets one statement cover every account in an AWS Organization, including future ones, without listing account IDs.',
  },
  {
    id: 'ev-destination-needs-send',
    kind: 'single',
    stem: 'A function’s asynchronous on-failure destination is a standard SQS queue. Failed events never arrive there, and the function’s DestinationDeliveryFailures metric rises. What is the fix?',
    options: [
      right(
        'a',
        'Allow sqs:SendMessage on the queue in the function’s execution role.',
        'Lambda delivers to destinations with the function’s execution role, which needs the send permission for the target.',
      ),
      wrong(
        'b',
        'Add a resource-based policy statement on the function for sqs.amazonaws.com.',
        'Lambda is sending to SQS here, not SQS invoking Lambda.',
      ),
      wrong(
        'c',
        'Configure the queue as an event source mapping of the function.',
        'That would make the function read the queue, not write failures to it.',
      ),
      wrong(
        'd',
        'Switch the destination to a FIFO queue.',
        'FIFO queues are not supported as destinations, so deliveries would fail for another reason.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-destinations-role', 'ev-async-destinations'],
    explanation:
      'DLQs and destinations are written with the function’s execution role: sqs:SendMessage, sns:Publish, lambda:InvokeFunction, events:PutEvents or s3:PutObject, depending on the target. A missing permission shows as DestinationDeliveryFailures (or DeadLetterErrors for a DLQ).',
  },
  {
    id: 'ev-no-logs-appear',
    kind: 'single',
    stem: 'A newly created function runs successfully, but nothing appears in CloudWatch Logs. Which change fixes this?',
    options: [
      wrong(
        'a',
        'Add a resource-based policy statement that allows logs.amazonaws.com to invoke the function.',
        'That statement is for Logs subscription filters that send logs to a function. It does not let the function write logs.',
      ),
      wrong(
        'b',
        'Enable active tracing with X-Ray.',
        'Tracing records timing data. It does not create log streams.',
      ),
      wrong(
        'c',
        'Give the developer lambda:InvokeFunction.',
        'The function already runs. Writing logs is the function’s own action.',
      ),
      right(
        'd',
        'Attach AWSLambdaBasicExecutionRole (logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents) to the function’s execution role.',
        'The function writes its logs with its execution role, which needs these actions.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 1,
    facts: ['ev-perm-execution-role-basics'],
    explanation:
      'The execution role is the function’s identity. It trusts lambda.amazonaws.com and usually carries AWSLambdaBasicExecutionRole so the function can write to CloudWatch Logs. Anything else the function touches needs its own permission there.',
  },
  {
    id: 'ev-xray-no-segments',
    kind: 'single',
    stem: 'A team enables active tracing on a function, but X-Ray shows no segments for it, although the function runs normally. What is most likely missing?',
    options: [
      wrong(
        'a',
        'A resource-based policy statement that allows xray.amazonaws.com to invoke the function.',
        'X-Ray never invokes functions. It only receives trace data.',
      ),
      right(
        'b',
        'xray:PutTraceSegments and xray:PutTelemetryRecords on the function’s execution role.',
        'Sending trace data is done with the execution role, like every other action of the function.',
      ),
      wrong(
        'c',
        'An event source mapping from X-Ray to the function.',
        'X-Ray is a special integration, not an event source.',
      ),
      wrong(
        'd',
        'Provisioned concurrency, because tracing only works on pre-initialised environments.',
        'Tracing works on any environment, on-demand or provisioned.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-xray-tracing', 'ev-xray-special'],
    explanation:
      'X-Ray is a special integration: it never invokes a function. With active tracing on, Lambda samples requests (by default the first each second plus 5 % of the rest) and sends segments, which needs xray:PutTraceSegments and xray:PutTelemetryRecords on the execution role.',
  },
  {
    id: 'ev-efs-shared-dataset',
    kind: 'single',
    stem: 'Several functions must share a 200 GB reference dataset that is updated every hour, and must keep results between invocations. Which solution meets these requirements?',
    options: [
      wrong(
        'a',
        'Store the dataset in each function’s /tmp directory.',
        '/tmp holds at most 10 GB, belongs to one execution environment, and is not shared.',
      ),
      wrong(
        'b',
        'Ship the dataset in a Lambda layer.',
        'Layers are read-only, count toward a 250 MB unzipped limit, and change only when a new version is published.',
      ),
      right(
        'c',
        'Mount an Amazon EFS file system through an access point under /mnt in each function, with the functions connected to the file system’s VPC.',
        'EFS gives shared, persistent storage that all environments of all functions can read and write.',
      ),
      wrong(
        'd',
        'Package the dataset in the functions’ deployment packages.',
        'Packages are far too small for 200 GB, and every hourly update would mean a redeploy.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-efs-mount', 'ev-efs-special'],
    explanation:
      'EFS is a special integration: it sends no events and instead gives functions a shared file system mounted under /mnt through an access point. The function must be connected to the VPC where the mount targets live.',
  },
  {
    id: 'ev-mq-trigger-network-permissions',
    kind: 'single',
    stem: 'Creating an Amazon MQ (ActiveMQ) trigger fails. The execution role already allows mq:DescribeBroker and secretsmanager:GetSecretValue. What else does the role need?',
    options: [
      right(
        'a',
        'EC2 network-interface permissions (such as ec2:CreateNetworkInterface, DescribeNetworkInterfaces, DeleteNetworkInterface, DescribeVpcs, DescribeSubnets and DescribeSecurityGroups), because the poller connects inside the broker’s VPC.',
        'MQ and MSK pollers reach the broker through network interfaces in its VPC, created with the execution role.',
      ),
      wrong(
        'b',
        'A resource-based policy statement that allows mq.amazonaws.com to invoke the function.',
        'MQ never invokes the function. Lambda polls it.',
      ),
      wrong(
        'c',
        'sqs:ReceiveMessage on the broker’s queue ARN.',
        'MQ queues are not SQS queues. These actions do not apply.',
      ),
      wrong(
        'd',
        'kafka-cluster:ReadData on the broker.',
        'These actions are for MSK with IAM authentication, not Amazon MQ.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-perm-msk-mq-vpc', 'ev-mq-poll'],
    explanation:
      'Amazon MQ and MSK are polled from inside the broker’s or cluster’s VPC. Besides describing the broker and reading its credentials secret, the execution role must be able to manage and describe the network interfaces the poller uses.',
  },
  {
    id: 'ev-which-need-resource-policy',
    kind: 'multiple',
    stem: 'A security review covers a function with six triggers. For which triggers must the function’s resource-based policy contain a statement for the service? (Choose three.)',
    options: [
      right('a', 'An SNS topic subscription', 'SNS pushes, so it needs permission to invoke.'),
      right('b', 'An S3 bucket notification', 'S3 pushes, so it needs permission to invoke.'),
      wrong(
        'c',
        'A Kinesis data stream',
        'Kinesis is polled. Lambda’s poller reads it with the execution role.',
      ),
      right(
        'd',
        'An EventBridge rule target',
        'EventBridge pushes, so it needs permission to invoke.',
      ),
      wrong(
        'e',
        'A DynamoDB stream',
        'DynamoDB Streams is polled. Permissions go on the execution role.',
      ),
      wrong('f', 'An SQS queue', 'SQS is polled. Permissions go on the execution role.'),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-push-resource-policy', 'ev-pull-execution-role', 'ev-perm-statement'],
    explanation:
      'Resource-based policy statements are for services that call the function: push sources such as S3, SNS and EventBridge. Polled sources such as Kinesis, DynamoDB Streams and SQS need read permissions on the execution role instead.',
  },
  {
    id: 'ev-api-gateway-invalid-permissions',
    kind: 'single',
    stem: 'An API created from the CLI returns HTTP 500 for every request, and the API Gateway execution log says "Invalid permissions on Lambda function". How should this be fixed?',
    options: [
      wrong(
        'a',
        'Allow apigateway:Invoke on the function’s execution role.',
        'The execution role governs what the function does. API Gateway’s right to call it lives in the function’s policy.',
      ),
      wrong(
        'b',
        'Raise the function timeout above 29 seconds.',
        'Timeouts produce 504, and the function never ran here.',
      ),
      right(
        'c',
        'Add a resource-based policy statement that allows apigateway.amazonaws.com to call lambda:InvokeFunction, with the API’s execute-api ARN as the source ARN.',
        'API Gateway is a push source and needs an invoke permission, which the console would have added automatically.',
      ),
      wrong(
        'd',
        'Enable CORS on the API’s resources.',
        'CORS concerns browsers calling the API, not API Gateway calling Lambda.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-apigw-500', 'ev-push-resource-policy', 'ev-perm-source-arn'],
    explanation:
      'When Lambda rejects API Gateway’s invoke, whether for a missing permission or a throttle, the client sees 500. Grant apigateway.amazonaws.com lambda:InvokeFunction scoped to the API’s ARN (stage, method and path can be narrowed too).',
  },
  {
    id: 'ev-second-topic-denied',
    kind: 'single',
    stem: 'A function’s policy allows sns.amazonaws.com with AWS:SourceArn arn:aws:sns:us-east-1:111122223333:orders. The function is then subscribed to a second topic, refunds, but deliveries from refunds fail. Why?',
    options: [
      wrong(
        'a',
        'A function can be subscribed to only one SNS topic.',
        'A function can subscribe to any number of topics.',
      ),
      wrong(
        'b',
        'The refunds topic must be polled through an event source mapping.',
        'All SNS topics push, none is polled.',
      ),
      wrong(
        'c',
        'The execution role needs sns:Subscribe on refunds.',
        'The subscription exists. Invoke permission is what is missing.',
      ),
      right(
        'd',
        'The statement’s SourceArn only admits the orders topic; add a statement (or widen the condition) for the refunds topic’s ARN.',
        'SourceArn does what it should: only the named topic may make SNS invoke the function.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-source-arn', 'ev-perm-missing-sns'],
    explanation:
      'AWS:SourceArn scopes a push permission to specific resources, so each new source needs its own grant. Until it is added, every delivery from the new topic is refused, and SNS does not retry a refusal: it goes to the subscription DLQ, if there is one.',
  },
  {
    id: 'ev-cross-account-sns-topic',
    kind: 'single',
    stem: 'An SNS topic in account 111122223333 must invoke a function in account 444455556666. Which permission lets the topic invoke the function, and only that topic?',
    options: [
      wrong(
        'a',
        'An IAM role in account 111122223333 that the function assumes to read the topic.',
        'Functions do not read SNS topics. SNS pushes to them, so SNS is the one that needs permission.',
      ),
      wrong(
        'b',
        'A cross-account event source mapping from the topic to the function.',
        'SNS topics cannot be the source of an event source mapping.',
      ),
      wrong(
        'c',
        'A statement in the function’s policy with the principal "*" and no condition.',
        'That would let anyone invoke the function.',
      ),
      right(
        'd',
        'A statement in the function’s resource-based policy that allows sns.amazonaws.com to call lambda:InvokeFunction, with AWS:SourceArn set to the topic’s ARN, followed by a subscription of the function to the topic.',
        'The service principal stays sns.amazonaws.com. The source ARN, which carries the other account’s ID, limits it to that one topic.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 3,
    facts: ['ev-perm-source-arn', 'ev-perm-confused-deputy', 'ev-sns-subscription'],
    explanation:
      'When an AWS service calls the function, the principal is the service, even across accounts. AWS:SourceArn (and, where useful, AWS:SourceAccount) decides which resource, in which account, may use the service to invoke it. Without that condition, any topic anywhere could make SNS call the function.',
  },
  {
    id: 'ev-sqs-kms-decrypt',
    kind: 'single',
    stem: 'An SQS queue is encrypted with a customer managed KMS key. Its Lambda trigger does not process any messages and reports a KMS access-denied problem. The execution role already has AWSLambdaSQSQueueExecutionRole. What should be added?',
    options: [
      wrong(
        'a',
        'A statement in the function’s resource-based policy that allows kms.amazonaws.com to invoke it.',
        'KMS never invokes the function. The poller needs to decrypt, with the execution role.',
      ),
      right(
        'b',
        'kms:Decrypt on the key, for the function’s execution role (and a key policy that allows that role to use the key).',
        'The poller receives the messages with the execution role, and encrypted messages cannot be read without decrypting them.',
      ),
      wrong(
        'c',
        'sqs:SendMessage on the queue.',
        'The poller receives and deletes messages. It never sends them.',
      ),
      wrong(
        'd',
        'kms:Encrypt for the SQS service principal.',
        'Producers encrypt when they send, and that already works. The missing right is the reader’s decrypt.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-perm-sqs-actions', 'ev-pull-execution-role'],
    explanation:
      'Polled sources are read with the execution role. For SQS that is ReceiveMessage, DeleteMessage and GetQueueAttributes, plus kms:Decrypt when the queue uses a customer managed key.',
  },
  {
    id: 'ev-role-cannot-be-assumed',
    kind: 'single',
    stem: 'Creating a function fails with the message "The role defined for the function cannot be assumed by Lambda." The role has AWSLambdaBasicExecutionRole attached. What is wrong?',
    options: [
      wrong(
        'a',
        'The role needs lambda:InvokeFunction.',
        'Invoke rights are about who calls the function, not about Lambda assuming its role.',
      ),
      wrong(
        'b',
        'The function needs a resource-based policy before it can be created.',
        'A resource-based policy is optional and is added after creation, when a trigger needs it.',
      ),
      wrong(
        'c',
        'AWSLambdaBasicExecutionRole must be replaced with AdministratorAccess.',
        'Permissions policies do not decide who may assume a role, and administrator rights break least privilege.',
      ),
      right(
        'd',
        'The role’s trust policy does not allow lambda.amazonaws.com to call sts:AssumeRole.',
        'An execution role must trust the Lambda service, or Lambda cannot use it.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 1,
    facts: ['ev-perm-execution-role-basics'],
    explanation:
      'An execution role has two halves: a trust policy that lets lambda.amazonaws.com assume it, and permissions policies (such as AWSLambdaBasicExecutionRole for logs) that say what the function may do.',
  },
];

/** Multiple-response scenarios that make a learner compare sources side by side. */
const COMPARISONS: readonly QuestionInput[] = [
  {
    id: 'ev-pull-model-traits',
    kind: 'multiple',
    stem: 'Which statements describe the pull (polling) model for Lambda event sources? (Choose two.)',
    options: [
      wrong(
        'a',
        'The source service needs a resource-based policy statement to invoke the function.',
        'In the pull model the service never invokes anything. Lambda’s poller reads it with the execution role.',
      ),
      right(
        'b',
        'The mapping is a Lambda resource that names the queue or stream to read and the function to invoke.',
        'An event source mapping is a Lambda resource for exactly this.',
      ),
      wrong(
        'c',
        'Only streams can be polled; queues always push.',
        'SQS and Amazon MQ are queues, and Lambda polls both.',
      ),
      right(
        'd',
        'Lambda’s poller invokes the function synchronously with batches of records.',
        'The poller waits for each batch’s result to decide whether to move on or retry.',
      ),
      wrong(
        'e',
        'Each record becomes its own asynchronous invocation.',
        'Pollers group records into batches and invoke synchronously.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-pull-mapping-in-lambda', 'ev-poll-invokes-sync', 'ev-pull-execution-role'],
    explanation:
      'Pull sources (SQS, Kinesis, DynamoDB Streams, MQ, Kafka, DocumentDB) are read by Lambda through an event source mapping kept in Lambda. The poller uses the execution role and invokes synchronously with batches.',
  },
  {
    id: 'ev-push-model-traits',
    kind: 'multiple',
    stem: 'Which statements describe the push model for Lambda event sources? (Choose two.)',
    options: [
      right(
        'a',
        'The source keeps the link in its own configuration, such as a bucket’s notification configuration or a topic’s subscription.',
        'Push services decide when to call the function, so they hold the configuration.',
      ),
      wrong(
        'b',
        'Lambda polls the service for new events.',
        'That is the pull model. Push services call Invoke themselves.',
      ),
      wrong(
        'c',
        'Push sources always invoke asynchronously.',
        'Many push sources are synchronous: API Gateway, ALB, Cognito, Lex and others.',
      ),
      right(
        'd',
        'The function’s resource-based policy must allow the service to invoke it.',
        'The service is the caller, so it needs lambda:InvokeFunction, ideally scoped to its resource.',
      ),
      wrong(
        'e',
        'The function’s execution role needs permission to read from the source.',
        'In the push model the event arrives in the invocation. Nothing reads from the source.',
      ),
    ],
    topic: 'push-pull',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-push-mapping-at-source', 'ev-push-resource-policy', 'ev-source-push-or-pull'],
    explanation:
      'Push services (S3, SNS, SES, API Gateway, EventBridge …) keep the link on their side and invoke the function directly, which is why they need a statement in its resource-based policy.',
  },
  {
    id: 'ev-sources-with-mappings',
    kind: 'multiple',
    stem: 'A developer adds triggers to a function in the Lambda console. Which sources will create an event source mapping read by Lambda pollers? (Choose three.)',
    options: [
      right('a', 'DynamoDB Streams', 'Lambda polls the table’s stream shards.'),
      wrong('b', 'Amazon SNS', 'SNS pushes through a subscription.'),
      right('c', 'Amazon MSK', 'Lambda runs Kafka consumers for the topic.'),
      wrong('d', 'Amazon CloudWatch Logs', 'Logs pushes through a subscription filter.'),
      right('e', 'Amazon SQS', 'Lambda long-polls the queue.'),
      wrong('f', 'Alexa Skills Kit', 'Alexa pushes, synchronously, to the skill’s function.'),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-dynamodb-poll', 'ev-msk-poll', 'ev-sqs-poll', 'ev-esm-today-poll-only'],
    explanation:
      'The console creates an event source mapping for polled sources (SQS, Kinesis, DynamoDB Streams, MQ, MSK, self-managed Kafka, DocumentDB). For push sources it writes the service’s own configuration and a resource-based policy statement.',
  },
  {
    id: 'ev-answer-in-same-request',
    kind: 'multiple',
    stem: 'A design requires that the caller receives the function’s result within the same request. Which integrations provide that? (Choose two.)',
    options: [
      wrong('a', 'S3 event notifications', 'S3 invokes asynchronously and never sees the result.'),
      right(
        'b',
        'An Application Load Balancer target group',
        'The load balancer waits and returns the function’s response to its client.',
      ),
      wrong(
        'c',
        'An SNS subscription',
        'SNS hands off the message asynchronously and does not wait for the result.',
      ),
      wrong('d', 'A CodeCommit trigger', 'Repository triggers are asynchronous.'),
      right(
        'e',
        'An Amazon Connect contact flow block in its default mode',
        'Connect waits (up to 8 s) and uses the returned attributes in the flow.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-alb-sync',
      'ev-connect-sync',
      'ev-sync-waits',
      'ev-s3-async',
      'ev-sns-async',
      'ev-codecommit-async',
    ],
    explanation:
      'Only synchronous callers get the result back in the same request: HTTP front doors (API Gateway, ALB), conversation services (Connect, Lex, Alexa) and the like. Asynchronous callers such as S3, SNS and CodeCommit hand off the event and move on.',
  },
  {
    id: 'ev-where-async-retries-apply',
    kind: 'multiple',
    stem: 'A function fails every invocation for 5 minutes because of a downstream outage. For events from which sources do Lambda’s asynchronous retry settings (maximum retry attempts, event age, destinations) apply? (Choose three.)',
    options: [
      right(
        'a',
        'S3 event notifications',
        'S3 invokes asynchronously, so Lambda queues and retries the events.',
      ),
      right(
        'b',
        'SNS subscriptions',
        'SNS invokes asynchronously, so Lambda’s retries handle function errors.',
      ),
      wrong(
        'c',
        'API Gateway requests',
        'These are synchronous. The client gets the error, and nothing is retried for it.',
      ),
      wrong(
        'd',
        'An SQS queue trigger',
        'SQS messages are retried by the queue (visibility timeout, then the redrive policy), not by Lambda’s asynchronous settings.',
      ),
      right(
        'e',
        'EventBridge rules',
        'EventBridge invokes asynchronously, so Lambda’s retries and destinations apply.',
      ),
      wrong(
        'f',
        'Cognito user pool triggers',
        'These are synchronous. The user’s operation fails, and Cognito does its own small number of attempts.',
      ),
    ],
    topic: 'async-retries',
    domain: 'resilient',
    difficulty: 2,
    facts: [
      'ev-async-retries',
      'ev-async-examples',
      'ev-error-handling-depends',
      'ev-s3-async',
      'ev-sns-async',
      'ev-eventbridge-async',
    ],
    explanation:
      'Lambda’s asynchronous retry settings only cover events that arrived asynchronously: S3, SNS, EventBridge and the other asynchronous pushes. Synchronous callers handle their own errors, and polled sources follow their mapping’s and source’s rules.',
    showMe: {
      preset: 'async-retries',
      kind: 'async.retry',
      rule: 'async.retry-function-error',
      nth: 1,
    },
  },
  {
    id: 'ev-report-back-services',
    kind: 'multiple',
    stem: 'Which services expect the function to report its outcome through a separate API call or URL rather than through the invocation’s return value? (Choose three.)',
    options: [
      right(
        'a',
        'CloudFormation custom resources',
        'The function must PUT SUCCESS or FAILED to the pre-signed ResponseURL.',
      ),
      right(
        'b',
        'CodePipeline invoke actions',
        'The function must call PutJobSuccessResult or PutJobFailureResult.',
      ),
      right(
        'c',
        'AWS Config custom rules',
        'The function must call PutEvaluations with the resultToken.',
      ),
      wrong(
        'd',
        'API Gateway',
        'API Gateway waits for the return value and turns it into the HTTP response.',
      ),
      wrong(
        'e',
        'Amazon Lex',
        'The code hook’s return value (its dialogAction) tells Lex what to do next.',
      ),
      wrong(
        'f',
        'Amazon Data Firehose',
        'The returned records, each with its recordId and result, are the transformation.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 3,
    facts: [
      'ev-cfn-response-url',
      'ev-codepipeline-job-result',
      'ev-config-flow',
      'ev-lex-code-hooks',
      'ev-firehose-transform',
    ],
    explanation:
      'CloudFormation, CodePipeline and Config invoke asynchronously, so they cannot read a return value. Each provides a way to report back (ResponseURL, PutJob*Result, PutEvaluations), and forgetting it leaves the caller waiting until it times out. Synchronous callers such as API Gateway, Lex and Firehose use the return value.',
  },
  {
    id: 'ev-caller-time-limits',
    kind: 'multiple',
    stem: 'Which statements about time limits that the calling service imposes on a function are correct? (Choose two.)',
    options: [
      wrong(
        'a',
        'API Gateway waits up to 15 minutes for a function.',
        'API Gateway’s default integration timeout is 29 seconds, whatever the function’s timeout.',
      ),
      right(
        'b',
        'Cognito user pool triggers must respond within 5 seconds.',
        'This is a fixed Cognito limit. After 3 attempts in all, the user operation fails.',
      ),
      wrong(
        'c',
        'Amazon Connect waits up to 60 seconds for its synchronous block.',
        'The synchronous block allows at most 8 s. Up to 60 s is only available in asynchronous mode.',
      ),
      right(
        'd',
        'Lambda@Edge viewer request and viewer response triggers must finish within 5 seconds.',
        'Viewer triggers get 5 s and 128 MB. Origin triggers get up to 30 s.',
      ),
      wrong(
        'e',
        'SES waits up to 5 minutes for a RequestResponse Lambda action.',
        'SES allows 30 seconds for a RequestResponse action.',
      ),
    ],
    topic: 'limits',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-cognito-5s',
      'ev-edge-rules',
      'ev-apigw-504',
      'ev-connect-limits',
      'ev-ses-request-response',
    ],
    explanation:
      'Synchronous callers often give up before the function’s own timeout: API Gateway after 29 s, Cognito after 5 s, Connect after 8 s, Lambda@Edge viewer triggers after 5 s, origin triggers after 30 s, SES RequestResponse after 30 s.',
  },
  {
    id: 'ev-api-gateway-status-causes',
    kind: 'multiple',
    stem: 'A REST API in API Gateway fronts a Lambda function. Which pairs of cause and the HTTP status the client receives are correct? (Choose two.)',
    options: [
      right(
        'a',
        'The function runs longer than 29 seconds: 504.',
        'API Gateway stops waiting at its integration timeout and answers Gateway Timeout.',
      ),
      wrong(
        'b',
        'Lambda throttles the invocation: 429.',
        'API Gateway maps a rejected invoke, throttles included, to 500.',
      ),
      right(
        'c',
        'The function throws an unhandled exception: 502.',
        'A function error, or a malformed proxy response, becomes Bad Gateway.',
      ),
      wrong(
        'd',
        'The resource-based policy does not allow API Gateway: 403.',
        'A missing invoke permission also shows as 500 to the client.',
      ),
      wrong(
        'e',
        'The function throws: 200 with an X-Amz-Function-Error header.',
        'That is what a direct Invoke caller receives. API Gateway turns it into 502.',
      ),
    ],
    topic: 'services',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-apigw-504', 'ev-apigw-502', 'ev-apigw-500'],
    explanation:
      'The client’s status points to the cause: 504 means the integration timeout, 502 a function error or bad response, 500 that Lambda refused the call (throttle or permission).',
  },
  {
    id: 'ev-s3-least-privilege-statement',
    kind: 'multiple',
    stem: 'A function is triggered by an S3 bucket in the same account. Which elements belong in a least-privilege resource-based policy statement for this trigger? (Choose three.)',
    options: [
      right('a', 'Principal {"Service": "s3.amazonaws.com"}', 'The S3 service is the caller.'),
      wrong(
        'b',
        'Action s3:GetObject',
        'The statement lets S3 invoke the function. Reading objects is for the execution role, if the function needs it.',
      ),
      right('c', 'Action lambda:InvokeFunction', 'Invoke is the only action the service needs.'),
      right(
        'd',
        'Conditions AWS:SourceArn (the bucket ARN) and AWS:SourceAccount (the owning account ID)',
        'Together they stop other buckets, and other accounts, from using S3 to call the function.',
      ),
      wrong(
        'e',
        'Principal {"Service": "lambda.amazonaws.com"}',
        'Lambda is the principal in the execution role’s trust policy, not in the function’s invoke permission.',
      ),
      wrong('f', 'Principal "*" without conditions', 'That lets anyone invoke the function.'),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: [
      'ev-perm-statement',
      'ev-perm-source-arn',
      'ev-perm-s3-source-account',
      'ev-perm-confused-deputy',
    ],
    explanation:
      'A push permission names the service principal, allows lambda:InvokeFunction, and scopes the call with AWS:SourceArn, plus AWS:SourceAccount for S3, whose ARNs lack an account ID. That closes the confused-deputy gap.',
  },
  {
    id: 'ev-kinesis-trigger-truths',
    kind: 'multiple',
    stem: 'Which statements about a function attached to a Kinesis data stream are correct? (Choose two.)',
    options: [
      wrong(
        'a',
        'Kinesis invokes the function asynchronously, so Lambda retries failures twice.',
        'Kinesis does not invoke. Lambda’s poller invokes synchronously, and failures follow the mapping’s settings.',
      ),
      right(
        'b',
        'Lambda polls each shard for new records about once per second.',
        'The poller checks each shard roughly every second.',
      ),
      wrong(
        'c',
        'The function needs a resource-based policy statement for kinesis.amazonaws.com.',
        'Pollers need read permissions on the execution role, not an invoke permission.',
      ),
      right(
        'd',
        'One invocation can hold many records, up to the mapping’s batch size.',
        'The event carries a Records list built by the poller.',
      ),
      wrong(
        'e',
        'Kinesis pushes each record to the function’s URL.',
        'Function URLs are HTTP endpoints for clients. Kinesis does not use them.',
      ),
    ],
    topic: 'streams',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-kinesis-poll-rate', 'ev-batch-event', 'ev-kinesis-poll', 'ev-pull-execution-role'],
    explanation:
      'Kinesis is a pull source. Lambda reads every shard about once a second, builds batches of up to the batch size, invokes synchronously, and reads with the execution role.',
  },
  {
    id: 'ev-dynamodb-audit-steps',
    kind: 'multiple',
    stem: 'A team wants a function to record every insert, update and delete on a DynamoDB table. Which steps are required? (Choose two.)',
    options: [
      wrong(
        'a',
        'Add a resource-based policy statement that allows dynamodb.amazonaws.com to invoke the function.',
        'DynamoDB does not invoke the function. Lambda polls the stream.',
      ),
      right(
        'b',
        'Enable DynamoDB Streams on the table.',
        'Item changes are published to the stream, which the trigger reads.',
      ),
      wrong(
        'c',
        'Schedule an export of the table to S3 and trigger on the exported files.',
        'Exports are snapshots. They miss individual changes and arrive late.',
      ),
      wrong(
        'd',
        'Subscribe the function to the SNS topic that DynamoDB publishes changes to.',
        'DynamoDB does not publish item changes to SNS.',
      ),
      right(
        'e',
        'Create an event source mapping in Lambda for the stream, with the execution role allowing the stream read actions.',
        'The mapping is the trigger. The role’s read permissions let the poller use it.',
      ),
    ],
    topic: 'streams',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-ddb-streams-required',
      'ev-ddb-trigger',
      'ev-perm-ddb-actions',
      'ev-pull-mapping-in-lambda',
    ],
    explanation:
      'A DynamoDB trigger is an event source mapping on the table’s stream. Turn on DynamoDB Streams, give the execution role DescribeStream, GetRecords, GetShardIterator and ListStreams, and create the mapping in Lambda.',
  },
  {
    id: 'ev-filter-before-invoking',
    kind: 'multiple',
    stem: 'A company wants to cut the Lambda cost of events that its functions ignore. Which options stop unwanted events before the function is invoked? (Choose two.)',
    options: [
      right(
        'a',
        'An SNS subscription filter policy on the function’s subscription',
        'SNS drops non-matching messages for that subscriber before invoking.',
      ),
      wrong(
        'b',
        'A check at the top of the handler that returns early',
        'The invocation has already happened and is billed.',
      ),
      right(
        'c',
        'An EventBridge rule’s event pattern that matches only the wanted events',
        'Events that do not match the rule never reach its targets.',
      ),
      wrong(
        'd',
        'More memory, so the early return finishes sooner',
        'Each unwanted event is still an invocation, and more memory raises the price per millisecond.',
      ),
      wrong(
        'e',
        'Event filter criteria on an S3 bucket notification',
        'Filter criteria belong to event source mappings of polled sources. S3 offers prefix and suffix rules instead.',
      ),
    ],
    topic: 'filtering',
    domain: 'cost',
    difficulty: 2,
    facts: ['ev-push-filtering', 'ev-s3-filters'],
    explanation:
      'Filter as early as possible. Push sources filter at the source (SNS filter policies, EventBridge patterns, S3 prefix and suffix rules), and polled sources with event source mapping filter criteria. Anything filtered inside the handler has already cost an invocation.',
    showMe: {
      preset: 'eventbridge-fanout',
      kind: 'eb.not-matched',
      rule: 'eb.rule-no-match',
      nth: 2,
    },
  },
  {
    id: 'ev-invoking-without-trigger',
    kind: 'multiple',
    stem: 'Which statements about invoking a function that has no trigger configured are correct? (Choose two.)',
    options: [
      right(
        'a',
        'Any caller allowed lambda:InvokeFunction can invoke it on demand through the API, CLI or an SDK.',
        'No event source is needed. The caller only needs the permission.',
      ),
      wrong(
        'b',
        'An event source mapping must exist before the function can be invoked by hand.',
        'Mappings are for polled sources. Direct invocation never needs one.',
      ),
      right(
        'c',
        'A custom application is a valid event source and passes its own JSON as the event.',
        'Whatever the caller sends becomes the handler’s event argument.',
      ),
      wrong(
        'd',
        'Manual invocations are always asynchronous.',
        'Direct invocations are synchronous (RequestResponse) unless the caller asks for Event.',
      ),
      wrong(
        'e',
        'Only console test events can invoke a function without a trigger.',
        'The console’s test feature is just one caller of the Invoke API among many.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'performant',
    difficulty: 1,
    facts: ['ev-on-demand', 'ev-source-definition', 'ev-event-parameter'],
    explanation:
      'Functions can always be invoked on demand. Your own applications are event sources too: they call Invoke with a JSON payload that reaches the handler as its event, synchronously by default.',
  },
  {
    id: 'ev-mapping-terms-today',
    kind: 'multiple',
    stem: 'Older study material describes push sources as keeping their event source mapping on the source’s side. Which statements reflect how AWS uses these terms today? (Choose two.)',
    options: [
      wrong(
        'a',
        'CreateEventSourceMapping accepts an S3 bucket ARN.',
        'Only polled sources can be the source of an event source mapping.',
      ),
      right(
        'b',
        'EventSourceMapping is a Lambda resource for polled sources: SQS, Kinesis, DynamoDB Streams, Amazon MQ, Kafka and DocumentDB.',
        'The API and the console keep the term for the pollers Lambda runs.',
      ),
      wrong(
        'c',
        'SNS subscriptions appear in list-event-source-mappings.',
        'SNS subscriptions are kept by SNS, not by Lambda.',
      ),
      right(
        'd',
        'A push service’s link is configured in that service, for example an S3 notification, an SNS subscription or an EventBridge target, and is usually called a trigger.',
        'The idea is the same (the link is kept on the source side), but the name has changed.',
      ),
      wrong(
        'e',
        'Push sources need both an event source mapping and a resource-based policy statement.',
        'Push sources need only the link on their side and the invoke permission.',
      ),
    ],
    topic: 'push-pull',
    domain: 'performant',
    difficulty: 3,
    facts: ['ev-esm-today-poll-only', 'ev-push-mapping-at-source'],
    explanation:
      'The study material uses "event source mapping" for any source-to-function link. In today’s API it names only the Lambda-side resource for polled sources. Push links live in the pushing service and are called triggers, notifications, subscriptions or targets.',
  },
  {
    id: 'ev-services-that-wait',
    kind: 'multiple',
    stem: 'Which services wait for the function’s answer before continuing their own work? (Choose three.)',
    options: [
      wrong(
        'a',
        'AWS Config custom rules',
        'Config invokes asynchronously and waits for PutEvaluations instead.',
      ),
      right(
        'b',
        'AWS Secrets Manager rotation',
        'Each rotation step is a synchronous call whose result decides the next step.',
      ),
      wrong(
        'c',
        'CloudFormation custom resources',
        'CloudFormation invokes asynchronously and waits for the ResponseURL reply instead.',
      ),
      right(
        'd',
        'Amazon S3 Batch Operations',
        'Each task’s returned resultCode is read from the synchronous response.',
      ),
      right(
        'e',
        'Kinesis Data Firehose data transformation',
        'Firehose delivers the records that the synchronous call returns.',
      ),
      wrong(
        'f',
        'SES receipt rules with the default invocation type',
        'The default Event type is asynchronous. Only RequestResponse waits.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 2,
    facts: [
      'ev-secrets-sync',
      'ev-s3-batch-sync',
      'ev-firehose-sync',
      'ev-config-async',
      'ev-cfn-async',
      'ev-ses-async',
    ],
    explanation:
      'Secrets Manager, S3 Batch Operations and Firehose invoke synchronously and act on the returned value. Config and CloudFormation invoke asynchronously and wait for a callback, and SES waits only when set to RequestResponse.',
  },
  {
    id: 'ev-iot-and-iot-events',
    kind: 'multiple',
    stem: 'A manufacturer uses AWS IoT Core rules and AWS IoT Events detector models to run functions. Which statements are correct? (Choose two.)',
    options: [
      wrong(
        'a',
        'Lambda polls the MQTT topics through an event source mapping.',
        'MQTT topics are not a polled source. IoT rules push to Lambda.',
      ),
      right(
        'b',
        'An IoT rule invokes the function asynchronously with the data its SQL statement selects.',
        'The rule’s SQL picks and shapes the message, and its Lambda action hands it off asynchronously.',
      ),
      wrong(
        'c',
        'IoT rules invoke synchronously and wait for the function before acknowledging the device.',
        'Rule actions are asynchronous, and the device is not kept waiting.',
      ),
      right(
        'd',
        'An IoT Events detector model invokes its function action asynchronously.',
        'Detector actions fire and forget, so Lambda’s asynchronous handling applies.',
      ),
      wrong(
        'e',
        'IoT Events must send events through a Kinesis stream to reach Lambda.',
        'A detector model can invoke a function directly as an action.',
      ),
    ],
    topic: 'services',
    domain: 'performant',
    difficulty: 2,
    facts: ['ev-iot-async', 'ev-iot-events-async', 'ev-iot-rule-sql'],
    explanation:
      'AWS IoT rules and IoT Events detector models are asynchronous push sources. IoT rules select and reshape device data with SQL and can name an errorAction for failed actions.',
  },
  {
    id: 'ev-sns-versus-sqs-trigger',
    kind: 'multiple',
    stem: 'A function processes order events. The team is choosing between subscribing it to an SNS topic and attaching it to an SQS queue. Which statements are correct? (Choose two.)',
    options: [
      right(
        'a',
        'With SNS, the message is pushed asynchronously; once Lambda accepts it, function errors are retried by Lambda’s asynchronous queue.',
        'SNS hands off to Lambda, and Lambda’s asynchronous retry and destination settings take over.',
      ),
      wrong(
        'b',
        'With SNS, messages wait in the topic until Lambda polls them.',
        'SNS stores nothing for later reading. It pushes to subscribers.',
      ),
      right(
        'c',
        'With SQS, Lambda polls the queue and invokes synchronously; a failed batch becomes visible again, and the queue’s redrive policy moves poison messages to its DLQ.',
        'Retries come from the queue, so the DLQ belongs on the source queue.',
      ),
      wrong(
        'd',
        'With SQS, Lambda invokes asynchronously, so the function’s DLQ catches failures.',
        'The SQS poller invokes synchronously, and a function DLQ is not used for it.',
      ),
      wrong(
        'e',
        'Both need a resource-based policy statement on the function for the service.',
        'Only SNS, the push source, needs one. SQS is read with the execution role.',
      ),
    ],
    topic: 'invocation-models',
    domain: 'resilient',
    difficulty: 3,
    facts: [
      'ev-sns-async',
      'ev-async-retries',
      'ev-sqs-poll',
      'ev-poll-invokes-sync',
      'ev-error-handling-depends',
    ],
    explanation:
      'The same function behaves differently depending on how it is invoked. Behind SNS it is an asynchronous target, with Lambda’s retries, DLQ and destinations. Behind SQS it is polled synchronously, so retries and dead-lettering are the queue’s visibility timeout and redrive policy.',
  },
  {
    id: 'ev-execution-role-not-resource-policy',
    kind: 'multiple',
    stem: 'Which permissions belong on a function’s execution role rather than in its resource-based policy? (Choose three.)',
    options: [
      right(
        'a',
        'sqs:ReceiveMessage for the function’s SQS trigger',
        'The poller reads the queue with the execution role.',
      ),
      wrong(
        'b',
        'lambda:InvokeFunction for sns.amazonaws.com',
        'Permission for SNS to invoke belongs in the resource-based policy.',
      ),
      right(
        'c',
        'xray:PutTraceSegments for active tracing',
        'Sending traces is an action the function performs, so it goes on the execution role.',
      ),
      wrong(
        'd',
        'lambda:InvokeFunction for events.amazonaws.com',
        'Permission for EventBridge to invoke belongs in the resource-based policy.',
      ),
      right(
        'e',
        'sqs:SendMessage for the asynchronous on-failure destination queue',
        'Lambda writes to destinations with the execution role.',
      ),
      wrong(
        'f',
        'lambda:InvokeFunction for apigateway.amazonaws.com',
        'Permission for API Gateway to invoke belongs in the resource-based policy.',
      ),
    ],
    topic: 'permissions',
    domain: 'secure',
    difficulty: 2,
    facts: [
      'ev-pull-execution-role',
      'ev-xray-tracing',
      'ev-perm-destinations-role',
      'ev-perm-sqs-actions',
    ],
    explanation:
      'The resource-based policy answers "who may invoke me?" (push sources). The execution role answers "what may I, and Lambda acting for me, do?": poll sources, write traces and logs, deliver to destinations and DLQs.',
  },
  {
    id: 'ev-s3-pipeline-resilience',
    kind: 'multiple',
    stem: 'An S3-triggered function loads each new CSV file into a database. Which design choices make this pipeline resilient? (Choose two.)',
    options: [
      right(
        'a',
        'Make the load idempotent, keyed on bucket, key and version ID, because the same event can arrive more than once.',
        'S3 and Lambda’s asynchronous queue both deliver at least once.',
      ),
      wrong(
        'b',
        'Rely on S3 to retry the function’s errors for 24 hours.',
        'S3 does not retry function errors. Lambda retries asynchronous events twice by default.',
      ),
      right(
        'c',
        'Configure an on-failure destination (or a DLQ) to keep events that still fail after Lambda’s retries.',
        'Without one, an event that exhausts its retries is dropped.',
      ),
      wrong(
        'd',
        'Assume that events arrive in upload order and process them sequentially.',
        'S3 does not guarantee order across events.',
      ),
      wrong(
        'e',
        'Set a batching window on the S3 event source mapping.',
        'S3 has no event source mapping. It pushes one event per call.',
      ),
    ],
    topic: 'dlq-destinations',
    domain: 'resilient',
    difficulty: 2,
    facts: ['ev-s3-delivery', 'ev-async-destinations', 'ev-async-retries'],
    explanation:
      'For asynchronous push sources such as S3, expect duplicates and reordering, and catch what fails after Lambda’s 2 retries with an on-failure destination (preferred) or a DLQ.',
    showMe: { preset: 'async-retries', kind: 'dlq.sent', nth: 1 },
  },
  {
    id: 'ev-cognito-trigger-truths',
    kind: 'multiple',
    stem: 'A company uses an Amazon Cognito user pool with Lambda triggers. Which statements about these triggers are correct? (Choose two.)',
    options: [
      wrong(
        'a',
        'Cognito invokes them asynchronously and Lambda retries failures twice.',
        'User pool triggers are synchronous, because Cognito needs their answer.',
      ),
      right(
        'b',
        'Cognito invokes them synchronously and uses the returned event to continue the flow, for example to reject a sign-up.',
        'The handler returns the event with its response part filled in, and Cognito acts on it.',
      ),
      wrong(
        'c',
        'Each trigger is an event source mapping that Lambda polls.',
        'Triggers are configured on the user pool, and Cognito calls them directly.',
      ),
      right(
        'd',
        'A trigger must answer within 5 seconds, or the user’s operation fails after Cognito’s attempts.',
        'The 5-second limit is fixed and cannot be raised.',
      ),
      wrong(
        'e',
        'The execution role must trust cognito-idp.amazonaws.com.',
        'The execution role trusts lambda.amazonaws.com. Cognito’s right to invoke goes in the function’s resource-based policy.',
      ),
    ],
    topic: 'services',
    domain: 'secure',
    difficulty: 2,
    facts: ['ev-cognito-sync', 'ev-cognito-5s', 'ev-cognito-trigger-config'],
    explanation:
      'Cognito user pool triggers are synchronous pushes configured on the user pool. They must answer within 5 s, their response can change the flow, and Cognito needs an invoke permission in the function’s resource-based policy.',
  },
];

export const EVENT_SOURCE_QUESTIONS: readonly QuestionInput[] = [
  ...SOURCES_AND_MAPPINGS,
  ...INVOCATION_MODELS,
  ...SERVICE_TABLE,
  ...SERVICE_NOTES,
  ...PERMISSIONS,
  ...COMPARISONS,
];
