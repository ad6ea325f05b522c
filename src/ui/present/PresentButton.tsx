import { togglePresenting, usePresentationStore } from '../../store';
import { PresentIcon } from './icons';

/** Starts or leaves presentation mode, like the "f" key. */
export function PresentButton() {
  const presenting = usePresentationStore((s) => s.presenting);
  const label = presenting ? 'Exit presentation' : 'Present';
  return (
    <button
      type="button"
      className={`header-button${presenting ? ' header-button--on' : ''}`}
      title={`${presenting ? 'Leave presentation mode' : 'Presentation mode: large type, captions, clicker keys'} (f)`}
      onClick={togglePresenting}
    >
      <PresentIcon />
      <span className="header-button__text">{label}</span>
    </button>
  );
}
