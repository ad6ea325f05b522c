import { z } from 'zod';
import { compileFilters, MAX_FILTERS, MAX_FILTERS_RAISED } from '../engine/filters';

/**
 * FilterCriteria of an event source mapping (SQS, Amazon MQ, Kinesis, DynamoDB Streams, Kafka):
 * up to 5 patterns, or 10 once the account's quota is raised. Each pattern is an EventBridge-style
 * pattern, parsed or as JSON text (AWS takes text of at most 4,096 characters).
 */
export const filterCriteriaSchema = z.strictObject({
  filters: z
    .array(
      z.strictObject({
        pattern: z.union([z.string().min(1).max(4_096), z.record(z.string(), z.unknown())], {
          error:
            'must be an event pattern (a JSON object, or its text of at most 4,096 characters)',
        }),
      }),
    )
    .max(MAX_FILTERS_RAISED, {
      error: `at most ${MAX_FILTERS_RAISED} filters per event source mapping, even with a quota increase`,
    }),
  /** The account's filters-per-mapping quota: 5 by default, up to 10 on request. */
  quota: z
    .union([z.literal(MAX_FILTERS), z.literal(MAX_FILTERS_RAISED)], {
      error: `must be ${MAX_FILTERS} (the default) or ${MAX_FILTERS_RAISED} (after a quota increase)`,
    })
    .default(MAX_FILTERS),
});

export type FilterCriteria = z.output<typeof filterCriteriaSchema>;

/**
 * Refuses invalid filters the way CreateEventSourceMapping does, with the engine's own code: too
 * many for the quota, a pattern that is not valid, or an operator Lambda's filters lack.
 */
export function filterIssues(
  criteria: FilterCriteria | undefined,
  at: readonly (string | number)[],
  add: (path: (string | number)[], message: string) => void,
): void {
  if (criteria === undefined) return;
  const compiled = compileFilters(
    criteria.filters.map((f) => f.pattern),
    criteria.quota,
  );
  if (compiled.ok) return;
  const path =
    criteria.filters.length > criteria.quota
      ? [...at, 'filterCriteria', 'filters']
      : [...at, 'filterCriteria', 'filters', compiled.index, 'pattern'];
  add(path, compiled.error);
}
