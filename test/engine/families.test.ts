import { describe, expect, it } from 'vitest';
import { familiesNeeded, MissingFamiliesError, simulate, simulateWith } from '../../src/engine';
import { ALL_FAMILIES } from '../../src/engine/all-families';
import { parseScenario, presetById, type ScenarioInput } from '../../src/scenario';

function scenario(input: Omit<ScenarioInput, 'version'>) {
  const p = parseScenario({ version: 1, ...input });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.scenario;
}

const api = scenario({
  workloads: [
    { id: 'api', arrivals: { kind: 'single', atMs: [0] }, source: { service: 'api-gateway' } },
  ],
});
const plain = scenario({ workloads: [{ id: 'cli', arrivals: { kind: 'single', atMs: [0] } }] });

describe('source families', () => {
  it('names exactly the families a scenario uses', () => {
    expect(familiesNeeded(plain)).toEqual([]);
    expect(familiesNeeded(api)).toEqual(['push']);
    expect(familiesNeeded(scenario({ function: { tracing: 'Active' } }))).toEqual(['push']);
  });

  it('runs Lambda-only scenarios without any family, and refuses one whose family is missing', () => {
    expect(simulateWith(plain, {}).trace).toEqual(simulate(plain).trace);
    expect(() => simulateWith(api, {})).toThrow(MissingFamiliesError);
    expect(() => simulateWith(api, {})).toThrow(
      'the scenario needs these source families, not loaded yet: push',
    );
    expect(simulateWith(api, { push: ALL_FAMILIES.push }).trace).toEqual(simulate(api).trace);
  });

  it('loads EventBridge like the other families: only for a scenario with buses or schedules', () => {
    const bus = presetById('eventbridge-fanout')!.scenario;
    const parsed = parseScenario(bus);
    if (!parsed.ok) throw new Error('preset');
    expect(familiesNeeded(parsed.scenario)).toEqual(['eventbridge']);
    expect(() => simulateWith(parsed.scenario, {})).toThrow(
      'the scenario needs these source families, not loaded yet: eventbridge',
    );
    expect(simulateWith(parsed.scenario, { eventbridge: ALL_FAMILIES.eventbridge }).trace).toEqual(
      simulate(parsed.scenario).trace,
    );
  });
});
