/**
 * Event routers that call functions asynchronously: EventBridge rules and schedules, CloudWatch
 * Logs subscriptions, AWS IoT rules and IoT Events detector models.
 */
import { ACCOUNT, REGION, base64Bytes, gzipStored, iso, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const eventbridge: ServiceRecord = {
  id: 'eventbridge',
  name: 'Amazon EventBridge (CloudWatch Events)',
  shortName: 'EventBridge',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'events.amazonaws.com',
    sourceArnExample: `arn:aws:events:${REGION}:${ACCOUNT}:rule/nightly-report`,
  },
  missingPermission:
    'The rule’s FailedInvocations metric climbs; with a target DLQ, each event goes there at once with ERROR_CODE NO_PERMISSIONS and no retries.',
  behaviour: [
    'A rule sends each matching event to up to 5 targets in parallel, calling Lambda targets asynchronously.',
    'If a target cannot be reached, EventBridge retries with backoff for up to 24 h and 185 attempts, then uses the target’s SQS DLQ.',
    'Errors that retrying cannot fix, such as a missing permission or a deleted function, skip the retries.',
    'After Lambda accepts an event, function errors follow Lambda’s own asynchronous retry rules.',
    'Scheduled rules (now legacy) fire in UTC; EventBridge Scheduler adds time zones, one-time schedules and a DLQ per schedule.',
  ],
  limits: [
    { label: 'Targets per rule', value: '5' },
    { label: 'Target retry policy', value: '24 h / 185 attempts (default)' },
    { label: 'Rules per bus', value: '300 (default quota)' },
  ],
  examFacts: [
    'EventBridge retries a target for 24 hours (185 attempts) and can park failures in a per-target SQS DLQ.',
    'CloudWatch Events is now EventBridge: the same rules and schedules live on the default bus.',
    'A single EventBridge rule can have at most 5 targets.',
  ],
  docs: [DOC.ebRetry, DOC.ebDlq, DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'eventbridge');
    // Schedules fire on the minute, so the sample time is rounded down to one.
    const minute = Math.floor(s.timeMs() / 60_000) * 60_000;
    return {
      version: '0',
      id: s.uuid(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: ACCOUNT,
      time: iso(minute).replace('.000Z', 'Z'),
      region: REGION,
      resources: [`arn:aws:events:${REGION}:${ACCOUNT}:rule/nightly-report`],
      detail: {},
    };
  },
};

export const cloudwatchLogs: ServiceRecord = {
  id: 'cloudwatch-logs',
  name: 'Amazon CloudWatch Logs',
  shortName: 'CloudWatch Logs',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'logs.amazonaws.com',
    sourceArnExample: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/checkout:*`,
  },
  missingPermission:
    'Creating the subscription filter fails: CloudWatch Logs reports that it could not run the function and needs permission to call it.',
  behaviour: [
    'A subscription filter streams matching log events to the function in near real time.',
    'The payload is awslogs.data: the log events as JSON, gzip-compressed and then base64-encoded.',
    'A log group accepts at most 2 subscription filters.',
  ],
  limits: [{ label: 'Subscription filters per log group', value: '2' }],
  examFacts: [
    'Subscribe a function to a log group to process log events as they arrive.',
    'Decode awslogs.data with base64, then gunzip it, to read the log events.',
  ],
  docs: [DOC.lambdaServices, DOC.invocationModes, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'cloudwatch-logs');
    const ms = s.timeMs();
    const requestId = s.uuid();
    const decoded = {
      messageType: 'DATA_MESSAGE',
      owner: ACCOUNT,
      logGroup: '/aws/lambda/checkout',
      logStream: `2026/11/24/[$LATEST]${s.hex(32)}`,
      subscriptionFilters: ['errors-to-alerts'],
      logEvents: [
        {
          id: s.digits(56),
          timestamp: ms,
          message: `${iso(ms)}\t${requestId}\tERROR\tPayment declined for order ord-${s.digits(6)}`,
        },
      ],
    };
    return { awslogs: { data: base64Bytes(gzipStored(JSON.stringify(decoded))) } };
  },
};

export const iot: ServiceRecord = {
  id: 'iot',
  name: 'AWS IoT',
  shortName: 'IoT',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'iot.amazonaws.com',
    sourceArnExample: `arn:aws:iot:${REGION}:${ACCOUNT}:rule/telemetry_to_lambda`,
  },
  missingPermission:
    'The rule’s Lambda action fails; if the rule has an errorAction, the message is sent there instead.',
  behaviour: [
    'A topic rule’s SQL statement picks which MQTT messages trigger the action and shapes the payload.',
    'A rule can name an errorAction that receives messages whose action failed.',
  ],
  limits: [],
  examFacts: [
    'AWS IoT rules call functions asynchronously with whatever the rule’s SQL selects from device messages.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'iot');
    const device = `sensor-${s.digits(4)}`;
    // The rule "SELECT *, topic() AS topic FROM 'factory/+/telemetry'" produces this shape.
    return {
      deviceId: device,
      temperature: s.int(150, 450) / 10,
      humidity: s.int(20, 80),
      ts: s.timeMs(),
      topic: `factory/${device}/telemetry`,
    };
  },
};

export const iotEvents: ServiceRecord = {
  id: 'iot-events',
  name: 'AWS IoT Events',
  shortName: 'IoT Events',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'iotevents.amazonaws.com',
    sourceArnExample: `arn:aws:iotevents:${REGION}:${ACCOUNT}:detectorModel/pump-monitor`,
  },
  missingPermission:
    'The detector model’s Lambda action cannot run, so the function never hears about the state change.',
  behaviour: [
    'A detector model calls the function as an action when one of its events or transitions fires.',
    'The payload names the detector, the input that triggered it and the detector’s current state.',
  ],
  limits: [],
  examFacts: [
    'IoT Events detector models can invoke a function as an action when equipment changes state.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy, DOC.asyncErrors],
  retired: {
    since: 'May 2026',
    note: 'AWS IoT Events reached end of support in May 2026; it stays here because the study material lists it.',
  },
  sampleEvent: (seed) => {
    const s = sampler(seed, 'iot-events');
    return {
      event: {
        eventName: 'pressureTooHigh',
        eventTime: s.timeMs(),
        payload: {
          detector: {
            detectorModelName: 'pump-monitor',
            detectorModelVersion: '3',
            keyValue: `pump-${s.digits(3)}`,
          },
          eventTriggerDetails: {
            triggerType: 'Message',
            inputName: 'PumpPressureInput',
            messageId: s.uuid(),
          },
          actionExecutionId: s.uuid(),
          state: { stateName: 'Dangerous', variables: { readings: s.int(3, 9) }, timers: {} },
        },
      },
    };
  },
};
