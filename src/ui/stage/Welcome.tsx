import { lessons } from '../../lessons';
import { searchWithLesson } from '../../lessons/link';
import { dismissWelcome, play } from '../../store';
import { goToSearch } from '../lessons/lesson-address';
import { navigateTo } from '../nav/useTool';
import './welcome.css';

/**
 * What a first visit needs before anything else: what the app is for, and where to start (the
 * first lesson, then the simulator, then the quiz). Over the diagram until dismissed; the
 * browser remembers. The simulator shows it, not while presenting or in a lesson.
 */
export default function Welcome() {
  const first = lessons[0]!;
  const startLesson = () => {
    dismissWelcome();
    goToSearch(searchWithLesson(window.location.search, first.id, 1), 'push');
  };
  const explore = () => {
    dismissWelcome();
    play();
  };
  const quiz = () => {
    dismissWelcome();
    navigateTo('quiz');
  };
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome__title">
        Watch AWS Lambda handle events, one at a time
      </h2>
      <p className="welcome__what">
        Each box is a part of AWS; each moving disc is an event on its way to a function. Play a
        scenario and see retries, throttles, batches and dead-letter queues happen step by step —
        the behaviour the AWS Solutions Architect Associate exam asks about.
      </p>
      <h3 className="welcome__start">Start here</h3>
      <ol className="welcome__path">
        <li>
          <button type="button" className="button button--primary" onClick={startLesson}>
            Lesson 1: {first.title}
          </button>
          <span>{first.steps.length} short steps; you predict each outcome before you see it.</span>
        </li>
        <li>
          <button type="button" className="button" onClick={explore}>
            Then play this scenario
          </button>
          <span>Space plays and pauses, arrows step; click any box to change its settings.</span>
        </li>
        <li>
          <button type="button" className="button" onClick={quiz}>
            Test yourself in the quiz
          </button>
          <span>Exam-style questions, each explained with a scenario you can run.</span>
        </li>
      </ol>
      <button
        type="button"
        className="text-button welcome__close"
        aria-label="Close the welcome"
        onClick={dismissWelcome}
      >
        Not now ×
      </button>
    </section>
  );
}
