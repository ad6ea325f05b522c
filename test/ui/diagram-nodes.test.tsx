import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { parseScenario, presetById } from '../../src/scenario';
import { loadScenario, usePlaybackStore } from '../../src/store';
import { toFlow, type LabFlowNode } from '../../src/ui/diagram/flow';
import { LabNode } from '../../src/ui/diagram/LabNode';
import { diagramOf } from '../../src/view';
import { renderApp } from './render';

afterEach(() => vi.unstubAllGlobals());
// The app keeps the open scenario in the address; each test starts from a clean one.
beforeEach(() => window.history.replaceState(null, '', '/'));

async function openPreset(id: string) {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error('invalid preset');
  await act(() => loadScenario(parsed.scenario));
  return parsed.scenario;
}

/** The diagram box whose title is `title`. */
async function box(title: string): Promise<HTMLElement> {
  const diagram = screen.getByRole('region', { name: 'Diagram' });
  const heading = await within(diagram).findByText(title, { selector: '.lab-node__title' });
  return heading.closest('.lab-node') as HTMLElement;
}

const at = (t: number) => act(() => usePlaybackStore.setState({ t }));
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the function box', () => {
  it('shows each execution environment as a slot: provisioned, initializing, busy, idle, gone', async () => {
    renderApp();
    await openPreset('cold-warm-provisioned');
    const fn = await box('price-quote');
    const slots = () =>
      within(fn)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label'));

    await at(0);
    expect(within(fn).getByText('1 provisioned ready')).toBeInTheDocument();
    expect(slots()).toEqual(['Environment 0 (provisioned for live, version 1): ready']);

    await at(1_000);
    expect(text(fn.querySelector('.envs__summary')!)).toBe(
      '1 initializing · 1 busy (1 provisioned)',
    );
    expect(slots()).toEqual([
      'Environment 0 (provisioned for live, version 1): busy with #2',
      'Environment 1 (on demand, version $LATEST): initializing for #1',
    ]);
    // On the slot itself: what it is doing, and with which message.
    const shown = (li: Element) => [...li.children].map(text).join(' ');
    expect(within(fn).getAllByRole('listitem').map(shown)).toEqual(['busy #2', 'init #1']);

    await at(3_000);
    expect(text(fn.querySelector('.envs__summary')!)).toBe('1 idle · 1 provisioned ready');

    // Reclaimed after a minute idle: its slot is gone.
    await at(70_000);
    expect(slots()).toEqual(['Environment 0 (provisioned for live, version 1): ready']);
  });

  it('lists its versions and where the alias sends its traffic', async () => {
    renderApp();
    await openPreset('alias-canary');
    const fn = await box('checkout');
    expect(within(fn).getByText('$LATEST · v1 · v2')).toBeInTheDocument();
    expect(within(fn).getByText('live → 1 (90 %) · 2 (10 %)')).toBeInTheDocument();
  });

  it('draws 12 slots and counts the rest by state', async () => {
    renderApp();
    const parsed = parseScenario({
      version: 1,
      function: { name: 'fan', behaviour: { duration: { kind: 'fixed', ms: 5_000 } } },
      workloads: [{ id: 'burst', arrivals: { kind: 'burst', atMs: 0, count: 40 } }],
    });
    if (!parsed.ok) throw new Error('invalid scenario');
    await act(() => loadScenario(parsed.scenario));
    const fn = await box('fan');
    await at(0);
    expect(within(fn).getAllByRole('listitem')).toHaveLength(12);
    expect(text(fn.querySelector('.envs__more')!)).toBe('+28 more: 28 initializing');
  });
});

describe('source badges', () => {
  it('names push or pull and the invocation model in words', async () => {
    renderApp();
    await openPreset('cold-warm-provisioned');
    const caller = await box('On demand ($LATEST)');
    expect([...caller.querySelectorAll('.badge')].map(text)).toEqual(['push', 'sync']);

    await openPreset('sqs-redrive');
    const queue = await box('orders');
    expect([...queue.querySelectorAll('.badge')].map(text)).toEqual(['pull', 'poll']);
    expect(within(queue).getByText('pull')).toHaveAttribute(
      'title',
      'Pull: Lambda’s event source mapping reads the records',
    );

    await openPreset('eventbridge-fanout');
    const bus = await box('orders');
    expect([...bus.querySelectorAll('.badge')].map(text)).toEqual(['push', 'async']);
  });
});

describe('stream shards', () => {
  it('draws each shard’s checkpoint against what was written, and marks the blocked one', async () => {
    renderApp();
    await openPreset('kinesis-poison');
    const stream = await box('clickstream');
    const rows = () => [...stream.querySelectorAll('.shard')];
    const shown = () =>
      rows().map((li) =>
        [...li.children]
          .map(text)
          .filter((x) => x)
          .join(' '),
      );

    await at(9_999);
    expect(shown()).toEqual(['#0 7/8', '#1 12/12']);
    expect(stream.querySelector('.shard--blocked')).toBeNull();

    // The poison record's batch fails at 10.1 s: shard 0 is held while it is retried.
    await at(20_000);
    expect(shown()).toEqual(['#0 blocked 7/23', '#1 19/19']);
    expect(rows()[0]).toHaveClass('shard--blocked');
    expect(rows()[0]).toHaveAttribute(
      'title',
      'shard 0: checkpoint after 7 of 23 records; blocked by a failing batch',
    );
  });
});

describe('re-rendering', () => {
  it('moving t without a change in any figure re-renders no node; a change re-renders only its nodes', async () => {
    vi.stubGlobal(
      'requestAnimationFrame',
      vi.fn(() => 1),
    );
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const scenario = await openPreset('cold-warm-provisioned');
    await at(3_000);
    const commits: string[] = [];
    function Counted(props: NodeProps<LabFlowNode>) {
      return (
        <Profiler id={props.id} onRender={(id) => commits.push(id)}>
          <LabNode {...props} />
        </Profiler>
      );
    }
    const { nodes, edges } = toFlow(diagramOf(scenario, 'horizontal'));
    render(
      <ReactFlowProvider>
        <div style={{ width: 1200, height: 600 }}>
          <ReactFlow nodes={nodes} edges={edges} nodeTypes={{ lab: Counted }} />
        </div>
      </ReactFlowProvider>,
    );
    await screen.findByText('price-quote');
    commits.length = 0;

    // From 3 s to 4.9 s nothing happens: no environment changes, nothing is sent.
    for (const t of [3_100, 3_500, 4_000, 4_999]) await at(t);
    expect(commits).toEqual([]);

    // At 5 s both callers send and both environments start: those three boxes redraw, no other.
    await at(5_000);
    expect(new Set(commits)).toEqual(
      new Set(['function', 'workload:on-demand', 'workload:provisioned']),
    );
  });
});
