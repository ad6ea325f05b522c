import type { QuestionInput } from '../schema';

export const EXAM_EXTRA_QUESTIONS: readonly QuestionInput[] = [];
