import type { MessageInfo, Run } from '../../engine/types';

/**
 * A run as plain data, so it can be posted from the simulation worker to the page (structured
 * clone copies data, not functions or classes). Messages keep what MessageInfo promises and drop
 * the engine's working state; an event built only when read (a poller's batch) is built now.
 */
export function portableRun(run: Run): Run {
  return { ...run, messages: run.messages.map(portableMessage) };
}

function portableMessage(m: MessageInfo): MessageInfo {
  return {
    id: m.id,
    workload: m.workload,
    path: m.path,
    qualifier: m.qualifier,
    createdAt: m.createdAt,
    duplicateOf: m.duplicateOf,
    parent: m.parent,
    payload: plain(m.payload),
    records: m.records,
    tries: m.tries,
  };
}

/** An object that builds itself on toJSON (see LazyEvent) becomes what it builds. */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === 'function' && Object.getPrototypeOf(value) !== Object.prototype
    ? (toJSON as () => unknown).call(value)
    : value;
}
