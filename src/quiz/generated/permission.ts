import type { ServicePermission, ServiceRecord } from '../../catalog/services';
import { docSources } from './doc-sources';
import { catalogFactId } from '../catalog-facts';
import type { Question } from '../schema';
import { difficultyOf, lowerFirst, permissionPhrase } from './phrases';
import { principalOf } from './principals';

type Kind = ServicePermission['kind'];

const KINDS: readonly Kind[] = ['resource-policy', 'execution-role', 'invoker-role', 'none'];

/**
 * The option for a kind. Right or wrong, every option names a concrete principal, action or role,
 * so the answer is told by knowing the service, not by being the only specific option.
 */
function optionText(kind: Kind, s: ServiceRecord): string {
  const p = s.permission;
  const principal = principalOf(s);
  switch (kind) {
    case 'resource-policy':
      return p.kind === 'resource-policy'
        ? `The function’s resource-based policy allows ${p.principal} to call lambda:InvokeFunction.`
        : `The function’s resource-based policy allows ${principal} to call lambda:InvokeFunction.`;
    case 'execution-role':
      return p.kind === 'execution-role'
        ? // Two actions at most, as many as the other options name: no "and 5 more" to spot.
          `The function’s execution role must allow ${p.actions.slice(0, 2).join(' and ')}.`
        : `The function’s execution role must allow lambda:InvokeFunction for ${principal}.`;
    case 'invoker-role':
      return p.kind === 'invoker-role'
        ? // The role's description may end in a note on its trust policy; the option leaves it out.
          `${upperFirst(p.role.replace(/ \(.*\)$/, ''))} must allow ${p.actions.join(' and ')}.`
        : `An IAM service role that ${principal} assumes must allow lambda:InvokeFunction on the function.`;
    case 'none':
      return p.kind === 'none'
        ? `No invoke permission is needed; ${lowerFirst(p.note.split(', and ')[0]!.replace(/\.$/, ''))}.`
        : `No invoke permission is needed; ${principal} may invoke any function in the same account.`;
  }
}

function wrongWhy(kind: Kind, s: ServiceRecord): string {
  const truth = `${s.shortName} ${permissionPhrase(s.permission)}.`;
  switch (kind) {
    case 'resource-policy':
      return `A resource-based policy statement is how push sources such as S3 or SNS are let in, but ${truth}`;
    case 'execution-role':
      return `The execution role is what the function and its pollers act as; it does not decide who may invoke. ${truth}`;
    case 'invoker-role':
      return `${s.shortName} does not invoke through an IAM role of its own here. ${truth}`;
    case 'none':
      return `Lambda checks a permission for every invocation or integration. ${truth}`;
  }
}

function stemFor(s: ServiceRecord): string {
  if (s.invocation === 'poll')
    return `Lambda reads from ${s.name} through an event source mapping. What permission makes that possible?`;
  if (s.invocation === 'special')
    return `A Lambda function needs to use ${s.name}. What permission makes that possible?`;
  return `What must be in place so that ${s.name} is allowed to invoke a Lambda function?`;
}

/** "What lets this service in?" for one service of the study table. */
export function permissionQuestion(s: ServiceRecord): Question {
  const right = s.permission.kind;
  return {
    id: `gen-permission-${s.id}`,
    kind: 'single',
    stem: stemFor(s),
    options: KINDS.map((kind, i) => ({
      id: 'abcd'[i]!,
      text: optionText(kind, s),
      correct: kind === right,
      why:
        kind === right
          ? `Right: ${s.shortName} ${permissionPhrase(s.permission)}.`
          : wrongWhy(kind, s),
    })),
    topic: 'permissions',
    sources: docSources(s.docs),
    domain: 'secure',
    difficulty: right === 'resource-policy' || right === 'execution-role' ? difficultyOf(s, 2) : 3,
    facts: [catalogFactId(s.id, 'permission')],
    explanation: `Push sources get in through the function’s resource-based policy, pollers read with the function’s execution role, and a few services call through an IAM role of their own. When ${s.shortName}’s permission is missing: ${s.missingPermission}`,
  };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
