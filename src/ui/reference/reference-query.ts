/**
 * The reference page's state in the URL query — `model`, `flow`, `q` and `open` — so a filtered
 * view survives a reload and can be shared: `?tool=reference&model=poll&q=kin&open=sqs`.
 *
 * Like the tool parameter (src/ui/nav/route.ts), the query is edited as raw text: parameters that
 * belong to someone else keep their exact spelling and place, and the fragment is never touched.
 * Defaults are left out, so the plain page has a plain address.
 */

import { joinQuery, partKey, queryParts } from '../nav/query-text';
import {
  FLOW_FILTERS,
  MODEL_FILTERS,
  type FlowFilter,
  type ModelFilter,
  type ServiceFilter,
} from './service-filter';

export interface ReferenceQuery extends ServiceFilter {
  /** Ids of the expanded services, in catalog order. */
  readonly open: readonly string[];
}

export const DEFAULT_QUERY: ReferenceQuery = { q: '', model: 'all', flow: 'all', open: [] };

/** Our parameters, in the order they are added when missing. */
const KEYS = ['model', 'flow', 'q', 'open'] as const;
type Key = (typeof KEYS)[number];

/**
 * Read our parameters from a query string. Unknown values fall back to the defaults; `open` keeps
 * only the ids in `knownIds`, in that order, each once.
 */
export function readReferenceQuery(search: string, knownIds: readonly string[]): ReferenceQuery {
  const params = new URLSearchParams(search);
  const model = params.get('model') as ModelFilter | null;
  const flow = params.get('flow') as FlowFilter | null;
  const open = new Set((params.get('open') ?? '').split(','));
  return {
    q: params.get('q') ?? '',
    model: model !== null && MODEL_FILTERS.includes(model) ? model : 'all',
    flow: flow !== null && FLOW_FILTERS.includes(flow) ? flow : 'all',
    open: knownIds.filter((id) => open.has(id)),
  };
}

/** The query string (with its "?", or "" when empty) carrying this state. */
export function writeReferenceQuery(search: string, query: ReferenceQuery): string {
  const values: Record<Key, string | null> = {
    model: query.model === 'all' ? null : query.model,
    flow: query.flow === 'all' ? null : query.flow,
    q: query.q.trim() === '' ? null : encode(query.q.trim()),
    // Ids are kebab-case, so the commas need no escaping and the list stays readable.
    open: query.open.length === 0 ? null : query.open.map(encode).join(','),
  };
  return rewrite(search, values);
}

/** The same query without any of our parameters: for the pages the learner goes to next. */
export function withoutReferenceQuery(search: string): string {
  return rewrite(search, { model: null, flow: null, q: null, open: null });
}

function rewrite(search: string, values: Record<Key, string | null>): string {
  const parts = queryParts(search);
  const placed = new Set<Key>();
  const out: string[] = [];
  for (const part of parts) {
    const key = ourKey(part);
    if (key === null) {
      out.push(part);
      continue;
    }
    // A parameter of ours is replaced where it stands; a repeat of it is dropped.
    if (placed.has(key)) continue;
    placed.add(key);
    const value = values[key];
    if (value !== null) out.push(`${key}=${value}`);
  }
  for (const key of KEYS) {
    const value = values[key];
    if (!placed.has(key) && value !== null) out.push(`${key}=${value}`);
  }
  return joinQuery(out);
}

function ourKey(part: string): Key | null {
  const key = partKey(part);
  return (KEYS as readonly string[]).includes(key) ? (key as Key) : null;
}

/** Form encoding: spaces as "+", which reads better in an address bar than "%20". */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}
