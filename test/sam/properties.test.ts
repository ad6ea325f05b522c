import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../src/scenario';
import { importTemplate, scenarioToSamYaml, scenarioToTemplate } from '../../src/sam';
import { scenarioArb } from '../engine/arbitraries';
import { queueScenarioArb } from '../engine/queues/arbitraries';
import { streamScenarioArb } from '../engine/streams/arbitraries';
import { checkTemplate } from './template-check';

/** Any valid scenario, not only the built-in ones, exports a valid template that imports back. */
function holds(arb: fc.Arbitrary<ScenarioInput>): void {
  fc.assert(
    fc.property(arb, (input) => {
      const parsed = parseScenario(input);
      fc.pre(parsed.ok);
      if (!parsed.ok) return;
      expect(checkTemplate(scenarioToTemplate(parsed.scenario).template)).toEqual([]);
      const back = importTemplate(scenarioToSamYaml(parsed.scenario));
      expect(back.ok && back.restored && back.scenario).toEqual(parsed.scenario);
      // Read from its resources alone, the template still makes a valid scenario.
      const yaml = scenarioToSamYaml(parsed.scenario);
      const mapped = importTemplate(yaml.slice(0, yaml.indexOf('\nMetadata:')));
      expect(mapped.ok ? [] : mapped.errors).toEqual([]);
    }),
    { numRuns: 60 },
  );
}

describe('export and import of random scenarios', () => {
  it('functions, callers, versions and aliases', () => holds(scenarioArb), 120_000);
  it('SQS queues and Amazon MQ brokers', () => holds(queueScenarioArb), 120_000);
  it('Kinesis, DynamoDB and Kafka', () => holds(streamScenarioArb), 120_000);
});
