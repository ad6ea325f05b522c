/**
 * SNS and SES push messages to a function asynchronously (SES can also wait for the answer).
 * Their own delivery rules run before Lambda's asynchronous queue takes over.
 */
import { ACCOUNT, REGION, iso, lambdaArn, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const sns: ServiceRecord = {
  id: 'sns',
  name: 'Amazon Simple Notification Service (SNS)',
  shortName: 'SNS',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'sns.amazonaws.com',
    sourceArnExample: `arn:aws:sns:${REGION}:${ACCOUNT}:order-events`,
  },
  missingPermission:
    'Each delivery is refused: for SNS a client-side error, which it does not retry, so the message goes straight to the subscription’s DLQ, or is lost.',
  behaviour: [
    'Once Lambda accepts the event, SNS counts it as delivered; function errors are left to Lambda’s asynchronous retries.',
    'When Lambda cannot be reached or answers with a server error, SNS retries up to 100,015 times over 23 days.',
    'That schedule is 3 immediate tries, 2 more 1 s apart, 10 backing off from 1 s to 20 s, then 100,000 every 20 s.',
    'A message that outlives the schedule goes to the subscription’s dead-letter queue if one is set, otherwise it is lost.',
    'Subscription filter policies decide which messages reach the function at all.',
  ],
  limits: [
    { label: 'Delivery retries to Lambda', value: '100,015 over 23 days' },
    { label: 'Message size', value: '256 KB' },
  ],
  examFacts: [
    'SNS keeps retrying an undeliverable message for 23 days; a subscription DLQ catches what is left.',
    'To choose which messages a function gets from SNS, use a subscription filter policy.',
    'One SNS topic can fan out to many functions and queues at once.',
  ],
  docs: [DOC.snsRetries, DOC.lambdaServices, DOC.resourcePolicy, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'sns');
    const topicArn = `arn:aws:sns:${REGION}:${ACCOUNT}:order-events`;
    const orderId = `ord-${s.digits(6)}`;
    return {
      Records: [
        {
          EventSource: 'aws:sns',
          EventVersion: '1.0',
          EventSubscriptionArn: `${topicArn}:${s.uuid()}`,
          Sns: {
            Type: 'Notification',
            MessageId: s.uuid(),
            TopicArn: topicArn,
            Subject: 'Order shipped',
            Message: JSON.stringify({ orderId, status: 'SHIPPED' }),
            Timestamp: iso(s.timeMs()),
            SignatureVersion: '1',
            Signature: `EXAMPLE${s.hex(24)}`,
            SigningCertUrl: `https://sns.${REGION}.amazonaws.com/SimpleNotificationService-EXAMPLE.pem`,
            UnsubscribeUrl: `https://sns.${REGION}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}:EXAMPLE`,
            MessageAttributes: { priority: { Type: 'String', Value: s.pick(['high', 'normal']) } },
          },
        },
      ],
    };
  },
};

export const ses: ServiceRecord = {
  id: 'ses',
  name: 'Amazon Simple Email Service (SES)',
  shortName: 'SES',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  // A receipt rule may also use RequestResponse; Event is the default and what the table lists.
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'ses.amazonaws.com',
    sourceArnExample: `arn:aws:ses:${REGION}:${ACCOUNT}:receipt-rule-set/inbound:receipt-rule/to-lambda`,
  },
  missingPermission:
    'SES refuses to save the receipt rule, saying it could not invoke the function.',
  behaviour: [
    'A receipt rule’s Lambda action uses InvocationType Event by default, or RequestResponse.',
    'With RequestResponse the function has 30 s and may return a disposition of CONTINUE, STOP_RULE or STOP_RULE_SET.',
    'The event carries the mail headers and the spam, virus, SPF and DKIM verdicts, not the message body.',
  ],
  limits: [{ label: 'RequestResponse time limit', value: '30 s' }],
  examFacts: [
    'SES can run a function for incoming mail; store the full message with an S3 action in the same rule.',
    'Only a RequestResponse call can stop the later rules in a rule set.',
  ],
  docs: [DOC.sesLambdaAction, DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'ses');
    const ms = s.timeMs();
    const messageId = s.hex(32);
    const from = `customer${s.int(1, 999)}@example.org`;
    const to = 'support@example.com';
    const subject = s.pick(['Where is my order?', 'Invoice question', 'Change of address']);
    const pass = { status: 'PASS' };
    return {
      Records: [
        {
          eventSource: 'aws:ses',
          eventVersion: '1.0',
          ses: {
            mail: {
              timestamp: iso(ms),
              source: from,
              messageId,
              destination: [to],
              headersTruncated: false,
              headers: [
                { name: 'From', value: from },
                { name: 'To', value: to },
                { name: 'Subject', value: subject },
              ],
              commonHeaders: { returnPath: from, from: [from], to: [to], subject },
            },
            receipt: {
              timestamp: iso(ms),
              processingTimeMillis: s.int(200, 900),
              recipients: [to],
              spamVerdict: pass,
              virusVerdict: pass,
              spfVerdict: pass,
              dkimVerdict: pass,
              dmarcVerdict: pass,
              action: {
                type: 'Lambda',
                functionArn: lambdaArn('triage-mail'),
                invocationType: 'Event',
              },
            },
          },
        },
      ],
    };
  },
};
