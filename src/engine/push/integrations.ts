import { serviceById } from '../../catalog/services';
import type { Environments } from '../environments';
import { Permissions } from '../permissions';
import { Rng } from '../rng';
import type { Env, Message, Sim } from '../sim';
import type { TraceDetail } from '../types';

const XRAY_RATE = 0.05;

/**
 * The two special integrations, which never invoke the function: EFS (a file system mounted into
 * every environment during Init) and X-Ray (active tracing samples invocations and sends their
 * segments). They only add events to what Lambda already does.
 */
export class FunctionIntegrations {
  private readonly mount: TraceDetail | null;
  private readonly tracing: boolean;
  private readonly segmentsAccepted: boolean;
  private readonly rng: Rng;
  /** The second whose reservoir slot is taken: X-Ray traces the first request of each second. */
  private reservoirSecond = -1;

  static create(sim: Sim, envs: Environments): FunctionIntegrations | null {
    const fn = sim.scenario.function;
    return fn.fileSystem !== undefined || fn.tracing === 'Active'
      ? new FunctionIntegrations(sim, envs)
      : null;
  }

  private constructor(
    private readonly sim: Sim,
    private readonly envs: Environments,
  ) {
    const fn = sim.scenario.function;
    this.mount = fn.fileSystem
      ? Object.freeze({
          service: 'efs',
          mountPath: fn.fileSystem.localMountPath,
          accessPoint: fn.fileSystem.accessPointArn,
        })
      : null;
    this.tracing = fn.tracing === 'Active';
    // The role must allow the actions the catalog lists for X-Ray, or X-Ray refuses the segments.
    const xray = serviceById('xray')!.permission;
    const needed = xray.kind === 'execution-role' ? xray.actions : [];
    this.segmentsAccepted =
      new Permissions(sim.scenario.permissions).missingActions(needed).length === 0;
    this.rng = new Rng((sim.scenario.seed ^ 0x5eed_7ace) >>> 0);
  }

  /** Time 0: provisioned environments ran Init ahead of time, and mounted the file system then. */
  start(): void {
    if (this.mount === null) return;
    for (const env of this.envs.all) {
      if (env.provisionedFor !== '')
        this.sim.emit(
          'source.efs-mount',
          null,
          'efs',
          `env-${env.id}`,
          'push.efs.mount',
          env,
          env.version.name,
          this.mount,
        );
    }
  }

  /** Init is over for `env`: the access point was mounted during it. */
  initDone(env: Env): void {
    if (this.mount === null) return;
    this.sim.emit(
      'source.efs-mount',
      env.msg,
      'efs',
      'function',
      'push.efs.mount',
      env,
      env.version.name,
      this.mount,
    );
  }

  /** An invocation ended: with active tracing, was it sampled, and did X-Ray take its segment? */
  invokeEnded(env: Env, m: Message): void {
    if (!this.tracing) return;
    const second = Math.floor(env.startedAt / 1000);
    let sampledBy: 'reservoir' | 'rate' | null = null;
    if (second > this.reservoirSecond) {
      this.reservoirSecond = second;
      sampledBy = 'reservoir';
    } else if (this.rng.next() < XRAY_RATE) {
      sampledBy = 'rate';
    }
    if (sampledBy === null) return;
    this.sim.emit(
      'source.xray-trace',
      m,
      'function',
      'xray',
      this.segmentsAccepted ? 'push.xray.sampling' : 'push.xray.role',
      env,
      env.version.name,
      {
        service: 'xray',
        sampledBy,
        segmentAccepted: this.segmentsAccepted,
        durationMs: this.sim.now - env.startedAt,
      },
    );
  }
}
