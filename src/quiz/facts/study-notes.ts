import type { Fact } from '../schema';

export const STUDY_NOTE_FACTS: readonly Fact[] = [];
