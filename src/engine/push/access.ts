import type { RuleId } from '../../catalog/rules';
import type { ServiceRecord } from '../../catalog/services';
import type { PushSource } from '../../scenario/push-schema';
import type { Permissions } from '../permissions';
import { SOURCE_ACCOUNT, sourceArn } from './arns';
import type { PushDetail } from './kinds';

/**
 * Whether a push source may invoke the function, decided once per workload (the policy does not
 * change during a run), and when a denial shows: some services check when their trigger is saved
 * ('setup'), the others find out on each call ('invoke').
 */
export type Access =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly when: 'setup' | 'invoke';
      readonly rule: RuleId;
      readonly detail: Readonly<PushDetail>;
    };

const ALLOWED: Access = Object.freeze({ allowed: true });

/** Services that refuse to save a trigger they could not use. */
const CHECKED_AT_SETUP = new Set(['s3', 'ses', 'cloudwatch-logs', 'config', 'alb', 'alexa']);

export function checkAccess(
  src: PushSource,
  record: ServiceRecord,
  permissions: Permissions,
): Access {
  const p = record.permission;
  const when = CHECKED_AT_SETUP.has(src.service) ? 'setup' : 'invoke';
  switch (p.kind) {
    case 'none':
    case 'execution-role':
      return ALLOWED;
    case 'invoker-role': {
      if (!('invokerRoleAllows' in src) || src.invokerRoleAllows) return ALLOWED;
      return {
        allowed: false,
        when,
        rule: 'push.invoker-role',
        detail: { service: src.service, principal: p.role, denial: 'invoker-role' },
      };
    }
    case 'resource-policy': {
      // With AWS_IAM auth a function URL checks the caller's signed identity, not a statement.
      if (src.service === 'function-url' && src.authType === 'AWS_IAM') return ALLOWED;
      const arn = sourceArn(src);
      const decision = permissions.invoke(p.principal, arn, SOURCE_ACCOUNT);
      if (decision.allowed) return ALLOWED;
      return {
        allowed: false,
        when,
        rule: decision.rule,
        detail: {
          service: src.service,
          principal: p.principal,
          sourceArn: arn,
          denial: decision.reason,
        },
      };
    }
  }
}

/** What a service says when it refuses to save a trigger it may not use, in its own words. */
export function setupRefusal(service: string): string {
  switch (service) {
    case 's3':
      return 'Unable to validate the following destination configurations';
    case 'ses':
      return 'Could not invoke the Lambda function: the receipt rule is not saved';
    case 'cloudwatch-logs':
      return 'Could not execute the lambda function: the subscription filter is not created';
    case 'config':
      return 'InsufficientPermissionsException: AWS Config cannot invoke the function';
    case 'alb':
      return 'Registering the function in the target group failed: Elastic Load Balancing may not invoke it';
    case 'alexa':
      return 'The skill endpoint cannot be saved: the Alexa Skills Kit trigger is not allowed';
    default:
      return 'The trigger cannot be saved';
  }
}
