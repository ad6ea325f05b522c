import type { ServiceRecord } from '../../catalog/services';
import { catalogFactId } from '../catalog-facts';
import type { Question } from '../schema';
import { DOES, difficultyOf } from './phrases';

type Shape = 'push-source' | 'pull-lambda' | 'push-lambda' | 'neither';

const SHAPES: readonly Shape[] = ['push-source', 'pull-lambda', 'push-lambda', 'neither'];

function shapeOf(s: ServiceRecord): Shape {
  if (s.push === 'push') return s.mappingLives === 'lambda' ? 'push-lambda' : 'push-source';
  return s.push === 'pull' ? 'pull-lambda' : 'neither';
}

function optionText(shape: Shape, name: string): string {
  switch (shape) {
    case 'push-source':
      return `Push: ${name} invokes the function, and the trigger is configured on ${name}’s side.`;
    case 'pull-lambda':
      return `Pull: Lambda polls ${name} through an event source mapping, configured on the Lambda side.`;
    case 'push-lambda':
      return `Push, with the mapping stored as an event source mapping on the Lambda side.`;
    case 'neither':
      return `Neither: ${name} produces no events for Lambda; the function uses it directly.`;
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
      return `An event source mapping is how Lambda reads a pull source, so a service that pushes has nothing to map there; ${truth}`;
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
      return `Right: ${s.shortName} calls the function, but its settings live on the Lambda side.`;
    case 'neither':
      return `Right: ${s.shortName} ${DOES.special}; nothing is pushed or pulled.`;
  }
}

/** "Push or pull, and where does the mapping live?" for one service of the study table. */
export function sourceModelQuestion(s: ServiceRecord): Question {
  const right = shapeOf(s);
  return {
    id: `gen-model-${s.id}`,
    kind: 'single',
    stem: `How does ${s.name} fit Lambda’s push and pull models, and where is the mapping between it and the function configured?`,
    options: SHAPES.map((shape, i) => ({
      id: 'abcd'[i]!,
      text: optionText(shape, s.shortName),
      correct: shape === right,
      why: shape === right ? rightWhy(shape, s) : wrongWhy(shape, s),
    })),
    topic: 'push-pull',
    domain: 'performant',
    difficulty: difficultyOf(s, 1),
    facts: [catalogFactId(s.id, 'model')],
    explanation:
      'Push sources (S3, SNS, API Gateway …) invoke the function and keep the trigger on their side; pull sources (queues and streams) are read by an event source mapping that Lambda keeps and runs.',
  };
}
