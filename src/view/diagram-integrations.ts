import type { Scenario } from '../scenario';
import { edge, node, type DiagramParts } from './diagram-parts';
import type { Problems } from './diagram-problems';
import { shortName, XRAY_SAMPLING } from './diagram-services';

/**
 * EFS and X-Ray: settings of the function that plug a service into it. Neither ever invokes the
 * function, so their boxes hang off the function by a dashed, still arrow, never on a path an
 * invocation takes; their live counts read the trace's `source.efs-mount` and `source.xray-trace`.
 */
export function addIntegrations(s: Scenario, problems: Problems, parts: DiagramParts): void {
  const fn = s.function;
  if (fn.fileSystem !== undefined) {
    const id = 'integration:efs';
    const accessPoint = fn.fileSystem.accessPointArn.split('/').pop() ?? '';
    parts.stages.outs.push(
      node(
        id,
        'integration',
        shortName('efs'),
        'Integration',
        [`file system at ${fn.fileSystem.localMountPath}`, accessPoint],
        { kind: 'count', key: id, one: 'environment', many: 'environments', verb: 'mounted' },
        problems.get(id) ?? null,
      ),
    );
    parts.edges.push(edge('function', id, `mounts ${fn.fileSystem.localMountPath}`, 'integration'));
  }
  if (fn.tracing === 'Active') {
    const id = 'integration:xray';
    const problem = problems.get(id) ?? null;
    parts.stages.outs.push(
      node(
        id,
        'integration',
        shortName('xray'),
        'Integration',
        ['Active tracing', `samples ${XRAY_SAMPLING}`],
        { kind: 'count', key: id, one: 'trace', many: 'traces', verb: 'received' },
        problem,
      ),
    );
    parts.edges.push(
      edge('function', id, problem ? 'refused' : 'traces', problem ? 'broken' : 'integration'),
    );
  }
}
