import type { Run } from '../engine';
import { findEvent, stopTime } from './query';
import type { Lesson, ResolvedStep } from './types';

export type LessonProblem = { readonly step: number; readonly problem: string };

/**
 * Place every step of a lesson on the run of its preset. A step whose event the run does not have,
 * a step that would go back in time on the same scenario, or a question whose worked-out answer is
 * not one of its options is a problem: the lesson test walks every lesson so none ever ships.
 */
export function resolveLesson(
  lesson: Lesson,
  runFor: (preset: string) => Run,
): { ok: true; steps: ResolvedStep[] } | { ok: false; problems: LessonProblem[] } {
  const steps: ResolvedStep[] = [];
  const problems: LessonProblem[] = [];
  lesson.steps.forEach((step, index) => {
    const run = runFor(step.preset);
    const event = findEvent(run, step.at);
    if (event === undefined) {
      problems.push({ step: index, problem: `no ${step.at.kind} event #${step.at.nth ?? 1}` });
      return;
    }
    const t = stopTime(run, event, step.at.before === true);
    const previous = steps[steps.length - 1];
    if (previous !== undefined && previous.preset === step.preset && t < previous.t)
      problems.push({ step: index, problem: `goes back in time (${t} < ${previous.t})` });
    let answer: string | null = null;
    if (step.predict !== undefined) {
      answer = step.predict.answer(run, event);
      if (!step.predict.options.some((o) => o.id === answer))
        problems.push({ step: index, problem: `answer "${answer}" is not an option` });
    }
    steps.push({ index, step, preset: step.preset, event, t, answer });
  });
  return problems.length === 0 ? { ok: true, steps } : { ok: false, problems };
}
