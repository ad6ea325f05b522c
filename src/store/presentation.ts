import { create } from 'zustand';
import { reportSave } from './save-status';

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** Where the chosen theme is kept between visits. */
export const THEME_STORAGE_KEY = 'lambda-event-lab:theme';

export interface PresentationState {
  /** Presentation mode: large type, editing chrome hidden, captions, clicker keys. */
  readonly presenting: boolean;
  /** The screen blanked to black (presentation only), as a slide show's "b" does. */
  readonly blank: boolean;
  /** The colour theme picked, or the system's preference when none was saved. */
  readonly theme: Theme;
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The system's preference: more contrast, else dark, else light. */
export function systemTheme(): Theme {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'light';
  if (window.matchMedia('(prefers-contrast: more)').matches) return 'contrast';
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

/** The saved theme; anything unreadable or unknown counts as none saved. */
export function savedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(value) ? value : null;
  } catch {
    return null;
  }
}

export const usePresentationStore = create<PresentationState>()(() => ({
  presenting: false,
  blank: false,
  theme: savedTheme() ?? systemTheme(),
}));

/**
 * The theme on screen. A projector washes out light greys, so presenting in the light theme
 * shows the high-contrast one; dark and high contrast stay as picked.
 */
export function shownTheme(s: PresentationState): Theme {
  return s.presenting && s.theme === 'light' ? 'contrast' : s.theme;
}

export function setPresenting(presenting: boolean): void {
  usePresentationStore.setState({ presenting, blank: false });
}

export function togglePresenting(): void {
  setPresenting(!usePresentationStore.getState().presenting);
}

export function toggleBlank(): void {
  const { presenting, blank } = usePresentationStore.getState();
  usePresentationStore.setState({ blank: presenting && !blank });
}

/**
 * Pick a theme and remember it. A browser that refuses storage still gets it for this visit, and
 * the learner is told that it will not last.
 */
export function setTheme(theme: Theme): void {
  usePresentationStore.setState({ theme });
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
    reportSave('settings', null);
  } catch {
    reportSave('settings', {
      message: 'the theme you picked applies until you reload, and is not kept',
      exportFile: null,
    });
  }
}

/** Light → dark → high contrast → light. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

export function cycleTheme(): void {
  setTheme(nextTheme(usePresentationStore.getState().theme));
}
