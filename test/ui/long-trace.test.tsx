import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { parseScenario } from '../../src/scenario';
import { currentRun, useScenarioStore, usePlaybackStore } from '../../src/store';
import { renderApp } from './render';

afterEach(() => vi.unstubAllGlobals());

describe('a long trace', () => {
  it('renders only the log rows in view, however long the trace', async () => {
    renderApp();
    const parsed = parseScenario({
      version: 1,
      durationMs: 120_000,
      function: { behaviour: { duration: { kind: 'fixed', ms: 50 } } },
      workloads: [
        { id: 'api', arrivals: { kind: 'constant', ratePerSecond: 40, durationMs: 100_000 } },
      ],
    });
    if (!parsed.ok) throw new Error('invalid scenario');
    act(() => useScenarioStore.setState({ scenario: parsed.scenario, presetId: null }));
    const run = currentRun();
    expect(run.trace.length).toBeGreaterThan(10_000);

    const log = await screen.findByRole('region', { name: 'Event log' });
    // jsdom lays nothing out: the log takes its box as 600 px high, about 17 rows, plus 12 more
    // on each side (none before the first).
    // The virtual list is fetched when a trace is long.
    const rows = await within(log).findAllByRole('listitem');
    expect(rows).toHaveLength(29);
    expect(rows.map((r) => Number(r.dataset.index))).toEqual([...Array(29).keys()]);

    // Keeping now in view writes the box's scroll position, worked out from the row heights
    // (36 px each until measured) and the box's 600 px: row 8,000 a third of the way down.
    const box = log.querySelector<HTMLElement>('.event-log__scroll')!;
    const written: number[] = [];
    Object.defineProperty(box, 'scrollTop', {
      configurable: true,
      get: () => written.at(-1) ?? 0,
      set: (v: number) => written.push(v),
    });
    const frames = vi.mocked(requestAnimationFrame).mock.calls;
    const asked = frames.length;
    const middle = run.trace[8_000]!;
    act(() => usePlaybackStore.setState({ t: middle.t }));
    const happened = run.trace.filter((e) => e.t <= middle.t).length;
    expect(happened).toBe(8_001);
    expect(within(log).getAllByRole('listitem').length).toBeLessThan(60);
    const firstNow = happened - run.trace.filter((e) => e.t === middle.t).length;
    // Written at the next frame, once the rows just added are laid out: not in this one.
    expect(written).toEqual([]);
    act(() => frames.slice(asked).forEach(([next]) => next(0)));
    expect(written).toEqual([firstNow * 36 - 200]);
    // The rows of this moment are in the page, marked current, wherever the list is scrolled.
    const now = run.trace.filter((e) => e.t === middle.t).length;
    const current = log.querySelectorAll<HTMLElement>('li[aria-current="step"]');
    expect(current).toHaveLength(now);
    expect(Number(current[current.length - 1]!.dataset.index)).toBe(8_000);
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('');
    // Both counts with thousands separated.
    expect(run.trace.length).toBe(20_012);
    expect(within(log).getByText(/ so far$/)).toHaveTextContent('8,001 of 20,012 events so far');
    // Simulating and drawing 20,000 events: about a second alone, several on a busy machine.
  });
});
