/**
 * The built-in comparisons' ids and titles, for the scenario picker. The pairs themselves (their
 * scenario documents) load with the compare view; test/ui/compare checks the two lists agree.
 */
export const COMPARE_PAIRS: readonly { readonly id: string; readonly title: string }[] = [
  { id: 'compare-batch-item-failures', title: 'ReportBatchItemFailures off vs on' },
  { id: 'compare-dlq-destination', title: 'Async: dead-letter queue vs on-failure destination' },
  { id: 'compare-sns-sqs', title: 'SNS vs SQS in front of the same function' },
  { id: 'compare-reserved-provisioned', title: 'Reserved vs provisioned concurrency' },
];

/** How the picker spells a comparison among the presets. */
export const COMPARE_OPTION_PREFIX = 'compare:';

/** Open a built-in comparison; its scenarios and the compare view load on demand. */
export function openComparePair(id: string): Promise<boolean> {
  return import('./open-pair').then((m) => m.openPair(id));
}
