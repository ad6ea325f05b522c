import type { ProgressStorage } from '../../quiz/progress';

/**
 * The browser's localStorage, or a stand-in that fails on use when the browser refuses access
 * (some private modes, blocked cookies), so loading reports the problem instead of crashing.
 */
export function browserStorage(): ProgressStorage {
  try {
    const s = window.localStorage;
    if (s) return s;
  } catch {
    // Reading the property itself can throw; fall through.
  }
  const refuse = (): never => {
    throw new Error('This browser does not let the page use local storage.');
  };
  return { getItem: refuse, setItem: refuse };
}
