import type { Fact } from '../schema';

export const EVENT_SOURCE_FACTS: readonly Fact[] = [];
