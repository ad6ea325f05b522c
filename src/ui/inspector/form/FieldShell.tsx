import type { ReactNode } from 'react';
import type { DocPath } from '../../../scenario/edit-path';
import { pathKey } from '../../../scenario/edit-path';
import { useEditor } from './editor-context';
import { describedBy, fieldIds } from './field-ids';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean | undefined;
  readonly 'aria-describedby': string | undefined;
}

interface Props {
  readonly path: DocPath;
  readonly label: string;
  readonly hint?: string | undefined;
  /** An error the field found itself (text that is not JSON), before the parser sees anything. */
  readonly localError?: string | null | undefined;
  /** Checkboxes put their label after the box. */
  readonly inline?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

/** A label, its control, a hint on what is allowed, and the parser's message when it is wrong. */
export function FieldShell({ path, label, hint, localError, inline, children }: Props) {
  const { errorsAt } = useEditor();
  const ids = fieldIds(path);
  const errors = localError ? [localError] : errorsAt(pathKey(path));
  const invalid = errors.length > 0;
  const control = children({
    id: ids.input,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(hint && ids.hint, invalid && ids.error),
  });
  return (
    <div className={`field${inline ? ' field--inline' : ''}${invalid ? ' field--invalid' : ''}`}>
      {inline ? (
        <label className="field__check">
          {control}
          <span>{label}</span>
        </label>
      ) : (
        <>
          <label className="field__label" htmlFor={ids.input}>
            {label}
          </label>
          {control}
        </>
      )}
      {hint && (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      )}
      {invalid && (
        <p className="field__error" id={ids.error}>
          {errors.join('; ')}
        </p>
      )}
    </div>
  );
}
