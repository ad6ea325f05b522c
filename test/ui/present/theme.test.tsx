import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  savedTheme,
  setPresenting,
  setTheme,
  systemTheme,
  THEME_STORAGE_KEY,
  usePresentationStore,
} from '../../../src/store';
import { renderApp } from '../render';

/** A system that prefers the given schemes (e.g. "(prefers-color-scheme: dark)"). */
function prefer(...queries: string[]) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: queries.includes(query),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  );
}

beforeEach(() => {
  localStorage.clear();
  setPresenting(false);
  usePresentationStore.setState({ theme: 'light' });
});
afterEach(() => vi.restoreAllMocks());

describe('the colour theme', () => {
  it('follows the system until one is saved: high contrast, else dark, else light', () => {
    prefer();
    expect(systemTheme()).toBe('light');
    prefer('(prefers-color-scheme: dark)');
    expect(systemTheme()).toBe('dark');
    prefer('(prefers-color-scheme: dark)', '(prefers-contrast: more)');
    expect(systemTheme()).toBe('contrast');
    expect(savedTheme()).toBeNull();
  });

  it('reads a saved theme and treats a bad one as none saved', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    expect(savedTheme()).toBe('dark');
    for (const bad of ['purple', '', '"dark"', 'DARK']) {
      localStorage.setItem(THEME_STORAGE_KEY, bad);
      expect(savedTheme()).toBeNull();
    }
  });

  it('starts in the saved theme on the next visit, and in the default after a bad one', async () => {
    prefer();
    localStorage.setItem(THEME_STORAGE_KEY, 'contrast');
    vi.resetModules();
    const again = await import('../../../src/store/presentation');
    expect(again.usePresentationStore.getState().theme).toBe('contrast');
    localStorage.setItem(THEME_STORAGE_KEY, '{"theme":"dark"}');
    vi.resetModules();
    const broken = await import('../../../src/store/presentation');
    expect(broken.usePresentationStore.getState().theme).toBe('light');
  });

  it('survives storage that refuses to be read or written', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(savedTheme()).toBeNull();
    setTheme('dark');
    expect(usePresentationStore.getState().theme).toBe('dark');
  });

  it('the header button cycles light → dark → high contrast and saves the choice', async () => {
    const { user } = renderApp();
    const root = document.documentElement;
    expect(root.dataset.theme).toBe('light');
    await user.click(screen.getByRole('button', { name: 'Theme: Light. Switch to Dark' }));
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Theme: Dark. Switch to High contrast' }));
    expect(root.dataset.theme).toBe('contrast');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('contrast');
    await user.click(screen.getByRole('button', { name: /^Theme: High contrast/ }));
    expect(root.dataset.theme).toBe('light');
  });

  it('presentation keeps a dark theme dark', async () => {
    usePresentationStore.setState({ theme: 'dark' });
    const { user } = renderApp();
    await user.keyboard('f');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
