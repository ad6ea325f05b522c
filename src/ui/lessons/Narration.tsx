import { useState } from 'react';

/**
 * A step's narration. On a phone, while its question waits, it shows its first lines and a
 * "Read more" button, so the question and every option fit on the screen under the diagram; on a
 * desk it is always whole (see lessons.css).
 */
export function Narration({ text, brief }: { text: string; brief: boolean }) {
  const [open, setOpen] = useState(false);
  const clamped = brief && !open;
  return (
    <div className="lesson-panel__narration-wrap">
      <p
        id="lesson-narration"
        className={`lesson-panel__narration${clamped ? ' lesson-panel__narration--brief' : ''}`}
        data-testid="lesson-narration"
      >
        {text}
      </p>
      {brief && (
        <button
          type="button"
          className="lesson-panel__more"
          aria-expanded={open}
          aria-controls="lesson-narration"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Show less' : 'Read more'}
        </button>
      )}
    </div>
  );
}
