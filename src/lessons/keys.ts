/**
 * The running lesson's next and back, for the command registry. The registry is part of the first
 * page load and the lessons are not: the lesson registers its handlers here when it starts and
 * removes them when it ends, so PageDown and PageUp reach it only while a lesson runs.
 */
export interface LessonKeys {
  next(): void;
  back(): void;
}

let current: LessonKeys | null = null;

export function setLessonKeys(keys: LessonKeys | null): void {
  current = keys;
}

export function lessonKeys(): LessonKeys | null {
  return current;
}
