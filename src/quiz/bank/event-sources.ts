import type { QuestionInput } from '../schema';

export const EVENT_SOURCE_QUESTIONS: readonly QuestionInput[] = [];
