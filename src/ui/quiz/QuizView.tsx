import { useEffect } from 'react';
import { DueScreen } from './DueScreen';
import { ExamScreen } from './ExamScreen';
import { LinkMissNotice } from './LinkMissNotice';
import { LoadProblemBanner } from './LoadProblemBanner';
import { restoreOwnQuestionFile } from './own-questions';
import { PracticeScreen } from './PracticeScreen';
import { ProgressScreen } from './ProgressScreen';
import { setScreen, useQuizStore, type QuizScreen } from './store';
import { useQuestionLink } from './useQuestionLink';
import './quiz.css';

const SCREENS: readonly { id: QuizScreen; label: string }[] = [
  { id: 'practice', label: 'Practice' },
  { id: 'due', label: 'Due today' },
  { id: 'exam', label: 'Mock exam' },
  { id: 'progress', label: 'Progress' },
];

/** The quiz, full page: practice, spaced repetition, mock exams and progress. */
export default function QuizView() {
  const screen = useQuizStore((s) => s.screen);
  const problem = useQuizStore((s) => s.loadProblem);
  const linkMiss = useQuizStore((s) => s.linkMiss);
  useQuestionLink();
  // A question file opened earlier in this tab comes back after a reload.
  useEffect(() => void restoreOwnQuestionFile(), []);
  return (
    <main className="tool-page quiz-page" aria-labelledby="quiz-title">
      <header className="tool-intro">
        <h2 id="quiz-title">Quiz</h2>
        <p>
          Exam-style questions on how Lambda is invoked, with the reason behind every option — and
          where it helps, the simulator opens at the moment that proves the answer.
        </p>
      </header>
      {problem && <LoadProblemBanner problem={problem} />}
      {linkMiss !== null && <LinkMissNotice id={linkMiss} />}
      <nav className="quiz-tabs" aria-label="Quiz">
        {SCREENS.map((s) => (
          <button
            key={s.id}
            type="button"
            className="quiz-tabs__tab"
            aria-current={screen === s.id ? 'page' : undefined}
            onClick={() => setScreen(s.id)}
          >
            {s.label}
          </button>
        ))}
      </nav>
      {screen === 'practice' && <PracticeScreen />}
      {screen === 'due' && <DueScreen />}
      {screen === 'exam' && <ExamScreen />}
      {screen === 'progress' && <ProgressScreen />}
    </main>
  );
}
