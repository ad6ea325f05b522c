import { useRef, useState, type ChangeEvent } from 'react';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { openOwnQuestionFile, practiseOwnQuestions, removeOwnQuestions } from './own-questions';
import { useQuizStore } from './store';

type Message =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly text: string; readonly problems: readonly string[] };

/**
 * "Open a question file…": a teacher's own questions, in the bank's YAML format, to practise
 * beside the built-in ones. A file with any problem is refused as a whole, with every problem
 * listed by line, question and field; what was loaded before stays.
 */
export function OwnQuestions() {
  const ownFile = useQuizStore((s) => s.ownFile);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const r = await openOwnQuestionFile(file.name, await file.text());
      setMessage(
        r.ok
          ? {
              ok: true,
              text: `Loaded ${r.count} ${r.count === 1 ? 'question' : 'questions'} from ${file.name}.`,
            }
          : {
              ok: false,
              text: `${file.name} was not loaded: ${r.problems.length} ${
                r.problems.length === 1 ? 'problem' : 'problems'
              }. Nothing else changed.`,
              problems: r.problems,
            },
      );
    } finally {
      setBusy(false);
    }
  };

  const count = ownFile?.ids.length ?? 0;
  return (
    <section className="card quiz-panel" aria-labelledby="own-title">
      <h3 id="own-title" className="quiz-panel__title">
        Your own questions
      </h3>
      <p className="quiz-panel__lead">
        Open a question file (YAML, in the format the built-in questions use) to practise its
        questions here. It is checked first, kept for this browser tab only, and never uploaded.
      </p>
      {ownFile !== null && (
        <p>
          {count} {count === 1 ? 'question' : 'questions'} from <strong>{ownFile.name}</strong>.
        </p>
      )}
      <div className="practice__actions">
        {ownFile !== null && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => practiseOwnQuestions(Date.now())}
          >
            Practise them
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          Open a question file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Question file to open"
          onChange={onFile}
        />
        {ownFile !== null && (
          <button
            type="button"
            className="button"
            onClick={() => {
              removeOwnQuestions();
              setMessage(null);
            }}
          >
            Remove them
          </button>
        )}
      </div>
      {message?.ok === true && (
        <p className="status status--ok" role="status">
          <CheckIcon size={18} /> {message.text}
        </p>
      )}
      {message?.ok === false && (
        <div className="status status--bad own-questions__problems" role="alert">
          <p>
            <CrossIcon size={18} /> {message.text}
          </p>
          <ul>
            {message.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
