import { describe, expect, it, vi } from 'vitest';
import { familiesNeeded, simulate, type FamilyName } from '../../src/engine';
import { presets } from '../../src/scenario';
import { presetScenario } from '../../src/store/scenario';
import { describeEvent } from '../../src/view/describe';
import { diagramOf } from '../../src/view/diagram';

const FAMILIES: readonly FamilyName[] = ['push', 'queues', 'streams', 'eventbridge'];

/** A box each family's first preset draws with that family's parts. */
const FAMILY_BOX: Record<FamilyName, string> = {
  push: 'workload:api',
  queues: 'sqs:photo-jobs',
  streams: 'stream:clickstream',
  eventbridge: 'bus:orders',
};

/** The first preset that needs this family. */
function presetOf(family: FamilyName) {
  const p = presets.find((p) => familiesNeeded(presetScenario(p.id)).includes(family));
  if (p === undefined) throw new Error(`no preset uses ${family}`);
  return presetScenario(p.id);
}

/** The view and store modules afresh: no family loaded yet, as on the first page. */
async function fresh() {
  vi.resetModules();
  const diagram = await import('../../src/view/diagram');
  const registry = await import('../../src/view/diagram-families');
  const describe = await import('../../src/view/describe');
  const families = await import('../../src/store/families');
  return { ...diagram, ...registry, ...describe, ...families };
}

describe('source families’ diagram parts, loaded with the families', () => {
  it('draws the opening scenario with no family loaded', async () => {
    const m = await fresh();
    const d = m.diagramOf(presetScenario('async-retries'));
    expect(d.nodes.map((n) => n.id)).toEqual([
      'workload:uploads',
      'lambda',
      'async-queue',
      'function',
      'dlq:sqs:resize-dlq',
    ]);
  });

  it('says plainly when a family’s parts are missing, and draws them once it loads', async () => {
    const m = await fresh();
    for (const family of FAMILIES) {
      expect(() => m.diagramFamily(family)).toThrow(
        `the diagram of ${family} sources is not loaded yet`,
      );
      expect(() => m.diagramOf(presetOf(family)), family).toThrow('is not loaded yet');
    }
    await m.loadFamilies();
    for (const family of FAMILIES) {
      expect(m.diagramFamily(family), family).toBeDefined();
      // The same diagram as where every family was there from the start.
      const d = m.diagramOf(presetOf(family));
      expect(d, family).toEqual(diagramOf(presetOf(family)));
      expect(
        d.nodes.map((n) => n.id),
        family,
      ).toContain(FAMILY_BOX[family]);
    }
  });
});

describe('source families’ log sentences, loaded with the families', () => {
  it('words every event of each family’s preset once the families load', async () => {
    const m = await fresh();
    const runs = FAMILIES.map((family) => simulate(presetOf(family)));
    // Before: a family's events are shown by their kind alone.
    const unworded = runs.map((run) => run.trace.filter((e) => m.describeEvent(e, run) === e.kind));
    await m.loadFamilies();
    runs.forEach((run, i) => {
      expect(unworded[i]!.length, FAMILIES[i]).toBeGreaterThan(0);
      for (const e of run.trace) expect(m.describeEvent(e, run)).toBe(describeEvent(e, run));
      for (const e of unworded[i]!) expect(m.describeEvent(e, run)).not.toBe(e.kind);
    });
    const put = runs[3]!.trace.find((e) => e.kind === 'eb.put')!;
    expect(m.describeEvent(put, runs[3]!)).toBe(
      'Web shop puts event "OrderPlaced" (source com.example.shop) on the bus orders: entry of 77 bytes',
    );
  });
});
