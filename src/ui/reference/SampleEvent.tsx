import { useEffect, useMemo, useRef, useState } from 'react';
import type { ServiceRecord } from '../../catalog/services';
import { prettyJson } from '../tools/patterns/pretty-json';
import { CopyIcon, ShuffleIcon } from './icons';

/** The first sample is the same for everyone, so a class can talk about the same ids. */
const FIRST_SEED = 1;
/** How long "Copied" stays up. */
const FEEDBACK_MS = 2_500;

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The service's sample event as JSON, in a box that scrolls on its own (long base64 lines must not
 * widen the page), with a copy button and another seeded sample on demand.
 */
export function SampleEvent({ service }: { service: ServiceRecord }) {
  const [seed, setSeed] = useState(FIRST_SEED);
  const [copy, setCopy] = useState<CopyState>('idle');
  const text = useMemo(() => prettyJson(service.sampleEvent(seed)), [service, seed]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (state: CopyState) => {
    setCopy(state);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopy('idle'), FEEDBACK_MS);
  };
  const onCopy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined) {
      show('failed');
      return;
    }
    clipboard.writeText(text).then(
      () => show('copied'),
      () => show('failed'),
    );
  };
  const label =
    service.invocation === 'special'
      ? `Configuration ${service.shortName} gives the function`
      : `Sample ${service.shortName} event`;

  return (
    <div className="ref-sample">
      <div className="ref-sample__tools">
        <button type="button" className="button button--small" onClick={onCopy}>
          <CopyIcon />
          Copy JSON
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setSeed((s) => s + 1);
            setCopy('idle');
          }}
        >
          <ShuffleIcon />
          Another sample
        </button>
        <span className={`ref-sample__feedback ref-sample__feedback--${copy}`} role="status">
          {copy === 'copied'
            ? 'Copied'
            : copy === 'failed'
              ? 'Could not copy: select the text and copy it'
              : ''}
        </span>
      </div>
      <figure className="ref-sample__figure" aria-label={label}>
        {/* Focusable, so the box can be scrolled from the keyboard. */}
        <pre className="ref-sample__json" tabIndex={0}>
          <code>{text}</code>
        </pre>
      </figure>
    </div>
  );
}
