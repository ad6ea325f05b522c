import { useMemo } from 'react';
import { questionsOfTopics } from '../../quiz/bank';
import { OwnQuestions } from './OwnQuestions';
import { PracticeRunner } from './PracticeRunner';
import { setTopics, startTopicPractice, useQuizStore } from './store';
import { TopicPicker } from './TopicPicker';
import { useNow } from '../tools/useNow';
import { formatCount } from '../../view/format';

/** Practice: choose topics, then answer with instant feedback and "show me". */
export function PracticeScreen() {
  const session = useQuizStore((s) => s.session);
  const topics = useQuizStore((s) => s.topics);
  const now = useNow(60_000);
  const count = useMemo(() => questionsOfTopics(topics).length, [topics]);
  if (session !== null) return <PracticeRunner />;
  return (
    <>
      <section className="card quiz-panel" aria-labelledby="practice-title">
        <h3 id="practice-title" className="quiz-panel__title">
          Practice by topic
        </h3>
        <p className="quiz-panel__lead">
          Questions you have never seen come first, then those due for review. Every answer shows
          why each option is right or wrong, and many open the simulator at the moment that proves
          it.
        </p>
        <TopicPicker selected={topics} onChange={setTopics} now={now} />
        <div className="practice__actions practice__actions--sticky">
          <button
            type="button"
            className="button button--primary"
            disabled={count === 0}
            onClick={() => startTopicPractice(topics, Date.now())}
          >
            {count === 0
              ? 'Choose a topic to start'
              : `Start: ${formatCount(count)} ${count === 1 ? 'question' : 'questions'}`}
          </button>
        </div>
      </section>
      <OwnQuestions />
    </>
  );
}
