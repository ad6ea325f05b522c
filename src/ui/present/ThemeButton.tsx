import { cycleTheme, nextTheme, THEME_LABELS, usePresentationStore } from '../../store';
import { ThemeIcon } from './icons';

/** Cycles the colour theme: light, dark, high contrast. The choice is kept for the next visit. */
export function ThemeButton() {
  const theme = usePresentationStore((s) => s.theme);
  const next = THEME_LABELS[nextTheme(theme)];
  return (
    <button
      type="button"
      className="header-button"
      aria-label={`Theme: ${THEME_LABELS[theme]}. Switch to ${next}`}
      title={`Theme: ${THEME_LABELS[theme]} (click for ${next})`}
      onClick={cycleTheme}
    >
      <ThemeIcon />
      <span className="header-button__text">{THEME_LABELS[theme]}</span>
    </button>
  );
}
