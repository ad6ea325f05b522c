import { aliasCanary, versionRollback } from './versions';
import { asyncDestinations, asyncRetries } from './async';
import {
  coldWarmProvisioned,
  provisionedSpillover,
  reservedKillSwitch,
  syncThrottle,
} from './concurrency';
import {
  eventbridgeFanout,
  eventbridgeSchedule,
  eventbridgeSchedulerDst,
  eventbridgeTargetDlq,
} from './eventbridge';
import { dynamodbStream, kinesisBisect, kinesisPoison } from './streams';
import { payloadLimits } from './limits';
import { policyVsRole } from './permissions';
import { pushVsPull, s3Thumbnail, snsDelivery } from './push';
import {
  sqsFifo,
  sqsFifoTransient,
  sqsPartialBatch,
  sqsProvisionedScaling,
  sqsRecursiveLoop,
  sqsRedrive,
} from './queues';
import { apiGatewayThrottle } from './sync';
import type { Preset } from './types';

export type { Preset } from './types';

/**
 * Built-in scenarios, in the order a course teaches them: how a function is invoked, asynchronous
 * invocation, the services that push events, the pollers Lambda runs for queues and streams,
 * concurrency, versions and aliases, EventBridge, and permissions. Each one is a plain scenario
 * document, validated like any other (at build time: scripts/validated-presets-plugin.ts).
 */
export const presets: readonly Preset[] = [
  // Invocation models
  apiGatewayThrottle,
  pushVsPull,
  payloadLimits,
  // Asynchronous invocation
  asyncRetries,
  asyncDestinations,
  // Push sources
  s3Thumbnail,
  snsDelivery,
  // Pollers: queues, then streams
  sqsRedrive,
  sqsPartialBatch,
  sqsFifo,
  sqsFifoTransient,
  sqsProvisionedScaling,
  sqsRecursiveLoop,
  kinesisPoison,
  kinesisBisect,
  dynamodbStream,
  // Concurrency
  coldWarmProvisioned,
  provisionedSpillover,
  syncThrottle,
  reservedKillSwitch,
  // Versions and aliases
  aliasCanary,
  versionRollback,
  // EventBridge
  eventbridgeFanout,
  eventbridgeSchedule,
  eventbridgeTargetDlq,
  eventbridgeSchedulerDst,
  // Permissions
  policyVsRole,
];

export function presetById(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}
