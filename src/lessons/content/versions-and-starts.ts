import { countEvents, firstAfter } from '../answers';
import type { Lesson } from '../types';

const STARTS = 'cold-warm-provisioned';

export const versionsAndStarts: Lesson = {
  id: 'versions-cold-starts',
  title: 'Versions, aliases, cold and warm starts',
  summary:
    'An execution environment is created on a cold start and reused on a warm one; provisioned concurrency creates environments ahead of time. Then aliases: pointers to immutable versions, for canaries and roll-backs.',
  steps: [
    {
      preset: STARTS,
      at: { kind: 'env.provisioned', nth: 1 },
      narration:
        'Before any request arrives, Lambda initialises one environment for the alias live: that is provisioned concurrency, Init done ahead of time. Another caller calls the function on demand.',
    },
    {
      preset: STARTS,
      at: { kind: 'env.init', from: 'on-demand', nth: 1 },
      narration:
        'The on-demand request finds no environment: a cold start. Lambda creates the environment, downloads the code and runs Init (1.5 s for this Java function) before the handler can start. The request through live starts at once.',
      predict: {
        question: 'At 5 s the on-demand caller calls again. How does its request start?',
        options: [
          { id: 'warm', label: 'Warm: it reuses the environment, no Init' },
          { id: 'cold', label: 'Cold: a new environment and Init again' },
        ],
        answer: (run, at) =>
          firstAfter(run, 4_999, (e) => e.kind === 'invoke.start' && e.from === at.from)!.detail
            ?.warm
            ? 'warm'
            : 'cold',
      },
    },
    {
      preset: STARTS,
      at: { kind: 'invoke.start', from: 'on-demand', nth: 2 },
      narration:
        'Warm: the same execution environment is reused. Only the handler runs, so the request starts without delay. Code outside the handler (clients, connections) was set up once, at Init.',
    },
    {
      preset: STARTS,
      at: { kind: 'env.reclaimed', nth: 1 },
      narration:
        'After a minute with no work (this scenario’s idle time; AWS promises no figure), Lambda shuts the on-demand environment down. The provisioned one stays.',
      predict: {
        question: 'At 2 min both callers call again. Which request pays a cold start?',
        options: [
          { id: 'on-demand', label: 'Only the on-demand one' },
          { id: 'provisioned', label: 'Only the one through the provisioned alias' },
          { id: 'both', label: 'Both' },
          { id: 'none', label: 'Neither' },
        ],
        answer: (run, at) => {
          const cold = new Set(
            run.trace.filter((e) => e.kind === 'env.init' && e.t > at.t).map((e) => e.from),
          );
          if (cold.size === 0) return 'none';
          return cold.size > 1 ? 'both' : [...cold][0]!;
        },
      },
    },
    {
      preset: STARTS,
      at: { kind: 'env.init', from: 'on-demand', nth: 2 },
      narration:
        'The on-demand request starts cold again, while the provisioned environment answers at once, as it did every time. Provisioned concurrency is the cure for cold starts on latency-sensitive paths, and it is paid for while it is configured.',
    },
    {
      preset: 'provisioned-spillover',
      at: { kind: 'env.provisioned', nth: 2 },
      narration:
        'Another function: its alias has 2 provisioned environments, both ready at time 0.',
      predict: {
        question: 'At 1 s three requests arrive at the same moment. How many of them start cold?',
        options: ['0', '1', '2', '3'].map((n) => ({ id: n, label: n })),
        answer: (run, at) => String(countEvents(run, (e) => e.kind === 'env.init' && e.t > at.t)),
      },
    },
    {
      preset: 'provisioned-spillover',
      at: { kind: 'env.init', nth: 1 },
      narration:
        'Two run in the provisioned environments; the third spills over to on-demand capacity and starts cold. Provisioned concurrency is a number of ready environments, not a limit.',
    },
    {
      preset: 'alias-canary',
      at: { kind: 'invoke.end', nth: 1 },
      narration:
        'Versions: publishing freezes the code and configuration as a numbered version with its own ARN; only $LATEST can change. The alias live points at version 1 and sends a weight of 10 % to version 2, a new release with a bug.',
      predict: {
        question:
          'The next request is the first that Lambda routes to version 2. Can it use version 1’s warm environment?',
        options: [
          { id: 'own', label: 'No: version 2 gets an environment of its own, with a cold start' },
          { id: 'shared', label: 'Yes: environments are shared by all versions' },
        ],
        answer: (run, at) =>
          firstAfter(run, at.t, (e) => e.kind === 'env.init' && e.version === '2') !== undefined
            ? 'own'
            : 'shared',
      },
    },
    {
      preset: 'alias-canary',
      at: { kind: 'env.init', version: '2' },
      narration:
        'Version 2 starts cold in its own environment, and it fails. With a weighted alias only the canary’s share of requests meets the new code; the weight is a chance per request, not an exact count.',
    },
    {
      preset: 'version-rollback',
      at: { kind: 'invoke.end', msg: 9 },
      narration:
        'Here the alias live pointed at the buggy version 2 for 10 s, and every request failed. Now the team points live back at version 1.',
      predict: {
        question: 'How does the first request after the roll-back start?',
        options: [
          { id: 'cold', label: 'Cold: version 1 has no warm environment yet' },
          { id: 'warm', label: 'Warm, in version 2’s environment' },
        ],
        answer: (run, at) =>
          firstAfter(run, at.t, (e) => e.kind === 'invoke.start')!.detail?.warm ? 'warm' : 'cold',
      },
    },
    {
      preset: 'version-rollback',
      at: { kind: 'env.init', version: '1' },
      narration:
        'One cold start on version 1, then every request succeeds. Rolling back only moves a pointer: nothing is redeployed, and callers keep using the same alias ARN.',
    },
  ],
};
