import { SERVICES, type ServiceRecord } from '../../catalog/services';
import { docSources } from './doc-sources';
import { catalogFactId } from '../catalog-facts';
import type { Question } from '../schema';
import { DOES, difficultyOf } from './phrases';

type Shape = 'push-source' | 'pull-lambda' | 'push-lambda' | 'neither';

const SHAPES: readonly Shape[] = ['push-source', 'pull-lambda', 'push-lambda', 'neither'];

function shapeOf(s: ServiceRecord): Shape {
  if (s.push === 'push') return s.mappingLives === 'lambda' ? 'push-lambda' : 'push-source';
  return s.push === 'pull' ? 'pull-lambda' : 'neither';
}

/**
 * One option per shape. Each shape is the right answer for some service of the catalog (push on
 * the Lambda side is a function URL), and the texts differ in length by their content only, so
 * the right one cannot be told by its length.
 */
function optionText(shape: Shape, name: string): string {
  switch (shape) {
    case 'push-source':
      return `Push: ${name} invokes the function; the trigger is configured in that service.`;
    case 'pull-lambda':
      return `Pull: Lambda polls ${name} through an event source mapping kept on the Lambda side.`;
    case 'push-lambda':
      return `Push: ${name} invokes the function; it is configured as a setting of the function.`;
    case 'neither':
      return `Neither: ${name} sends no events; the function uses it while it runs.`;
  }
}

/** Why a shape is wrong for this service: what that shape would mean, then what is true. */
function wrongWhy(shape: Shape, s: ServiceRecord): string {
  const truth = `${s.shortName} ${DOES[s.invocation]}.`;
  switch (shape) {
    case 'push-source':
      return `A push source calls Lambda and keeps the trigger in its own configuration; ${truth}`;
    case 'pull-lambda':
      return `Event source mappings are for sources Lambda has to read (queues and streams); ${truth}`;
    case 'push-lambda':
      return `Only a function URL is a push source configured on the function itself; ${truth}`;
    case 'neither':
      return `${s.shortName} does produce work for the function: it ${DOES[s.invocation]}.`;
  }
}

function rightWhy(shape: Shape, s: ServiceRecord): string {
  switch (shape) {
    case 'push-source':
      return `Right: ${s.shortName} pushes events to Lambda, so the mapping lives with ${s.shortName} and a resource-based policy (or the caller’s role) lets it invoke.`;
    case 'pull-lambda':
      return `Right: ${s.shortName} is pulled. The event source mapping belongs to Lambda, and its pollers use the function’s execution role to read.`;
    case 'push-lambda':
      return `Right: ${s.shortName} calls the function, but it is a setting of the function itself (created with the function’s own API), not a trigger in another service.`;
    case 'neither':
      return `Right: ${s.shortName} ${DOES.special}; nothing is pushed or pulled.`;
  }
}

/**
 * The services outside the study table that still get a model question: those configured on the
 * Lambda side while they push (function URLs), the one shape the table has no row for.
 */
export const MODEL_EXTRA_SERVICES: readonly ServiceRecord[] = SERVICES.filter(
  (s) => !s.inStudyTable && shapeOf(s) === 'push-lambda',
);

/** "Push or pull, and where does the mapping live?" for one service of the catalog. */
export function sourceModelQuestion(s: ServiceRecord): Question {
  const right = shapeOf(s);
  return {
    id: `gen-model-${s.id}`,
    kind: 'single',
    // "AWS Lambda function URLs" is a plural name; the stem asks about one.
    stem: `How does ${s.id === 'function-url' ? 'a Lambda function URL' : s.name} fit Lambda’s push and pull models, and where is the mapping between it and the function configured?`,
    options: SHAPES.map((shape, i) => ({
      id: 'abcd'[i]!,
      text: optionText(shape, s.shortName),
      correct: shape === right,
      why: shape === right ? rightWhy(shape, s) : wrongWhy(shape, s),
    })),
    topic: 'push-pull',
    sources: docSources(s.docs),
    domain: 'performant',
    difficulty: difficultyOf(s, 1),
    facts: [catalogFactId(s.id, 'model')],
    explanation:
      'Push sources (S3, SNS, API Gateway …) invoke the function and keep the trigger on their side; pull sources (queues and streams) are read by an event source mapping that Lambda keeps and runs. A function URL is the one push source configured on the function itself.',
  };
}
