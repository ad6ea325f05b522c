import { toggleHelp } from '../../store';
import './help-button.css';

/** The "?" button that opens the list of shortcuts (the list itself loads when first opened). */
export function HelpButton() {
  return (
    <button
      type="button"
      className="icon-button help-button"
      aria-label="Keyboard shortcuts"
      title="Keyboard shortcuts (?)"
      onClick={() => toggleHelp()}
    >
      ?
    </button>
  );
}
