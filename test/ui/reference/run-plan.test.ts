import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serviceById, type ServiceRecord } from '../../../src/catalog/services';

/** Stand-in scenarios, one per outcome; each test says which service has which. */
const scenarios = vi.hoisted(() => ({ byId: new Map<string, () => unknown>() }));
vi.mock('../../../src/scenario/service-scenarios', () => ({
  scenarioForService: (id: string) => scenarios.byId.get(id)?.(),
}));
const { planRun } = await import('../../../src/ui/reference/run-plan');

const service = (id: string): ServiceRecord => serviceById(id)!;

beforeEach(() => scenarios.byId.clear());

describe('what Run it would do', () => {
  it('is ready with the validated scenario, defaults filled in', () => {
    scenarios.byId.set('sqs', () => ({ version: 1, name: 'SQS: a batch that fails' }));
    const plan = planRun(service('sqs'));
    expect(plan.kind).toBe('ready');
    if (plan.kind !== 'ready') return;
    expect(plan.scenario.name).toBe('SQS: a batch that fails');
    expect(plan.scenario.seed).toBe(1);
    expect(plan.scenario.durationMs).toBe(3_600_000);
  });

  it('says there is no scenario yet for a source without one', () => {
    expect(planRun(service('kinesis'))).toEqual({
      kind: 'missing',
      reason: 'There is no simulator scenario for Kinesis yet.',
    });
  });

  it('says an integration never invokes, rather than that a scenario is missing', () => {
    expect(planRun(service('xray'))).toEqual({
      kind: 'missing',
      reason: 'X-Ray never invokes a function, so there is no scenario to run.',
    });
  });

  it('lists every validation problem of a scenario that does not validate', () => {
    scenarios.byId.set('s3', () => ({ version: 1, durationMs: 0, colour: 'red' }));
    expect(planRun(service('s3'))).toEqual({
      kind: 'invalid',
      reason: 'The S3 scenario does not pass validation (2 problems), so it cannot run.',
      errors: [
        { path: 'durationMs', message: 'must be a whole number from 1 to 604,800,000 ms' },
        { path: '', message: 'unknown field "colour"' },
      ],
    });
  });

  it('reports a scenario that throws while being built', () => {
    scenarios.byId.set('sns', () => {
      throw new Error('topic is undefined');
    });
    expect(planRun(service('sns'))).toEqual({
      kind: 'invalid',
      reason: 'The SNS scenario could not be built, so it cannot run.',
      errors: [{ path: '', message: 'topic is undefined' }],
    });
  });
});
