import type { Scenario } from '../scenario';
import { formatDuration } from './format';
import { runtimeLabel, targetTypeLabel } from './names';
import { formatCount } from './format';

export interface Setting {
  readonly label: string;
  readonly value: string;
}

/** The function settings that decide what a scenario does, as label/value pairs. */
export function functionSettings(s: Scenario): Setting[] {
  const fn = s.function;
  const usesAsync = s.workloads.some((w) => w.invocationType === 'Event');
  const out: Setting[] = [
    { label: 'Function', value: fn.name },
    { label: 'Runtime', value: `${runtimeLabel(fn.runtime)} · ${fn.memoryMb} MB` },
    { label: 'Timeout', value: formatDuration(fn.timeoutSeconds * 1000) },
    {
      label: 'Reserved concurrency',
      value:
        fn.reservedConcurrency === undefined
          ? `none (account limit ${formatCount(s.account.concurrencyLimit)})`
          : String(fn.reservedConcurrency),
    },
  ];
  if (fn.provisionedConcurrency.length > 0) {
    out.push({
      label: 'Provisioned concurrency',
      value: fn.provisionedConcurrency.map((p) => `${p.count} on ${p.qualifier}`).join(', '),
    });
  }
  if (fn.aliases.length > 0) {
    out.push({
      label: 'Aliases',
      value: fn.aliases
        .map((a) =>
          a.routing
            ? `${a.name} → ${a.version} + ${a.routing.version} (${Math.round(a.routing.weight * 100)}%)`
            : `${a.name} → ${a.version}`,
        )
        .join(', '),
    });
  }
  if (usesAsync) {
    out.push({ label: 'Async retries', value: String(fn.asyncConfig.maximumRetryAttempts) });
    out.push({
      label: 'Maximum event age',
      value: formatDuration(fn.asyncConfig.maximumEventAgeInSeconds * 1000),
    });
  }
  if (fn.deadLetterQueue) {
    out.push({
      label: 'Dead-letter queue',
      value: `${fn.deadLetterQueue.name} (${targetTypeLabel(fn.deadLetterQueue.type)})`,
    });
  }
  for (const which of ['onSuccess', 'onFailure'] as const) {
    const d = fn.asyncConfig[which];
    if (d === undefined) continue;
    out.push({
      label: which === 'onSuccess' ? 'On-success destination' : 'On-failure destination',
      value: `${d.name} (${targetTypeLabel(d.type)})`,
    });
  }
  return out;
}
