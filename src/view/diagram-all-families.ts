import { addEventBridge } from './diagram-eventbridge';
import { registerDiagramFamily } from './diagram-families';
import { addIntegrations } from './diagram-integrations';
import { addPushWorkload } from './diagram-push';
import { addQueues } from './diagram-queues';
import { shardLabel, shardNumbers, shardsOf } from './diagram-shards';
import { addStreams } from './diagram-streams';

/** Register every source family's diagram parts (the app does this when it loads the families). */
export function registerAllDiagramFamilies(): void {
  registerDiagramFamily('push', { addPushWorkload, addIntegrations });
  registerDiagramFamily('queues', { addQueues });
  registerDiagramFamily('streams', { addStreams, shardNumbers, shardsOf, shardLabel });
  registerDiagramFamily('eventbridge', { addEventBridge });
}
