import { useId } from 'react';

export const EXAMPLES: readonly string[] = [
  'rate(5 minutes)',
  'rate(1 day)',
  'cron(0 10 * * ? *)',
  'cron(0 18 ? * MON-FRI *)',
  'cron(0/15 * * * ? *)',
  'cron(15 10 ? * 6L 2026-2028)',
  'cron(0 9 ? * 2#1 *)',
  'cron(0 0 L * ? *)',
  'at(2027-03-14T09:30:00)',
];

interface Props {
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  /** Id of the element that explains the current value (its meaning or its error). */
  describedBy: string | undefined;
}

/** The expression field and one-click examples. */
export function ExpressionInput({ value, onChange, invalid, describedBy }: Props) {
  const id = useId();
  const examplesId = useId();
  return (
    <div className="expression">
      <label className="expression__label" htmlFor={id}>
        Schedule expression
      </label>
      <input
        id={id}
        className="expression__input"
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        autoComplete="off"
        placeholder="rate(5 minutes), cron(0 10 * * ? *) or at(…)"
        aria-invalid={invalid}
        aria-describedby={describedBy}
      />
      <div className="expression__examples">
        <span className="expression__examples-title" id={examplesId}>
          Examples
        </span>
        <ul className="example-chips" aria-labelledby={examplesId}>
          {EXAMPLES.map((ex) => (
            <li key={ex}>
              <button
                type="button"
                className="example-chip"
                aria-pressed={value.trim() === ex}
                onClick={() => onChange(ex)}
              >
                {ex}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
