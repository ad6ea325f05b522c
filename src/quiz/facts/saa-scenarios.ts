import type { Fact } from '../schema';

/**
 * What the exam-style scenario questions (src/quiz/bank/saa-*.yaml) rest on beyond Lambda's own
 * edges: choosing a messaging service, Step Functions around a function, a function inside a VPC,
 * the front doors in front of it, what changes the bill, newer poller modes, and the security
 * controls that go with each. Figures are those AWS documents today.
 */

const f = (id: string, topic: Fact['topic'], text: string): Fact => ({
  id,
  source: 'exam',
  topic,
  text,
});

/** Queues, topics, buses, pipes and streams: which one carries which event. */
const INTEGRATION: readonly Fact[] = [
  f(
    'saa-sqs-one-consumer',
    'integration-choices',
    'An SQS queue holds each message until one consumer processes and deletes it (kept for up to 14 days), so it buffers bursts and outages of the consumer; it is not a way to give the same message to several consumers.',
  ),
  f(
    'saa-sns-push-all',
    'integration-choices',
    'An SNS topic pushes a copy of every message to each of its subscribers at once and stores nothing for later reading; a subscriber that cannot take delivery relies on the retry policy and then its subscription DLQ.',
  ),
  f(
    'saa-sns-sqs-fanout',
    'integration-choices',
    'Fan-out: publish once to an SNS topic and subscribe one SQS queue per consumer, so each consumer has its own durable copy and fails, retries and scales on its own. Each queue’s access policy must let the topic send to it.',
  ),
  f(
    'saa-sns-filter-policy',
    'integration-choices',
    'An SNS subscription filter policy, on message attributes or on the body, delivers only the matching messages to that subscriber, so a consumer does not receive, pay for and discard the rest.',
  ),
  f(
    'saa-sns-fifo',
    'integration-choices',
    'SNS FIFO topics keep order within a message group and drop duplicates, and deliver only to SQS queues; a Lambda consumer reads an SQS FIFO queue subscribed to the topic.',
  ),
  f(
    'saa-eventbridge-bus-routing',
    'integration-choices',
    'An EventBridge bus routes events by their content to many kinds of target through rules, receives events from AWS services and SaaS partners, and can span accounts: suited to many-to-many routing between applications.',
  ),
  f(
    'saa-eventbridge-pipes',
    'integration-choices',
    'EventBridge Pipes connects one source (such as SQS, Kinesis, DynamoDB Streams, Amazon MQ or Kafka) to one target, with optional filtering, enrichment and input transformation and no glue function to write or run.',
  ),
  f(
    'saa-kinesis-replay-consumers',
    'integration-choices',
    'Kinesis Data Streams keeps records in order per shard for the retention period (24 hours by default, up to 365 days), so several independent consumers can read the same records and replay them; SQS removes a message once it is processed.',
  ),
];

/** Step Functions around Lambda. */
const STEP_FUNCTIONS: readonly Fact[] = [
  f(
    'saa-sfn-retry-catch',
    'step-functions',
    'A Task state’s Retry rules (ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate) retry matching errors, and its Catch rules send the errors that remain to a fallback state; with neither, one failed state fails the whole execution.',
  ),
  f(
    'saa-sfn-invokes-sync',
    'step-functions',
    'Step Functions invokes a Lambda task synchronously by default, so Lambda’s own asynchronous retries, DLQ and destinations never apply to it; retries are whatever the state machine’s Retry rules say.',
  ),
  f(
    'saa-sfn-service-exceptions',
    'step-functions',
    'AWS recommends a Retry rule for transient Lambda service errors (Lambda.ServiceException, Lambda.SdkClientException, Lambda.TooManyRequestsException and similar) on every Lambda task, apart from retries for the function’s own errors.',
  ),
  f(
    'saa-sfn-standard-express',
    'step-functions',
    'Standard workflows run for up to a year with exactly-once execution of each state and a full history, billed per state transition; Express workflows run for up to five minutes, at-least-once (asynchronous) or at-most-once (synchronous), billed by executions, duration and memory.',
  ),
  f(
    'saa-sfn-callback-standard',
    'step-functions',
    'Only Standard workflows support the .sync (run a job) and .waitForTaskToken (callback) integration patterns; Express workflows support request-response calls only.',
  ),
  f(
    'saa-sfn-wait-no-compute',
    'step-functions',
    'A Standard workflow can wait in a Wait state or for a task token for up to a year without any compute running, whereas a Lambda function that waits is billed for the time and stops at 15 minutes.',
  ),
];

/** A function attached to a VPC, and the database behind it. */
const VPC: readonly Fact[] = [
  f(
    'saa-vpc-no-public-ip',
    'vpc-networking',
    'A function attached to a VPC never gets a public IP address, even in a public subnet; to reach the internet it must sit in private subnets whose route table sends 0.0.0.0/0 to a NAT gateway.',
  ),
  f(
    'saa-vpc-endpoints',
    'vpc-networking',
    'A VPC function reaches AWS services without internet access through VPC endpoints: gateway endpoints for S3 and DynamoDB, which carry no hourly or data charge, and interface endpoints (PrivateLink) for other services, billed per hour and per GB.',
  ),
  f(
    'saa-nat-cost',
    'vpc-networking',
    'A NAT gateway is billed for every hour it exists and for every GB it processes, and one per Availability Zone is needed for zone-independent egress; routing S3 and DynamoDB traffic through gateway endpoints removes it from that bill.',
  ),
  f(
    'saa-hyperplane-eni',
    'vpc-networking',
    'Lambda creates shared Hyperplane network interfaces for each subnet and security-group combination when the function is configured (the function is Pending meanwhile), not per invocation, so VPC attachment no longer adds ENI creation to cold starts.',
  ),
  f(
    'saa-vpc-role-and-azs',
    'vpc-networking',
    'Attaching a function to a VPC needs ec2:CreateNetworkInterface, DescribeNetworkInterfaces and DeleteNetworkInterface in its execution role (AWSLambdaVPCAccessExecutionRole), and subnets in at least two Availability Zones for availability.',
  ),
  f(
    'saa-vpc-security-groups',
    'vpc-networking',
    'A function’s security group governs its outbound traffic; the database or cache it calls should allow inbound traffic from that security group rather than from a whole CIDR range.',
  ),
  f(
    'saa-rds-proxy',
    'vpc-networking',
    'RDS Proxy pools and reuses database connections so that hundreds of concurrent function environments do not exhaust the database’s connection limit; it reads database credentials from Secrets Manager or uses IAM authentication, and shortens failover.',
  ),
  f(
    'saa-lambda-interface-endpoint',
    'vpc-networking',
    'An interface VPC endpoint for Lambda lets code inside a VPC call the Lambda API, including Invoke, without an internet gateway or NAT; an endpoint policy can limit which principals and functions it may be used for.',
  ),
  f(
    'saa-poller-network',
    'vpc-networking',
    'SQS, Kinesis and DynamoDB Streams mappings are polled by Lambda itself, outside the function’s VPC; MSK and Amazon MQ pollers connect to the cluster or broker inside its VPC, through its subnets and security groups.',
  ),
];

/** Front doors: function URLs, API Gateway, CloudFront. */
const API_EDGE: readonly Fact[] = [
  f(
    'saa-function-url-scope',
    'api-edge',
    'A function URL is a dedicated HTTPS endpoint at no extra charge, with AWS_IAM or NONE auth and CORS settings, but without API keys, usage plans, request validation, caching, custom authorizers or a direct AWS WAF association.',
  ),
  f(
    'saa-function-url-auth',
    'api-edge',
    'With AWS_IAM auth a function URL accepts only SigV4-signed requests from principals allowed lambda:InvokeFunctionUrl (new URLs since October 2025 also need lambda:InvokeFunction); with NONE the resource policy must still grant public access.',
  ),
  f(
    'saa-cloudfront-oac-url',
    'api-edge',
    'CloudFront origin access control can sign its requests to a function URL that uses AWS_IAM auth, so only the distribution can call it, while CloudFront adds caching, a custom domain and AWS WAF in front.',
  ),
  f(
    'saa-rest-vs-http-api',
    'api-edge',
    'REST APIs offer API keys, usage plans and per-client throttling, caching, request validation, AWS WAF, resource policies and private endpoints; HTTP APIs lack these but cost less and offer JWT and Lambda authorizers.',
  ),
  f(
    'saa-usage-plans',
    'api-edge',
    'A usage plan gives each API key of a REST API its own throttle and quota; API keys identify clients and are not an authorization mechanism, and plan limits are best-effort, not a hard cost or access control.',
  ),
  f(
    'saa-apigw-throttling',
    'api-edge',
    'API Gateway throttles with a token bucket at account-and-Region, stage, method and usage-plan level; requests over the limit get 429 Too Many Requests and never reach the backend function.',
  ),
  f(
    'saa-apigw-caching',
    'api-edge',
    'A REST API stage cache answers repeated requests without calling the backend for a TTL of 300 seconds by default (up to 3,600); it covers GET methods by default and is billed per hour by cache size.',
  ),
  f(
    'saa-lambda-authorizer-cache',
    'api-edge',
    'A Lambda authorizer returns an IAM policy for a token or request, and API Gateway can cache that result per identity source for a TTL so the authorizer is not invoked on every call; a Cognito user pool authorizer or HTTP API JWT authorizer validates tokens with no function at all.',
  ),
  f(
    'saa-cf-functions-vs-edge',
    'api-edge',
    'CloudFront Functions run lightweight JavaScript on viewer request and response events with sub-millisecond start-up, no network or body access and a lower price; Lambda@Edge adds origin events, network calls, request bodies and longer run times (5 s viewer, 30 s origin).',
  ),
  f(
    'saa-response-streaming',
    'api-edge',
    'Response streaming (a function URL in RESPONSE_STREAM mode, or InvokeWithResponseStream) sends bytes to the client as the function produces them, improving time to first byte and allowing responses beyond the 6 MB buffered limit (up to 200 MB since July 2025).',
  ),
  f(
    'saa-private-api',
    'api-edge',
    'A private REST API can be called only through an execute-api interface VPC endpoint, and its resource policy can allow just chosen endpoints or VPCs (aws:SourceVpce, aws:SourceVpc).',
  ),
  f(
    'saa-apigw-waf',
    'api-edge',
    'AWS WAF web ACLs attach to REST API stages and CloudFront distributions (not to HTTP APIs or function URLs directly) to block SQL injection, cross-site scripting, bad IP ranges and request floods before they reach a function.',
  ),
];

/** What actually changes the bill. */
const COST: readonly Fact[] = [
  f(
    'saa-lambda-bill-basis',
    'cost-levers',
    'Lambda bills each request plus duration in GB-seconds (memory × time, per millisecond); fewer invocations, shorter runs or the right memory size are what lower it.',
  ),
  f(
    'saa-arm64-price',
    'cost-levers',
    'Functions on arm64 (Graviton) pay a lower price per GB-second than on x86_64 and often run as fast or faster; interpreted code usually moves with a configuration change, while native dependencies must be rebuilt for arm64.',
  ),
  f(
    'saa-compute-savings-plans',
    'cost-levers',
    'Compute Savings Plans, a one- or three-year commitment to an hourly spend, discount Lambda duration and provisioned concurrency as well as EC2 and Fargate; EC2 Instance Savings Plans and Reserved Instances do not apply to Lambda.',
  ),
  f(
    'saa-provisioned-cost',
    'cost-levers',
    'Provisioned concurrency is billed for every hour it is configured, used or not, plus a lower duration rate for the invocations it serves; it pays off for steady, predictable load and removes cold starts, but costs more than on-demand for idle or spiky traffic.',
  ),
  f(
    'saa-batching-cost',
    'cost-levers',
    'A larger batch size and a batching window let one invocation handle many records, cutting request charges and the per-invocation overhead of setup calls, at the price of some added latency.',
  ),
  f(
    'saa-memory-duration-tradeoff',
    'cost-levers',
    'Because duration cost is memory × time, giving a CPU-bound function more memory (and so more CPU) can shorten it enough to cost the same or less; measuring several settings finds the cheapest.',
  ),
  f(
    'saa-kafka-poller-group',
    'cost-levers',
    'Kafka mappings in provisioned mode that share a VPC can join one poller group (PollerGroupName, up to 100 mappings) and share its event poller capacity, instead of each paying for its own minimum.',
  ),
  f(
    'saa-provisioned-mode-billing',
    'cost-levers',
    'Provisioned mode on an event source mapping is charged for the event pollers it keeps (event poller units), including the configured minimum when the source is idle; on-demand polling has no such charge.',
  ),
];

/** Newer poller modes and error handling for queues, streams, Kafka and MQ. */
const POLLERS: readonly Fact[] = [
  f(
    'saa-sqs-provisioned-mode',
    'sqs',
    'SQS mappings in provisioned mode (ProvisionedPollerConfig) keep between a minimum of 2–200 and a maximum of up to 2,000 event pollers, each handling up to about 1 MB/s and 10 concurrent invokes, and scale by up to 1,000 concurrency per minute.',
  ),
  f(
    'saa-sqs-provisioned-no-max-concurrency',
    'sqs',
    'Provisioned mode cannot be combined with the mapping’s MaximumConcurrency setting; in provisioned mode the maximum number of pollers is what bounds the mapping.',
  ),
  f(
    'saa-kafka-scaling-modes',
    'kafka-mq',
    'Kafka mappings in on-demand mode start with a default number of pollers and add or remove them each minute based on offset lag, within about three minutes; provisioned mode fixes a minimum (default 1) and maximum (default 200, up to 2,000) of dedicated pollers for spikes.',
  ),
  f(
    'saa-kafka-on-failure',
    'kafka-mq',
    'A Kafka mapping (MSK or self-managed) can send the details of batches it gives up on to an SQS queue, SNS topic or S3 bucket, in on-demand as well as provisioned mode; an S3 destination also receives the records themselves, SQS and SNS only metadata.',
  ),
  f(
    'saa-kafka-retry-controls',
    'kafka-mq',
    'MaximumRetryAttempts, MaximumRecordAgeInSeconds, BisectBatchOnFunctionError and ReportBatchItemFailures on a Kafka mapping require provisioned mode; without them a failing batch is retried until it succeeds or its records expire, holding up its partition.',
  ),
  f(
    'saa-mq-redelivery',
    'kafka-mq',
    'For Amazon MQ, Lambda retries a failed batch through the broker’s own redelivery (ActiveMQ maximumRedeliveries is 6), after which the broker moves the message to its dead-letter queue; the mapping has no on-failure destination, bisect or retry settings.',
  ),
  f(
    'saa-tumbling-window',
    'streams',
    'A tumbling window (TumblingWindowInSeconds, up to 900 s) on a Kinesis or DynamoDB Streams mapping passes a state object from one invocation to the next for each shard; the function returns the updated state and the last call is flagged isFinalInvokeForWindow.',
  ),
  f(
    'saa-tumbling-window-scope',
    'streams',
    'Tumbling-window state is kept per shard and limited to 1 MB, and the window closes early if that is exceeded or the shard is resharded; a total across shards needs a store where each shard’s final result is combined.',
  ),
  f(
    'saa-recursion-controls',
    'async-retries',
    'Recursive loop detection is set per function: RecursiveLoop is Terminate by default, stopping the event after about 16 invocations and sending it to the DLQ or on-failure destination, and Allow only for loops that are intended; stopped events show in RecursiveInvocationsDropped.',
  ),
];

/** Security controls around functions and their sources. */
const SECURITY: readonly Fact[] = [
  f(
    'saa-secrets-extension',
    'permissions',
    'Secrets belong in Secrets Manager or Parameter Store, not in code or plain environment variables; the Parameters and Secrets Lambda Extension caches them in the environment (300 s by default), cutting latency and API calls, and the role needs only GetSecretValue on that secret.',
  ),
  f(
    'saa-envvar-kms',
    'permissions',
    'Lambda encrypts environment variables at rest with an AWS managed key by default; a customer managed KMS key adds control over who may decrypt them and an audit trail, and encryption helpers can protect values in transit to the console.',
  ),
  f(
    'saa-least-privilege-role',
    'permissions',
    'A function’s execution role should allow only the actions and resource ARNs its code uses (for example sqs:SendMessage on one queue), and each function gets its own role rather than one broad role shared by all.',
  ),
  f(
    'saa-code-signing',
    'permissions',
    'A code signing configuration makes Lambda reject (or warn about) deployment packages that are not signed by an allowed AWS Signer profile, so only approved, unaltered code can be deployed.',
  ),
  f(
    'saa-s3-destination-permissions',
    'permissions',
    'An S3 bucket used as an on-failure destination needs both s3:PutObject and s3:ListBucket for that bucket in the function’s execution role; without them delivery fails and is counted in DestinationDeliveryFailures.',
  ),
  f(
    'saa-kinesis-kms-consumer',
    'permissions',
    'A Kinesis stream encrypted with a customer managed KMS key can be read by a function only if its execution role may use kms:Decrypt on that key, in addition to the stream read actions.',
  ),
  f(
    'saa-queue-topic-encryption',
    'permissions',
    'SQS queues and SNS topics can be encrypted at rest with KMS; with a customer managed key, producers need kms:GenerateDataKey and kms:Decrypt on that key, and the consuming function’s role needs kms:Decrypt.',
  ),
];

export const SAA_SCENARIO_FACTS: readonly Fact[] = [
  ...INTEGRATION,
  ...STEP_FUNCTIONS,
  ...VPC,
  ...API_EDGE,
  ...COST,
  ...POLLERS,
  ...SECURITY,
];
