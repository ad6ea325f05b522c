import { SERVICES, serviceById } from '../catalog/services';
import type { PolicyStatement } from './permissions-schema';
import type { Scenario } from './schema';

/**
 * The "removed permission" fault: take away the one permission a source of the scenario needs
 * and still has. A push source loses its statement in the function's resource-based policy; a
 * poller loses its first read action in the execution role. Where the scenario writes no
 * permissions (everything allowed), the fault writes them out, allowing everything else.
 */

export type PermissionTarget =
  | { readonly kind: 'policy'; readonly principal: string; readonly source: string }
  | { readonly kind: 'role'; readonly action: string; readonly source: string };

export interface PermissionFault {
  target(s: Scenario): PermissionTarget | null;
  remove(s: Scenario): Scenario;
}

/** What faults.ts applies; this module is loaded apart from it, as it reads the whole catalog. */
export const permissionFault: PermissionFault = {
  target: (s) => permissionTarget(s),
  remove: (s) => removePermission(s),
};

/** The permission the fault removes, or null when no source needs one that is still granted. */
export function permissionTarget(s: Scenario): PermissionTarget | null {
  const statements = s.permissions?.resourcePolicy;
  for (const p of pushPrincipals(s)) {
    if (statements === undefined || statements.some((st) => st.principal === p.principal))
      return { kind: 'policy', ...p };
  }
  for (const p of pullActions(s)) {
    if (granted(s.permissions?.executionRole ?? ['*'], p.action)) return { kind: 'role', ...p };
  }
  return null;
}

export function removePermission(s: Scenario): Scenario {
  const target = permissionTarget(s);
  if (target === null) return s;
  const permissions = { ...s.permissions };
  if (target.kind === 'policy') {
    const others = pushPrincipals(s)
      .map((p) => p.principal)
      .filter((p, i, all) => p !== target.principal && all.indexOf(p) === i);
    const kept: PolicyStatement[] = (s.permissions?.resourcePolicy ?? [{ principal: '*' }])
      .filter((st) => st.principal !== target.principal)
      // A statement for everyone would still let the source in: name the others instead.
      .flatMap((st) => (st.principal === '*' ? others.map((principal) => ({ principal })) : [st]));
    permissions.resourcePolicy = kept;
  } else {
    const role = s.permissions?.executionRole ?? ['*'];
    permissions.executionRole = dedupe(
      role.flatMap((g) => (actionLike(g, target.action) ? expand(g, target.action) : [g])),
    );
  }
  return { ...s, permissions };
}

/** The push sources that need a resource-policy statement, in the order the scenario lists them. */
function pushPrincipals(s: Scenario): { principal: string; source: string }[] {
  const out: { principal: string; source: string }[] = [];
  for (const w of s.workloads) {
    const src = w.source;
    if (src === undefined) continue;
    if (src.service === 'function-url' && src.authType === 'AWS_IAM') continue;
    const p = serviceById(src.service)?.permission;
    if (p?.kind === 'resource-policy')
      out.push({ principal: p.principal, source: w.label ?? w.id });
  }
  const events = serviceById('eventbridge')?.permission;
  const toLambda = s.eventbridge?.rules.find((r) => r.targets.some((t) => t.type === 'lambda'));
  if (toLambda && events?.kind === 'resource-policy')
    out.push({ principal: events.principal, source: `rule ${toLambda.name}` });
  return out;
}

/** The pollers' first read action, per source in the scenario. */
function pullActions(s: Scenario): { action: string; source: string }[] {
  const first = (service: string) => {
    const p = serviceById(service)?.permission;
    return p?.kind === 'execution-role' ? p.actions[0] : undefined;
  };
  const out: { action: string; source: string }[] = [];
  const add = (service: string, source: string) => {
    const action = first(service);
    if (action !== undefined) out.push({ action, source });
  };
  for (const q of s.queues ?? []) if (q.mapping) add('sqs', q.name);
  for (const b of s.brokers ?? []) if (b.mapping) add('mq', b.name);
  for (const st of s.streams ?? []) add(st.kind === 'kinesis' ? 'kinesis' : 'dynamodb', st.name);
  for (const k of s.kafka ?? []) add(k.kind === 'msk' ? 'msk' : 'self-managed-kafka', k.topic);
  return out;
}

/** Actions some check may look for: what the catalog lists, plus writes to destinations. */
const KNOWN_ACTIONS: readonly string[] = [
  ...new Set([
    ...SERVICES.flatMap((r) =>
      r.permission.kind === 'execution-role' || r.permission.kind === 'invoker-role'
        ? r.permission.actions
        : [],
    ),
    'sqs:SendMessage',
    'sns:Publish',
    's3:PutObject',
    's3:ListBucket',
    'kms:Decrypt',
    'logs:CreateLogGroup',
    'logs:CreateLogStream',
    'logs:PutLogEvents',
  ]),
];

/**
 * What a grant that allowed `removed` becomes without it: every known action it covered but that
 * one. "*" keeps whole services other than the removed action's own as wildcards.
 */
function expand(grant: string, removed: string): string[] {
  const service = removed.split(':')[0]!;
  const covered = KNOWN_ACTIONS.filter((a) => a !== removed && actionLike(grant, a));
  if (grant !== '*') return covered;
  const services = [...new Set(KNOWN_ACTIONS.map((a) => a.split(':')[0]!))];
  return [
    ...services.filter((x) => x !== service).map((x) => `${x}:*`),
    ...covered.filter((a) => a.startsWith(`${service}:`)),
  ];
}

function granted(role: readonly string[], action: string): boolean {
  return role.some((g) => actionLike(g, action));
}

/** IAM action match: case-insensitive, "*" any run of characters, "?" one. */
function actionLike(pattern: string, action: string): boolean {
  const body = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'i').test(action);
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}
