import type { ServiceRecord } from '../../catalog/services';
import { permissionSummary } from './labels';

/** The permission in a few words: its kind, then the principal, policy or action that matters. */
export function PermissionSummary({ service }: { service: ServiceRecord }) {
  const { kind, detail } = permissionSummary(service);
  return (
    <span className="ref-perm">
      <span className="ref-perm__kind">{kind}</span>
      {detail !== '' && (
        <>
          {' '}
          <code className="ref-perm__detail">{detail}</code>
        </>
      )}
    </span>
  );
}
