import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/App';
import { DEFAULT_PRESET, resetAll } from '../../src/store';

/**
 * Render the app from a fresh state. The animation loop never ticks (requestAnimationFrame is a
 * stub), so time only moves through commands and clicks: tests stay deterministic.
 */
export function renderApp() {
  vi.stubGlobal(
    'requestAnimationFrame',
    vi.fn(() => 1),
  );
  vi.stubGlobal('cancelAnimationFrame', vi.fn());
  resetAll(DEFAULT_PRESET);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
