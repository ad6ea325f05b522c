import { useState } from 'react';
import type { DocPath } from '../../../scenario/edit-path';
import { useEditor } from './editor-context';
import type { ControlProps } from './FieldShell';
import { useSyncedText } from './useSyncedText';

const format = (v: unknown) =>
  v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v, null, 2);

/**
 * A JSON object (a payload, a pattern), edited as text. Text that is not JSON yet stays in the
 * box with the parser's complaint and changes nothing; where plain text is allowed too (a message
 * body, a pattern given as text) it is kept as text.
 */
export function JsonInput({
  path,
  value,
  optional,
  allowText,
  control,
  onLocalError,
}: {
  path: DocPath;
  value: unknown;
  optional: boolean;
  allowText: boolean;
  control: ControlProps;
  onLocalError: (message: string | null) => void;
}) {
  const { edit } = useEditor();
  const [text, setText] = useSyncedText(value, format, (t, v) => t === format(v));
  const [rows] = useState(() => Math.min(12, Math.max(3, format(value).split('\n').length)));
  return (
    <textarea
      {...control}
      className="field__input field__input--json"
      rows={rows}
      spellCheck={false}
      value={text}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        if (t.trim() === '' && optional) {
          onLocalError(null);
          edit(path, undefined);
          return;
        }
        try {
          const parsed: unknown = JSON.parse(t);
          if (typeof parsed === 'object' && parsed !== null) {
            onLocalError(null);
            edit(path, parsed);
            return;
          }
        } catch (err) {
          if (!allowText) {
            onLocalError(`not valid JSON: ${(err as Error).message}`);
            return;
          }
        }
        if (allowText) {
          onLocalError(null);
          edit(path, t);
        } else onLocalError('must be a JSON object, like {"key": "value"}');
      }}
    />
  );
}
