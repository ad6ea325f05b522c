import { batches } from './content/batches';
import { eventBridge } from './content/eventbridge';
import { pushVsPull } from './content/push-vs-pull';
import { retriesAndDestinations } from './content/retries-and-destinations';
import { syncVsAsync } from './content/sync-vs-async';
import { versionsAndStarts } from './content/versions-and-starts';
import type { Lesson } from './types';

export type { Lesson, LessonStep, Predict, PredictOption, ResolvedStep } from './types';
export { resolveLesson } from './resolve';

/** The guided lessons, in the order the study material teaches them. */
export const lessons: readonly Lesson[] = [
  pushVsPull,
  syncVsAsync,
  retriesAndDestinations,
  batches,
  versionsAndStarts,
  eventBridge,
];

export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
