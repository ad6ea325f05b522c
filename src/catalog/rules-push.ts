import type { Rule } from './rules';
import { DOC } from './services/sources';

const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg';
const ALB_TROUBLESHOOTING =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html';
const API_GATEWAY_TIMEOUT =
  'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/';
const SNS_DLQ = 'https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html';
const CUSTOM_RESOURCES =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-custom-resources.html';
const CODEPIPELINE_LIMITS = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/limits.html';
const CONFIG_RULES =
  'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_lambda-functions.html';
const IOT_ERRORS = 'https://docs.aws.amazon.com/iot/latest/developerguide/rule-error-handling.html';
const S3_BATCH =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html';
const STATES_LAMBDA = 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html';
const STATES_ERRORS =
  'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html';

/** Push sources: what each AWS service that invokes the function adds (its own timeouts, retries and error mapping). */
export const PUSH_RULES = [
  // --- every push source ------------------------------------------------------------------------
  {
    id: 'push.invoke-sync',
    title: 'Services that wait for the answer',
    statement:
      'API Gateway, load balancers, function URLs, Cognito, Lambda@Edge, Lex, Alexa, Connect, Firehose, S3 Batch Operations, Secrets Manager and Step Functions call the function with RequestResponse and wait; what follows an error is the service’s own choice.',
    docUrl: DOC.invocationModes,
  },
  {
    id: 'push.invoke-async',
    title: 'Services that hand the event over',
    statement:
      'S3, SNS, SES, CloudWatch Logs, CloudFormation, CodeCommit, CodePipeline, AWS Config, IoT and IoT Events call with InvocationType Event: once Lambda accepts the event (202) the service is done, and Lambda’s own asynchronous retries, DLQ and destinations take over.',
    docUrl: DOC.invocationModes,
  },
  {
    id: 'push.invoke-denied',
    title: 'A push source without permission',
    statement:
      'When no statement of the function’s resource-based policy allows the service’s principal, or the statement’s SourceArn or SourceAccount does not match, Lambda refuses the call and the service fails in its own way.',
    docUrl: DOC.resourcePolicy,
  },
  {
    id: 'push.invoker-role',
    title: 'Services that invoke with a role of their own',
    statement:
      'CloudFormation, CodePipeline, Firehose, S3 Batch Operations and Step Functions call Invoke through an IAM role of their own, so that role’s policy, not the function’s, has to allow lambda:InvokeFunction.',
    docUrl: DOC.resourcePolicy,
  },
  {
    id: 'push.config-refused',
    title: 'Trigger refused when it is saved',
    statement:
      'S3, SES, CloudWatch Logs, AWS Config, Elastic Load Balancing and Alexa check that they may invoke the function when the trigger is saved; without the permission the trigger is never created, so later events invoke nothing.',
    docUrl: DOC.resourcePolicy,
  },
  {
    id: 'push.caller-gone',
    title: 'A caller giving up does not stop the function',
    statement:
      'When a service stops waiting (its own time limit), the invocation still runs to its end or to the function timeout and keeps its environment busy; nobody receives the result.',
    docUrl: DOC.invocationModes,
  },
  // --- HTTP front doors -------------------------------------------------------------------------
  {
    id: 'push.api-gateway.no-retry',
    title: 'API Gateway makes one attempt',
    statement:
      'API Gateway invokes the function once per request and never retries; the function’s proxy response becomes the HTTP response.',
    docUrl: DOC.apiGatewayErrors,
  },
  {
    id: 'push.api-gateway.timeout',
    title: 'Integration timeout: 504',
    statement:
      'API Gateway waits at most its integration timeout — 29 s by default for REST APIs (raisable for Regional and private ones since 2024), 30 s for HTTP APIs — then answers 504 while the function carries on.',
    docUrl: API_GATEWAY_TIMEOUT,
  },
  {
    id: 'push.api-gateway.rejected',
    title: 'Throttled or not allowed: 500',
    statement:
      'When Lambda rejects the call — throttled, a Lambda service error, or no permission ("Invalid permissions on Lambda function") — the client gets 500, not 429.',
    docUrl: DOC.apiGatewayErrors,
  },
  {
    id: 'push.api-gateway.bad-gateway',
    title: 'Function error or malformed response: 502',
    statement:
      'A function error, or a proxy response not shaped as statusCode, headers and body, reaches the client as 502 Bad Gateway.',
    docUrl: DOC.apiGatewayErrors,
  },
  {
    id: 'push.alb.errors',
    title: 'Load balancer: one attempt, 502 on failure',
    statement:
      'An Application Load Balancer calls the function once per request; an error, a throttle or an invalid response becomes 502 Bad Gateway.',
    docUrl: ALB_TROUBLESHOOTING,
  },
  {
    id: 'push.alb.no-target',
    title: 'No permission: no target, 503',
    statement:
      'Without a statement for elasticloadbalancing.amazonaws.com the function cannot be registered in its target group, and a load balancer whose target group has no targets answers 503.',
    docUrl: ALB_TROUBLESHOOTING,
  },
  {
    id: 'push.function-url.sync',
    title: 'Function URLs',
    statement:
      'A function URL calls the function synchronously with an HTTP API 2.0 event and waits as long as the function timeout allows (up to 15 min); a throttle reaches the client as 429, a function error as 502.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.function-url.auth',
    title: 'Auth type NONE needs a public statement',
    statement:
      'With auth type NONE the function policy must allow everyone ("*") to call the URL, or every request gets 403; with AWS_IAM the caller’s signed identity is checked instead.',
    docUrl: `${LAMBDA}/urls-auth.html`,
  },
  {
    id: 'push.edge.limits',
    title: 'Lambda@Edge limits',
    statement:
      'CloudFront runs a numbered version of a us-east-1 function near viewers: viewer triggers get at most 5 s and 128 MB, origin triggers 30 s; there is no VPC, so no EFS.',
    docUrl: DOC.cloudfrontQuotas,
  },
  {
    id: 'push.edge.errors',
    title: 'Lambda@Edge errors: 503 or 502',
    statement:
      'When the function fails, times out or is throttled, CloudFront answers the viewer 503; when it returns something CloudFront cannot use, 502.',
    docUrl: DOC.edgeRestrictions,
  },
  // --- callers with a person waiting ------------------------------------------------------------
  {
    id: 'push.cognito.time-limit',
    title: 'Cognito waits 5 s',
    statement:
      'A user pool calls its trigger synchronously and waits at most 5 s, a limit nobody can change; then it tries again, although the earlier invocation is still running.',
    docUrl: DOC.cognitoTriggers,
  },
  {
    id: 'push.cognito.attempts',
    title: '3 attempts, then the user’s call fails',
    statement:
      'After 3 attempts without an answer (too slow, throttled or a Lambda service error), Cognito fails the sign-up or sign-in call the user made.',
    docUrl: DOC.cognitoTriggers,
  },
  {
    id: 'push.cognito.function-error',
    title: 'A trigger error fails the user’s call',
    statement:
      'An error the trigger returns is an answer, not a reason to retry: Cognito fails the user’s call with UserLambdaValidationException and the trigger’s message — which is how a pre sign-up trigger rejects a user.',
    docUrl: DOC.cognitoTriggers,
  },
  {
    id: 'push.cognito.denied',
    title: 'No permission: AccessDeniedException',
    statement:
      'Without a statement for cognito-idp.amazonaws.com the user’s call fails with "… invocation failed due to error AccessDeniedException".',
    docUrl: DOC.resourcePolicy,
  },
  {
    id: 'push.connect.timeout',
    title: 'Connect waits at most 8 s',
    statement:
      'A contact flow’s Lambda block waits for a synchronous call up to its Timeout (3 s by default, at most 8 s); then the contact takes the Error branch while the function runs on.',
    docUrl: DOC.connectBlock,
  },
  {
    id: 'push.connect.retries',
    title: 'Connect retries within its timeout',
    statement:
      'Connect retries throttles, Lambda service errors and function errors up to 3 times while the block’s timeout lasts; when they are used up, the contact takes the Error branch.',
    docUrl: DOC.connectBlock,
    simDefault: 'each retry starts as soon as the failure is known',
  },
  {
    id: 'push.lex.errors',
    title: 'Lex: 429 or 424',
    statement:
      'Lex calls its code hook synchronously; if Lambda throttles the call its client gets 429, and if the function fails or cannot be invoked, 424 DependencyFailedException.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.alexa.skill',
    title: 'Alexa waits for the skill',
    statement:
      'Alexa calls the skill’s function synchronously and speaks its answer; an error or a throttle makes the device say the skill had a problem. The permission pins the skill ID (lambda:EventSourceToken).',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.ses.event',
    title: 'SES receipt rule: Event',
    statement:
      'A receipt rule’s Lambda action invokes asynchronously by default, so mail processing does not wait for the function.',
    docUrl: DOC.sesLambdaAction,
  },
  {
    id: 'push.ses.request-response',
    title: 'SES receipt rule: RequestResponse',
    statement:
      'With RequestResponse SES waits up to 30 s, and the function may return a disposition (CONTINUE, STOP_RULE, STOP_RULE_SET) for the rest of the rule set; an error or no answer in time fails the action.',
    docUrl: DOC.sesLambdaAction,
  },
  // --- services that call step by step ----------------------------------------------------------
  {
    id: 'push.firehose.buffer',
    title: 'Firehose buffers records',
    statement:
      'Firehose collects incoming records until its buffer reaches its size (0.2–3 MB, default 1 MB) or its interval passes (0–900 s, default 60 s), then sends them to the function in one call.',
    docUrl: DOC.firehoseFailures,
  },
  {
    id: 'push.firehose.retries',
    title: 'Failed calls retried, then processing-failed/',
    statement:
      'A transformation call that fails (error, timeout, throttle, no permission) is retried, 3 times by default; then Firehose gives up on the batch and writes its records to the processing-failed/ prefix in S3.',
    docUrl: DOC.firehoseFailures,
    simDefault: '1 s between retries',
  },
  {
    id: 'push.firehose.records',
    title: 'A result for every record',
    statement:
      'The function returns each recordId with Ok (delivered), Dropped (discarded on purpose) or ProcessingFailed (written to processing-failed/).',
    docUrl: DOC.firehoseFailures,
  },
  {
    id: 'push.s3-batch.tasks',
    title: 'S3 Batch Operations: one call per task',
    statement:
      'A Batch Operations job calls the function synchronously once per object in its manifest and keeps the resultCode each call returns (Succeeded, TemporaryFailure, PermanentFailure) for its completion report.',
    docUrl: S3_BATCH,
    simDefault: 'at most maxConcurrentTasks calls at once (default 10)',
  },
  {
    id: 'push.s3-batch.temporary',
    title: 'TemporaryFailure is tried again',
    statement:
      'A task answered with TemporaryFailure is called again; PermanentFailure, a function error or a call Lambda refuses ends the task as failed.',
    docUrl: S3_BATCH,
    simDefault:
      'next call after 1 s, at most maxAttemptsPerTask calls (default 3); the job fails only when every task failed',
  },
  {
    id: 'push.secrets.steps',
    title: 'Rotation runs four steps in order',
    statement:
      'Secrets Manager rotates a secret by calling the function once per step — createSecret, setSecret, testSecret, finishSecret — waiting for each; a step that fails stops the rotation, and applications keep the old value.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.step-functions.task',
    title: 'A Lambda Task state',
    statement:
      'A Task state waits for the function’s result (RequestResponse) or only until Lambda accepts the event (Event); TimeoutSeconds bounds the wait.',
    docUrl: STATES_LAMBDA,
  },
  {
    id: 'push.step-functions.retry',
    title: 'Retry and Catch',
    statement:
      'A failed Task is retried as its Retry says (MaxAttempts default 3, IntervalSeconds default 1, BackoffRate default 2); then a Catch sends the execution to a fallback state, or the execution fails.',
    docUrl: STATES_ERRORS,
  },
  // --- asynchronous senders ---------------------------------------------------------------------
  {
    id: 'push.s3.notification',
    title: 'S3 event notifications',
    statement:
      'S3 sends each object change to the function asynchronously, usually within seconds and sometimes a minute or more later, with no order guaranteed (only the sequencer orders events of one key).',
    docUrl: DOC.s3EventStructure,
    simDefault: 'delay drawn from deliveryDelayMs (500–2,000 ms); late events take 60–120 s',
  },
  {
    id: 'push.s3.duplicate',
    title: 'S3 delivers at least once',
    statement:
      'S3 can send the same notification more than once, so the function must be idempotent.',
    docUrl: DOC.s3EventStructure,
    simDefault: 'duplicate rate 0 unless the scenario sets one',
  },
  {
    id: 'push.s3.config-refused',
    title: 'No permission: S3 refuses the notification',
    statement:
      'Without a statement allowing s3.amazonaws.com for the bucket (SourceArn) and its account (SourceAccount), S3 refuses the notification configuration ("Unable to validate the following destination configurations"), so uploads invoke nothing.',
    docUrl: DOC.resourcePolicy,
  },
  {
    id: 'push.sns.delivered',
    title: 'SNS hands the message to Lambda',
    statement:
      'SNS invokes the function asynchronously; once Lambda accepts the message the delivery is done, and function errors are left to Lambda’s asynchronous retries.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.sns.server-retries',
    title: 'SNS delivery retry policy',
    statement:
      'When Lambda cannot be reached or answers with a server error, SNS retries 3 times at once, 2 times 1 s apart, 10 times backing off from 1 s to 20 s, then 100,000 times 20 s apart: 100,015 in all, about 23 days.',
    docUrl: DOC.snsRetries,
    simDefault: 'the backoff phase grows geometrically from 1 s to 20 s, without jitter',
  },
  {
    id: 'push.sns.client-error',
    title: 'A denied delivery is not retried',
    statement:
      'A delivery the function’s policy refuses is a client-side error for SNS: SNS does not retry it, and the message goes straight to the subscription’s dead-letter queue, or is lost.',
    docUrl: SNS_DLQ,
  },
  {
    id: 'push.sns.dlq',
    title: 'Subscription dead-letter queue',
    statement:
      'A message SNS gives up on goes to the subscription’s SQS dead-letter queue when it has one; otherwise it is discarded.',
    docUrl: SNS_DLQ,
  },
  {
    id: 'push.logs.subscription',
    title: 'CloudWatch Logs subscription filter',
    statement:
      'A subscription filter sends matching log events to the function asynchronously, as gzip-compressed, base64-encoded JSON in awslogs.data.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.codecommit.trigger',
    title: 'CodeCommit repository trigger',
    statement:
      'A repository trigger invokes the function asynchronously when someone pushes, or creates or deletes a branch or tag.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.iot.rule',
    title: 'AWS IoT rule action',
    statement:
      'An IoT rule invokes the function asynchronously with what its SQL selects; when the action fails, the rule’s errorAction receives the message, if it has one.',
    docUrl: IOT_ERRORS,
  },
  {
    id: 'push.iot-events.action',
    title: 'IoT Events Lambda action',
    statement:
      'A detector model invokes the function asynchronously as an action when one of its events or transitions fires.',
    docUrl: DOC.lambdaServices,
  },
  // --- services waiting for a report ------------------------------------------------------------
  {
    id: 'push.cloudformation.response',
    title: 'Custom resources must answer',
    statement:
      'CloudFormation invokes the function asynchronously and waits for it to PUT SUCCESS or FAILED to the pre-signed ResponseURL; returning is not enough, and FAILED fails the resource so the stack rolls back.',
    docUrl: CUSTOM_RESOURCES,
  },
  {
    id: 'push.cloudformation.timeout',
    title: 'No answer: the stack waits, then fails',
    statement:
      'Without a response the stack waits for the custom resource’s ServiceTimeout (1–3,600 s, default 1 h) and then fails the resource.',
    docUrl: CUSTOM_RESOURCES,
  },
  {
    id: 'push.codepipeline.result',
    title: 'The function reports the job result',
    statement:
      'A Lambda invoke action succeeds only when the function calls PutJobSuccessResult and fails when it calls PutJobFailureResult; the execution role needs both actions.',
    docUrl: DOC.lambdaServices,
  },
  {
    id: 'push.codepipeline.timeout',
    title: 'No result: the action times out',
    statement:
      'If the function sends no result for 20 minutes the invoke action times out and fails (progress reports can stretch it to 24 hours).',
    docUrl: CODEPIPELINE_LIMITS,
  },
  {
    id: 'push.config.evaluations',
    title: 'Custom Config rules call PutEvaluations',
    statement:
      'AWS Config invokes a custom rule’s function asynchronously on configuration changes or periodically (every 1, 3, 6, 12 or 24 h); the result counts only when the function calls PutEvaluations with the resultToken.',
    docUrl: CONFIG_RULES,
  },
  // --- special integrations ---------------------------------------------------------------------
  {
    id: 'push.efs.mount',
    title: 'EFS is mounted during Init',
    statement:
      'A function with a file system mounts its EFS access point under /mnt while its environment initialises; it has to be attached to the file system’s VPC, and every environment holds one of the file system’s 25,000 connections. EFS never invokes the function.',
    docUrl: `${LAMBDA}/configuration-filesystem.html`,
  },
  {
    id: 'push.xray.sampling',
    title: 'X-Ray active tracing samples requests',
    statement:
      'With active tracing Lambda traces the first request in each second and 5 % of the others and sends their segments to X-Ray; PassThrough only passes on a caller’s trace header. X-Ray never invokes the function.',
    docUrl: `${LAMBDA}/services-xray.html`,
    simDefault: 'decided when the invocation ends, by the second in which it started',
  },
  {
    id: 'push.xray.role',
    title: 'X-Ray needs the execution role',
    statement:
      'Sending trace data needs xray:PutTraceSegments and xray:PutTelemetryRecords on the execution role; without them the function runs as usual but X-Ray refuses its segments.',
    docUrl: `${LAMBDA}/services-xray.html`,
  },
] as const satisfies readonly Rule[];
