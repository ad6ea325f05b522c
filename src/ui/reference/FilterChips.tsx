import { useId } from 'react';

interface Props<T extends string> {
  /** Names the group for screen readers and shows above the chips. */
  title: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  counts: Readonly<Record<T, number>>;
  value: T;
  onChange(value: T): void;
}

/** One row of filter chips: exactly one is pressed, and each shows how many rows it would show. */
export function FilterChips<T extends string>({
  title,
  options,
  labels,
  counts,
  value,
  onChange,
}: Props<T>) {
  const titleId = useId();
  return (
    <div className="ref-filter" role="group" aria-labelledby={titleId}>
      <span className="ref-filter__title" id={titleId}>
        {title}
      </span>
      <ul className="ref-chips">
        {options.map((option) => (
          <li key={option}>
            <button
              type="button"
              className={`ref-chip ref-chip--${option}`}
              aria-pressed={option === value}
              onClick={() => onChange(option)}
            >
              <span className="ref-chip__label">{labels[option]}</span>{' '}
              <span
                className={
                  counts[option] === 0 ? 'ref-chip__count ref-chip__count--zero' : 'ref-chip__count'
                }
              >
                {counts[option]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
