import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_DRAWERS,
  DRAWERS_STORAGE_KEY,
  parseDrawers,
  setPresenting,
  useDrawersStore,
} from '../../../src/store';
import { renderApp } from '../render';

function reset(): void {
  window.localStorage.removeItem(DRAWERS_STORAGE_KEY);
  useDrawersStore.setState(DEFAULT_DRAWERS);
  act(() => setPresenting(false));
}

describe('stage drawers', () => {
  beforeEach(reset);
  afterEach(reset);

  it('start closed, leaving the diagram the height; a click or a key toggles and remembers', async () => {
    reset();
    const { user } = renderApp();
    const panels = screen.getByRole('group', { name: 'Panels' });
    const metrics = within(panels).getByRole('button', { name: /Metrics/ });
    const log = within(panels).getByRole('button', { name: /Log/ });
    expect(metrics).toHaveAttribute('aria-pressed', 'false');
    expect(log).toHaveAttribute('aria-pressed', 'false');
    expect(document.querySelector('.area-metrics')).toHaveAttribute('hidden');
    expect(document.querySelector('.area-log')).toHaveAttribute('hidden');

    await user.click(metrics);
    expect(metrics).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.area-metrics')).not.toHaveAttribute('hidden');
    await user.keyboard('l');
    expect(log).toHaveAttribute('aria-pressed', 'true');
    // Its code is fetched on the first open: the key still opens it at the first press.
    expect(await screen.findByRole('heading', { name: 'Event log' })).toBeInTheDocument();
    expect(document.querySelector('.area-log')).not.toHaveAttribute('hidden');
    expect(JSON.parse(window.localStorage.getItem(DRAWERS_STORAGE_KEY)!)).toEqual({
      desk: { metrics: true, log: true, details: false },
      present: { metrics: false, log: false, details: false },
    });
  });

  it('are remembered apart while presenting, where the diagram starts alone', async () => {
    reset();
    const { user } = renderApp();
    await user.keyboard('f');
    const log = within(screen.getByRole('group', { name: 'Panels' })).getByRole('button', {
      name: /Log/,
    });
    expect(log).toHaveAttribute('aria-pressed', 'false');
    expect(document.querySelector('.area-log')).toHaveAttribute('hidden');
    await user.keyboard('i');
    expect(document.querySelector('.area-panel')).not.toHaveAttribute('hidden');
    expect(useDrawersStore.getState().present.details).toBe(true);
    expect(useDrawersStore.getState().desk.details).toBe(false);
  });

  it('read back what was stored, and fall back to the defaults for anything damaged', () => {
    expect(parseDrawers('{"desk":{"metrics":true,"log":false},"present":{"log":true}}')).toEqual({
      desk: { metrics: true, log: false, details: false },
      present: { metrics: false, log: true, details: false },
    });
    expect(parseDrawers('not json')).toEqual(DEFAULT_DRAWERS);
    expect(parseDrawers('{"desk":{"log":"yes"}}')).toEqual(DEFAULT_DRAWERS);
    expect(parseDrawers(null)).toEqual(DEFAULT_DRAWERS);
  });
});
