import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/engine';
import {
  compareBatchItemFailures,
  compareDlqDestination,
  comparePresets,
  compareReservedProvisioned,
  compareSnsSqs,
  type ComparePreset,
} from '../../src/scenario/presets/compare';
import { compareRuns, firstParting, type FigureId } from '../../src/view/compare-summary';
import { runOf } from './helpers';

function summaryOf(pair: ComparePreset) {
  return compareRuns(runOf(pair.a.scenario), runOf(pair.b.scenario));
}

/** Each figure as "a|b|first moment" (first moment "-" when the totals never part). */
function table(pair: ComparePreset): Record<FigureId, string> {
  const rows = summaryOf(pair).rows;
  return Object.fromEntries(rows.map((r) => [r.id, `${r.a}|${r.b}|${r.firstAt ?? '-'}`])) as Record<
    FigureId,
    string
  >;
}

describe('compare summary of the built-in pairs', () => {
  it('ReportBatchItemFailures: off sends all ten orders to the DLQ and hands them over three times', () => {
    expect(table(compareBatchItemFailures)).toEqual({
      processed: '0|9|450',
      duplicated: '10|1|30000',
      dlq: '10|1|90000',
      lost: '0|0|-',
      onFailure: '0|0|-',
      invocations: '3|3|-',
      coldStarts: '1|1|-',
      throttles: '0|0|-',
      gbSeconds: '0.10625|0.10625|-',
    });
    const s = summaryOf(compareBatchItemFailures);
    expect(s.rows.map((r) => r.id).slice(0, 3)).toEqual(['processed', 'duplicated', 'dlq']);
    expect(s.firstAt).toBe(450);
  });

  it('DLQ vs destination: the failed invoice reaches one or the other at 3 min 2 s', () => {
    expect(table(compareDlqDestination)).toEqual({
      dlq: '1|0|182000',
      onFailure: '0|1|182000',
      processed: '2|2|-',
      lost: '0|0|-',
      duplicated: '1|1|-',
      invocations: '5|5|-',
      coldStarts: '1|1|-',
      throttles: '0|0|-',
      gbSeconds: '0.21875|0.21875|-',
    });
  });

  it('SNS vs SQS: the push source turns a burst into throttles and minutes of back-off', () => {
    expect(table(compareSnsSqs)).toEqual({
      throttles: '96|13|0',
      gbSeconds: '1.5625|2.5625|0',
      invocations: '12|20|250',
      processed: '12|20|1250',
      coldStarts: '2|2|0',
      lost: '0|0|-',
      dlq: '0|0|-',
      onFailure: '0|0|-',
      duplicated: '0|0|-',
    });
    // Equal totals that part for a while come after the real differences.
    expect(summaryOf(compareSnsSqs).rows.map((r) => r.differs)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reserved vs provisioned: throttles against cold starts', () => {
    expect(table(compareReservedProvisioned)).toEqual({
      invocations: '3|5|1000',
      coldStarts: '3|2|1000',
      throttles: '2|0|1000',
      gbSeconds: '2.85|2.5|1000',
      processed: '3|5|1400',
      lost: '0|0|-',
      dlq: '0|0|-',
      onFailure: '0|0|-',
      duplicated: '0|0|-',
    });
  });

  it('a run compared with itself differs nowhere', () => {
    const run: Run = runOf(compareSnsSqs.a.scenario);
    const s = compareRuns(run, run);
    expect(s.firstAt).toBeNull();
    expect(s.rows.filter((r) => r.differs || r.firstAt !== null)).toEqual([]);
  });

  it('every pair shares its seed and has both sides titled', () => {
    for (const p of comparePresets) {
      expect(p.a.scenario.seed).toBe(p.b.scenario.seed);
      expect(p.a.label).not.toBe(p.b.label);
      expect(p.summary.length).toBeGreaterThan(200);
    }
    expect(comparePresets.map((p) => p.id)).toEqual([
      'compare-batch-item-failures',
      'compare-dlq-destination',
      'compare-sns-sqs',
      'compare-reserved-provisioned',
    ]);
  });
});

describe('firstParting', () => {
  it('counts all steps at one moment together', () => {
    expect(
      firstParting(
        [
          { t: 5, by: 1 },
          { t: 5, by: 1 },
        ],
        [{ t: 5, by: 2 }],
      ),
    ).toBeNull();
    expect(firstParting([{ t: 5, by: 1 }], [{ t: 7, by: 1 }])).toBe(5);
    expect(
      firstParting(
        [
          { t: 9, by: 1 },
          { t: 2, by: 1 },
        ],
        [{ t: 2, by: 1 }],
      ),
    ).toBe(9);
  });
});
