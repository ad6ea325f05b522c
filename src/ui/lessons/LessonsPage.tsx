import type { MouseEvent } from 'react';
import { lessons, type Lesson } from '../../lessons';
import { searchWithLesson } from '../../lessons/link';
import type { LessonProgress } from '../../lessons/progress';
import { goToSearch } from './lesson-address';
import { downloadText } from '../quiz/download';
import {
  discardUnreadableLessons,
  readUnreadableLessons,
  useLessonProgress,
} from './progress-store';
import './lessons.css';

/** The Lessons tab: every guided lesson in course order, with how far the learner got. */
export default function LessonsPage() {
  const progress = useLessonProgress((s) => s.progress);
  const problem = useLessonProgress((s) => s.problem);
  const guarded = useLessonProgress((s) => s.guarded);
  return (
    <main className="tool-page lessons-page">
      <div className="tool-intro">
        <h2>Lessons</h2>
        <p>
          Guided tours through the simulator. Each lesson plays a scenario and stops at the moments
          that matter, explains what happened, and asks you to predict what comes next before it
          shows you. Use Next and Back, or PageDown and PageUp.
        </p>
      </div>
      {problem !== null && (
        <div className="lessons-note" role={guarded ? 'alert' : 'status'}>
          <p>{problem}</p>
          {guarded && (
            <div className="practice__actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  const text = readUnreadableLessons();
                  if (text !== null) downloadText('lambda-event-lab-lessons-unreadable.json', text);
                }}
              >
                Export the unreadable progress
              </button>
              <button type="button" className="button" onClick={discardUnreadableLessons}>
                Start afresh and save over it
              </button>
            </div>
          )}
        </div>
      )}
      <ol className="lessons-list">
        {lessons.map((lesson, i) => (
          <LessonCard key={lesson.id} lesson={lesson} n={i + 1} progress={progress[lesson.id]} />
        ))}
      </ol>
    </main>
  );
}

function LessonCard({
  lesson,
  n,
  progress,
}: {
  lesson: Lesson;
  n: number;
  progress: LessonProgress | undefined;
}) {
  const total = lesson.steps.length;
  const questions = lesson.steps.filter((s) => s.predict !== undefined).length;
  const reached = Math.min(progress?.reached ?? 0, total);
  const done = progress?.done === true;
  const startAt = done || progress === undefined ? 1 : reached;
  const search = searchWithLesson(window.location.search, lesson.id, startAt);
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    goToSearch(search, 'push');
  };
  const state = done
    ? 'Completed'
    : progress === undefined
      ? 'Not started'
      : `Reached step ${reached} of ${total}`;
  const action = done ? 'Start again' : progress === undefined ? 'Start' : 'Continue';
  const titleId = `lesson-${lesson.id}`;
  return (
    <li className="card lesson-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="lesson-card__title">
        <span className="lesson-card__n">{n}</span> {lesson.title}
      </h3>
      <p className="lesson-card__summary">{lesson.summary}</p>
      <p className="lesson-card__meta">
        {total} steps · {questions} questions to predict
      </p>
      <div className="lesson-card__foot">
        <div className="lesson-card__progress">
          <progress
            value={done ? total : reached}
            max={total}
            aria-label={`${lesson.title}: progress`}
          />
          <span>{state}</span>
        </div>
        <a
          className="button lesson-primary"
          href={`${window.location.pathname}${search}${window.location.hash}`}
          onClick={open}
          aria-label={`${action}: ${lesson.title}`}
        >
          {action}
        </a>
      </div>
    </li>
  );
}
