import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ALL_QUESTIONS, questionById } from '../../quiz/bank';
import { TOPIC_LABELS } from '../../quiz/mastery';
import { practiceOrder } from '../../quiz/practice';
import { TOPICS, type Topic } from '../../quiz/schema';
import { dueIds } from '../../quiz/srs';
import { useScenarioStore } from '../../store';
import { useNow } from '../tools/useNow';
import { endOfLocalDay } from './format';
import { PracticeRunner } from './PracticeRunner';
import { startDuePractice, startPractice, startTopicPractice, useQuizStore } from './store';
import './quiz.css';
import { formatCount } from '../../view/format';

/**
 * The quiz beside the diagram: the current practice question, answered without leaving the
 * simulator; "show me" loads its scenario right here, paused at the moment that proves it.
 */
export default function AlongsidePanel() {
  const ref = useRef<HTMLElement>(null);
  const session = useQuizStore((s) => s.session);
  // Space on an option ticks it here; it must not reach the simulator's play/pause shortcut.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === ' ' && e.target instanceof HTMLInputElement) e.stopPropagation();
  };
  return (
    <aside ref={ref} className="card alongside" aria-label="Quiz alongside" onKeyDown={onKeyDown}>
      {session ? <PracticeRunner compact scope={ref} /> : <AlongsideStart />}
    </aside>
  );
}

function AlongsideStart() {
  const presetId = useScenarioStore((s) => s.presetId);
  const cards = useQuizStore((s) => s.progress.cards);
  const [topic, setTopic] = useState<Topic | ''>('');
  const counts = useMemo(() => {
    const c = new Map<Topic, number>();
    for (const q of ALL_QUESTIONS) c.set(q.topic, (c.get(q.topic) ?? 0) + 1);
    return c;
  }, []);
  const aboutThis = useMemo(
    () => ALL_QUESTIONS.filter((q) => presetId !== null && q.showMe?.preset === presetId),
    [presetId],
  );
  const now = useNow(60_000);
  const due = dueIds(cards, endOfLocalDay(now), (id) => questionById(id) !== undefined);
  return (
    <div className="alongside-start">
      <h2 className="alongside-start__title">Quiz alongside</h2>
      <p className="alongside-start__lead">
        Answer here while the diagram stays in view; “show me” replays the answer in this simulator.
      </p>
      {aboutThis.length > 0 && (
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            startPractice(
              'This scenario',
              practiceOrder(aboutThis, cards, Date.now(), now),
              Date.now(),
            )
          }
        >
          {formatCount(aboutThis.length)} {aboutThis.length === 1 ? 'question' : 'questions'} about
          this scenario
        </button>
      )}
      <div className="alongside-start__row">
        <label className="alongside-start__label" htmlFor="alongside-topic">
          Topic
        </label>
        <select
          id="alongside-topic"
          value={topic}
          onChange={(e) => setTopic(e.target.value as Topic | '')}
        >
          <option value="">All topics</option>
          {TOPICS.filter((t) => (counts.get(t) ?? 0) > 0).map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t]} ({counts.get(t)})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() =>
            startTopicPractice(
              topic === '' ? TOPICS.filter((t) => (counts.get(t) ?? 0) > 0) : [topic],
              Date.now(),
            )
          }
        >
          Start
        </button>
      </div>
      {due.length > 0 && (
        <button
          type="button"
          className="button"
          onClick={() => startDuePractice(Date.now(), endOfLocalDay(Date.now()))}
        >
          Review the {formatCount(due.length)} due today
        </button>
      )}
    </div>
  );
}
