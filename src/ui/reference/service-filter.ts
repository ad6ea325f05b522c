/**
 * Search and filters of the event source reference, as pure functions over catalog records, so
 * the rules (which words match, what each chip counts) are tested without rendering anything.
 */
import type { InvocationModel, ServiceRecord } from '../../catalog/services';

export type ModelFilter = 'all' | InvocationModel;
export type FlowFilter = 'all' | 'push' | 'pull';

export const MODEL_FILTERS: readonly ModelFilter[] = ['all', 'sync', 'async', 'poll', 'special'];
export const FLOW_FILTERS: readonly FlowFilter[] = ['all', 'push', 'pull'];

export interface ServiceFilter {
  /** Free text: every word must start a word of the name, short name or behaviour text. */
  readonly q: string;
  readonly model: ModelFilter;
  readonly flow: FlowFilter;
}

export interface FacetCounts {
  /** Per model chip: the services it would show, given the search and the push/pull chip. */
  readonly model: Readonly<Record<ModelFilter, number>>;
  /** Per push/pull chip: the services it would show, given the search and the model chip. */
  readonly flow: Readonly<Record<FlowFilter, number>>;
}

/** Lower case, accents and typographic marks folded, so "cafe" finds "café" and ’ equals '. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The query's words, folded; punctuation only separates ("api-gateway" is two words). */
export function searchWords(query: string): string[] {
  return fold(query).match(/[a-z0-9]+/g) ?? [];
}

/**
 * Every word of a text, plus the tails of camel-cased words, so "batch" finds
 * ReportBatchItemFailures and "db" finds DynamoDB, while "kin" does not match inside "taking".
 */
function wordsOf(text: string, into: Set<string>): void {
  for (const word of text.normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? []) {
    into.add(fold(word));
    // A camel hump starts where a lower-case letter or digit meets an upper-case one.
    for (const hump of word.matchAll(/(?<=[\p{Ll}\p{N}])\p{Lu}/gu)) {
      into.add(fold(word.slice(hump.index)));
    }
  }
}

interface SearchIndex {
  /** Words of the name and short name. */
  readonly name: readonly string[];
  /** Those, plus the words of the behaviour sentences. */
  readonly all: readonly string[];
}

const INDEX = new WeakMap<ServiceRecord, SearchIndex>();

function indexOf(service: ServiceRecord): SearchIndex {
  let index = INDEX.get(service);
  if (index === undefined) {
    const set = new Set<string>();
    wordsOf(service.name, set);
    wordsOf(service.shortName, set);
    const name = [...set];
    for (const sentence of service.behaviour) wordsOf(sentence, set);
    index = { name, all: [...set] };
    INDEX.set(service, index);
  }
  return index;
}

const allStart = (words: readonly string[], index: readonly string[]) =>
  words.every((w) => index.some((word) => word.startsWith(w)));

/** True when each query word is the start of some word of the service's searchable text. */
export function matchesSearch(service: ServiceRecord, words: readonly string[]): boolean {
  return words.length === 0 || allStart(words, indexOf(service).all);
}

/** True when the name alone matches: such services are listed before those matched by behaviour. */
function matchesName(service: ServiceRecord, words: readonly string[]): boolean {
  return allStart(words, indexOf(service).name);
}

export function matchesModel(service: ServiceRecord, model: ModelFilter): boolean {
  return model === 'all' || service.invocation === model;
}

/** EFS and X-Ray are neither push nor pull: only "All" shows them. */
export function matchesFlow(service: ServiceRecord, flow: FlowFilter): boolean {
  return flow === 'all' || service.push === flow;
}

/**
 * The services the filter shows, in catalog (study table) order; while searching, those whose
 * name matches come first, so "sqs" puts SQS above the services that merely mention it.
 */
export function filterServices(
  services: readonly ServiceRecord[],
  filter: ServiceFilter,
): ServiceRecord[] {
  const words = searchWords(filter.q);
  const shown = services.filter(
    (s) => matchesModel(s, filter.model) && matchesFlow(s, filter.flow) && matchesSearch(s, words),
  );
  if (words.length === 0) return shown;
  const byName = shown.filter((s) => matchesName(s, words));
  return [...byName, ...shown.filter((s) => !byName.includes(s))];
}

/**
 * How many services each chip would show if picked, keeping the search and the other chip group
 * as they are: the usual faceted count, so a chip showing 0 is a dead end the learner can see.
 */
export function facetCounts(
  services: readonly ServiceRecord[],
  filter: ServiceFilter,
): FacetCounts {
  const words = searchWords(filter.q);
  const model = { all: 0, sync: 0, async: 0, poll: 0, special: 0 };
  const flow = { all: 0, push: 0, pull: 0 };
  for (const s of services) {
    if (!matchesSearch(s, words)) continue;
    if (matchesFlow(s, filter.flow)) {
      model.all++;
      model[s.invocation]++;
    }
    if (matchesModel(s, filter.model)) {
      flow.all++;
      if (s.push !== 'none') flow[s.push]++;
    }
  }
  return { model, flow };
}
