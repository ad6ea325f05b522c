import { utf8Length } from '../utf8';
/**
 * The size EventBridge counts for a PutEvents entry: the UTF-8 bytes of Source, DetailType, Detail
 * (the JSON text) and each resource, plus 14 bytes when the entry sets Time. The envelope fields
 * EventBridge adds itself (id, account, region, version, the JSON keys) do not count.
 */
export interface PutEventsEntry {
  readonly source: string;
  readonly detailType: string;
  /** The Detail parameter as sent: a JSON object's text. */
  readonly detail: string;
  readonly resources: readonly string[];
  /** Whether the entry sets the Time parameter. */
  readonly time: boolean;
}

/** Time counts as a fixed 14 bytes, whatever its text. */
export const TIME_BYTES = 14;

export function putEventsEntrySize(entry: PutEventsEntry): number {
  let n = entry.time ? TIME_BYTES : 0;
  n += utf8Length(entry.source) + utf8Length(entry.detailType) + utf8Length(entry.detail);
  for (const r of entry.resources) n += utf8Length(r);
  return n;
}
