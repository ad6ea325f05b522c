import { lessonKeys } from '../lessons/keys';
import type { Command } from './command';

/**
 * Guided lessons: the next and previous step, for a keyboard or a presentation clicker. Enabled
 * only while a lesson runs; then they take PageDown / PageUp before the clicker's event stepping.
 */
export const lessonCommands: readonly Command[] = [
  {
    id: 'lesson-next',
    label: 'Next lesson step',
    keys: ['PageDown'],
    enabled: () => lessonKeys() !== null,
    run: () => lessonKeys()?.next(),
  },
  {
    id: 'lesson-back',
    label: 'Previous lesson step',
    keys: ['PageUp'],
    enabled: () => lessonKeys() !== null,
    run: () => lessonKeys()?.back(),
  },
];
