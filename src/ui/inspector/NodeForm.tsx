import { useMemo } from 'react';
import { placeErrors } from '../../scenario/edit-apply';
import { sectionForm, walkForm, type FormSection } from '../../scenario/edit-form';
import { pathKey } from '../../scenario/edit-path';
import { editDraft, revertDraft, useDraftStore } from './draft-store';
import { EditorContext, type Editor } from './form/editor-context';
import { FormNodeView } from './form/FormNodeView';

const NO_ERRORS: readonly string[] = [];

/**
 * The settings of one diagram node as a form built from the scenario schema. Loaded on demand:
 * it needs the schema (zod), which the first page load does without.
 */
export default function NodeForm({ sections }: { sections: readonly FormSection[] }) {
  const draft = useDraftStore((s) => s.draft);
  const errors = useDraftStore((s) => s.errors);
  const forms = useMemo(
    () => sections.map((section) => ({ section, nodes: sectionForm(draft, section) })),
    [sections, draft],
  );
  const placed = useMemo(() => {
    const shown = new Set<string>();
    for (const f of forms) for (const n of walkForm(f.nodes)) shown.add(pathKey(n.path));
    return placeErrors(errors, shown);
  }, [forms, errors]);
  const editor = useMemo<Editor>(
    () => ({ edit: editDraft, errorsAt: (key) => placed.at.get(key) ?? NO_ERRORS }),
    [placed],
  );
  return (
    <EditorContext.Provider value={editor}>
      {errors.length > 0 && (
        <div className="edit-status" role="alert">
          <p>
            Not applied: the scenario keeps running as it was until{' '}
            {errors.length === 1 ? 'this is' : 'these are'} fixed.
          </p>
          {placed.elsewhere.length > 0 && (
            <ul>
              {placed.elsewhere.map((e) => (
                <li key={`${e.path}:${e.message}`}>
                  <code>{e.path || 'scenario'}</code>: {e.message}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--small" onClick={revertDraft}>
            Undo the changes not applied
          </button>
        </div>
      )}
      <form className="node-form" onSubmit={(e) => e.preventDefault()} noValidate>
        {forms.map(({ section, nodes }) => (
          <section key={section.title} className="node-form__section" aria-label={section.title}>
            <h3 className="panel-heading">{section.title}</h3>
            {nodes.map((n) => (
              <FormNodeView key={pathKey(n.path)} node={n} />
            ))}
          </section>
        ))}
      </form>
    </EditorContext.Provider>
  );
}
