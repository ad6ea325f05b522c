import type { Preset } from './types';

const MB = 1_048_576;

/** Invoke's payload limits: what Lambda refuses at the door, and a response too big to return. */
export const payloadLimits: Preset = {
  id: 'payload-limits',
  title: 'Payload limits: 413 before anything runs',
  summary:
    'Four callers try the same function. At 1 s an upload API sends a 7 MB body synchronously: Invoke refuses it with 413 RequestTooLargeException (the limit is 6 MB), and nothing starts. At 2 s a 512 KB event is accepted, since Event invocations take up to 1 MB (256 KB before October 2025). At 3 s an old client sends the same 512 KB through the deprecated InvokeAsync, which still stops at 256 KB: refused, never queued, never retried. At 4 s a report request runs, but the function returns 7 MB, more than a synchronous caller can receive: the call fails with Function.ResponseSizeTooLarge.',
  scenario: {
    version: 1,
    name: 'Payload limits: 413 before anything runs',
    seed: 11,
    durationMs: 10_000,
    function: {
      name: 'document-service',
      timeoutSeconds: 10,
      behaviour: { duration: { kind: 'fixed', ms: 400 }, responseBytes: 7 * MB },
    },
    workloads: [
      {
        id: 'upload-api',
        label: 'Upload API',
        arrivals: { kind: 'single', atMs: [1_000] },
        payload: { document: 'scan.pdf' },
        payloadBytes: 7 * MB,
      },
      {
        id: 'thumbnails',
        label: 'Thumbnail events',
        invocationType: 'Event',
        arrivals: { kind: 'single', atMs: [2_000] },
        payload: { document: 'scan.pdf', pages: 12 },
        payloadBytes: MB / 2,
      },
      {
        id: 'legacy-client',
        label: 'Old client (InvokeAsync)',
        invocationType: 'Event',
        api: 'InvokeAsync',
        arrivals: { kind: 'single', atMs: [3_000] },
        payload: { document: 'scan.pdf', pages: 12 },
        payloadBytes: MB / 2,
      },
      {
        id: 'report',
        label: 'Report request',
        arrivals: { kind: 'single', atMs: [4_000] },
        payload: { report: 'monthly' },
      },
    ],
  },
};
