/**
 * Sample EventBridge events for the pattern playground, each in the full envelope AWS delivers,
 * with patterns that match it and each teach one part of the pattern language.
 *
 * Field names follow the events the services really send; values (ids, names, addresses) are
 * made up. IP addresses come from the ranges reserved for documentation, and every event belongs
 * to the placeholder account 123456789012 in us-east-1. Pure data: no React, no engine.
 */

export interface EventBridgeEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface SuggestedPattern {
  /** What the pattern selects, in a few words. */
  readonly label: string;
  /** The part of the pattern language it shows, e.g. "prefix" or "$or". */
  readonly teaches: string;
  readonly pattern: Readonly<Record<string, unknown>>;
}

export interface EventBridgeSample {
  readonly id: string;
  /** Short name of the event, e.g. "Instance state change". */
  readonly label: string;
  /** The service that sends it, e.g. "Amazon EC2". */
  readonly service: string;
  readonly event: EventBridgeEvent;
  /** 1–3 patterns, each matching this event. */
  readonly patterns: readonly SuggestedPattern[];
}

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

function envelope(
  id: string,
  source: string,
  detailType: string,
  time: string,
  resources: readonly string[],
  detail: Record<string, unknown>,
): EventBridgeEvent {
  return {
    version: '0',
    id,
    'detail-type': detailType,
    source,
    account: ACCOUNT,
    time,
    region: REGION,
    resources,
    detail,
  };
}

const ec2StateChange: EventBridgeSample = {
  id: 'ec2-state-change',
  label: 'Instance state change',
  service: 'Amazon EC2',
  event: envelope(
    '7bf73129-1428-4cd3-a780-95db273d1602',
    'aws.ec2',
    'EC2 Instance State-change Notification',
    '2026-11-24T03:38:12Z',
    ['arn:aws:ec2:us-east-1:123456789012:instance/i-0b1c2d3e4f5a6b7c8'],
    { 'instance-id': 'i-0b1c2d3e4f5a6b7c8', state: 'stopping' },
  ),
  patterns: [
    {
      label: 'Any state except running or pending',
      teaches: 'anything-but',
      pattern: {
        source: ['aws.ec2'],
        'detail-type': ['EC2 Instance State-change Notification'],
        detail: { state: [{ 'anything-but': ['running', 'pending'] }] },
      },
    },
    {
      label: 'States that start with "stop"',
      teaches: 'prefix',
      pattern: { source: ['aws.ec2'], detail: { state: [{ prefix: 'stop' }] } },
    },
    {
      label: 'Stopping or stopped',
      teaches: 'list of values',
      pattern: { source: ['aws.ec2'], detail: { state: ['stopping', 'stopped'] } },
    },
  ],
};

const s3ObjectCreated: EventBridgeSample = {
  id: 's3-object-created',
  label: 'Object created',
  service: 'Amazon S3',
  event: envelope(
    'c3a8f0e2-5d1b-4a7e-9f62-0b4d8e1a7c35',
    'aws.s3',
    'Object Created',
    '2026-11-24T03:39:47Z',
    ['arn:aws:s3:::photo-uploads-prod'],
    {
      version: '0',
      bucket: { name: 'photo-uploads-prod' },
      object: {
        key: 'uploads/2026/11/beach.jpg',
        size: 2483921,
        etag: 'b1946ac92492d2347c6235b4d2611184',
        'version-id': 'IYV3p45BhZ.wAZ3kXX6DNb5Bq8Y2uGZR',
        sequencer: '00617F08299329D189',
      },
      'request-id': 'N4N7GDK58NMKJ12R',
      requester: '123456789012',
      'source-ip-address': '203.0.113.15',
      reason: 'PutObject',
    },
  ),
  patterns: [
    {
      label: 'New objects under uploads/',
      teaches: 'prefix',
      pattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: {
          bucket: { name: ['photo-uploads-prod'] },
          object: { key: [{ prefix: 'uploads/' }] },
        },
      },
    },
    {
      label: 'Files from 1 MiB up to 10 MiB',
      teaches: 'numeric range',
      pattern: {
        source: ['aws.s3'],
        detail: { object: { size: [{ numeric: ['>=', 1048576, '<', 10485760] }] } },
      },
    },
    {
      label: 'JPEG files anywhere under uploads/',
      teaches: 'wildcard',
      pattern: { source: ['aws.s3'], detail: { object: { key: [{ wildcard: 'uploads/*.jpg' }] } } },
    },
  ],
};

const scheduledEvent: EventBridgeSample = {
  id: 'scheduled-event',
  label: 'Scheduled event',
  service: 'EventBridge',
  event: envelope(
    '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
    'aws.events',
    'Scheduled Event',
    '2026-11-24T03:00:00Z',
    ['arn:aws:events:us-east-1:123456789012:rule/nightly-report'],
    {},
  ),
  patterns: [
    {
      label: 'Fired by the nightly-report rule',
      teaches: 'arrays',
      pattern: {
        source: ['aws.events'],
        'detail-type': ['Scheduled Event'],
        resources: ['arn:aws:events:us-east-1:123456789012:rule/nightly-report'],
      },
    },
    {
      label: 'Fired by any rule named nightly-…',
      teaches: 'wildcard',
      pattern: {
        source: ['aws.events'],
        resources: [{ wildcard: 'arn:aws:events:*:rule/nightly-*' }],
      },
    },
  ],
};

const codePipelineFailed: EventBridgeSample = {
  id: 'codepipeline-execution',
  label: 'Pipeline failed',
  service: 'AWS CodePipeline',
  event: envelope(
    '01f6b4c8-2e9d-4b3a-8c71-5d0e6f2a9b14',
    'aws.codepipeline',
    'CodePipeline Pipeline Execution State Change',
    '2026-11-24T03:31:05Z',
    ['arn:aws:codepipeline:us-east-1:123456789012:checkout-service'],
    {
      pipeline: 'checkout-service',
      'execution-id': '8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b',
      'execution-trigger': {
        'trigger-type': 'Webhook',
        'trigger-detail': 'arn:aws:codeconnections:us-east-1:123456789012:connection/4d1e7a2b',
      },
      state: 'FAILED',
      version: 7,
      'pipeline-execution-attempt': 2,
    },
  ),
  patterns: [
    {
      label: 'Failed runs, however the state is capitalised',
      teaches: 'equals-ignore-case',
      pattern: {
        source: ['aws.codepipeline'],
        'detail-type': ['CodePipeline Pipeline Execution State Change'],
        detail: { state: [{ 'equals-ignore-case': 'failed' }] },
      },
    },
    {
      label: 'Failed, or needed more than one attempt',
      teaches: '$or',
      pattern: {
        source: ['aws.codepipeline'],
        detail: {
          $or: [{ state: ['FAILED'] }, { 'pipeline-execution-attempt': [{ numeric: ['>', 1] }] }],
        },
      },
    },
  ],
};

const healthEvent: EventBridgeSample = {
  id: 'health-scheduled-change',
  label: 'Instance retirement',
  service: 'AWS Health',
  event: envelope(
    'e6a9d1b3-7c42-4f58-b0e1-3a2d9c8f7e61',
    'aws.health',
    'AWS Health Event',
    '2026-11-24T02:15:33Z',
    ['i-0a1b2c3d4e5f60718'],
    {
      eventArn:
        'arn:aws:health:us-east-1::event/EC2/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED_7f3e9c2a',
      service: 'EC2',
      eventTypeCode: 'AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED',
      eventTypeCategory: 'scheduledChange',
      eventScopeCode: 'ACCOUNT_SPECIFIC',
      communicationId: '3c5a8e1f9b2d47a6c0e3f5b8d1a4c7e9-1',
      startTime: 'Mon, 7 Dec 2026 09:00:00 GMT',
      endTime: 'Mon, 7 Dec 2026 11:00:00 GMT',
      lastUpdatedTime: 'Tue, 24 Nov 2026 02:15:30 GMT',
      statusCode: 'upcoming',
      eventRegion: 'us-east-1',
      eventDescription: [
        {
          language: 'en_US',
          latestDescription:
            'Instance i-0a1b2c3d4e5f60718 runs on hardware that will be retired. Stop and start it before the retirement date to move it to healthy hardware.',
        },
      ],
      affectedEntities: [{ entityValue: 'i-0a1b2c3d4e5f60718', tags: {} }],
    },
  ),
  patterns: [
    {
      label: 'Any EC2 event type',
      teaches: 'prefix',
      pattern: {
        source: ['aws.health'],
        detail: { eventTypeCode: [{ prefix: 'AWS_EC2_' }] },
      },
    },
    {
      label: 'EC2 issues and scheduled changes',
      teaches: 'list of values',
      pattern: {
        source: ['aws.health'],
        'detail-type': ['AWS Health Event'],
        detail: { service: ['EC2'], eventTypeCategory: ['issue', 'scheduledChange'] },
      },
    },
  ],
};

const guardDutyFinding: EventBridgeSample = {
  id: 'guardduty-finding',
  label: 'High-severity finding',
  service: 'Amazon GuardDuty',
  event: envelope(
    '9d3b7e21-4a6c-4f0e-8b5d-2c1a7e9f3b08',
    'aws.guardduty',
    'GuardDuty Finding',
    '2026-11-24T03:36:51Z',
    [],
    {
      schemaVersion: '2.0',
      accountId: '123456789012',
      region: 'us-east-1',
      partition: 'aws',
      id: '5ec7a1f3d92b4e8a6c0f1b3d5e7a9c2e',
      arn: 'arn:aws:guardduty:us-east-1:123456789012:detector/2ab4c6d8e0f1a3b5c7d9e1f3a5b7c9d1/finding/5ec7a1f3d92b4e8a6c0f1b3d5e7a9c2e',
      type: 'CryptoCurrency:EC2/BitcoinTool.B',
      resource: {
        resourceType: 'Instance',
        instanceDetails: {
          instanceId: 'i-0f1e2d3c4b5a69788',
          instanceType: 't3.large',
          networkInterfaces: [
            {
              networkInterfaceId: 'eni-0a9b8c7d6e5f40312',
              privateIpAddress: '10.0.12.34',
              subnetId: 'subnet-0a1b2c3d',
              vpcId: 'vpc-0123abcd',
            },
          ],
          tags: [{ key: 'env', value: 'prod' }],
        },
      },
      service: {
        serviceName: 'guardduty',
        detectorId: '2ab4c6d8e0f1a3b5c7d9e1f3a5b7c9d1',
        action: {
          actionType: 'NETWORK_CONNECTION',
          networkConnectionAction: {
            connectionDirection: 'OUTBOUND',
            protocol: 'TCP',
            blocked: false,
            remoteIpDetails: { ipAddressV4: '198.51.100.77' },
            remotePortDetails: { port: 3333, portName: 'Unknown' },
          },
        },
        archived: false,
        count: 4,
        eventFirstSeen: '2026-11-24T03:12:09Z',
        eventLastSeen: '2026-11-24T03:35:40Z',
        resourceRole: 'ACTOR',
      },
      severity: 8,
      createdAt: '2026-11-24T03:20:02.361Z',
      updatedAt: '2026-11-24T03:36:44.910Z',
      title: 'EC2 instance i-0f1e2d3c4b5a69788 is talking to a Bitcoin-related address.',
      description:
        'The instance is connecting to an address known for cryptocurrency mining. Unless it mines on purpose, it may be compromised.',
    },
  ),
  patterns: [
    {
      label: 'High severity only (7 and above)',
      teaches: 'numeric',
      pattern: {
        source: ['aws.guardduty'],
        'detail-type': ['GuardDuty Finding'],
        detail: { severity: [{ numeric: ['>=', 7] }] },
      },
    },
    {
      label: 'Instances inside the 10.0.0.0/16 VPC',
      teaches: 'cidr',
      pattern: {
        source: ['aws.guardduty'],
        detail: {
          resource: {
            instanceDetails: { networkInterfaces: { privateIpAddress: [{ cidr: '10.0.0.0/16' }] } },
          },
        },
      },
    },
    {
      label: 'Any finding type about EC2',
      teaches: 'wildcard',
      pattern: { source: ['aws.guardduty'], detail: { type: [{ wildcard: '*:EC2/*' }] } },
    },
  ],
};

const ecsTaskStopped: EventBridgeSample = {
  id: 'ecs-task-stopped',
  label: 'Task stopped',
  service: 'Amazon ECS',
  event: envelope(
    '4f8e2a6c-1b3d-4e5f-a7c9-0d2e4f6a8b1c',
    'aws.ecs',
    'ECS Task State Change',
    '2026-11-24T03:33:28Z',
    ['arn:aws:ecs:us-east-1:123456789012:task/prod-cluster/3b9f1c7e5a2d4e8f9a0b1c2d3e4f5a6b'],
    {
      clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod-cluster',
      taskArn:
        'arn:aws:ecs:us-east-1:123456789012:task/prod-cluster/3b9f1c7e5a2d4e8f9a0b1c2d3e4f5a6b',
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web-api:42',
      group: 'service:web-api',
      startedBy: 'ecs-svc/4827619350172846312',
      launchType: 'FARGATE',
      availabilityZone: 'us-east-1a',
      cpu: '512',
      memory: '1024',
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      containers: [
        {
          containerArn: 'arn:aws:ecs:us-east-1:123456789012:container/prod-cluster/3b9f1c7e/6d2a',
          name: 'web',
          image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web-api:1.8.3',
          lastStatus: 'STOPPED',
          exitCode: 137,
        },
        {
          containerArn: 'arn:aws:ecs:us-east-1:123456789012:container/prod-cluster/3b9f1c7e/8e4c',
          name: 'log-router',
          image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
          lastStatus: 'STOPPED',
          exitCode: 0,
        },
      ],
      createdAt: '2026-11-24T02:58:11.402Z',
      startedAt: '2026-11-24T02:58:40.118Z',
      stoppingAt: '2026-11-24T03:33:20.775Z',
      stoppedAt: '2026-11-24T03:33:27.902Z',
      version: 6,
    },
  ),
  patterns: [
    {
      label: 'The web container exited with an error',
      teaches: 'arrays',
      pattern: {
        source: ['aws.ecs'],
        'detail-type': ['ECS Task State Change'],
        detail: {
          lastStatus: ['STOPPED'],
          containers: { name: ['web'], exitCode: [{ 'anything-but': 0 }] },
        },
      },
    },
    {
      label: 'Tasks that belong to a service',
      teaches: 'prefix',
      pattern: { source: ['aws.ecs'], detail: { group: [{ prefix: 'service:' }] } },
    },
  ],
};

const autoScalingLaunch: EventBridgeSample = {
  id: 'autoscaling-launch',
  label: 'Launch successful',
  service: 'EC2 Auto Scaling',
  event: envelope(
    'b2d4f6a8-0c1e-4a3b-9d5f-7e8a0b2c4d6e',
    'aws.autoscaling',
    'EC2 Instance Launch Successful',
    '2026-11-24T03:36:19Z',
    [
      'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8:autoScalingGroupName/web-asg',
      'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0',
    ],
    {
      StatusCode: 'InProgress',
      Description: 'Launching a new EC2 instance: i-0123456789abcdef0',
      AutoScalingGroupName: 'web-asg',
      ActivityId: '5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b',
      Details: { 'Availability Zone': 'us-east-1b', 'Subnet ID': 'subnet-0c1d2e3f' },
      RequestId: '5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b',
      StatusMessage: '',
      EndTime: '2026-11-24T03:36:18.512Z',
      EC2InstanceId: 'i-0123456789abcdef0',
      StartTime: '2026-11-24T03:35:47.208Z',
      Cause:
        'At 2026-11-24T03:35:41Z a monitor alarm web-cpu-high in state ALARM triggered policy scale-out changing the desired capacity from 2 to 3.',
    },
  ),
  patterns: [
    {
      label: 'Launches in us-east-1a or us-east-1b',
      teaches: 'nested fields',
      pattern: {
        source: ['aws.autoscaling'],
        'detail-type': ['EC2 Instance Launch Successful'],
        detail: { Details: { 'Availability Zone': ['us-east-1a', 'us-east-1b'] } },
      },
    },
    {
      label: 'Any group whose name starts with web-',
      teaches: 'prefix',
      pattern: {
        source: ['aws.autoscaling'],
        detail: { AutoScalingGroupName: [{ prefix: 'web-' }] },
      },
    },
  ],
};

const orderPlaced: EventBridgeSample = {
  id: 'order-placed',
  label: 'OrderPlaced',
  service: 'Your own app',
  event: envelope(
    '0a7c3e9b-6d1f-4b2a-8e5c-9f3d1b7a5e20',
    'com.example.orders',
    'OrderPlaced',
    '2026-11-24T03:40:58Z',
    [],
    {
      orderId: 'ord-20261124-0042',
      amount: 249.5,
      currency: 'EUR',
      customer: { id: 'cus-8812', tier: 'gold', country: 'DE' },
      items: [
        { sku: 'BOOT-42', quantity: 1, price: 189.5 },
        { sku: 'SOCK-3PK', quantity: 2, price: 30 },
      ],
      channel: 'web',
    },
  ),
  patterns: [
    {
      label: 'Orders from 100 up to 500',
      teaches: 'numeric range',
      pattern: {
        source: ['com.example.orders'],
        'detail-type': ['OrderPlaced'],
        detail: { amount: [{ numeric: ['>=', 100, '<', 500] }] },
      },
    },
    {
      label: 'Gold or platinum customers, or any order over 1,000',
      teaches: '$or',
      pattern: {
        source: ['com.example.orders'],
        detail: {
          $or: [
            { customer: { tier: ['gold', 'platinum'] } },
            { amount: [{ numeric: ['>', 1000] }] },
          ],
        },
      },
    },
    {
      label: 'Orders placed without a coupon',
      teaches: 'exists: false',
      pattern: {
        source: ['com.example.orders'],
        'detail-type': ['OrderPlaced'],
        detail: { couponCode: [{ exists: false }] },
      },
    },
  ],
};

const partnerTicket: EventBridgeSample = {
  id: 'partner-ticket',
  label: 'Ticket created',
  service: 'SaaS partner',
  event: envelope(
    'f1e3d5c7-b9a1-4c2e-8f6d-4b2a0c8e6d31',
    'aws.partner/example.com/123/support',
    'Ticket Created',
    '2026-11-24T03:41:02Z',
    [],
    {
      ticketId: 'TCK-58213',
      priority: 'P1',
      subject: 'Checkout page returns 502',
      requester: { email: 'dana@example.org', plan: 'enterprise' },
      tags: ['billing', 'urgent'],
      createdAt: '2026-11-24T03:40:59Z',
    },
  ),
  patterns: [
    {
      label: 'Anything from this partner',
      teaches: 'prefix',
      pattern: { source: [{ prefix: 'aws.partner/example.com/' }] },
    },
    {
      label: 'Tickets tagged urgent',
      teaches: 'arrays',
      pattern: {
        source: ['aws.partner/example.com/123/support'],
        'detail-type': ['Ticket Created'],
        detail: { tags: ['urgent'] },
      },
    },
    {
      label: 'Requests from example.org addresses',
      teaches: 'wildcard',
      pattern: { detail: { requester: { email: [{ wildcard: '*@example.org' }] } } },
    },
  ],
};

const cloudTrailApiCall: EventBridgeSample = {
  id: 'cloudtrail-api-call',
  label: 'CreateAccessKey call',
  service: 'CloudTrail (IAM)',
  event: envelope(
    '6c8e0a2b-4d6f-4810-a3c5-e7f91b3d5f7a',
    'aws.iam',
    'AWS API Call via CloudTrail',
    '2026-11-24T03:37:44Z',
    [],
    {
      eventVersion: '1.09',
      userIdentity: {
        type: 'IAMUser',
        principalId: 'AIDA6ON6E4XEGITEXAMPLE',
        arn: 'arn:aws:iam::123456789012:user/jordan',
        accountId: '123456789012',
        userName: 'jordan',
      },
      eventTime: '2026-11-24T03:37:41Z',
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateAccessKey',
      awsRegion: 'us-east-1',
      sourceIPAddress: '192.0.2.44',
      userAgent: 'aws-cli/2.17.3 Python/3.11.8',
      requestParameters: { userName: 'build-bot' },
      responseElements: {
        accessKey: {
          userName: 'build-bot',
          status: 'Active',
          createDate: 'Nov 24, 2026 3:37:41 AM',
        },
      },
      requestID: '2b6f0d1a-9c3e-4f5a-8b7d-1e0c2a4f6b8d',
      eventID: '7d9f1b3a-5c2e-4e6a-9f0b-3d5c7a9e1b2f',
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '123456789012',
      eventCategory: 'Management',
    },
  ),
  patterns: [
    {
      label: 'Access keys created, deleted or changed',
      teaches: 'list of values',
      pattern: {
        source: ['aws.iam'],
        'detail-type': ['AWS API Call via CloudTrail'],
        detail: {
          eventSource: ['iam.amazonaws.com'],
          eventName: ['CreateAccessKey', 'DeleteAccessKey', 'UpdateAccessKey'],
        },
      },
    },
    {
      label: 'Calls from the office network',
      teaches: 'cidr',
      pattern: { detail: { sourceIPAddress: [{ cidr: '192.0.2.0/24' }] } },
    },
    {
      label: 'Calls made by people, not by roles or services',
      teaches: 'anything-but',
      pattern: {
        source: ['aws.iam'],
        detail: { userIdentity: { type: [{ 'anything-but': ['AssumedRole', 'AWSService'] }] } },
      },
    },
  ],
};

const cloudWatchAlarm: EventBridgeSample = {
  id: 'cloudwatch-alarm',
  label: 'Alarm state change',
  service: 'Amazon CloudWatch',
  event: envelope(
    'a5c7e9f1-3b5d-4f7a-9c1e-5f7b9d1f3a5c',
    'aws.cloudwatch',
    'CloudWatch Alarm State Change',
    '2026-11-24T03:40:05Z',
    ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-5xx-high'],
    {
      alarmName: 'checkout-5xx-high',
      state: {
        value: 'ALARM',
        reason:
          'Threshold Crossed: 1 datapoint [27.0 (24/11/26 03:39:00)] was greater than the threshold (10.0).',
        timestamp: '2026-11-24T03:40:05.114+0000',
      },
      previousState: {
        value: 'OK',
        reason:
          'Threshold Crossed: 1 datapoint [2.0 (24/11/26 03:38:00)] was not greater than the threshold (10.0).',
        timestamp: '2026-11-24T03:39:05.096+0000',
      },
      configuration: {
        description: 'Too many 5xx responses from the checkout targets',
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: {
                namespace: 'AWS/ApplicationELB',
                name: 'HTTPCode_Target_5XX_Count',
                dimensions: { LoadBalancer: 'app/checkout/50dc6c495c0c9188' },
              },
              period: 60,
              stat: 'Sum',
            },
            returnData: true,
          },
        ],
      },
    },
  ),
  patterns: [
    {
      label: 'Alarms that just went from OK to ALARM',
      teaches: 'nested fields',
      pattern: {
        source: ['aws.cloudwatch'],
        'detail-type': ['CloudWatch Alarm State Change'],
        detail: { state: { value: ['ALARM'] }, previousState: { value: ['OK'] } },
      },
    },
    {
      label: 'Any checkout alarm',
      teaches: 'prefix',
      pattern: { source: ['aws.cloudwatch'], detail: { alarmName: [{ prefix: 'checkout-' }] } },
    },
  ],
};

export const eventBridgeSamples: readonly EventBridgeSample[] = [
  ec2StateChange,
  s3ObjectCreated,
  scheduledEvent,
  codePipelineFailed,
  healthEvent,
  guardDutyFinding,
  ecsTaskStopped,
  autoScalingLaunch,
  orderPlaced,
  partnerTicket,
  cloudTrailApiCall,
  cloudWatchAlarm,
];

export function eventBridgeSampleById(id: string): EventBridgeSample | undefined {
  return eventBridgeSamples.find((s) => s.id === id);
}
