/**
 * Conversational front ends: Alexa skills, Lex bots and Amazon Connect contact flows. A person is
 * waiting on the other end, so each calls the function synchronously with a tight time budget.
 */
import { ACCOUNT, REGION, iso, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const alexa: ServiceRecord = {
  id: 'alexa',
  name: 'Amazon Alexa',
  shortName: 'Alexa',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  // The Alexa Skills Kit principal lives under amazon.com, not amazonaws.com. Instead of a source
  // ARN, the statement pins the skill ID with the lambda:EventSourceToken condition.
  permission: { kind: 'resource-policy', principal: 'alexa-appkit.amazon.com' },
  missingPermission:
    'Alexa cannot call the skill’s function: the developer console will not save the endpoint until the Alexa Skills Kit trigger is allowed.',
  behaviour: [
    'The function’s answer tells the device what to say, so Alexa waits for it.',
    'The permission carries the skill ID as lambda:EventSourceToken, so no other skill can call the function.',
    'Requests arrive as LaunchRequest, IntentRequest or SessionEndedRequest, with the intent and its slots.',
  ],
  limits: [],
  examFacts: [
    'Alexa skills call their function synchronously; restrict the trigger to the skill’s ID.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'alexa');
    const skill = `amzn1.ask.skill.${s.uuid()}`;
    const user = `amzn1.ask.account.${s.hex(40).toUpperCase()}`;
    return {
      version: '1.0',
      session: {
        new: true,
        sessionId: `amzn1.echo-api.session.${s.uuid()}`,
        application: { applicationId: skill },
        user: { userId: user },
      },
      context: {
        System: {
          application: { applicationId: skill },
          user: { userId: user },
          device: {
            deviceId: `amzn1.ask.device.${s.hex(32).toUpperCase()}`,
            supportedInterfaces: {},
          },
          apiEndpoint: 'https://api.amazonalexa.com',
        },
      },
      request: {
        type: 'IntentRequest',
        requestId: `amzn1.echo-api.request.${s.uuid()}`,
        timestamp: iso(s.timeMs()).replace(/\.\d{3}Z$/, 'Z'),
        locale: 'en-US',
        intent: {
          name: 'OrderStatusIntent',
          confirmationStatus: 'NONE',
          slots: {
            orderNumber: { name: 'orderNumber', value: s.digits(6), confirmationStatus: 'NONE' },
          },
        },
      },
    };
  },
};

export const lex: ServiceRecord = {
  id: 'lex',
  name: 'Amazon Lex',
  shortName: 'Lex',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  // Lex V1 principal, matching the V1 event below; Lex V2 bots use lexv2.amazonaws.com.
  permission: {
    kind: 'resource-policy',
    principal: 'lex.amazonaws.com',
    sourceArnExample: `arn:aws:lex:${REGION}:${ACCOUNT}:intent:BookTable:*`,
  },
  missingPermission:
    'The code hook cannot run, so the bot’s turn ends in a dependency error instead of a reply.',
  behaviour: [
    'Lex calls the function as a code hook to validate slot values and to fulfil the intent.',
    'If Lambda throttles, Lex returns 429 to its client; if the function throws, Lex returns 424.',
    'The reply must contain a dialogAction telling Lex what to do next.',
  ],
  limits: [],
  examFacts: [
    'Lex bots use functions for input validation and fulfilment, called synchronously each turn.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy],
  retired: {
    since: 'September 2025',
    note: 'Amazon Lex V1, whose code hooks this record describes, reached end of support in September 2025; Lex V2 bots call functions the same way, with the principal lexv2.amazonaws.com.',
  },
  sampleEvent: (seed) => {
    const s = sampler(seed, 'lex');
    const people = String(s.int(1, 8));
    return {
      messageVersion: '1.0',
      invocationSource: s.pick(['DialogCodeHook', 'FulfillmentCodeHook']),
      userId: `user-${s.hex(10)}`,
      sessionAttributes: {},
      requestAttributes: null,
      bot: { name: 'TableBooking', alias: 'prod', version: '3' },
      outputDialogMode: 'Text',
      currentIntent: {
        name: 'BookTable',
        slots: { People: people, Time: `${s.int(17, 21)}:00` },
        confirmationStatus: 'None',
      },
      inputTranscript: `a table for ${people}`,
    };
  },
};

export const connect: ServiceRecord = {
  id: 'connect',
  name: 'Amazon Connect',
  shortName: 'Connect',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  // The flow block can also run asynchronously; the table, and the default, is synchronous.
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'connect.amazonaws.com',
    sourceArnExample: `arn:aws:connect:${REGION}:${ACCOUNT}:instance/6d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b`,
  },
  missingPermission:
    'The contact flow’s Invoke AWS Lambda function block takes its Error branch, so the caller follows the error path.',
  behaviour: [
    'A synchronous call may take at most 8 s; the block’s asynchronous mode allows up to 60 s.',
    'Connect retries throttles, service errors and function errors up to 3 times within that time limit.',
    'When those attempts are used up, the contact flow continues down the Error branch.',
  ],
  limits: [
    { label: 'Synchronous timeout', value: '8 s at most' },
    { label: 'Asynchronous timeout', value: '60 s at most' },
    { label: 'Retries', value: 'up to 3' },
  ],
  examFacts: [
    'Amazon Connect flows call functions synchronously and allow at most 8 seconds per call.',
  ],
  docs: [DOC.connectBlock, DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'connect');
    const contactId = s.uuid();
    return {
      Name: 'ContactFlowEvent',
      Details: {
        ContactData: {
          ContactId: contactId,
          InitialContactId: contactId,
          Channel: 'VOICE',
          InitiationMethod: 'INBOUND',
          InstanceARN: `arn:aws:connect:${REGION}:${ACCOUNT}:instance/${s.uuid()}`,
          CustomerEndpoint: {
            Address: `+155555501${String(s.int(0, 99)).padStart(2, '0')}`,
            Type: 'TELEPHONE_NUMBER',
          },
          SystemEndpoint: { Address: '+15555550100', Type: 'TELEPHONE_NUMBER' },
          Attributes: { language: s.pick(['en', 'es']) },
        },
        Parameters: { lookup: 'account-balance' },
      },
    };
  },
};
