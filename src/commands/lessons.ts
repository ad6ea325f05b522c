import type { Command } from './command';

/** Guided lessons: the next and previous step, for a keyboard or a presentation clicker. */
export const lessonCommands: readonly Command[] = [];
