import { describe, expect, it } from 'vitest';
import { eventBridgeSamples } from '../../src/catalog/eventbridge-samples';
import { matchPattern, validatePattern } from '../../src/engine/eventbridge/pattern';

describe('EventBridge sample events', () => {
  it('has at least ten samples with unique ids', () => {
    expect(eventBridgeSamples.length).toBeGreaterThanOrEqual(10);
    const ids = eventBridgeSamples.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const eventIds = eventBridgeSamples.map((s) => s.event.id);
    expect(new Set(eventIds).size).toBe(eventIds.length);
  });

  it.each(eventBridgeSamples.map((s) => [s.id, s] as const))(
    '%s has the full envelope',
    (_id, sample) => {
      const e = sample.event;
      expect(Object.keys(e).sort()).toEqual(
        [
          'account',
          'detail',
          'detail-type',
          'id',
          'region',
          'resources',
          'source',
          'time',
          'version',
        ].sort(),
      );
      expect(e.version).toBe('0');
      expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(e.account).toBe('123456789012');
      expect(e.region).toBe('us-east-1');
      expect(e.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(Number.isNaN(Date.parse(e.time))).toBe(false);
      expect(e['detail-type']).not.toBe('');
      expect(e.source).not.toBe('');
      expect(Array.isArray(e.resources)).toBe(true);
      expect(typeof e.detail).toBe('object');
      expect(sample.label).not.toBe('');
      expect(sample.service).not.toBe('');
      // It survives the trip through the editor's JSON text unchanged.
      expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    },
  );

  it.each(eventBridgeSamples.map((s) => [s.id, s] as const))(
    '%s: every suggested pattern is valid and matches its own event',
    (_id, sample) => {
      expect(sample.patterns.length).toBeGreaterThanOrEqual(1);
      expect(sample.patterns.length).toBeLessThanOrEqual(3);
      for (const p of sample.patterns) {
        expect(validatePattern(p.pattern), p.label).toEqual({ ok: true });
        expect(matchPattern(p.pattern, sample.event), p.label).toBe(true);
        expect(p.teaches).not.toBe('');
      }
    },
  );

  it('includes the services the playground promises', () => {
    const types = eventBridgeSamples.map((s) => `${s.event.source} ${s.event['detail-type']}`);
    for (const expected of [
      'aws.ec2 EC2 Instance State-change Notification',
      'aws.s3 Object Created',
      'aws.events Scheduled Event',
      'aws.codepipeline CodePipeline Pipeline Execution State Change',
      'aws.health AWS Health Event',
      'aws.guardduty GuardDuty Finding',
      'aws.ecs ECS Task State Change',
      'aws.autoscaling EC2 Instance Launch Successful',
      'com.example.orders OrderPlaced',
    ]) {
      expect(types).toContain(expected);
    }
    expect(types.some((t) => t.startsWith('aws.partner/example.com/123/'))).toBe(true);
    const order = eventBridgeSamples.find((s) => s.event.source === 'com.example.orders')!;
    expect(order.event.detail).toMatchObject({
      amount: expect.any(Number),
      currency: expect.any(String),
      customer: { tier: expect.any(String) },
      items: expect.any(Array),
    });
  });

  it('teaches each operator at least once', () => {
    const taught = new Set(eventBridgeSamples.flatMap((s) => s.patterns.map((p) => p.teaches)));
    for (const op of [
      'prefix',
      'numeric range',
      'anything-but',
      'exists: false',
      'wildcard',
      'cidr',
      '$or',
      'equals-ignore-case',
      'arrays',
    ]) {
      expect(taught).toContain(op);
    }
  });
});
