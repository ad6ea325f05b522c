import type { QuestionInput } from '../schema';

export const STUDY_NOTE_QUESTIONS: readonly QuestionInput[] = [];
