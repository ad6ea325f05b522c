import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Scenario, ScenarioError } from '../../scenario';
import type { Skipped } from '../../sam';
import { useScenarioStore } from '../../store';
import { openScenario, wouldDiscardEdits } from '../../store/link-open';
import { ConfirmDialog } from '../quiz/ConfirmDialog';
import { RefusedFile } from './RefusedFile';
import { downloadText } from '../quiz/download';
import { CheckIcon } from '../tools/icons';
import {
  MAX_TEMPLATE_BYTES,
  readSamTemplate,
  samTemplateText,
  TEMPLATE_TOO_LARGE,
  type TemplateRead,
} from './sam-template';

type Outcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly skipped: readonly Skipped[];
      readonly restored: boolean;
      readonly keptSimulation: boolean;
    }
  | { readonly ok: false; readonly name: string; readonly errors: readonly ScenarioError[] };

interface Pending {
  readonly name: string;
  readonly scenario: Scenario;
  readonly skipped: readonly Skipped[];
  readonly restored: boolean;
  readonly keptSimulation: boolean;
}

/**
 * The scenario as an AWS SAM template: download template.yaml or read it here to copy, and
 * import a SAM or CloudFormation template from a file or pasted text. A template that cannot be
 * imported says what is wrong and the scenario on screen stays; one that can lists what of it
 * the simulator does not use.
 */
export function SamTemplate({ onAskingChange }: { onAskingChange: (asking: boolean) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const viewId = useId();
  const pasteId = useId();
  const [view, setView] = useState<string | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const viewField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => onAskingChange(pending !== null), [pending, onAskingChange]);

  const current = () => samTemplateText(useScenarioStore.getState().scenario);

  const download = async () => downloadText('template.yaml', await current());

  const toggleView = async () => setView(view === null ? await current() : null);

  const copy = async () => {
    try {
      if (!navigator.clipboard || view === null) throw new Error('no clipboard');
      await navigator.clipboard.writeText(view);
      setCopied('copied');
    } catch {
      setCopied('manual');
      viewField.current?.focus();
      viewField.current?.select();
    }
  };

  const open = (p: Pending) => {
    setPending(null);
    void openScenario(p.scenario).then(() =>
      setOutcome({
        ok: true,
        text: `Imported ${p.name}: ${p.scenario.name}.`,
        skipped: p.skipped,
        restored: p.restored,
        keptSimulation: p.keptSimulation,
      }),
    );
  };

  const importText = async (name: string, text: string) => {
    const result: TemplateRead = await readSamTemplate(text);
    if (!result.ok) {
      setOutcome({ ok: false, name, errors: result.errors });
      return;
    }
    setOutcome(null);
    const p = { name, ...result };
    if (wouldDiscardEdits(result.scenario)) setPending(p);
    else open(p);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file may be chosen again after fixing it
    if (!file) return;
    if (file.size > MAX_TEMPLATE_BYTES) {
      setOutcome({
        ok: false,
        name: file.name,
        errors: [{ path: '', message: TEMPLATE_TOO_LARGE }],
      });
      return;
    }
    await importText(file.name, await file.text());
  };

  return (
    <section className="share-file share-sam" aria-labelledby="share-sam-title">
      <h3 id="share-sam-title" className="share__label">
        AWS SAM template
      </h3>
      <p className="share-file__lead">
        The function, its event sources and their settings as a template you can deploy with the SAM
        CLI; traffic and faults stay in comments. Import one to see it run.
      </p>
      <div className="share-file__actions">
        <button type="button" className="button" onClick={() => void download()}>
          Export SAM template
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={view !== null}
          aria-controls={viewId}
          onClick={() => void toggleView()}
        >
          {view === null ? 'Show template' : 'Hide template'}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import template…
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={pasting}
          aria-controls={pasteId}
          onClick={() => setPasting(!pasting)}
        >
          Paste a template
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".yaml,.yml,.json,.template,application/json,application/yaml,text/yaml"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Template file to import"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {view !== null && (
        <div className="share-sam__view">
          <textarea
            ref={viewField}
            id={viewId}
            className="share-sam__text"
            aria-label="template.yaml"
            readOnly
            spellCheck={false}
            value={view}
            rows={14}
          />
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {copied === 'copied' ? 'Copied' : 'Copy template'}
          </button>
          <p className="share__meta" aria-live="polite">
            {copied === 'copied' && 'The template is on the clipboard.'}
            {copied === 'manual' &&
              'This browser did not allow copying. The template is selected: press Ctrl+C (⌘C on a Mac).'}
          </p>
        </div>
      )}
      {pasting && (
        <div className="share-sam__paste">
          <textarea
            id={pasteId}
            className="share-sam__text"
            aria-label="Template to import (YAML or JSON)"
            spellCheck={false}
            rows={8}
            value={pasted}
            placeholder="Resources:"
            onChange={(e) => setPasted(e.target.value)}
          />
          <button
            type="button"
            className="button button--small"
            disabled={pasted.trim() === ''}
            onClick={() => void importText('the pasted template', pasted)}
          >
            Import pasted template
          </button>
        </div>
      )}
      <div aria-live="polite">
        {outcome?.ok === true && (
          <div>
            <p className="status status--ok">
              <CheckIcon size={18} /> {outcome.text}
            </p>
            {!outcome.restored && outcome.keptSimulation && (
              <p className="share__meta">
                Its resources were edited since the export: they are read as they are now, and the
                traffic, the handler and the faults come from the scenario it carries.
              </p>
            )}
            {!outcome.keptSimulation && (
              <p className="share__meta">
                A template holds no traffic: each event source sends one event at 1 s.
              </p>
            )}
            {outcome.skipped.length > 0 && (
              <details className="share-sam__skipped">
                <summary>
                  {outcome.skipped.length} setting{outcome.skipped.length === 1 ? '' : 's'} of the
                  template {outcome.skipped.length === 1 ? 'is' : 'are'} not in the scenario
                </summary>
                <ul>
                  {outcome.skipped.map((k, i) => (
                    <li key={i}>
                      <code>{k.logicalId}</code>{' '}
                      {k.property !== '(resource)' && <code>{k.property}</code>} {k.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
        {outcome?.ok === false && (
          <RefusedFile name={outcome.name} verb="imported" errors={outcome.errors} />
        )}
      </div>
      {pending !== null && (
        <ConfirmDialog
          title="Import the template?"
          confirmLabel="Import"
          cancelLabel="Keep mine"
          onConfirm={() => open(pending)}
          onCancel={() => setPending(null)}
        >
          <p>Your changes to the current scenario will be lost.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
