import type { ScenarioInput } from '../schema';
import type { ServiceScenario } from '../service-scenarios';

/**
 * "Run it" for every service that invokes the function itself, and for the two integrations that
 * never do (EFS, X-Ray). Each is short, names what to watch, and shows what the service adds on top
 * of Lambda: its own time limits, retries, error mapping and duties to report back.
 */

type Workload = NonNullable<ScenarioInput['workloads']>[number];

const ACCOUNT = '123456789012';

/** A scenario with the fields every "Run it" shares. */
function scenario(
  name: string,
  description: string,
  rest: Omit<ScenarioInput, 'version' | 'name' | 'description'>,
): ScenarioInput {
  return { version: 1, name, description, seed: 7, ...rest };
}

function once(id: string, label: string, atMs: number[], source: Workload['source']): Workload {
  return { id, label, arrivals: { kind: 'single', atMs }, source };
}

const apiGateway: ServiceScenario = () =>
  scenario(
    'API Gateway: 29 s, then 504',
    'Clients call a REST API once a second. The function takes anywhere from 1 to 40 seconds and throws now and then. Watch API Gateway make exactly one attempt per request: a slow call is cut off at 29,000 ms with 504 Gateway Timeout while the function keeps running (and keeps its environment busy) until it finishes, a thrown error reaches the client as 502 Bad Gateway, and everything else comes back 200.',
    {
      durationMs: 120_000,
      function: {
        name: 'orders-api',
        timeoutSeconds: 60,
        behaviour: { duration: { kind: 'uniform', minMs: 1_000, maxMs: 40_000 }, errorRate: 0.15 },
      },
      workloads: [
        {
          id: 'clients',
          label: 'API clients',
          arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 20_000 },
          source: { service: 'api-gateway' },
        },
      ],
    },
  );

const alb: ServiceScenario = () =>
  scenario(
    'Application Load Balancer: one attempt, 502 on failure',
    'A burst of web requests reaches a load balancer whose target group holds the function, limited to 3 concurrent runs. Watch the load balancer call the function once per request: requests beyond the reserved concurrency are throttled and the browser sees 502 Bad Gateway, as it does when the function throws. Nothing is retried.',
    {
      durationMs: 30_000,
      function: {
        name: 'web-backend',
        reservedConcurrency: 3,
        behaviour: { duration: { kind: 'fixed', ms: 800 }, errorRate: 0.2 },
      },
      workloads: [
        {
          id: 'browsers',
          label: 'Browsers',
          arrivals: { kind: 'burst', atMs: 0, count: 8 },
          source: { service: 'alb' },
        },
        once('more-browsers', 'More browsers', [5_000, 5_500, 6_000], { service: 'alb' }),
      ],
    },
  );

const functionUrl: ServiceScenario = () =>
  scenario(
    'Function URL: no gateway, no 29 s limit',
    'A report is generated through the function’s own HTTPS URL (auth type NONE). Each request takes 20 to 90 seconds. Watch every one of them return 200: with no API Gateway in front, only the function timeout (here 2 minutes, at most 15) limits how long a request may run.',
    {
      durationMs: 240_000,
      function: {
        name: 'daily-report',
        timeoutSeconds: 120,
        behaviour: { duration: { kind: 'uniform', minMs: 20_000, maxMs: 90_000 } },
      },
      workloads: [
        once('analysts', 'Analysts', [0, 10_000, 30_000], {
          service: 'function-url',
          authType: 'NONE',
        }),
      ],
    },
  );

const cognito: ServiceScenario = () =>
  scenario(
    'Cognito: 5 s per attempt, 3 attempts',
    'Users sign up; a pre sign-up trigger checks each one, sometimes taking up to 8 seconds. Watch Cognito give each attempt exactly 5 s: when the trigger is too slow Cognito calls it again (while the first call still runs), and after the third unanswered attempt the user’s sign-up fails. Quick answers let the sign-up go on.',
    {
      durationMs: 60_000,
      function: {
        name: 'pre-sign-up',
        timeoutSeconds: 10,
        behaviour: { duration: { kind: 'uniform', minMs: 500, maxMs: 8_000 } },
      },
      workloads: [
        {
          id: 'sign-ups',
          label: 'Sign-ups',
          arrivals: { kind: 'constant', ratePerSecond: 0.5, durationMs: 20_000 },
          source: { service: 'cognito', triggerSource: 'PreSignUp_SignUp' },
        },
      ],
    },
  );

const lambdaEdge: ServiceScenario = () =>
  scenario(
    'Lambda@Edge: a viewer-request trigger',
    'CloudFront runs version 1 of the function (128 MB, 5 s, from us-east-1) for every viewer request. Watch the failures come back as CloudFront errors: a function error or timeout becomes 503, and an invalid response becomes 502. Lambda@Edge never retries, and would refuse $LATEST, an alias, or a longer timeout for a viewer trigger.',
    {
      durationMs: 30_000,
      function: {
        name: 'edge-rewrite',
        versions: [
          {
            version: 1,
            runtime: 'nodejs',
            packageType: 'zip',
            memoryMb: 128,
            timeoutSeconds: 5,
            behaviour: { duration: { kind: 'uniform', minMs: 5, maxMs: 6_000 }, errorRate: 0.1 },
          },
        ],
      },
      workloads: [
        {
          id: 'viewers',
          label: 'Viewers',
          qualifier: 1,
          arrivals: { kind: 'constant', ratePerSecond: 2, durationMs: 10_000 },
          source: {
            service: 'lambda-edge',
            eventType: 'viewer-request',
            malformedResponseRate: 0.2,
          },
        },
      ],
    },
  );

const firehose: ServiceScenario = () =>
  scenario(
    'Firehose: buffered transformation, retries, processing-failed/',
    'Log records of 10 KB stream in; Firehose buffers them and calls the transformation function each time 1 MB (about 100 records) has built up, or after 20 s. The function fails half of the time: watch Firehose retry a failed call up to 3 times, then write the batch to processing-failed/ in S3. Successful calls return a result per record, and a few records come back ProcessingFailed.',
    {
      durationMs: 120_000,
      function: {
        name: 'log-transformer',
        behaviour: { duration: { kind: 'fixed', ms: 400 }, errorRate: 0.5 },
      },
      workloads: [
        {
          id: 'records',
          label: 'Log records',
          arrivals: { kind: 'poisson', ratePerSecond: 15, durationMs: 60_000 },
          source: {
            service: 'firehose',
            bufferIntervalSeconds: 20,
            recordSizeKb: 10,
            processingFailedRate: 0.05,
          },
        },
      ],
    },
  );

const s3Batch: ServiceScenario = () =>
  scenario(
    'S3 Batch Operations: a result code per task',
    'One Batch Operations job runs the function over 30 objects, 5 at a time. Watch each call answer with a resultCode: Succeeded, TemporaryFailure (S3 tries that task again, up to 3 calls) or PermanentFailure. When every task has a result the job writes its completion report.',
    {
      durationMs: 60_000,
      function: { name: 'rescan-object', behaviour: { duration: { kind: 'fixed', ms: 300 } } },
      workloads: [
        once('job', 'Batch job', [0], {
          service: 's3-batch',
          tasksPerJob: 30,
          maxConcurrentTasks: 5,
          temporaryFailureRate: 0.25,
          permanentFailureRate: 0.05,
        }),
      ],
    },
  );

const secretsManager: ServiceScenario = () => {
  const version = (n: number, errorWhen: { path: string; equals: string }[]) => ({
    version: n,
    runtime: 'python' as const,
    packageType: 'zip' as const,
    memoryMb: 256,
    timeoutSeconds: 30,
    behaviour: { duration: { kind: 'fixed' as const, ms: 500 }, errorWhen },
  });
  return scenario(
    'Secrets Manager: four rotation steps',
    'A database secret is rotated twice. Watch Secrets Manager call the function four times in order — createSecret, setSecret, testSecret, finishSecret — waiting for each. The second rotation runs version 2 of the function, whose test step is broken: testSecret fails, the rotation stops there and finishSecret is never called, so applications keep the old password.',
    {
      durationMs: 60_000,
      function: {
        name: 'rotate-db-secret',
        versions: [version(1, []), version(2, [{ path: 'Step', equals: 'testSecret' }])],
      },
      workloads: [
        {
          ...once('rotation', 'Rotation (version 1)', [0], { service: 'secrets-manager' }),
          qualifier: 1,
        },
        {
          ...once('broken-rotation', 'Rotation (version 2)', [20_000], {
            service: 'secrets-manager',
          }),
          qualifier: 2,
        },
      ],
    },
  );
};

const lex: ServiceScenario = () =>
  scenario(
    'Lex: 424 and 429 from the code hook',
    'A table-booking bot calls its fulfilment code hook for each user turn. The function may run only twice at once and throws now and then. Watch Lex pass a throttle on to its client as 429, and a failing code hook as 424 DependencyFailedException, without retrying either.',
    {
      durationMs: 30_000,
      function: {
        name: 'book-table',
        reservedConcurrency: 2,
        behaviour: { duration: { kind: 'fixed', ms: 700 }, errorRate: 0.2 },
      },
      workloads: [
        {
          id: 'turns',
          label: 'User turns',
          arrivals: { kind: 'burst', atMs: 0, count: 4 },
          source: { service: 'lex' },
        },
        once('later-turns', 'Later turns', [3_000, 4_000, 5_000, 6_000], { service: 'lex' }),
      ],
    },
  );

const connect: ServiceScenario = () =>
  scenario(
    'Connect: retries inside an 8 s timeout',
    'Callers reach a contact flow whose Lambda block has an 8 s timeout. The function fails half of the time and is sometimes slow. Watch Connect retry a failed call at once, up to 3 times, as long as the 8 s last: callers whose lookups keep failing, or take too long, follow the Error branch.',
    {
      durationMs: 60_000,
      function: {
        name: 'account-lookup',
        timeoutSeconds: 10,
        behaviour: { duration: { kind: 'uniform', minMs: 300, maxMs: 9_000 }, errorRate: 0.5 },
      },
      workloads: [
        {
          id: 'callers',
          label: 'Callers',
          arrivals: { kind: 'constant', ratePerSecond: 0.5, durationMs: 20_000 },
          source: { service: 'connect', timeoutSeconds: 8 },
        },
      ],
    },
  );

const alexa: ServiceScenario = () =>
  scenario(
    'Alexa: the skill answers, or says it had a problem',
    'People ask an Alexa skill for their order status. The device waits for the function’s answer and speaks it; when the function throws, or is throttled because only two may run at once, Alexa tells the user the skill had a problem. The permission names the skill’s ID, so no other skill could call this function.',
    {
      durationMs: 20_000,
      function: {
        name: 'order-status-skill',
        reservedConcurrency: 2,
        behaviour: { duration: { kind: 'fixed', ms: 900 }, errorRate: 0.1 },
      },
      workloads: [
        {
          id: 'questions',
          label: 'Questions',
          arrivals: { kind: 'burst', atMs: 0, count: 3 },
          source: { service: 'alexa' },
        },
        once('more-questions', 'More questions', [2_000, 2_500, 3_000, 3_500], {
          service: 'alexa',
        }),
      ],
    },
  );

const stepFunctions: ServiceScenario = () =>
  scenario(
    'Step Functions: Retry, then Catch',
    'A state machine’s Task state calls the function and waits for its result. The Task retries a failed call twice (after 1 s, then 2 s) and has a Catch. Watch an execution whose function keeps failing go through three calls and then to its fallback state, while the others succeed on the first or second try.',
    {
      durationMs: 60_000,
      function: {
        name: 'charge-card',
        behaviour: { duration: { kind: 'fixed', ms: 200 }, errorRate: 0.55 },
      },
      workloads: [
        {
          id: 'executions',
          label: 'Executions',
          arrivals: { kind: 'constant', ratePerSecond: 0.5, durationMs: 10_000 },
          source: {
            service: 'step-functions',
            retry: { maxAttempts: 2, intervalSeconds: 1, backoffRate: 2 },
            catch: true,
          },
        },
      ],
    },
  );

const s3: ServiceScenario = () =>
  scenario(
    'S3: asynchronous, unordered, at least once',
    'Photos are uploaded to a bucket. Watch S3 notify the function asynchronously: each event reaches Lambda after its own delay, so later uploads sometimes arrive first, one in a while is a minute late, and some are sent twice (handlers must be idempotent). Once Lambda accepts an event, S3 is done: the function’s occasional errors are retried by Lambda (1 and 2 minutes later), not by S3.',
    {
      durationMs: 300_000,
      function: {
        name: 'make-thumbnail',
        behaviour: { duration: { kind: 'fixed', ms: 600 }, errorRate: 0.1 },
      },
      workloads: [
        {
          id: 'uploads',
          label: 'Photo uploads',
          invocationType: 'Event',
          arrivals: { kind: 'poisson', ratePerSecond: 1, durationMs: 30_000 },
          source: {
            service: 's3',
            deliveryDelayMs: { minMs: 300, maxMs: 3_000 },
            lateRate: 0.05,
            duplicateRate: 0.1,
          },
        },
      ],
    },
  );

const sns: ServiceScenario = () =>
  scenario(
    'SNS: its delivery policy, then Lambda’s retries',
    'An order topic publishes messages while Lambda is unreachable for its first 10 seconds. Watch SNS follow its delivery policy for the first message: 3 retries at once, 2 a second apart, then backing off toward 20 s, until Lambda answers. From then on each message is accepted (202) at the first try, and a failing function is retried by Lambda, not by SNS.',
    {
      durationMs: 300_000,
      function: {
        name: 'ship-order',
        behaviour: { duration: { kind: 'fixed', ms: 300 }, errorRate: 0.2 },
      },
      workloads: [
        {
          id: 'orders',
          label: 'Order events',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0, 12_000, 14_000, 16_000] },
          source: {
            service: 'sns',
            subscriptionDlq: { name: 'orders-sub-dlq' },
            unavailable: { fromMs: 0, untilMs: 10_000 },
          },
        },
      ],
    },
  );

const eventbridge: ServiceScenario = () =>
  scenario(
    'EventBridge: two rules, one permission',
    'Orders are put on the default bus and two rules send them to the function. The function policy allows events.amazonaws.com only for the rule orders-to-lambda. Watch that rule deliver every event (Lambda then owns it asynchronously), while audit-to-lambda fails with NO_PERMISSIONS: EventBridge does not retry a missing permission, and sends each event straight to that target’s dead-letter queue.',
    {
      durationMs: 30_000,
      function: { name: 'process-order', behaviour: { duration: { kind: 'fixed', ms: 200 } } },
      permissions: {
        resourcePolicy: [
          {
            principal: 'events.amazonaws.com',
            sourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/orders-to-lambda`,
          },
        ],
      },
      eventbridge: {
        producers: [
          {
            id: 'shop',
            label: 'Shop',
            arrivals: { kind: 'single', atMs: [0, 5_000, 10_000] },
            source: 'com.example.shop',
            detailType: 'OrderPlaced',
            detail: { orderId: 'ord-1001', total: 42 },
          },
        ],
        rules: [
          {
            name: 'orders-to-lambda',
            eventPattern: { source: ['com.example.shop'] },
            targets: [{ id: 'fn', type: 'lambda' }],
          },
          {
            name: 'audit-to-lambda',
            eventPattern: { 'detail-type': ['OrderPlaced'] },
            targets: [{ id: 'audit-fn', type: 'lambda', deadLetterQueue: { name: 'audit-dlq' } }],
          },
        ],
      },
    },
  );

const cloudwatchLogs: ServiceScenario = () =>
  scenario(
    'CloudWatch Logs: a subscription filter',
    'A subscription filter on /aws/lambda/checkout sends matching error lines to the function every few seconds, as gzip-compressed, base64-encoded data in awslogs.data. Watch CloudWatch Logs hand each batch to Lambda asynchronously and move on; open an event to see the payload the function decodes.',
    {
      durationMs: 60_000,
      function: { name: 'alert-on-errors', behaviour: { duration: { kind: 'fixed', ms: 150 } } },
      workloads: [
        {
          id: 'log-events',
          label: 'Checkout log events',
          invocationType: 'Event',
          arrivals: { kind: 'constant', ratePerSecond: 0.25, durationMs: 30_000 },
          source: { service: 'cloudwatch-logs' },
        },
      ],
    },
  );

const cloudformation: ServiceScenario = () =>
  scenario(
    'CloudFormation: the custom resource must answer',
    'Two stacks create a custom resource backed by the function, each with a ServiceTimeout of 2 minutes. The function for web-app PUTs SUCCESS to the ResponseURL; the one for legacy-app returns without answering. Watch web-app carry on within a second, while legacy-app waits the full 2 minutes and fails — a successful invocation is not a response.',
    {
      durationMs: 180_000,
      function: { name: 'ami-lookup', behaviour: { duration: { kind: 'fixed', ms: 400 } } },
      workloads: [
        once('web-app', 'Stack web-app', [0], {
          service: 'cloudformation',
          resource: 'web-app',
          serviceTimeoutSeconds: 120,
        }),
        once('legacy-app', 'Stack legacy-app', [1_000], {
          service: 'cloudformation',
          resource: 'legacy-app',
          response: 'none',
          serviceTimeoutSeconds: 120,
        }),
      ],
    },
  );

const codecommit: ServiceScenario = () =>
  scenario(
    'CodeCommit: a trigger on pushes',
    'Developers push to a repository whose trigger calls the function. Watch CodeCommit invoke asynchronously for each push, with the changed branch and commit in the event; the function’s own retries, if it failed, would be Lambda’s.',
    {
      durationMs: 30_000,
      function: { name: 'notify-on-push', behaviour: { duration: { kind: 'fixed', ms: 250 } } },
      workloads: [
        {
          id: 'pushes',
          label: 'Pushes',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0, 4_000, 9_000] },
          source: { service: 'codecommit' },
        },
      ],
    },
  );

const codepipeline: ServiceScenario = () =>
  scenario(
    'CodePipeline: report the job result, or time out',
    'Two pipelines run a Lambda invoke action. The smoke test in shop-pipeline calls PutJobSuccessResult; the one in old-pipeline forgets to report. Watch shop-pipeline’s action succeed at once, and old-pipeline’s action wait 20 minutes for a result and then time out.',
    {
      durationMs: 1_500_000,
      function: { name: 'smoke-test', behaviour: { duration: { kind: 'fixed', ms: 2_000 } } },
      workloads: [
        once('shop-pipeline', 'shop-pipeline', [0], {
          service: 'codepipeline',
          resource: 'shop-pipeline',
        }),
        once('old-pipeline', 'old-pipeline', [5_000], {
          service: 'codepipeline',
          resource: 'old-pipeline',
          result: 'none',
        }),
      ],
    },
  );

const config: ServiceScenario = () =>
  scenario(
    'AWS Config: change-triggered and periodic rules',
    'One custom rule evaluates buckets whenever their configuration changes and reports with PutEvaluations; another runs every hour but its function never calls PutEvaluations. Watch the first record COMPLIANT results, and the second run on schedule yet record nothing — Config only counts what the function reports.',
    {
      durationMs: 3 * 3_600_000 - 1,
      function: { name: 'check-bucket-tags', behaviour: { duration: { kind: 'fixed', ms: 300 } } },
      workloads: [
        {
          id: 'changes',
          label: 'Bucket changes',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [60_000, 1_800_000, 5_400_000] },
          source: { service: 'config' },
        },
        once('hourly', 'Hourly rule', [0], {
          service: 'config',
          resource: 'hourly-tag-audit',
          trigger: 'periodic',
          frequencyHours: 1,
          evaluation: 'none',
        }),
      ],
    },
  );

const iot: ServiceScenario = () =>
  scenario(
    'AWS IoT: a rule action and its error action',
    'Sensors publish telemetry; two topic rules invoke the function asynchronously. The function policy allows iot.amazonaws.com only for the rule telemetry_to_lambda. Watch its messages reach the function, while every message of alerts_to_lambda is refused and goes to that rule’s error action, an SQS queue.',
    {
      durationMs: 30_000,
      function: { name: 'store-reading', behaviour: { duration: { kind: 'fixed', ms: 120 } } },
      permissions: {
        resourcePolicy: [
          {
            principal: 'iot.amazonaws.com',
            sourceArn: `arn:aws:iot:us-east-1:${ACCOUNT}:rule/telemetry_to_lambda`,
          },
        ],
      },
      workloads: [
        {
          id: 'telemetry',
          label: 'Telemetry',
          invocationType: 'Event',
          arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 10_000 },
          source: { service: 'iot' },
        },
        {
          id: 'alerts',
          label: 'Alerts',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [2_500, 7_500] },
          source: {
            service: 'iot',
            resource: 'alerts_to_lambda',
            errorAction: { type: 'sqs', name: 'iot-errors' },
          },
        },
      ],
    },
  );

const iotEvents: ServiceScenario = () =>
  scenario(
    'IoT Events: a detector model’s Lambda action',
    'A pump monitor detector enters its Dangerous state a few times. Watch each transition invoke the function asynchronously with the detector, its input and its state in the event.',
    {
      durationMs: 30_000,
      function: { name: 'page-engineer', behaviour: { duration: { kind: 'fixed', ms: 200 } } },
      workloads: [
        {
          id: 'transitions',
          label: 'State changes',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0, 6_000, 15_000] },
          source: { service: 'iot-events' },
        },
      ],
    },
  );

const ses: ServiceScenario = () =>
  scenario(
    'SES: Event or RequestResponse',
    'Incoming mail passes two receipt rules that call the same function. The archive rule uses Event: SES hands the mail over and moves on. The triage rule uses RequestResponse: SES waits up to 30 s for a disposition (here STOP_RULE). The function takes 5 to 40 s, so watch some triage calls answer in time and others fail the action at 30 s.',
    {
      durationMs: 120_000,
      function: {
        name: 'triage-mail',
        timeoutSeconds: 60,
        behaviour: { duration: { kind: 'uniform', minMs: 5_000, maxMs: 40_000 } },
      },
      workloads: [
        {
          id: 'archive',
          label: 'Archive rule',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0, 10_000, 20_000] },
          source: { service: 'ses', resource: 'archive', invocationType: 'Event' },
        },
        once('triage', 'Triage rule', [0, 10_000, 20_000], {
          service: 'ses',
          resource: 'triage',
          invocationType: 'RequestResponse',
          disposition: 'STOP_RULE',
        }),
      ],
    },
  );

const efs: ServiceScenario = () =>
  scenario(
    'EFS: a file system mounted in every environment',
    'EFS never invokes a function: it is storage the function mounts. A plain caller sends bursts of requests to a function with an EFS access point at /mnt/models (attached to the file system’s VPC). Watch every new environment mount the file system during its Init, while warm starts reuse the mount — each environment holds one of the file system’s 25,000 connections.',
    {
      durationMs: 30_000,
      function: {
        name: 'score-with-model',
        behaviour: { duration: { kind: 'fixed', ms: 1_500 } },
        fileSystem: {
          accessPointArn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-0a1b2c3d4e5f60718`,
          localMountPath: '/mnt/models',
        },
      },
      workloads: [
        { id: 'app', label: 'App', arrivals: { kind: 'burst', atMs: 0, count: 3 } },
        {
          id: 'app-later',
          label: 'App, later',
          arrivals: { kind: 'burst', atMs: 5_000, count: 4 },
        },
      ],
    },
  );

const xray: ServiceScenario = () =>
  scenario(
    'X-Ray: active tracing samples 1 request/s + 5 %',
    'X-Ray never invokes a function: with active tracing on, Lambda samples requests and sends their traces. A plain caller sends 10 requests a second for 20 seconds. Watch X-Ray trace the first request of every second — 20 of them — and about 5 % of the other 180.',
    {
      durationMs: 30_000,
      function: {
        name: 'checkout',
        tracing: 'Active',
        behaviour: { duration: { kind: 'fixed', ms: 80 } },
      },
      workloads: [
        {
          id: 'shoppers',
          label: 'Shoppers',
          arrivals: { kind: 'constant', ratePerSecond: 10, durationMs: 20_000 },
        },
      ],
    },
  );

export const PUSH_SCENARIOS: Readonly<Record<string, ServiceScenario>> = {
  'api-gateway': apiGateway,
  alb,
  'function-url': functionUrl,
  cognito,
  'lambda-edge': lambdaEdge,
  firehose,
  's3-batch': s3Batch,
  'secrets-manager': secretsManager,
  lex,
  connect,
  alexa,
  'step-functions': stepFunctions,
  s3,
  sns,
  eventbridge,
  'cloudwatch-logs': cloudwatchLogs,
  cloudformation,
  codecommit,
  codepipeline,
  config,
  iot,
  'iot-events': iotEvents,
  ses,
  efs,
  xray,
};
