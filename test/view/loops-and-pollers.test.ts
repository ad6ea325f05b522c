import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { parseScenario, presetById } from '../../src/scenario';
import { diagramOf, metricsOf, metricValueAt } from '../../src/view';
import { liveFigures, liveNumbers } from '../../src/view/diagram-live';

function preset(id: string) {
  const p = parseScenario(presetById(id)!.scenario);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const run = simulate(p.scenario);
  return { run, diagram: diagramOf(p.scenario, 'horizontal', run) };
}

/** A node's live figures at t, as the diagram prints them. */
function figures(id: string, nodeId: string, t: number): string[] {
  const { run, diagram } = preset(id);
  const n = diagram.nodes.find((x) => x.id === nodeId)!;
  return liveFigures(n.live!, liveNumbers(run, n.live!, t)).map((f) => `${f.value} ${f.label}`);
}

describe('provisioned pollers on the diagram', () => {
  it('shows the pollers now against the minimum and maximum, and the configured range', () => {
    expect(figures('sqs-provisioned-scaling', 'esm:sqs:orders-provisioned', 0)).toEqual([
      '50 batches',
      '5 pollers (5–70)',
    ]);
    expect(figures('sqs-provisioned-scaling', 'esm:sqs:orders-provisioned', 60_000)).toEqual([
      '700 batches',
      '70 pollers (5–70)',
    ]);
    // The on-demand mapping keeps its concurrent batches as before.
    expect(figures('sqs-provisioned-scaling', 'esm:sqs:orders-on-demand', 60_000)).toEqual([
      '305 batches',
      '305 pollers',
    ]);
    const { diagram } = preset('sqs-provisioned-scaling');
    expect(diagram.nodes.find((n) => n.id === 'esm:sqs:orders-provisioned')!.lines).toContain(
      'provisioned: 5–70 pollers',
    );
  });

  it('draws a mapping refused with MaximumConcurrency as broken, with the reason', () => {
    const doc = structuredClone(presetById('sqs-provisioned-scaling')!.scenario) as {
      queues: { mapping: Record<string, unknown> }[];
    };
    doc.queues[0]!.mapping.scalingConfig = { maximumConcurrency: 100 };
    const p = parseScenario(doc);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    const d = diagramOf(p.scenario, 'horizontal', simulate(p.scenario));
    expect(d.nodes.find((n) => n.id === 'esm:sqs:orders-provisioned')!.problem).toEqual({
      title: 'Mapping refused',
      text: 'provisioned mode and MaximumConcurrency both set',
      detail:
        'InvalidParameterValueException: ProvisionedPollerConfig and ScalingConfig.MaximumConcurrency cannot be used together: choose provisioned mode or a maximum concurrency',
    });
    expect(d.edges.find((e) => e.source === 'esm:sqs:orders-provisioned')).toMatchObject({
      label: 'refused',
      model: 'broken',
    });
  });
});

describe('a recursive loop on the diagram and in the metrics', () => {
  it('draws the write-back arrow and the function’s RecursiveLoop', () => {
    const { diagram } = preset('sqs-recursive-loop');
    expect(
      diagram.edges.find((e) => e.source === 'function' && e.target === 'sqs:jobs'),
    ).toMatchObject({ label: 'writes back', model: 'send' });
    expect(diagram.nodes.find((n) => n.id === 'function')!.lines).toContain(
      'writes back · RecursiveLoop Terminate',
    );
  });

  it('counts RecursiveInvocationsDropped and the message moved to the DLQ', () => {
    const { run } = preset('sqs-recursive-loop');
    const metric = (id: string) => metricsOf(run).find((m) => m.id === id)!;
    expect(metricValueAt(metric('recursive-dropped'), 16_249)).toBe(0);
    expect(metricValueAt(metric('recursive-dropped'), 16_250)).toBe(1);
    expect(metricValueAt(metric('dead-lettered'), 16_250)).toBe(1);
    expect(figures('sqs-recursive-loop', 'redrive:sqs:jobs-dlq', 16_250)).toEqual([
      '1 message moved',
    ]);
  });
});
