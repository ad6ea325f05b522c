import type { FieldKind } from '../../../scenario/edit-form';
import type { DocPath } from '../../../scenario/edit-path';
import { useEditor } from './editor-context';
import type { ControlProps } from './FieldShell';
import { useSyncedText } from './useSyncedText';
import { formatCount } from '../../../view/format';

type NumberKind = Extract<FieldKind, { kind: 'number' }>;

const format = (v: unknown) => (v === undefined ? '' : String(v));
const same = (text: string, v: unknown) =>
  text.trim() === '' ? v === undefined || v === '' : Number(text) === v || text === v;

/**
 * A number, applied as it is typed. Empty leaves an optional setting unset; anything the parser
 * refuses (out of range, not whole) is passed on so its message says what is allowed.
 */
export function NumberInput({
  path,
  field,
  value,
  optional,
  control,
}: {
  path: DocPath;
  field: NumberKind;
  value: unknown;
  optional: boolean;
  control: ControlProps;
}) {
  const { edit } = useEditor();
  const [text, setText] = useSyncedText(value, format, same);
  return (
    <input
      {...control}
      className="field__input field__input--number"
      type="number"
      inputMode={field.integer ? 'numeric' : 'decimal'}
      min={field.min}
      max={field.max}
      step={field.integer ? 1 : 'any'}
      value={text}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        if (t.trim() === '') edit(path, optional ? undefined : '');
        else edit(path, Number.isFinite(Number(t)) ? Number(t) : t);
      }}
    />
  );
}

/** "1–900", "from 0.2", "at most 10" for a hint; "" when the schema gives no bounds. */
export function rangeText(field: NumberKind, unit: string): string {
  const n = (x: number) => formatCount(x);
  const u = unit ? ` ${unit}` : '';
  const whole = field.integer ? 'whole number' : 'number';
  if (field.min !== undefined && field.max !== undefined)
    return `A ${whole} from ${n(field.min)} to ${n(field.max)}${u}.`;
  if (field.min !== undefined) return `A ${whole} from ${n(field.min)}${u}.`;
  if (field.max !== undefined) return `A ${whole} up to ${n(field.max)}${u}.`;
  return '';
}
