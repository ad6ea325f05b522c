import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, resetAll, usePlaybackStore } from '../../src/store';
import { renderApp } from './render';

beforeEach(() => resetAll(DEFAULT_PRESET));

describe('going to a time', () => {
  it('moves the playhead to a typed moment, paused', async () => {
    const { user } = renderApp();
    await user.keyboard('g');
    const field = screen.getByRole('textbox', { name: 'Go to time' });
    await user.clear(field);
    await user.type(field, '1:01.15{Enter}');
    expect(usePlaybackStore.getState()).toMatchObject({ t: 61_150, playing: false });
    expect(screen.queryByRole('textbox', { name: 'Go to time' })).toBeNull();
    expect(screen.getByLabelText('Current time')).toHaveTextContent('1:01.150');
  });

  it('says what is wrong with a time it cannot use, and keeps the playhead', async () => {
    const { user } = renderApp();
    await user.click(screen.getByLabelText('Current time'));
    const field = screen.getByRole('textbox', { name: 'Go to time' });
    await user.clear(field);
    await user.type(field, 'soon{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Type a time such as 1:05.250, 65 s or 2 min.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '2 h{Enter}');
    // The async-retries timeline ends shortly after its last event (3:07.5), not at 10 minutes.
    expect(screen.getByText('This run ends at 3:16.875.')).toBeInTheDocument();
    expect(usePlaybackStore.getState().t).toBe(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Go to time' })).toBeNull();
  });
});
