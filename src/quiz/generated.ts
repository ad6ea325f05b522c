import { STUDY_TABLE } from './catalog-facts';
import { GROUP_QUESTIONS } from './generated/groups';
import { invocationQuestion } from './generated/invocation';
import { permissionQuestion } from './generated/permission';
import { MODEL_EXTRA_SERVICES, sourceModelQuestion } from './generated/source-model';
import type { Question } from './schema';

/**
 * Questions generated from the service catalog, so every row of the study table is asked about
 * three ways (how it invokes, push or pull and where the mapping lives, what permission lets it
 * in) plus "choose two" questions across services. Function URLs, outside the table, get the push
 * and pull question too: they are the one push source configured on the function itself. Ids are derived from the service ids
 * ("gen-invocation-s3"), so a learner's progress on them survives catalog edits.
 */
export const GENERATED_QUESTIONS: readonly Question[] = [
  ...STUDY_TABLE.map(invocationQuestion),
  ...[...STUDY_TABLE, ...MODEL_EXTRA_SERVICES].map(sourceModelQuestion),
  ...STUDY_TABLE.map(permissionQuestion),
  ...GROUP_QUESTIONS,
];
