import type { Command } from './command';

/** Presentation mode and themes: for a projector, a clicker and the back of the room. */
export const presentationCommands: readonly Command[] = [];
