import { ACCOUNT } from '../../catalog/services/sample';
import type { ServicePermission } from '../../catalog/services';

/** What lets the service invoke the function (or plug into it), for each of the four kinds. */
export function PermissionDetails({ permission }: { permission: ServicePermission }) {
  switch (permission.kind) {
    case 'resource-policy':
      return (
        <div className="ref-permission">
          <p className="ref-permission__lead">
            <strong>Function policy.</strong> A statement in the function’s resource-based policy
            allows <code>lambda:InvokeFunction</code> for:
          </p>
          <dl className="ref-kv">
            <div>
              <dt>Principal</dt>
              <dd>
                <code>{permission.principal}</code>
                {permission.principal === '*' && <span className="ref-kv__note"> anyone</span>}
              </dd>
            </div>
            {permission.sourceArnExample !== undefined && (
              <div>
                <dt>
                  SourceArn <span className="ref-kv__note">example</span>
                </dt>
                <dd>
                  <code>{permission.sourceArnExample}</code>
                </dd>
              </div>
            )}
            {permission.needsSourceAccount === true && (
              <div>
                <dt>SourceAccount</dt>
                <dd>
                  <code>{ACCOUNT}</code>
                  <span className="ref-kv__note">
                    {' '}
                    also needed: the ARN names no account, so this ties the grant to yours
                  </span>
                </dd>
              </div>
            )}
          </dl>
        </div>
      );
    case 'execution-role':
      return (
        <div className="ref-permission">
          <p className="ref-permission__lead">
            <strong>Execution role.</strong> The function’s own role must allow:
          </p>
          <ActionList actions={permission.actions} />
          {permission.managedPolicy !== undefined && (
            <p className="ref-permission__more">
              The AWS managed policy <code>{permission.managedPolicy}</code> grants them.
            </p>
          )}
        </div>
      );
    case 'invoker-role':
      return (
        <div className="ref-permission">
          <p className="ref-permission__lead">
            <strong>The caller’s own IAM role.</strong> Within one account the function’s policy is
            not involved: the identity policy of {permission.role} must allow:
          </p>
          <ActionList actions={permission.actions} />
        </div>
      );
    case 'none':
      return (
        <div className="ref-permission">
          <p className="ref-permission__lead">
            <strong>No invoke permission.</strong> {permission.note}
          </p>
        </div>
      );
  }
}

function ActionList({ actions }: { actions: readonly string[] }) {
  return (
    <ul className="ref-actions">
      {actions.map((a) => (
        <li key={a}>
          <code>{a}</code>
        </li>
      ))}
    </ul>
  );
}
