import { useMemo } from 'react';
import { ALL_QUESTIONS } from '../../quiz/bank';
import { TOPIC_LABELS, topicMastery } from '../../quiz/mastery';
import type { Topic } from '../../quiz/schema';
import { MasteryBar } from './MasteryBar';
import { useQuizStore } from './store';

/** Pick topics to practise: each with its question count and how much of it is mastered. */
export function TopicPicker({
  selected,
  onChange,
  now,
}: {
  selected: readonly Topic[];
  onChange: (topics: Topic[]) => void;
  now: number;
}) {
  const cards = useQuizStore((s) => s.progress.cards);
  const rows = useMemo(() => topicMastery(ALL_QUESTIONS, cards, now), [cards, now]);
  const available = rows.filter((r) => r.total > 0).map((r) => r.topic);
  const toggle = (t: Topic) =>
    onChange(selected.includes(t) ? selected.filter((x) => x !== t) : [...selected, t]);
  return (
    <fieldset className="topic-picker">
      <legend className="section-title">Topics</legend>
      <div className="topic-picker__bulk">
        <button type="button" className="text-link" onClick={() => onChange(available)}>
          Select all
        </button>
        <button type="button" className="text-link" onClick={() => onChange([])}>
          Clear
        </button>
      </div>
      <ul className="topic-picker__list">
        {rows.map((r) => (
          <li key={r.topic}>
            <label className={`topic${r.total === 0 ? ' topic--empty' : ''}`}>
              <input
                type="checkbox"
                checked={selected.includes(r.topic)}
                disabled={r.total === 0}
                onChange={() => toggle(r.topic)}
              />
              <span className="topic__name">{TOPIC_LABELS[r.topic]}</span>
              <span className="topic__count">
                {r.total === 0
                  ? 'no questions yet'
                  : `${r.total} ${r.total === 1 ? 'question' : 'questions'} · ${r.mastered} mastered${r.due > 0 ? ` · ${r.due} due` : ''}`}
              </span>
              {r.total > 0 && <MasteryBar row={r} />}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
