import { setCaptions, useCaptionsStore } from '../../store';

/** Shows or hides the caption line over the diagram (remembered between visits). */
export function CaptionsToggle() {
  const captions = useCaptionsStore((s) => s.captions);
  return (
    <button
      type="button"
      className="skip-toggle captions-toggle"
      aria-pressed={captions}
      title="A caption over the diagram says what happens at each moment"
      onClick={() => setCaptions(!captions)}
    >
      <span aria-hidden="true">CC</span> <span className="captions-toggle__word">Captions</span>
    </button>
  );
}
