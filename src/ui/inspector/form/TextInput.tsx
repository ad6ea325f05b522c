import type { DocPath } from '../../../scenario/edit-path';
import { useEditor } from './editor-context';
import type { ControlProps } from './FieldShell';
import { useSyncedText } from './useSyncedText';

export type TextMode = 'text' | 'text-or-number' | 'json-value' | 'list-text' | 'list-number';

const LIST_SEPARATOR = /\s*,\s*/;

/** What a line of text stands for in each mode. */
export function textValue(mode: TextMode, text: string): unknown {
  switch (mode) {
    case 'text':
      return text;
    case 'text-or-number':
      // A qualifier: digits are a version number, anything else an alias or $LATEST.
      return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim();
    case 'json-value':
      try {
        const v: unknown = JSON.parse(text);
        return v === null || typeof v !== 'object' ? v : text;
      } catch {
        return text;
      }
    case 'list-text':
    case 'list-number': {
      const items = text.split(LIST_SEPARATOR).filter((s) => s !== '');
      if (mode === 'list-text') return items;
      return items.map((s) => (Number.isFinite(Number(s)) ? Number(s) : s));
    }
  }
}

function formatFor(mode: TextMode) {
  return (v: unknown): string => {
    if (v === undefined) return '';
    if (Array.isArray(v)) return v.map(String).join(', ');
    if (mode === 'json-value' && typeof v !== 'string') return JSON.stringify(v);
    return String(v);
  };
}

/**
 * A line of text: a name, a qualifier, a JSON value or a comma-separated list. Empty leaves an
 * optional setting unset.
 */
export function TextInput({
  path,
  mode,
  value,
  optional,
  control,
}: {
  path: DocPath;
  mode: TextMode;
  value: unknown;
  optional: boolean;
  control: ControlProps;
}) {
  const { edit } = useEditor();
  const format = formatFor(mode);
  const [text, setText] = useSyncedText(
    value,
    format,
    (t, v) => JSON.stringify(textValue(mode, t)) === JSON.stringify(v),
  );
  return (
    <input
      {...control}
      className="field__input"
      type="text"
      spellCheck={false}
      autoComplete="off"
      value={text}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        edit(path, t.trim() === '' && optional ? undefined : textValue(mode, t));
      }}
    />
  );
}
