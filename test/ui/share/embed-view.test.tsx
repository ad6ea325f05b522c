import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { usePlaybackStore } from '../../../src/store';
import { renderApp } from '../render';
// Loaded up front, so the app's import() of them resolves at once rather than racing timeouts.
import '../../../src/ui/embed/EmbedView';
import '../../../src/store/link-open';

const SLOW = { timeout: 30_000 };

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the embedded view', () => {
  it('shows the linked moment read-only, with a link to the full app', async () => {
    window.history.replaceState(null, '', '/?embed=1#p=async-retries&t=70000');
    renderApp();
    const time = await screen.findByLabelText('Current time', {}, SLOW);
    await waitFor(() => expect(time).toHaveTextContent('1:10.000'), SLOW);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Async retries, then the DLQ' }),
    ).toBeInTheDocument();
    const diagram = screen.getByRole('region', { name: 'Diagram' });
    expect(await within(diagram).findByText('resize-image', {}, SLOW)).toBeInTheDocument();

    const open = screen.getByRole('link', { name: 'Open in Lambda Event Lab' });
    expect(open).toHaveAttribute('href', '/#p=async-retries&t=70000');
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener');

    // No header, no scenario picker, no editing, no share.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Event log' })).toBeNull();
  });

  it('plays and pauses with Space and ".", answers no other key, and never writes the address', async () => {
    window.history.replaceState(null, '', '/?embed=1#p=async-retries&t=70000');
    const { user } = renderApp();
    const time = await screen.findByLabelText('Current time', {}, SLOW);
    await waitFor(() => expect(time).toHaveTextContent('1:10.000'), SLOW);
    await user.keyboard('{ArrowRight}{Home}+');
    expect(usePlaybackStore.getState()).toMatchObject({ t: 70_000, speed: 1, playing: false });
    await user.keyboard(' ');
    expect(usePlaybackStore.getState().playing).toBe(true);
    await user.keyboard('.');
    expect(usePlaybackStore.getState().playing).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(usePlaybackStore.getState().playing).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(window.location.search + window.location.hash).toBe('?embed=1#p=async-retries&t=70000');
  });
});
