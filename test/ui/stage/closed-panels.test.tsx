import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_DRAWERS,
  DRAWERS_STORAGE_KEY,
  setPresenting,
  toggleHelp,
  useDrawersStore,
} from '../../../src/store';
import { renderApp } from '../render';

function reset(): void {
  window.localStorage.removeItem(DRAWERS_STORAGE_KEY);
  useDrawersStore.setState(DEFAULT_DRAWERS);
  act(() => {
    setPresenting(false);
    toggleHelp(false);
  });
}

const panels = () => screen.getByRole('group', { name: 'Panels' });

/**
 * The panels a first visit does not see are not in the page, and their code is fetched on demand
 * (src/ui/stage/closed-panels.tsx): each still opens with the first press of its key or a click,
 * showing its content once the chunk is in.
 */
describe('closed panels', () => {
  beforeEach(reset);
  afterEach(reset);

  it('are not rendered while closed', () => {
    renderApp();
    expect(screen.queryByRole('region', { name: 'Event log' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Metrics over time' })).toBeNull();
    expect(screen.queryByRole('complementary', { name: 'Scenario details' })).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(document.querySelector('.area-log')).toBeEmptyDOMElement();
    expect(document.querySelector('.area-metrics')).toBeEmptyDOMElement();
    expect(document.querySelector('.area-panel')).toBeEmptyDOMElement();
  });

  it('the log opens with l and shows the whole trace', async () => {
    const { user } = renderApp();
    await user.keyboard('l');
    const log = await screen.findByRole('region', { name: 'Event log' });
    expect(within(log).getByRole('heading', { level: 2 })).toHaveTextContent('Event log');
    expect(within(log).getByText('1 of 25 events so far')).toBeInTheDocument();
    expect(within(log).getAllByRole('listitem')).toHaveLength(25);
  });

  it('the metrics open with their button and show each chart at the playhead', async () => {
    const { user } = renderApp();
    await user.click(within(panels()).getByRole('button', { name: /Metrics/ }));
    const strip = await screen.findByRole('region', { name: 'Metrics over time' });
    expect(
      within(strip)
        .getAllByRole('img')
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual([
      'Invocations so far: 0',
      'Function errors so far: 0',
      'Cold starts so far: 0',
      'Concurrency (environments busy) now: 0',
      'Events in the async event queue now: 1',
      'Sent to a dead-letter queue or on-failure destination so far: 0',
    ]);
  });

  it('the side panel opens with i and shows the scenario', async () => {
    const { user } = renderApp();
    await user.keyboard('i');
    const panel = await screen.findByRole('complementary', { name: 'Scenario details' });
    expect(within(panel).getByRole('heading', { level: 2, name: /DLQ/ })).toHaveTextContent(
      'Async retries, then the DLQ',
    );
    // The switch to the quiz comes with it.
    expect(screen.getByRole('group', { name: 'Side panel shows' })).toHaveTextContent(
      'DetailsQuiz alongside',
    );
  });

  it('the shortcut list opens with ? and closes with Escape', async () => {
    const { user } = renderApp();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Play / pause')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('presenting (f) shows its key hint and caption bar', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    expect(await screen.findByText(/blank ·/)).toHaveTextContent(
      'PgDn next · PgUp back · . play · b blank · q QR · f exit',
    );
    expect(await screen.findByRole('region', { name: 'Caption' })).toBeInTheDocument();
  });
});
