import type { MessageInfo, Run } from './types';

/** A request id shaped like Lambda's, reproducible from the seed and the message number. */
export function requestId(seed: number, msg: number): string {
  let h = (seed ^ Math.imul(msg + 1, 0x9e3779b1)) >>> 0;
  let hex = '';
  while (hex.length < 32) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = (h ^ (h >>> 12)) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The request id of a message; a duplicate delivery keeps the id of the event it repeats. */
export function requestIdOf(
  run: Pick<Run, 'scenario'>,
  m: Pick<MessageInfo, 'id' | 'duplicateOf'>,
): string {
  return requestId(run.scenario.seed, m.duplicateOf >= 0 ? m.duplicateOf : m.id);
}
