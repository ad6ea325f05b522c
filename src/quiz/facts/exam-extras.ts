import type { Fact } from '../schema';

export const EXAM_EXTRA_FACTS: readonly Fact[] = [];
