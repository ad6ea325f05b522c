import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/** Prints one plain closing line ("e2e: N passed, N failed, N skipped") that CI totals. */
export default class SummaryReporter implements Reporter {
  private readonly outcome = new Map<string, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase): void {
    this.outcome.set(test.id, test.outcome());
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const o of this.outcome.values()) {
      if (o === 'expected' || o === 'flaky') passed++;
      else if (o === 'skipped') skipped++;
      else failed++;
    }
    // e.g. the web server died before any test ran
    if (failed === 0 && result.status !== 'passed' && result.status !== 'interrupted') failed = 1;
    process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
