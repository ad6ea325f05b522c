import { initDurationMs } from '../catalog/runtimes';
import type { AsyncConfig, Behaviour, QueueTarget, Scenario } from '../scenario/schema';
import type { Rng } from './rng';
import type { RuleId } from '../catalog/rules';

/** The frozen configuration of one version ($LATEST or a published number). */
export interface VersionRuntime {
  readonly name: string; // "$LATEST", "1", "2" …
  readonly initMs: number;
  readonly timeoutMs: number;
  readonly memoryMb: number;
  readonly behaviour: Behaviour;
  readonly deadLetterQueue: QueueTarget | undefined;
}

export interface Route {
  readonly version: VersionRuntime;
  readonly rule: RuleId;
  /** Share of traffic the chosen version gets through a weighted alias (1 otherwise). */
  readonly weight: number;
  readonly viaAlias: boolean;
}

interface AliasRuntime {
  readonly primary: VersionRuntime;
  readonly secondary: VersionRuntime | undefined;
  readonly secondaryWeight: number;
  readonly asyncConfig: AsyncConfig | undefined;
  /** Routes are made once: resolving one per request must not allocate. */
  readonly toPrimary: Route;
  readonly toSecondary: Route | undefined;
}

/**
 * Versions and aliases of the function. $LATEST takes the function's current settings; each
 * published version keeps the settings frozen into it when it was published.
 */
export class FunctionModel {
  readonly versions = new Map<string, VersionRuntime>();
  /** Whether any version has a transient failure: batches then carry their records' messages. */
  get countsTries(): boolean {
    for (const v of this.versions.values())
      if (v.behaviour.transientFailure !== undefined) return true;
    return false;
  }
  private readonly aliases = new Map<string, AliasRuntime>();
  private readonly direct = new Map<string, Route>();
  readonly name: string;
  private readonly defaultAsync: AsyncConfig;

  constructor(s: Scenario) {
    const fn = s.function;
    this.name = fn.name;
    this.defaultAsync = fn.asyncConfig;
    this.versions.set('$LATEST', {
      name: '$LATEST',
      initMs: initDurationMs(fn.runtime, fn.packageType),
      timeoutMs: fn.timeoutSeconds * 1000,
      memoryMb: fn.memoryMb,
      behaviour: fn.behaviour,
      deadLetterQueue: fn.deadLetterQueue,
    });
    for (const v of fn.versions) {
      this.versions.set(String(v.version), {
        name: String(v.version),
        initMs: initDurationMs(v.runtime, v.packageType),
        timeoutMs: v.timeoutSeconds * 1000,
        memoryMb: v.memoryMb,
        behaviour: v.behaviour,
        deadLetterQueue: v.deadLetterQueue,
      });
    }
    for (const [name, v] of this.versions) {
      const rule = name === '$LATEST' ? 'version.latest' : 'version.published';
      this.direct.set(name, { version: v, rule, weight: 1, viaAlias: false });
    }
    for (const a of fn.aliases) {
      const primary = this.version(String(a.version));
      const secondary = a.routing ? this.version(String(a.routing.version)) : undefined;
      const w = a.routing?.weight ?? 0;
      this.aliases.set(a.name, {
        primary,
        secondary,
        secondaryWeight: w,
        asyncConfig: a.asyncConfig,
        toPrimary: secondary
          ? { version: primary, rule: 'alias.weighted', weight: 1 - w, viaAlias: true }
          : { version: primary, rule: 'alias.pointer', weight: 1, viaAlias: true },
        toSecondary: secondary
          ? { version: secondary, rule: 'alias.weighted', weight: w, viaAlias: true }
          : undefined,
      });
    }
  }

  isAlias(qualifier: string): boolean {
    return this.aliases.has(qualifier);
  }

  /** Resolve a qualifier to the version that runs; weighted aliases draw from the run's RNG. */
  route(qualifier: string, rng: Rng): Route {
    const alias = this.aliases.get(qualifier);
    if (alias === undefined) {
      const direct = this.direct.get(qualifier);
      if (direct === undefined) throw new Error(`unknown version ${qualifier}`); // parseScenario rules this out
      return direct;
    }
    if (alias.toSecondary === undefined) return alias.toPrimary;
    return rng.next() < alias.secondaryWeight ? alias.toSecondary : alias.toPrimary;
  }

  /** The version a qualifier points at without drawing (its primary). */
  primaryVersion(qualifier: string): VersionRuntime {
    return this.aliases.get(qualifier)?.primary ?? this.version(qualifier);
  }

  /** The alias's EventInvokeConfig if it has one, else the function's. */
  asyncConfig(qualifier: string): AsyncConfig {
    return this.aliases.get(qualifier)?.asyncConfig ?? this.defaultAsync;
  }

  /** Versions a provisioned-concurrency qualifier covers, with their share of the count. */
  provisionedSplit(qualifier: string, count: number): Array<[VersionRuntime, number]> {
    const alias = this.aliases.get(qualifier);
    if (!alias) return [[this.version(qualifier), count]];
    if (!alias.secondary) return [[alias.primary, count]];
    const second = Math.round(count * alias.secondaryWeight);
    return [
      [alias.primary, count - second],
      [alias.secondary, second],
    ];
  }

  arn(qualifier: string): string {
    return `arn:aws:lambda:us-east-1:123456789012:function:${this.name}:${qualifier}`;
  }

  private version(name: string): VersionRuntime {
    const v = this.versions.get(name);
    if (!v) throw new Error(`unknown version ${name}`); // parseScenario rules this out
    return v;
  }
}
