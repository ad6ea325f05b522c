import { useId, useRef } from 'react';
import { CheckIcon, CrossIcon } from '../icons';
import type { EditorStatus } from './analyse';
import { checkJson } from './json-check';
import { pretty } from './usePlayground';

interface Props {
  label: string;
  /** One line under the label: what belongs in this editor. */
  hint: string;
  value: string;
  onChange(value: string): void;
  status: EditorStatus;
  /** What a valid text is called in the status line, e.g. "pattern". */
  noun: string;
  /** The text area grows with its text between these numbers of lines. */
  minRows: number;
  maxRows: number;
  className?: string;
}

/**
 * A labelled JSON text area with a Format button and a status line. The text is the learner's:
 * it is only rewritten when they press Format, and never when it has errors.
 */
export function JsonEditor(props: Props) {
  const { label, hint, value, onChange, status, noun, minRows, maxRows, className = '' } = props;
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const statusId = `${id}-status`;
  const hintId = `${id}-hint`;

  const showAt = (offset: number) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(offset, Math.min(offset + 1, el.value.length));
  };

  const format = () => {
    const parsed = checkJson(value);
    if (parsed.ok) onChange(pretty(parsed.value));
    else if (parsed.problem.offset !== undefined) showAt(parsed.problem.offset);
  };

  const bad = status.kind !== 'ok';
  return (
    <section className={`card json-editor ${bad ? 'json-editor--bad' : ''} ${className}`}>
      <div className="json-editor__head">
        <div className="json-editor__titles">
          <label className="json-editor__label" htmlFor={id}>
            {label}
          </label>
          <p className="json-editor__hint" id={hintId}>
            {hint}
          </p>
        </div>
        <button
          type="button"
          className="button button--small"
          onClick={format}
          aria-label={`Format ${label.toLowerCase()}`}
        >
          Format
        </button>
      </div>
      <textarea
        ref={area}
        id={id}
        className="json-editor__text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        autoComplete="off"
        rows={Math.min(maxRows, Math.max(minRows, lineCount(value) + 1))}
        aria-invalid={bad}
        aria-describedby={`${hintId} ${statusId}`}
      />
      <div id={statusId} className="json-editor__status">
        <StatusLine status={status} noun={noun} onShow={showAt} />
      </div>
    </section>
  );
}

function StatusLine({
  status,
  noun,
  onShow,
}: {
  status: EditorStatus;
  noun: string;
  onShow(offset: number): void;
}) {
  if (status.kind === 'ok') {
    return (
      <>
        <p className="status status--ok">
          <CheckIcon size={16} /> Valid {noun}
        </p>
        {status.note && <p className="status status--note">{status.note}</p>}
      </>
    );
  }
  if (status.kind === 'invalid') {
    return (
      <p className="status status--bad">
        <CrossIcon size={16} />
        <span>
          <strong>Not a valid {noun}.</strong> {status.message}
        </span>
      </p>
    );
  }
  const { problem } = status;
  const where =
    problem.line !== undefined ? `Line ${problem.line}, column ${problem.column}: ` : '';
  return (
    <p className="status status--bad">
      <CrossIcon size={16} />
      <span>
        <strong>Not valid JSON.</strong> {where}
        {problem.message}
        {problem.offset !== undefined && (
          <>
            {' '}
            <button type="button" className="text-link" onClick={() => onShow(problem.offset!)}>
              Go to line {problem.line}
            </button>
          </>
        )}
      </span>
    </p>
  );
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
