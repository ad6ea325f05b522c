import { useId } from 'react';
import { eventBridgeSamples, type EventBridgeSample } from '../../../catalog/eventbridge-samples';
import { pretty } from './usePlayground';

interface Props {
  current: EventBridgeSample;
  patternText: string;
  onSample(id: string): void;
  onPattern(text: string): void;
}

/** Sample events one click away, and patterns to try on the one loaded. */
export function SamplePicker({ current, patternText, onSample, onPattern }: Props) {
  const titleId = useId();
  const tryId = useId();
  return (
    <section className="card samples" aria-labelledby={titleId}>
      <div className="samples__head">
        <h3 className="section-title" id={titleId}>
          Sample events
        </h3>
        <span className="samples__swipe" aria-hidden="true">
          Swipe for all {eventBridgeSamples.length} →
        </span>
      </div>
      <ul className="samples__list">
        {eventBridgeSamples.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="sample-chip"
              aria-pressed={s.id === current.id}
              onClick={() => onSample(s.id)}
            >
              <span className="sample-chip__service">{s.service}</span>{' '}
              <span className="sample-chip__label">{s.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="samples__try">
        <h4 className="samples__try-title" id={tryId}>
          Patterns to try on <span className="samples__current">{current.label}</span>
        </h4>
        <ul className="samples__patterns" aria-labelledby={tryId}>
          {current.patterns.map((p) => {
            const text = pretty(p.pattern);
            return (
              <li key={p.label}>
                <button
                  type="button"
                  className="try-button"
                  aria-pressed={text === patternText}
                  onClick={() => onPattern(text)}
                >
                  <span className="try-button__label">{p.label}</span>{' '}
                  <span className="operator-tag">{p.teaches}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
