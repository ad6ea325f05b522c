import { useId } from 'react';
import { FilterChips } from './FilterChips';
import { FLOW_CHIP, MODEL_CHIP } from './labels';
import {
  FLOW_FILTERS,
  MODEL_FILTERS,
  type FacetCounts,
  type FlowFilter,
  type ModelFilter,
  type ServiceFilter,
} from './service-filter';

/** What the picked chip means, in one line, for learners meeting the words for the first time. */
const MODEL_MEANING: Readonly<Record<Exclude<ModelFilter, 'all'>, string>> = {
  sync: 'Sync: the service calls the function and waits for its answer; retrying is up to the service.',
  async:
    'Async: the service hands the event to Lambda’s internal queue and moves on; Lambda retries failed events and can send those that still fail to a dead-letter queue or a destination.',
  poll: 'Poll: Lambda’s own pollers read the source through an event source mapping and invoke the function synchronously, with batches.',
  special:
    'Special: integrations that give the function something (storage, tracing) but never invoke it.',
};
const FLOW_MEANING: Readonly<Record<Exclude<FlowFilter, 'all'>, string>> = {
  push: 'Push: the service sends the event to Lambda.',
  pull: 'Pull: Lambda fetches the events from the service.',
};

interface Props {
  filter: ServiceFilter;
  counts: FacetCounts;
  onSearch(q: string): void;
  /** The search box lost focus or Enter was pressed: a good moment to update the address. */
  onSearchDone(): void;
  onModel(model: ModelFilter): void;
  onFlow(flow: FlowFilter): void;
}

/** The search box and the two chip groups. */
export function ReferenceControls({
  filter,
  counts,
  onSearch,
  onSearchDone,
  onModel,
  onFlow,
}: Props) {
  const searchId = useId();
  const hintId = useId();
  const meanings = [
    filter.model === 'all' ? null : MODEL_MEANING[filter.model],
    filter.flow === 'all' ? null : FLOW_MEANING[filter.flow],
  ].filter((m) => m !== null);
  return (
    <section className="card ref-controls" aria-label="Search and filters">
      <div className="ref-search">
        <label className="ref-search__label" htmlFor={searchId}>
          Search services
        </label>
        <input
          id={searchId}
          className="ref-search__input"
          type="search"
          value={filter.q}
          onChange={(e) => onSearch(e.target.value)}
          onBlur={onSearchDone}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSearchDone();
          }}
          placeholder="e.g. kinesis, batch, retries, FIFO"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          autoComplete="off"
          aria-describedby={hintId}
        />
        <p className="ref-search__hint" id={hintId}>
          Finds the start of words in each service’s name and in what it adds; name matches come
          first.
        </p>
      </div>
      <div className="ref-filters">
        <FilterChips
          title="Invocation model"
          options={MODEL_FILTERS}
          labels={MODEL_CHIP}
          counts={counts.model}
          value={filter.model}
          onChange={onModel}
        />
        <FilterChips
          title="Push or pull"
          options={FLOW_FILTERS}
          labels={FLOW_CHIP}
          counts={counts.flow}
          value={filter.flow}
          onChange={onFlow}
        />
      </div>
      {meanings.length > 0 && (
        <ul className="ref-meanings">
          {meanings.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
