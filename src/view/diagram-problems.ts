import type { Run, TraceDetail, TraceEvent } from '../engine';
import { formatBytes } from './format';
import { callerNodeId, type NodeProblem } from './diagram-parts';

/**
 * What the run refused or broke, keyed by the diagram node it belongs to: a mapping that
 * CreateEventSourceMapping refused (or whose every poll fails), a push service whose trigger was
 * refused or whose calls Lambda denies. Read from the trace, so the diagram shows what the engine
 * did, not a second guess at it. One pass per run, remembered.
 */
export type Problems = ReadonlyMap<string, NodeProblem>;

const cache = new WeakMap<Run, Problems>();

export function problemsOf(run: Run): Problems {
  const hit = cache.get(run);
  if (hit) return hit;
  const found = new Map<string, NodeProblem>();
  const add = (id: string, p: NodeProblem) => {
    if (!found.has(id)) found.set(id, p);
  };
  for (const e of run.trace) {
    const d: TraceDetail = e.detail ?? {};
    switch (e.kind) {
      case 'queue.mapping-rejected':
      case 'stream.mapping-rejected':
        add(e.to, mappingRefused(e, d));
        break;
      case 'queue.poll-failed':
        add(e.from, {
          title: 'Polls fail',
          text: 'role can’t kms:Decrypt',
          detail: d.lastProcessingResult ?? d.errorCode ?? '',
        });
        break;
      case 'source.config-refused':
        add(callerNodeId(e.from), {
          title: 'Trigger refused',
          text: denialText(d),
          detail: d.answer ?? '',
        });
        break;
      case 'source.xray-trace':
        // The function runs as usual; only X-Ray refuses what it is sent.
        if (d.segmentAccepted === false)
          add('integration:xray', {
            title: 'Segments refused',
            text: 'the role can’t send to X-Ray',
            detail:
              'X-Ray refuses the trace segments: the execution role does not allow xray:PutTraceSegments and xray:PutTelemetryRecords',
          });
        break;
      case 'invoke.too-large':
        add(callerNodeId(e.from), {
          title: 'Request too large',
          text: `${formatBytes(d.sizeBytes)} over ${formatBytes(d.limitBytes)}`,
          detail: `413 RequestTooLargeException: the request is ${formatBytes(d.sizeBytes)}; Invoke takes at most ${formatBytes(d.limitBytes)} here`,
        });
        break;
      case 'source.denied':
        add(callerNodeId(e.to), {
          title: 'Invoke denied',
          text: denialText(d),
          detail: `${d.errorType ?? 'AccessDeniedException'}: ${d.principal ?? 'the service'} may not invoke the function${d.sourceArn ? ` for ${d.sourceArn}` : ''}`,
        });
        break;
    }
  }
  cache.set(run, found);
  return found;
}

function mappingRefused(e: TraceEvent, d: TraceDetail): NodeProblem {
  const message = d.errorMessage ?? '';
  return {
    title: 'Mapping refused',
    text: shortReason(message, d.missingActions),
    detail: `${d.errorCode ?? 'InvalidParameterValueException'}: ${message}`,
  };
}

/** AWS's message in a few words, keeping the figures that explain it. */
function shortReason(message: string, missing: readonly string[] | undefined): string {
  if (missing !== undefined && missing.length > 0)
    return `role lacks ${missing[0]}${missing.length > 1 ? ` (+${missing.length - 1})` : ''}`;
  const visibility = /visibility timeout: (\d+) seconds is less than Function timeout: (\d+)/.exec(
    message,
  );
  if (visibility) return `visibility ${visibility[1]} s < function timeout ${visibility[2]} s`;
  const role = /does not have permissions to call (\w+) on (.+)$/.exec(message);
  if (role) return `role can’t call ${role[1]} on ${role[2]}`;
  const tooLong = /Function timeout: (\d+) seconds is more than/.exec(message);
  if (tooLong) return `function timeout ${tooLong[1]} s > 14 min`;
  if (message.startsWith('ProvisionedPollerConfig and ScalingConfig.MaximumConcurrency'))
    return 'provisioned mode and MaximumConcurrency both set';
  return message;
}

function denialText(d: TraceDetail): string {
  switch (d.denial) {
    case 'no-statement':
      return `no policy statement for ${d.principal ?? 'it'}`;
    case 'source-arn-mismatch':
      return 'policy names another source ARN';
    case 'source-account-mismatch':
      return 'policy names another account';
    case 'invoker-role':
      return 'its role lacks lambda:InvokeFunction';
    default:
      return d.answer ?? 'not allowed';
  }
}
