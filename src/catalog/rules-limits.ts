import type { Rule } from './rules';

const DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg';
const API = 'https://docs.aws.amazon.com/lambda/latest/api';

/** Invoke's payload limits: what Lambda refuses before anything runs, and what a caller can receive. */
export const LIMIT_RULES = [
  {
    id: 'invoke.payload-limit-sync',
    title: 'Synchronous request limit: 6 MB',
    statement:
      'Invoke refuses a RequestResponse (or DryRun) request over 6 MB with 413 RequestTooLargeException before anything runs: no environment, no retry.',
    docUrl: `${API}/API_Invoke.html`,
  },
  {
    id: 'invoke.payload-limit-async',
    title: 'Asynchronous request limit: 1 MB',
    statement:
      'Invoke refuses an Event request over 1 MB with 413 RequestTooLargeException: the event is never queued, so there is no retry, no DLQ and no destination. A service that invokes asynchronously is held to the same limit.',
    docUrl: `${DOCS}/gettingstarted-limits.html`,
    old: 'Until October 2025 the asynchronous limit was 256 KB, the figure most exam material gives.',
  },
  {
    id: 'invoke.payload-limit-invokeasync',
    title: 'InvokeAsync keeps 256 KB',
    statement:
      'The deprecated InvokeAsync API still refuses a request over 256 KB with 413 RequestTooLargeException; only Invoke with InvocationType Event takes 1 MB.',
    docUrl: `${API}/API_InvokeAsync.html`,
  },
  {
    id: 'invoke.response-limit',
    title: 'Synchronous response limit: 6 MB',
    statement:
      'A synchronous caller cannot receive a response over 6 MB: Lambda answers 200 with the function error Function.ResponseSizeTooLarge instead (response streaming can send more).',
    docUrl: `${DOCS}/gettingstarted-limits.html`,
    simDefault: 'only calls that wait for the response (RequestResponse) check it',
  },
] as const satisfies readonly Rule[];
