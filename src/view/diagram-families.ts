import type { Run } from '../engine';
import type { FamilyName } from '../engine/families';
import type { Scenario, Workload } from '../scenario';
import type { PushSource } from '../scenario/push-schema';
import type { DiagramParts } from './diagram-parts';
import type { Problems } from './diagram-problems';
import type { LambdaCall } from './diagram-push';
import type { ShardAt } from './diagram-shards';

/**
 * The boxes and arrows of each source family, registered when the family's code arrives (with
 * its engine code and log sentences: src/store/families.ts), so the first page load carries
 * only the parts the opening scenario draws: callers, Lambda, the async queue, the function and
 * its destinations.
 */
export interface DiagramFamilies {
  /** Push services calling the function, and the EFS and X-Ray integrations. */
  readonly push: {
    addPushWorkload(
      w: Workload,
      src: PushSource,
      s: Scenario,
      problems: Problems,
      parts: DiagramParts,
    ): LambdaCall;
    addIntegrations(s: Scenario, problems: Problems, parts: DiagramParts): void;
  };
  /** SQS queues and Amazon MQ brokers with their mappings. */
  readonly queues: {
    addQueues(s: Scenario, problems: Problems, parts: DiagramParts): LambdaCall[];
  };
  /** Kinesis and DynamoDB streams and Kafka topics with their mappings. */
  readonly streams: {
    addStreams(s: Scenario, problems: Problems, parts: DiagramParts): LambdaCall[];
    /** A stream box's shard bars (src/ui/diagram/nodes/ShardBars.tsx). */
    shardNumbers(run: Run, name: string, t: number): number[];
    shardsOf(run: Run, name: string, numbers: readonly number[]): ShardAt[];
    shardLabel(id: string): string;
  };
  /** EventBridge buses, rules, archives and schedules. */
  readonly eventbridge: {
    addEventBridge(eb: NonNullable<Scenario['eventbridge']>, parts: DiagramParts): void;
  };
}

const registered: Partial<DiagramFamilies> = {};

export function registerDiagramFamily<F extends FamilyName>(
  family: F,
  parts: DiagramFamilies[F],
): void {
  (registered as Record<F, DiagramFamilies[F]>)[family] = parts;
}

/**
 * A family's diagram parts. A scenario reaches the diagram only once its families have loaded,
 * so a missing one is a mistake in the app, said plainly rather than drawn without its sources.
 */
export function diagramFamily<F extends FamilyName>(family: F): DiagramFamilies[F] {
  const parts = registered[family];
  if (parts === undefined)
    throw new Error(`the diagram of ${family} sources is not loaded yet (load the families first)`);
  return parts as DiagramFamilies[F];
}
