import { useReadoutStore, useRun } from '../../../store';
import { environmentsAt, type EnvCounts, type EnvSlot } from '../../../view/environments';
import { messageLabel } from '../../../view/format';

/** Slots drawn before the rest are only counted. */
export const MAX_SLOTS = 12;

/**
 * The function's execution environments at time t, one slot each: initializing, busy (and with
 * which message), idle, or provisioned and ready. `environmentsAt` returns the same object until
 * an environment changes, so this redraws only then, not on every frame.
 */
export function EnvironmentSlots() {
  const run = useRun();
  const envs = useReadoutStore((s) => environmentsAt(run, s.t));
  const shown = envs.slots.slice(0, MAX_SLOTS);
  const hidden = envs.slots.slice(MAX_SLOTS);
  return (
    <div className="envs">
      <div className="envs__summary">{summary(envs.counts)}</div>
      <ul className="envs__slots" aria-label="Execution environments">
        {shown.map((s) => (
          <li
            key={s.id}
            className={`env env--${s.provisionedFor !== '' && s.state === 'idle' ? 'ready' : s.state}${s.provisionedFor !== '' ? ' env--provisioned' : ''}`}
            title={describeSlot(s)}
            aria-label={describeSlot(s)}
          >
            <span className="env__state" aria-hidden="true">
              {SHORT[s.provisionedFor !== '' && s.state === 'idle' ? 'ready' : s.state]}
            </span>
            <span className="env__msg" aria-hidden="true">
              {s.msg >= 0
                ? messageLabel(s.msg)
                : s.version === '$LATEST'
                  ? `env ${s.id}`
                  : `v${s.version}`}
            </span>
          </li>
        ))}
      </ul>
      {hidden.length > 0 && (
        <div className="envs__more">
          +{hidden.length} more: {summary(countsOf(hidden))}
        </div>
      )}
    </div>
  );
}

const SHORT = { initializing: 'init', busy: 'busy', idle: 'idle', ready: 'ready' } as const;

/** "2 busy · 1 initializing · 1 provisioned ready": what is there, in words. */
export function summary(c: EnvCounts): string {
  const parts = [
    c.initializing > 0 ? `${c.initializing} initializing` : '',
    c.busy + c.provisionedBusy > 0
      ? `${c.busy + c.provisionedBusy} busy${c.provisionedBusy > 0 ? ` (${c.provisionedBusy} provisioned)` : ''}`
      : '',
    c.idle > 0 ? `${c.idle} idle` : '',
    c.provisionedReady > 0 ? `${c.provisionedReady} provisioned ready` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' · ') : 'no environments';
}

/** One slot in full: "Environment 2 (provisioned for live, version 1): busy with #3". */
export function describeSlot(s: EnvSlot): string {
  const what = [
    s.provisionedFor !== '' ? `provisioned for ${s.provisionedFor}` : 'on demand',
    `version ${s.version}`,
  ].join(', ');
  const doing =
    s.state === 'initializing'
      ? `initializing for ${messageLabel(s.msg)}`
      : s.state === 'busy'
        ? `busy with ${messageLabel(s.msg)}`
        : s.provisionedFor !== ''
          ? 'ready'
          : 'idle (warm)';
  return `Environment ${s.id} (${what}): ${doing}`;
}

function countsOf(slots: readonly EnvSlot[]): EnvCounts {
  const c = { initializing: 0, busy: 0, idle: 0, provisionedBusy: 0, provisionedReady: 0 };
  for (const s of slots) {
    const p = s.provisionedFor !== '';
    if (s.state === 'initializing') c.initializing++;
    else if (s.state === 'busy') c[p ? 'provisionedBusy' : 'busy']++;
    else c[p ? 'provisionedReady' : 'idle']++;
  }
  return c;
}
