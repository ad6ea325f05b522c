import type { AsyncPath } from '../async-path';
import type { Sampled } from '../behaviour';
import type { Invoker } from '../invoke';
import { Permissions } from '../permissions';
import { Rng } from '../rng';
import type { Message, Scheduled, Sim, Subsystem } from '../sim';
import { AsyncSender } from './async-sender';
import { FirehoseSource } from './firehose';
import { ReportingSource } from './reporting';
import { RotationSource } from './rotation';
import { S3BatchSource } from './s3-batch';
import type { PushContext, SourceHandler } from './source';
import { SyncCaller } from './sync-caller';
import {
  albPolicy,
  alexaPolicy,
  apiGatewayPolicy,
  cognitoPolicy,
  connectPolicy,
  functionUrlPolicy,
  lambdaEdgePolicy,
  lexPolicy,
  sesRequestResponsePolicy,
  stepFunctionsPolicy,
} from './sync-policies';

/**
 * The push sources of a run: one handler per workload that has a `source`. The subsystem takes
 * those workloads' arrivals, its own tasks (TASK_BASE.push …) and the ends of the invocations its
 * handlers own, and hands each to the workload's handler.
 */
export class PushSources implements Subsystem {
  private readonly handlers: (SourceHandler | undefined)[];

  constructor(sim: Sim, invoker: Invoker, lambdaAsync: AsyncPath) {
    const ctx: PushContext = {
      sim,
      invoker,
      lambdaAsync,
      owner: this,
      rng: new Rng((sim.scenario.seed ^ 0x9054_50c3) >>> 0),
      permissions: new Permissions(sim.scenario.permissions),
    };
    this.handlers = sim.scenario.workloads.map((w, i) =>
      w.source === undefined ? undefined : createHandler(ctx, i),
    );
  }

  start(): void {
    for (const h of this.handlers) h?.start();
  }

  arrive(workloadIndex: number): void {
    this.handlers[workloadIndex]!.arrive();
  }

  handle(task: Scheduled): void {
    const i = task.msg === null ? task.n : task.msg.workloadIndex;
    this.handlers[i]!.handle(task);
  }

  complete(m: Message, s: Sampled): void {
    this.handlers[m.workloadIndex]!.complete(m, s);
  }

  /**
   * An asynchronous invocation of a push source's event succeeded and the function writes the
   * event back: an SNS topic or S3 bucket then sends it again (other services do not loop).
   */
  writeBack(m: Message): void {
    const h = m.workloadIndex >= 0 ? this.handlers[m.workloadIndex] : undefined;
    if (h instanceof AsyncSender) h.writeBack(m);
  }
}

function createHandler(ctx: PushContext, i: number): SourceHandler {
  const src = ctx.sim.scenario.workloads[i]!.source!;
  switch (src.service) {
    case 'api-gateway':
      return new SyncCaller(ctx, i, (p) => apiGatewayPolicy(src, p));
    case 'alb':
      return new SyncCaller(ctx, i, (p) => albPolicy(src, p));
    case 'function-url':
      return new SyncCaller(ctx, i, (p) => functionUrlPolicy(src, p));
    case 'lambda-edge':
      return new SyncCaller(ctx, i, (p) => lambdaEdgePolicy(src, p));
    case 'cognito':
      return new SyncCaller(ctx, i, () => cognitoPolicy(src));
    case 'connect':
      return new SyncCaller(ctx, i, (p) => connectPolicy(src, p));
    case 'lex':
      return new SyncCaller(ctx, i, () => lexPolicy(src));
    case 'alexa':
      return new SyncCaller(ctx, i, (p) => alexaPolicy(src, p));
    case 'ses':
      return src.invocationType === 'RequestResponse'
        ? new SyncCaller(ctx, i, (p) => sesRequestResponsePolicy(src, p))
        : new AsyncSender(ctx, i);
    case 'step-functions':
      return src.invocationType === 'RequestResponse'
        ? new SyncCaller(ctx, i, () => stepFunctionsPolicy(src))
        : new AsyncSender(ctx, i);
    case 'firehose':
      return new FirehoseSource(ctx, i);
    case 's3-batch':
      return new S3BatchSource(ctx, i);
    case 'secrets-manager':
      return new RotationSource(ctx, i);
    case 'cloudformation':
    case 'codepipeline':
    case 'config':
      return new ReportingSource(ctx, i);
    case 's3':
    case 'sns':
    case 'cloudwatch-logs':
    case 'codecommit':
    case 'iot':
    case 'iot-events':
      return new AsyncSender(ctx, i);
  }
}
