/**
 * Trace kinds, fates and detail fields of the push sources: the AWS services that call the function
 * themselves (API Gateway, S3, SNS, Cognito …) and the two integrations that never call it (EFS,
 * X-Ray). A service's event is one message; each Lambda invocation it makes is a child message of
 * that event (`parent`), so what the service saw and what the function did each get their own fate.
 */
export type PushTraceKind =
  | 'source.config-refused' // at time 0: the service refused to save its trigger (missing permission)
  | 'source.event' // the service produced an event, or received a request it will pass on
  | 'source.duplicate' // the service sent the same event a second time (at-least-once)
  | 'source.invoke' // the service calls Invoke (detail.invocationType, attempt = the service's attempt)
  | 'source.denied' // Lambda refused the service's call: the resource policy does not allow it
  | 'source.timeout' // the service stopped waiting (detail.limitMs); the function may still be running
  | 'source.retry' // the service schedules its own retry (detail.delayMs)
  | 'source.response' // what the service answers its own client or records (detail.statusCode, answer)
  | 'source.report' // the function reported a result back to the service (detail.report)
  | 'source.dlq' // the service sent the event to its own dead-letter queue or error action
  | 'source.batch' // Firehose: a buffer of records is flushed into one transformation call
  | 'source.efs-mount' // EFS: an environment mounted the file system during Init
  | 'source.xray-trace'; // X-Ray: an invocation was sampled and its trace segment sent

export type PushFateKind =
  | 'http-403' // the HTTP client got 403 Forbidden
  | 'http-424' // the client got 424 (Lex: DependencyFailedException)
  | 'http-429' // the client got 429 Too Many Requests
  | 'http-500' // the client got 500 Internal Server Error
  | 'http-502' // the client got 502 Bad Gateway
  | 'http-503' // the client got 503 Service Unavailable
  | 'http-504' // the client got 504 Gateway Timeout
  | 'operation-failed' // Cognito: the user's sign-up or sign-in failed
  | 'error-branch' // Connect: the contact flow took the Error branch
  | 'skill-error' // Alexa: the device said the skill had a problem
  | 'action-failed' // SES: the receipt rule's Lambda action failed
  | 'accepted' // an asynchronous service's event was accepted by Lambda (202); Lambda owns it now
  | 'not-configured' // the service refused the trigger at setup, so the event invoked nothing
  | 'denied' // Lambda denied the service's call and the event was lost
  | 'error-action' // AWS IoT: the rule's error action received the message
  | 'abandoned' // an invocation finished after its caller had stopped waiting for it
  | 'resource-succeeded' // CloudFormation: the custom resource reported SUCCESS
  | 'resource-failed' // CloudFormation: the custom resource failed, the stack rolls back
  | 'stack-timed-out' // CloudFormation: no response within ServiceTimeout, the resource failed
  | 'job-succeeded' // CodePipeline: the function called PutJobSuccessResult
  | 'job-failed' // CodePipeline: PutJobFailureResult, or the action could not call the function
  | 'action-timed-out' // CodePipeline: no job result in time, the action failed
  | 'evaluated' // AWS Config: the function called PutEvaluations
  | 'not-evaluated' // AWS Config: the evaluation never came back
  | 'rotated' // Secrets Manager: all four rotation steps succeeded
  | 'rotation-failed' // Secrets Manager: a step failed and rotation stopped there
  | 'transformed' // Firehose record: returned Ok, delivered
  | 'record-dropped' // Firehose record: the function returned Dropped
  | 'processing-failed' // Firehose record: written to the processing-failed/ prefix
  | 'task-succeeded' // S3 Batch task: resultCode Succeeded
  | 'task-failed' // S3 Batch task: PermanentFailure, or TemporaryFailure with no tries left
  | 'batch-job-completed' // S3 Batch job: every task has a result; the completion report is written
  | 'batch-job-failed' // S3 Batch job: every task failed
  | 'caught' // Step Functions: the Task failed and a Catch sent the execution to its fallback
  | 'execution-failed'; // Step Functions: the Task failed with no Catch, the execution failed

export interface PushDetail {
  /** Catalog id of the service (src/catalog/services) the event is about. */
  service?: string;
  /** A few words naming the event: "GET /orders/ord-1", "ObjectCreated:Put photo-uploads/…". */
  summary?: string;
  invocationType?: 'RequestResponse' | 'Event';
  /** The service's own time limit that ran out or applies, in ms. */
  limitMs?: number;
  /** The permission check: who asked, for which resource, and why it was denied. */
  principal?: string;
  sourceArn?: string;
  denial?: 'no-statement' | 'source-arn-mismatch' | 'source-account-mismatch' | 'invoker-role';
  /** What the service answered or recorded, in its own words ("504 Gateway Timeout" …). */
  answer?: string;
  /** Secrets Manager: the rotation step of this call. */
  step?: string;
  /** Firehose: message ids of the records in a transformation call, in order. */
  records?: readonly number[];
  /** What the function reported back: "SUCCESS", "PutJobSuccessResult", "COMPLIANT", "Succeeded" … */
  report?: string;
  /** Firehose: per-record results of one call (Ok, Dropped, ProcessingFailed). */
  recordResults?: { readonly ok: number; readonly dropped: number; readonly failed: number };
  /** S3 Batch: tasks by result at the end of a job. */
  taskResults?: { readonly succeeded: number; readonly failed: number };
  /** EFS: where the access point is mounted, and which one. */
  mountPath?: string;
  accessPoint?: string;
  /** X-Ray: why this invocation was sampled, and whether X-Ray took the segment. */
  sampledBy?: 'reservoir' | 'rate';
  segmentAccepted?: boolean;
}
