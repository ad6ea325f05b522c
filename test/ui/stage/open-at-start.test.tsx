import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DRAWERS, useDrawersStore } from '../../../src/store';
import { preloadOpenPanels } from '../../../src/ui/stage/closed-panels';
import { renderApp } from '../render';

afterEach(() => useDrawersStore.setState(DEFAULT_DRAWERS));

/**
 * A drawer left open last time is fetched as the app starts (src/main.tsx), before its first
 * paint; once fetched it renders at once, with no placeholder. Alone in its file: no other test
 * has fetched the log's code before this one.
 */
describe('a drawer left open', () => {
  it('is in the first render once its code is preloaded', async () => {
    useDrawersStore.setState({ desk: { metrics: false, log: true, details: false } });
    await preloadOpenPanels('');
    renderApp();
    expect(screen.getByRole('region', { name: 'Event log' })).toHaveTextContent(
      'Event log1 of 25 events so far',
    );
    expect(document.querySelector('.drawer-placeholder')).toBeNull();
  });
});
