import type { FormNode } from '../../../scenario/edit-form';
import { pathKey } from '../../../scenario/edit-path';
import { defaultFor, defOf, switchVariant, unwrap } from '../../../scenario/edit-schema';
import { fieldLabel, itemLabel } from '../../../view/settings-labels';
import { ChoiceInput } from './ChoiceInput';
import { useEditor } from './editor-context';
import { FieldShell } from './FieldShell';
import { fieldIds } from './field-ids';
import { SettingField } from './SettingField';

/** Any part of the form: a setting, a group of settings, a kind with its settings, or a list. */
export function FormNodeView({ node, label }: { node: FormNode; label?: string }) {
  const name = label ?? fieldLabel(node.key);
  if (node.type === 'field') return <SettingField node={node} {...(label ? { label } : {})} />;
  if (node.optional && !node.present) return <AddOptional node={node} label={name} />;
  if (node.type === 'group')
    return (
      <Group node={node} label={name}>
        {node.children.map((c) => (
          <FormNodeView key={String(c.key)} node={c} />
        ))}
      </Group>
    );
  if (node.type === 'variant') return <Variant node={node} label={name} />;
  return <Items node={node} label={name} />;
}

function Group({
  node,
  label,
  children,
}: {
  node: FormNode;
  label: string;
  children: React.ReactNode;
}) {
  const { edit, errorsAt } = useEditor();
  const errors = errorsAt(pathKey(node.path));
  const ids = fieldIds(node.path);
  return (
    <fieldset
      className="setting-group"
      aria-invalid={errors.length > 0 || undefined}
      aria-describedby={errors.length > 0 ? ids.error : undefined}
    >
      <legend className="setting-group__legend">{label}</legend>
      {node.optional && (
        <button
          type="button"
          className="text-button setting-group__remove"
          aria-label={`Remove ${label.toLowerCase()}`}
          onClick={() => edit(node.path, undefined)}
        >
          Remove
        </button>
      )}
      {errors.length > 0 && (
        <p className="field__error" id={ids.error}>
          {errors.join('; ')}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** A setting that may be left out and is: a button adds it with its defaults. */
function AddOptional({ node, label }: { node: FormNode; label: string }) {
  const { edit } = useEditor();
  return (
    <div className="setting-add">
      <span className="setting-add__label">{label}</span>
      <span className="setting-add__state">not set</span>
      <button
        type="button"
        className="button button--small"
        aria-label={`Add ${label.toLowerCase()}`}
        onClick={() => {
          const u = unwrap(node.schema);
          edit(node.path, defaultFor(u.schema));
        }}
      >
        Add
      </button>
    </div>
  );
}

function Variant({ node, label }: { node: Extract<FormNode, { type: 'variant' }>; label: string }) {
  const { edit } = useEditor();
  const union = unwrap(node.schema).schema;
  return (
    <Group node={node} label={label}>
      <FieldShell path={[...node.path, node.discriminator]} label={fieldLabel(node.discriminator)}>
        {(control) => (
          <ChoiceInput
            path={[...node.path, node.discriminator]}
            options={node.options}
            value={node.current}
            optional={false}
            control={control}
            onPick={(tag) => {
              edit(node.path, switchVariant(union, node.value, tag));
            }}
          />
        )}
      </FieldShell>
      {node.children.map((c) => (
        <FormNodeView key={String(c.key)} node={c} />
      ))}
    </Group>
  );
}

function Items({ node, label }: { node: Extract<FormNode, { type: 'items' }>; label: string }) {
  const { edit } = useEditor();
  const element = defOf(unwrap(node.schema).schema).element!;
  const full = node.max !== undefined && node.items.length >= node.max;
  const singular = itemLabel(node.key);
  return (
    <Group node={node} label={`${label} (${node.items.length})`}>
      {node.items.length === 0 && <p className="panel-empty">None.</p>}
      {node.items.map((item, i) => (
        <div key={i} className="setting-item">
          <FormNodeView node={item} label={`${singular} ${itemName(item, i)}`} />
          <button
            type="button"
            className="text-button setting-item__remove"
            disabled={node.items.length <= node.min}
            onClick={() => edit(item.path, undefined)}
          >
            Remove {singular.toLowerCase()} {itemName(item, i)}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        disabled={full}
        onClick={() => edit([...node.path, node.items.length], defaultFor(element))}
      >
        Add {singular.toLowerCase()}
      </button>
    </Group>
  );
}

/** An item's own name where it has one ("live", "version 2"), else its position. */
function itemName(item: FormNode, i: number): string {
  if (item.type !== 'group') return String(i + 1);
  for (const key of ['name', 'id', 'version', 'sid', 'qualifier']) {
    const f = item.children.find((c) => c.key === key);
    if (
      f?.type === 'field' &&
      (typeof f.value === 'string' || typeof f.value === 'number') &&
      f.value !== ''
    )
      return String(f.value);
  }
  return String(i + 1);
}
