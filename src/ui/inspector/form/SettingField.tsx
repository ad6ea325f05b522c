import { useState } from 'react';
import type { FormNode } from '../../../scenario/edit-form';
import { formatDuration } from '../../../view/format';
import { durationMs, fieldLabel, fieldUnit } from '../../../view/settings-labels';
import { ChoiceInput } from './ChoiceInput';
import { useEditor } from './editor-context';
import { FieldShell } from './FieldShell';
import { JsonInput } from './JsonInput';
import { NumberInput, rangeText } from './NumberInput';
import { TextInput } from './TextInput';

type FieldNode = Extract<FormNode, { type: 'field' }>;

/** One setting: the input its schema calls for, labelled in plain words with its unit. */
export function SettingField({ node, label }: { node: FieldNode; label?: string }) {
  const { edit } = useEditor();
  const [localError, setLocalError] = useState<string | null>(null);
  const { field, path, value, optional } = node;
  const unit = fieldUnit(node.key);
  const name =
    (label ?? fieldLabel(node.key)) + (unit && field.kind !== 'boolean' ? ` (${unit})` : '');
  const inRange =
    field.kind === 'number' &&
    typeof value === 'number' &&
    (field.min === undefined || value >= field.min) &&
    (field.max === undefined || value <= field.max);
  const ms = inRange ? durationMs(value, unit) : undefined;
  const hints = [
    field.kind === 'number' ? rangeText(field, unit) : '',
    // 345600 s reads better as "96 h".
    ms !== undefined && ms >= 60_000 ? `Now ${formatDuration(ms)}.` : '',
    field.kind === 'list' ? 'Separate values with commas.' : '',
    field.kind === 'json-value' ? 'Text, a number, true, false or null.' : '',
    optional && field.kind !== 'boolean' && field.kind !== 'flag' ? 'Leave empty for not set.' : '',
    node.description ? `${node.description[0]!.toUpperCase()}${node.description.slice(1)}.` : '',
  ].filter(Boolean);
  const hint = hints.join(' ') || undefined;

  if (field.kind === 'boolean' || field.kind === 'flag') {
    const checked =
      field.kind === 'boolean' ? value === true : Array.isArray(value) && value.length > 0;
    return (
      <FieldShell path={path} label={name} hint={hint} inline>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={checked}
            onChange={(e) =>
              edit(
                path,
                field.kind === 'boolean' ? e.target.checked : e.target.checked ? [field.value] : [],
              )
            }
          />
        )}
      </FieldShell>
    );
  }
  return (
    <FieldShell path={path} label={name} hint={hint} localError={localError}>
      {(control) => {
        switch (field.kind) {
          case 'number':
            return (
              <NumberInput
                path={path}
                field={field}
                value={value}
                optional={optional}
                control={control}
              />
            );
          case 'choice':
            return (
              <ChoiceInput
                path={path}
                options={field.options}
                value={value}
                optional={optional}
                control={control}
              />
            );
          case 'json':
            return (
              <JsonInput
                path={path}
                value={value}
                optional={optional}
                allowText={field.allowText}
                control={control}
                onLocalError={setLocalError}
              />
            );
          default: {
            const mode =
              field.kind === 'list'
                ? field.of === 'number'
                  ? 'list-number'
                  : 'list-text'
                : field.kind;
            return (
              <TextInput
                path={path}
                mode={mode}
                value={value}
                optional={optional}
                control={control}
              />
            );
          }
        }
      }}
    </FieldShell>
  );
}
