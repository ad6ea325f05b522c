import { CATALOG_FACTS } from './catalog-facts';
import { EVENT_SOURCE_FACTS } from './facts/event-sources';
import { EXAM_EXTRA_FACTS } from './facts/exam-extras';
import { SAA_SCENARIO_FACTS } from './facts/saa-scenarios';
import { STUDY_NOTE_FACTS } from './facts/study-notes';
import type { Fact } from './schema';

/**
 * Everything a learner must come away knowing: the facts of the two study documents, the exam
 * extras around them (with the facts behind the exam-style scenarios), and the study table's rows
 * read from the service catalog.
 */
export interface FactGroup {
  readonly id: 'events' | 'notes' | 'exam' | 'catalog';
  readonly title: string;
  readonly facts: readonly Fact[];
}

export const FACT_GROUPS: readonly FactGroup[] = [
  { id: 'events', title: 'Lambda event sources (study document 000)', facts: EVENT_SOURCE_FACTS },
  { id: 'notes', title: 'Study notes (study document 004)', facts: STUDY_NOTE_FACTS },
  {
    id: 'exam',
    title: 'Exam extras around the study material',
    facts: [...EXAM_EXTRA_FACTS, ...SAA_SCENARIO_FACTS],
  },
  {
    id: 'catalog',
    title: 'The study table, row by row (from the service catalog)',
    facts: CATALOG_FACTS,
  },
];

export const ALL_FACTS: readonly Fact[] = FACT_GROUPS.flatMap((g) => g.facts);

const byId = new Map(ALL_FACTS.map((f) => [f.id, f]));

export function factById(id: string): Fact | undefined {
  return byId.get(id);
}
