import type { Rule } from './rules';

const RECURSION = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html';

/** Recursive loops: a function that writes the event it got back to the source that invoked it. */
export const RECURSION_RULES = [
  {
    id: 'recursion.write-back',
    title: 'Writing back to the source makes a loop',
    statement:
      'A function that sends the event it received to the SQS queue, SNS topic or S3 bucket that invoked it is invoked again by it; the AWS SDK carries the event’s trace context along, so Lambda counts how many times the same event has invoked the function.',
    docUrl: RECURSION,
    simDefault:
      'the function writes each event back once, as its invocation ends successfully; a failed invocation writes nothing',
  },
  {
    id: 'recursion.sqs-sns',
    title: 'Recursive loop detection (SQS, SNS)',
    statement:
      'When the same event has invoked the function about 16 times through an SQS queue or SNS topic, Lambda stops the next invocation (RecursiveInvocationException): the event goes to the dead-letter queue or on-failure destination, or is dropped when there is none; the RecursiveInvocationsDropped metric counts it.',
    docUrl: RECURSION,
    old: 'Before July 2023 Lambda did not detect loops: a function writing to its own queue or topic ran on until someone changed its code or configuration.',
    simDefault:
      'the 17th invocation is stopped; an SQS message moves to the queue’s redrive dead-letter queue, or is deleted when the queue has none; an SNS event’s record at an on-failure destination says RetriesExhausted (AWS names no condition for this case)',
  },
  {
    id: 'recursion.s3',
    title: 'Recursive loop detection (S3)',
    statement:
      'A loop in which the function writes an object to the S3 bucket that invoked it is stopped the same way after about 16 invocations of the same event: the event goes to the function’s dead-letter queue or on-failure destination, or is dropped.',
    docUrl: RECURSION,
    old: 'Before October 2024 Lambda did not detect loops through S3 (only through SQS and SNS, from July 2023).',
    simDefault: 'the 17th invocation is stopped',
  },
  {
    id: 'recursion.allow',
    title: 'RecursiveLoop: Allow',
    statement:
      'With the function’s RecursiveLoop set to Allow (PutFunctionRecursionConfig; the default is Terminate), Lambda does not stop a loop it detects: it runs until the code or the configuration changes.',
    docUrl: RECURSION,
    simDefault:
      'the loop runs until the scenario ends (one write per invocation, so it grows only as fast as the function runs), or until the same event has gone round 1,000 times: then the simulator stops writing it back, to keep long runs small; AWS has no such cap',
  },
] as const satisfies readonly Rule[];
