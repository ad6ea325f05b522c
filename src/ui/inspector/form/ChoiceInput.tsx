import type { DocPath } from '../../../scenario/edit-path';
import { useEditor } from './editor-context';
import type { ControlProps } from './FieldShell';

/** One of the values the schema lists; "not set" too when the setting may be left out. */
export function ChoiceInput({
  path,
  options,
  value,
  optional,
  control,
  onPick,
}: {
  path: DocPath;
  options: readonly unknown[];
  value: unknown;
  optional: boolean;
  control: ControlProps;
  /** Instead of setting the value: a union's kind picks a new shape. */
  onPick?: (option: unknown) => void;
}) {
  const { edit } = useEditor();
  const index = options.findIndex((o) => o === value);
  return (
    <select
      {...control}
      className="field__input"
      value={index < 0 ? '' : String(index)}
      onChange={(e) => {
        const picked = e.target.value === '' ? undefined : options[Number(e.target.value)];
        if (onPick) onPick(picked);
        else edit(path, picked);
      }}
    >
      {(optional || index < 0) && <option value="">{optional ? 'Not set' : '—'}</option>}
      {options.map((o, i) => (
        <option key={String(o)} value={String(i)}>
          {String(o)}
        </option>
      ))}
    </select>
  );
}
