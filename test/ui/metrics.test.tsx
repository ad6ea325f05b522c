import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPreset, resetAll, seek, usePlaybackStore } from '../../src/store';
import { MetricsStrip } from '../../src/ui/metrics/MetricsStrip';

/** The strip of the default scenario (async-retries: two events retried twice, then the DLQ). */
function renderStrip() {
  resetAll('async-retries');
  const user = userEvent.setup();
  const view = render(<MetricsStrip />);
  const strip = screen.getByRole('region', { name: 'Metrics over time' });
  return { user, strip, ...view };
}

const chartNames = () => screen.getAllByRole('img').map((c) => c.getAttribute('aria-label'));

/** Give a chart's plot a size, as a browser would lay it out. */
function layOut(plot: HTMLElement, left: number, width: number) {
  plot.getBoundingClientRect = () =>
    ({ left, width, top: 0, height: 32, right: left + width, bottom: 32 }) as DOMRect;
}

beforeEach(() => usePlaybackStore.setState({ t: 0, playing: false }));

describe('the metrics strip', () => {
  it('shows each chart with its value at the playhead, as text too', () => {
    renderStrip();
    expect(chartNames()).toEqual([
      'Invocations so far: 0',
      'Function errors so far: 0',
      'Cold starts so far: 0',
      'Concurrency (environments busy) now: 0',
      'Events in the async event queue now: 1',
      'Sent to a dead-letter queue or on-failure destination so far: 0',
    ]);
    act(() => seek(200_000));
    expect(chartNames()).toEqual([
      'Invocations so far: 6',
      'Function errors so far: 6',
      'Cold starts so far: 1',
      'Concurrency (environments busy) now: 0',
      'Events in the async event queue now: 0',
      'Sent to a dead-letter queue or on-failure destination so far: 2',
    ]);
    const dlq = screen.getByRole('img', { name: /dead-letter/ });
    expect(within(dlq).getByText('DLQ / on-failure')).toBeInTheDocument();
    expect(within(dlq).getByText('2')).toBeInTheDocument();
  });

  it('moves only the playhead and the figures as time passes, never the curves', () => {
    const { strip, container } = renderStrip();
    const paths = [...container.querySelectorAll('path')];
    const drawn = paths.map((p) => p.getAttribute('d'));
    expect(paths).toHaveLength(12); // a line and its fill per chart

    // The timeline ends at 3:16.875, shortly after the last event.
    act(() => seek(49_218.75));
    // On each playhead and curve, not on the strip (which would restyle all it holds).
    const readers = [...strip.querySelectorAll<HTMLElement>('.metric__playhead, .metric__svg')];
    expect(readers).toHaveLength(12); // a playhead and a curve per chart
    expect(readers.map((el) => el.style.getPropertyValue('--playhead'))).toEqual(
      readers.map(() => '0.25'),
    );
    expect(strip.style.getPropertyValue('--playhead')).toBe('');
    act(() => seek(187_500));
    expect(screen.getByRole('img', { name: 'Invocations so far: 6' })).toBeInTheDocument();

    const after = [...container.querySelectorAll('path')];
    expect(after.every((p, i) => p === paths[i])).toBe(true);
    expect(after.map((p) => p.getAttribute('d'))).toEqual(drawn);
  });

  it('seeks where a chart is clicked, and follows a drag', async () => {
    const { user } = renderStrip();
    const chart = screen.getByRole('img', { name: /^Invocations/ });
    const plot = chart.querySelector<HTMLElement>('.metric__plot')!;
    layOut(plot, 100, 400);
    // A quarter of the way across a timeline that ends at 3:16.875: 0:49.219.
    await user.pointer({ keys: '[MouseLeft>]', target: plot, coords: { clientX: 200 } });
    expect(usePlaybackStore.getState().t).toBe(49_219);
    expect(chart).toHaveAccessibleName('Invocations so far: 2');
    await user.pointer({ target: plot, coords: { clientX: 400 } });
    expect(usePlaybackStore.getState().t).toBe(147_656);
    expect(chart).toHaveAccessibleName('Invocations so far: 4');
    await user.pointer({ keys: '[/MouseLeft]', target: plot, coords: { clientX: 400 } });
    // Past either edge stays inside the run.
    await user.pointer({ keys: '[MouseLeft]', target: plot, coords: { clientX: 20 } });
    expect(usePlaybackStore.getState().t).toBe(0);
  });

  it('draws new curves for a new scenario', async () => {
    renderStrip();
    await act(() => loadPreset('sqs-redrive'));
    expect(chartNames()).toEqual([
      'Invocations so far: 0',
      'Function errors so far: 0',
      'Cold starts so far: 1',
      'Concurrency (environments busy) now: 1',
      'Messages in orders (visible, in flight or delayed) now: 10',
      'Sent to a dead-letter queue or on-failure destination so far: 0',
    ]);
    act(() => seek(90_000));
    expect(screen.getByRole('img', { name: /^Messages in orders/ })).toHaveAccessibleName(
      'Messages in orders (visible, in flight or delayed) now: 0',
    );
    expect(screen.getByRole('img', { name: /dead-letter/ })).toHaveAccessibleName(
      'Sent to a dead-letter queue or on-failure destination so far: 10',
    );
  });
});
