import type { ServiceRecord } from '../../catalog/services';
import { docSources } from './doc-sources';
import { catalogFactId } from '../catalog-facts';
import type { Question } from '../schema';
import { SEED_TABLE_FACTS } from './seed-table';
import { DOES, MODEL_NAME, MODEL_OPTION, MODELS, SO, difficultyOf } from './phrases';

const LETTERS = ['a', 'b', 'c', 'd'] as const;

/** "How does the function get invoked?" for one service of the study table. */
export function invocationQuestion(s: ServiceRecord): Question {
  const method = s.studyTableMethod ?? MODEL_NAME[s.invocation];
  return {
    id: `gen-invocation-${s.id}`,
    kind: 'single',
    stem: `A team connects ${s.name} to a Lambda function. How does the function get invoked?`,
    options: MODELS.map((model, i) => ({
      id: LETTERS[i]!,
      text: MODEL_OPTION[model],
      correct: model === s.invocation,
      why:
        model === s.invocation
          ? `Right: ${s.shortName} ${DOES[model]}. ${SO[model]}`
          : `Not ${MODEL_NAME[model]}: ${s.shortName} ${DOES[s.invocation]}.`,
    })),
    topic: 'services',
    sources: docSources(s.docs),
    domain: 'resilient',
    difficulty: difficultyOf(s, 1),
    facts: [
      catalogFactId(s.id, 'invocation'),
      ...(SEED_TABLE_FACTS[s.id] ? [SEED_TABLE_FACTS[s.id]!] : []),
    ],
    explanation:
      `The study table lists ${s.shortName} as “${method}”. ${SO[s.invocation]} ${s.examFacts[0] ?? ''}${s.retired ? ` (${s.retired.note})` : ''}`.trim(),
  };
}
