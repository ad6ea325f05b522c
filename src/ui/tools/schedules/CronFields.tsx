import { CRON_FIELDS, type CronFieldKey } from './schedule-view';

/**
 * The six cron fields side by side, each with what it accepts, so the expression reads as a form.
 * A field named by an error is marked with words as well as colour.
 */
export function CronFields({
  parts,
  problem = [],
}: {
  parts: readonly string[];
  problem?: readonly CronFieldKey[];
}) {
  return (
    <ol className="cron-fields" aria-label="Cron fields">
      {CRON_FIELDS.map((f, i) => {
        const bad = problem.includes(f.key);
        return (
          <li key={f.key} className={`cron-field ${bad ? 'cron-field--bad' : ''}`}>
            <span className="cron-field__title">{f.title}</span>
            <code className="cron-field__value">{parts[i]}</code>
            <span className="cron-field__allowed">
              <span className="visually-hidden">Takes </span>
              {f.values}
              <span className="visually-hidden">, and the characters</span>
              <span className="cron-field__special">{f.special}</span>
            </span>
            {bad && <span className="cron-field__flag">The problem is here</span>}
          </li>
        );
      })}
    </ol>
  );
}
