import { StepSeries } from '../step-series';

/** The step series a queue records for charts (see QueueRun in kinds.ts). */
export interface QueueSeries {
  readonly visible: StepSeries;
  readonly inFlight: StepSeries;
  readonly delayed: StepSeries;
  readonly pollers: StepSeries;
  readonly batches: StepSeries;
  readonly eventPollers: StepSeries;
}

export function queueSeries(): QueueSeries {
  return {
    visible: new StepSeries(),
    inFlight: new StepSeries(),
    delayed: new StepSeries(),
    pollers: new StepSeries(),
    batches: new StepSeries(),
    eventPollers: new StepSeries(),
  };
}
