import { useEffect, useId, useRef, useState } from 'react';
import { CheckIcon } from '../tools/icons';
import { questionLink } from './question-link';

/** How long "Copied" stays before the button reads as before. */
const COPIED_MS = 2500;

type State = 'idle' | 'copied' | 'manual';

/**
 * "Copy link to this question": the address of the question alone, to the clipboard. Where the
 * browser refuses (no permission, an insecure page), the link appears in a field, selected, to
 * copy by hand.
 */
export function CopyQuestionLink({ id }: { id: string }) {
  const [state, setState] = useState<State>('idle');
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const url = questionLink(window.location, id);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(t);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <span className="question-link">
      <button type="button" className="text-link question-link__copy" onClick={() => void copy()}>
        Copy link to this question
      </button>
      <span className="question-link__status" aria-live="polite">
        {state === 'copied' && (
          <>
            <CheckIcon size={14} /> Copied
          </>
        )}
      </span>
      {state === 'manual' && (
        <span className="question-link__manual">
          <label htmlFor={fieldId}>Copy this link:</label>
          <input
            ref={field}
            id={fieldId}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </span>
  );
}
