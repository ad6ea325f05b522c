import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Scenario, ScenarioError } from '../../scenario';
import { presetInfo, useScenarioStore } from '../../store';
import { openScenario, wouldDiscardEdits } from '../../store/link-open';
import { ConfirmDialog } from '../quiz/ConfirmDialog';
import { RefusedFile } from './RefusedFile';
import { downloadText } from '../quiz/download';
import { CheckIcon } from '../tools/icons';
import {
  MAX_FILE_BYTES,
  readScenarioFile,
  scenarioFileName,
  scenarioFileText,
  TOO_LARGE,
  type ReadResult,
} from './scenario-file';

type Outcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly name: string; readonly errors: readonly ScenarioError[] };

/**
 * The scenario as a JSON file: download it, or open one. A file is checked as a link is; one
 * that cannot be opened says which fields are wrong, and the scenario on screen stays. Opening a
 * file asks first when it would replace edited work.
 */
export function ScenarioFile({ onAskingChange }: { onAskingChange: (asking: boolean) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<{ name: string; scenario: Scenario } | null>(null);
  useEffect(() => onAskingChange(pending !== null), [pending, onAskingChange]);

  const download = () => {
    const { scenario, presetId } = useScenarioStore.getState();
    const title = (presetId !== null ? presetInfo(presetId)?.title : undefined) ?? scenario.name;
    downloadText(scenarioFileName(title), scenarioFileText(scenario));
  };

  const open = (name: string, scenario: Scenario) => {
    setPending(null);
    void openScenario(scenario).then(() =>
      setOutcome({ ok: true, text: `Opened ${name}: ${scenario.name}.` }),
    );
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file may be chosen again after fixing it
    if (!file) return;
    const result: ReadResult =
      file.size > MAX_FILE_BYTES
        ? { ok: false, errors: [{ path: '', message: TOO_LARGE }] }
        : readScenarioFile(await file.text());
    if (!result.ok) {
      setOutcome({ ok: false, name: file.name, errors: result.errors });
      return;
    }
    setOutcome(null);
    if (wouldDiscardEdits(result.scenario))
      setPending({ name: file.name, scenario: result.scenario });
    else open(file.name, result.scenario);
  };

  return (
    <section className="share-file" aria-labelledby="share-file-title">
      <h3 id="share-file-title" className="share__label">
        Scenario file
      </h3>
      <p className="share-file__lead">
        The whole scenario as a JSON document: keep a copy, edit it, or open one someone sent you.
      </p>
      <div className="share-file__actions">
        <button type="button" className="button" onClick={download}>
          Download scenario (JSON)
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Open a scenario file…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Scenario file to open"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div aria-live="polite">
        {outcome?.ok === true && (
          <p className="status status--ok">
            <CheckIcon size={18} /> {outcome.text}
          </p>
        )}
        {outcome?.ok === false && (
          <RefusedFile name={outcome.name} verb="opened" errors={outcome.errors} />
        )}
      </div>
      {pending !== null && (
        <ConfirmDialog
          title="Open the scenario file?"
          confirmLabel="Open"
          cancelLabel="Keep mine"
          onConfirm={() => open(pending.name, pending.scenario)}
          onCancel={() => setPending(null)}
        >
          <p>Your changes to the current scenario will be lost.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
