import { isUnderWay } from '../../quiz/attempt';
import { ExamResult } from './ExamResult';
import { ExamSession } from './ExamSession';
import { ExamStart } from './ExamStart';
import { useQuizStore } from './store';

/** The exam tab: start a mock, take it, then see the result and review it. */
export function ExamScreen() {
  const exam = useQuizStore((s) => s.progress.exam);
  if (exam === null) return <ExamStart />;
  if (isUnderWay(exam)) return <ExamSession attempt={exam} />;
  return <ExamResult attempt={exam} />;
}
