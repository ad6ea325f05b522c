import { useEffect, useId, useRef, useState } from 'react';
import { CheckIcon } from '../tools/icons';
import { formatCount } from '../../view/format';

/** How long "Copied" stays on the button. */
const COPIED_MS = 2500;

type State = 'idle' | 'copied' | 'manual';

/**
 * The link in a field that can always be selected by hand, a Copy button, and the link's length.
 * Where the browser refuses the clipboard (no permission, an insecure page) the field is
 * selected and the person is told to copy it with the keyboard.
 */
export function CopyLink({ url, what = 'this moment' }: { url: string; what?: string }) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ url: string; state: State }>({ url, state: 'idle' });
  // A new link (another moment) has not been copied yet.
  const state = copied.url === url ? copied.state : 'idle';

  useEffect(() => {
    // Focused and selected, so Ctrl+C copies it straight away.
    if (state === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
    if (state !== 'copied') return;
    const timer = setTimeout(() => setCopied({ url, state: 'idle' }), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state, url]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopied({ url, state: 'copied' });
    } catch {
      setCopied({ url, state: 'manual' });
    }
  };

  return (
    <div className="share-copy">
      <label className="share__label" htmlFor={fieldId}>
        Link to {what}
      </label>
      <div className="share-copy__row">
        <input
          ref={field}
          id={fieldId}
          className="share-copy__field"
          type="text"
          readOnly
          spellCheck={false}
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--primary share-copy__button"
          onClick={() => void copy()}
        >
          {state === 'copied' ? (
            <>
              <CheckIcon size={16} /> Copied
            </>
          ) : (
            'Copy link'
          )}
        </button>
      </div>
      <p className="share__meta">{formatCount(url.length)} characters</p>
      <p className="share__meta share-copy__status" aria-live="polite">
        {state === 'copied' && 'The link is on the clipboard.'}
        {state === 'manual' &&
          'This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac).'}
      </p>
    </div>
  );
}
