import { useEffect, useRef } from 'react';
import { chordLabel, commands, keyLabel } from '../../commands';
import { toggleHelp, useHelpStore } from '../../store';
import './help.css';

/**
 * Every keyboard shortcut, read from the command registry so the list can never drift from what
 * the keys do. Opens with "?" or the help button; Escape or the close button closes it.
 */
export function ShortcutHelp() {
  const open = useHelpStore((s) => s.open);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') toggleHelp(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open]);
  if (!open) return null;
  return (
    <div className="help-backdrop" onClick={() => toggleHelp(false)}>
      <div
        className="help card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="help__head">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button
            ref={close}
            type="button"
            className="help__close"
            onClick={() => toggleHelp(false)}
          >
            Close
          </button>
        </div>
        <dl className="help__list">
          {commands.map((c) => (
            <div key={c.id} className="help__row">
              <dt>
                {c.keys
                  .filter((k) => k !== '=' && k !== '_')
                  .map((k) => (
                    <kbd key={k}>{keyLabel(k)}</kbd>
                  ))}
                {c.chords?.map((k) => (
                  <kbd key={k}>{chordLabel(k)}</kbd>
                ))}
              </dt>
              <dd>{c.label}</dd>
            </div>
          ))}
        </dl>
        <p className="help__note">
          A presentation clicker that sends → and ← steps through events. On a Mac, ⌘ works where
          Ctrl is shown. Shortcuts are off while you type in a field, where Ctrl+Z undoes the typing
          itself.
        </p>
      </div>
    </div>
  );
}
