import type { RuleId } from '../catalog/rules';
import type { PermissionsConfig, PolicyStatement } from '../scenario/permissions-schema';

export type InvokeDecision =
  | { readonly allowed: true; readonly rule: RuleId }
  | {
      readonly allowed: false;
      readonly rule: RuleId;
      /** Why: no statement names the principal, or its conditions do not match the request. */
      readonly reason: 'no-statement' | 'source-arn-mismatch' | 'source-account-mismatch';
    };

const ALLOWED: InvokeDecision = Object.freeze({
  allowed: true,
  rule: 'permission.resource-policy',
});

/**
 * The function's resource-based policy and execution role, as the scenario writes them. With no
 * `permissions` in the scenario every configured source is allowed.
 */
export class Permissions {
  private readonly statements: readonly PolicyStatement[] | undefined;
  private readonly actions: readonly string[] | undefined;

  constructor(config: PermissionsConfig | undefined) {
    this.statements = config?.resourcePolicy;
    this.actions = config?.executionRole;
  }

  /** May `principal`, acting for `sourceArn` in `sourceAccount`, call lambda:InvokeFunction? */
  invoke(principal: string, sourceArn: string, sourceAccount: string): InvokeDecision {
    if (this.statements === undefined) return ALLOWED;
    let near: InvokeDecision | null = null;
    for (const s of this.statements) {
      if (s.principal !== principal && s.principal !== '*') continue;
      if (s.sourceArn !== undefined && !arnLike(s.sourceArn, sourceArn)) {
        near ??= { allowed: false, rule: 'permission.source-arn', reason: 'source-arn-mismatch' };
        continue;
      }
      if (s.sourceAccount !== undefined && s.sourceAccount !== sourceAccount) {
        near ??= {
          allowed: false,
          rule: 'permission.source-arn',
          reason: 'source-account-mismatch',
        };
        continue;
      }
      return ALLOWED;
    }
    return near ?? { allowed: false, rule: 'permission.resource-policy', reason: 'no-statement' };
  }

  /** The actions of `needed` that the execution role does not allow, in their given order. */
  missingActions(needed: readonly string[]): string[] {
    const granted = this.actions;
    if (granted === undefined) return [];
    return needed.filter((a) => !granted.some((g) => actionLike(g, a)));
  }
}

/** ArnLike: "*" matches any run of characters, "?" any one; case-sensitive. */
export function arnLike(pattern: string, arn: string): boolean {
  return globToRegExp(pattern, false).test(arn);
}

/** IAM actions: the service prefix and action name compare case-insensitively, "*" is a wildcard. */
export function actionLike(pattern: string, action: string): boolean {
  return globToRegExp(pattern, true).test(action);
}

function globToRegExp(glob: string, ignoreCase: boolean): RegExp {
  const body = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
}
