import { expectClockHeld } from './clock';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { simulate } from '../../src/engine';
import { parseScenario, presetById } from '../../src/scenario';
import { applyFaults } from '../../src/scenario/faults';
import { formatTime } from '../../src/view';

/**
 * Every built-in scenario, as a learner meets it: pick it, play a moment, pause, step forward and
 * back to the same place, then scrub to the moment its lesson is about and read the diagram, the
 * log and the metrics there. The moments and figures are the ones the lessons promise (see
 * test/scenario/presets-lessons.test.ts). Then edit a setting from the diagram and inject a
 * fault, and see both take effect. One page serves every scenario, as in class.
 */

/** The edited timeout every journey sets on the function. */
const EDITED_TIMEOUT_S = 7;

/**
 * When the first invocation the "first 3 fail" fault breaks ends, in the preset with the edited
 * timeout, worked out by the engine itself; null when nothing is invoked.
 */
function firstForcedFailure(id: string): number | null {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(`preset ${id} is invalid`);
  const edited = {
    ...parsed.scenario,
    function: { ...parsed.scenario.function, timeoutSeconds: EDITED_TIMEOUT_S },
  };
  const run = simulate(applyFaults(edited, { failFirst: true }));
  return run.trace.find((e) => e.rule === 'behaviour.fail-first')?.t ?? null;
}

interface Lesson {
  readonly id: string;
  /** The moment the lesson is about, in ms, and how the time display shows it. */
  readonly at: number;
  readonly time: string;
  /** [a node's title, a figure it shows then]; the first node also tells the scenario is shown. */
  readonly nodes: readonly (readonly [string, string])[];
  /** [text of an event that has just happened, how many rows say it]. */
  readonly rows: readonly (readonly [string, number])[];
  /** Text equivalents of metrics charts at that moment. */
  readonly metrics: readonly string[];
}

const LESSONS: readonly Lesson[] = [
  {
    id: 'api-gateway-throttle',
    at: 5_000,
    time: '0:05.000',
    nodes: [
      ['Lambda', '4 requests throttled'],
      ['API Gateway', '3 requests sent'],
    ],
    rows: [
      ['API Gateway: 500 Internal Server Error: Lambda throttled the call (429)', 2],
      ['429 TooManyRequests: reserved concurrency reached', 2],
    ],
    metrics: ['Throttled requests so far: 4', 'Invocations so far: 2'],
  },
  {
    id: 'push-vs-pull',
    at: 5_619,
    time: '0:05.619',
    nodes: [
      ['photo-jobs', '0 in flight'],
      ['S3', '2 uploads sent'],
      ['Importer (pull)', '2 messages sent'],
      ['Async queue', '0 events waiting'],
    ],
    rows: [['Warm start: attempt 1 runs in environment 0', 1]],
    metrics: ['Invocations so far: 4'],
  },
  {
    id: 'payload-limits',
    at: 4_400,
    time: '0:04.400',
    nodes: [
      ['Upload API', 'Request too large'],
      ['Old client (InvokeAsync)', 'Request too large'],
      ['Thumbnail events', 'payload 512 KB'],
    ],
    rows: [
      [
        'Report request receives 200 with X-Amz-Function-Error: Response payload size (7340032 bytes) exceeded maximum allowed payload size (6291456 bytes).',
        1,
      ],
    ],
    metrics: ['Invocations so far: 2', 'Function errors so far: 1'],
  },
  {
    id: 'async-retries',
    at: 187_500,
    time: '3:07.500',
    nodes: [
      ['resize-dlq', '2 events received'],
      ['Async queue', '0 events waiting'],
    ],
    rows: [
      ['Retries exhausted after 3 attempts', 1],
      ['Sent to dead-letter queue resize-dlq (SQS)', 1],
    ],
    metrics: [
      'Invocations so far: 6',
      'Sent to a dead-letter queue or on-failure destination so far: 2',
    ],
  },
  {
    id: 'async-destinations',
    at: 182_000,
    time: '3:02.000',
    nodes: [
      ['invoice-failures', '1 event received'],
      ['invoices-sent', '2 events received'],
    ],
    rows: [['Invocation record sent to on-failure destination invoice-failures (SNS)', 1]],
    metrics: ['Function errors so far: 3'],
  },
  {
    id: 's3-thumbnail',
    at: 185_472,
    time: '3:05.472',
    nodes: [['thumbnail-dlq', '1 event received']],
    rows: [['Sent to dead-letter queue thumbnail-dlq (SQS)', 1]],
    metrics: ['Function errors so far: 3'],
  },
  {
    id: 'sns-delivery',
    at: 190_000,
    time: '3:10.000',
    nodes: [
      ['ship-order-sub-dlq', '0 events received'],
      ['Async queue', '0 events waiting'],
    ],
    rows: [
      ['Retries exhausted after 3 attempts', 1],
      ['Outcome: discarded and lost', 1],
    ],
    metrics: ['Invocations so far: 5'],
  },
  {
    id: 'sqs-redrive',
    at: 90_000,
    time: '1:30.000',
    nodes: [
      ['orders-dlq', '10 messages moved'],
      ['orders', '0 in flight'],
    ],
    rows: [
      ['SQS moves the message from queue orders to its dead-letter queue orders-dlq', 10],
      ['Outcome: moved to the dead-letter queue', 10],
    ],
    metrics: [
      'Messages in orders (visible, in flight or delayed) now: 0',
      'Sent to a dead-letter queue or on-failure destination so far: 10',
    ],
  },
  {
    id: 'sqs-partial-batch',
    at: 90_000,
    time: '1:30.000',
    nodes: [
      ['orders-dlq', '1 message moved'],
      // Both producers of the queue share one box, each on its own line, their sends summed.
      ['2 producers', 'Checkout · burst of 9 messages'],
      ['2 producers', '10 messages sent'],
    ],
    rows: [['Received 3 times (maxReceiveCount 3)', 1]],
    metrics: ['Invocations so far: 3'],
  },
  {
    id: 'sqs-fifo',
    at: 41_250,
    time: '0:41.250',
    nodes: [
      ['account-updates-dlq.fifo', '1 message moved'],
      ['account-updates.fifo', '1 in flight'],
    ],
    rows: [
      [
        'SQS moves the message from queue account-updates.fifo to its dead-letter queue account-updates-dlq.fifo',
        1,
      ],
    ],
    metrics: ['Function errors so far: 2'],
  },
  {
    id: 'sqs-fifo-transient',
    at: 40_500,
    time: '0:40.500',
    nodes: [
      ['4 producers', 'Customer A (gateway busy) · sends 1 message'],
      ['4 producers', '5 messages sent'],
      ['payments.fifo', '0 in flight'],
    ],
    rows: [['Success: the poller deletes 2 messages from queue payments.fifo', 1]],
    metrics: ['Invocations so far: 3'],
  },
  {
    id: 'sqs-provisioned-scaling',
    at: 130_000,
    time: '2:10.000',
    nodes: [
      ['orders-provisioned', '0 visible'],
      ['Event source mapping', '5 pollers (5–70)'],
      ['orders-on-demand', '0 in flight'],
    ],
    rows: [['Queue orders-on-demand is quiet: its mapping goes back to 5 concurrent batches', 1]],
    metrics: [
      'Invocations so far: 4,000',
      'Messages in orders-provisioned (visible, in flight or delayed) now: 0',
    ],
  },
  {
    id: 'sqs-recursive-loop',
    at: 16_250,
    time: '0:16.250',
    nodes: [
      ['jobs-dlq', '1 message moved'],
      ['process-job', 'writes back · RecursiveLoop Terminate'],
    ],
    rows: [
      ['Recursive loop detected: the same event has invoked the function 16 times', 1],
      ['The function writes the event back to queue jobs: this event has invoked it 16 times', 1],
    ],
    metrics: [
      'Invocations Lambda stopped in a recursive loop so far (RecursiveInvocationsDropped): 1',
      'Invocations so far: 16',
    ],
  },
  {
    id: 'kinesis-poison',
    at: 120_000,
    time: '2:00.000',
    nodes: [
      ['clickstream', '41 waiting'],
      ['clickstream', '110 s iterator age'],
    ],
    rows: [['Batch failed: retry 7 in 60 s, with no limit — the shard waits behind it', 1]],
    metrics: ['Highest iterator age of clickstream now: 110 s', 'Function errors so far: 7'],
  },
  {
    id: 'kinesis-bisect',
    at: 14_500,
    time: '0:14.500',
    nodes: [['clickstream-failures', '1 failed batch sent']],
    rows: [
      ['Lambda gives up on 1 record after 2 retries (RetryAttemptsExhausted)', 1],
      [
        'Batch metadata (where the record is, not the record) sent to on-failure destination clickstream-failures (SQS)',
        1,
      ],
    ],
    metrics: ['Sent to a dead-letter queue or on-failure destination so far: 1'],
  },
  {
    id: 'dynamodb-stream',
    at: 5_080,
    time: '0:05.080',
    nodes: [
      ['Orders', '0 waiting'],
      ['Event source mapping', '2 batches invoked'],
    ],
    rows: [['Checkpoint: shardId-000000000000 done up to sequence number …000005', 1]],
    metrics: ['Records waiting in Orders now: 0'],
  },
  {
    id: 'cold-warm-provisioned',
    at: 121_500,
    time: '2:01.500',
    nodes: [
      ['On demand ($LATEST)', '3 messages sent'],
      ['Provisioned (alias live)', '3 messages sent'],
    ],
    rows: [['Attempt 1 starts in environment 2 after Init', 1]],
    metrics: ['Cold starts so far: 2', 'Invocations so far: 6'],
  },
  {
    id: 'provisioned-spillover',
    at: 2_500,
    time: '0:02.500',
    nodes: [['Web requests', '3 messages sent']],
    rows: [['Attempt 1 starts in environment 2 after Init', 1]],
    metrics: ['Cold starts so far: 1', 'Invocations so far: 3'],
  },
  {
    id: 'sync-throttle',
    at: 0,
    time: '0:00.000',
    nodes: [['Lambda', '2 requests throttled']],
    rows: [
      ['429 TooManyRequests: reserved concurrency reached', 2],
      ['Outcome: throttled, the caller got 429', 2],
    ],
    metrics: ['Throttled requests so far: 2'],
  },
  {
    id: 'reserved-kill-switch',
    at: 2_100,
    time: '0:02.100',
    nodes: [
      ['newsletter-failures', '2 events received'],
      ['Lambda', '5 requests throttled'],
    ],
    rows: [['Invocation record sent to on-failure destination newsletter-failures (SQS)', 2]],
    metrics: ['Invocations so far: 0', 'Throttled requests so far: 5'],
  },
  {
    id: 'alias-canary',
    at: 14_000,
    time: '0:14.000',
    nodes: [['Shoppers (alias live)', '15 messages sent']],
    rows: [['Routed to version 2 (10% weight)', 1]],
    metrics: ['Function errors so far: 1'],
  },
  {
    id: 'version-rollback',
    at: 10_000,
    time: '0:10.000',
    nodes: [
      ['live → version 1 (roll-back)', '1 message sent'],
      ['live → version 2 (release)', '10 messages sent'],
    ],
    rows: [['Cold start: environment 1 initialises 1 (250 ms)', 1]],
    metrics: ['Function errors so far: 10'],
  },
  {
    id: 'eventbridge-fanout',
    at: 30_000,
    time: '0:30.000',
    nodes: [
      ['notify-dlq', '2 events received'],
      ['big-orders', '2 events matched'],
      ['refunds', '0 events matched'],
    ],
    rows: [['Delivery to target notify failed: NO_PERMISSIONS (not retried)', 1]],
    metrics: ['Sent to a dead-letter queue or on-failure destination so far: 2'],
  },
  {
    id: 'eventbridge-schedule',
    at: 1_680_000,
    time: '28:00.000',
    nodes: [
      ['quarter-hours', '2 events matched'],
      ['every-5-minutes', '5 events matched'],
    ],
    rows: [['Schedule fires: rule quarter-hours sends a "Scheduled Event"', 1]],
    metrics: ['Invocations so far: 5'],
  },
  {
    id: 'eventbridge-target-dlq',
    at: 17_000,
    time: '0:17.000',
    nodes: [
      ['inventory-dlq', '1 event received'],
      ['inventory-updates', '0 events delivered'],
    ],
    rows: [['Delivery to target inventory failed: TIMEOUT', 1]],
    metrics: ['Sent to a dead-letter queue or on-failure destination so far: 1'],
  },
  {
    id: 'eventbridge-scheduler-dst',
    // 14 March 2027, 07:30 UTC: the legacy rule fires; 02:30 never came in New York.
    at: 113_400_000,
    time: '31:30:00.000',
    nodes: [
      ['nightly-report', '1 fire so far'],
      ['nightly-report-utc', '2 events matched'],
    ],
    rows: [
      [
        'Schedule nightly-report skips 2027-03-14 02:30 America/New_York: that time does not exist, the clocks sprang forward',
        1,
      ],
      ['Schedule fires: rule nightly-report-utc sends a "Scheduled Event"', 1],
    ],
    metrics: ['Invocations so far: 2'],
  },
  {
    id: 'permissions-policy-vs-role',
    at: 6_000,
    time: '0:06.000',
    nodes: [
      ['files-to-ingest', '2 visible'],
      ['S3', 'Trigger refused'],
      ['Event source mapping', 'Mapping refused'],
    ],
    rows: [['S3: no trigger was saved: nothing is invoked', 1]],
    metrics: ['Messages in files-to-ingest (visible, in flight or delayed) now: 2'],
  },
];

let page: Page;
let problems: string[] = [];

async function openApp(browser: Browser) {
  page = await browser.newPage();
  problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto('/');
}

// One page for the whole journey; a failed test gets a fresh one (Playwright starts a new worker).
test.beforeAll(async ({ browser }) => openApp(browser));
test.afterAll(async () => page.close());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A diagram box by its title (boxes are named "<kind>: <title>"). */
const node = (title: string): Locator =>
  page
    .getByRole('region', { name: 'Diagram' })
    .getByRole('group', { name: new RegExp(`: ${escape(title)}$`) })
    .first();

const now = () => page.getByLabel('Current time');
const log = () => page.getByRole('region', { name: 'Event log' });
/** Rows of the events at the current time: the log marks them as the current step. */
const current = () => log().locator('li[aria-current="step"]');

/**
 * Step to an event, then one more step away and back: time and the log's last current row come
 * back exactly. Away is forward where there is a later event, else back.
 */
async function stepThereAndBack() {
  const next = page.getByRole('button', { name: 'Next event' });
  if (await next.isEnabled()) await next.click();
  else await page.keyboard.press('ArrowLeft');
  const time = (await now().textContent())!;
  const last = (await current().last().textContent())!;
  if (await next.isEnabled()) {
    await next.click();
    await expect(now()).not.toHaveText(time);
    await page.keyboard.press('ArrowLeft');
  } else {
    await page.keyboard.press('ArrowLeft');
    await expect(now()).not.toHaveText(time);
    await next.click();
  }
  await expect(now()).toHaveText(time);
  await expect(current().last()).toHaveText(last);
}

for (const lesson of LESSONS) {
  test(`${lesson.id}: play, step there and back, scrub to its lesson`, async () => {
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption(lesson.id);
    await expect(node(lesson.nodes[0]![0])).toBeVisible();
    await expect(now()).toHaveText('0:00.000');

    // Play a moment, then pause: time holds.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(now()).not.toHaveText('0:00.000');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expectClockHeld(page, now());

    await stepThereAndBack();

    // The lesson's moment, by the Time slider.
    await page.getByRole('slider', { name: 'Time' }).fill(String(lesson.at));
    await expect(now()).toHaveText(lesson.time);
    for (const [title, figure] of lesson.nodes) await expect(node(title)).toContainText(figure);
    for (const [text, count] of lesson.rows) {
      await expect(current().filter({ hasText: text })).toHaveCount(count);
    }
    const strip = page.getByRole('region', { name: 'Metrics over time' });
    for (const name of lesson.metrics) {
      await expect(strip.getByRole('img', { name, exact: true })).toBeVisible();
    }

    // Edit a setting from its box: the function's timeout; the playhead stays. The view follows
    // the action, so at this moment the box may be out of view: reach it as a keyboard user does.
    const fn = page.locator('.react-flow__node[data-id="function"]');
    if ((await fn.count()) > 0) {
      await fn.focus();
      await page.keyboard.press('Enter');
      const timeout = page
        .getByRole('complementary', { name: 'Scenario details' })
        .getByRole('spinbutton', { name: 'Timeout (s)' })
        // $LATEST's own, before any published version's.
        .first();
      await timeout.fill(String(EDITED_TIMEOUT_S));
      await expect(fn).toContainText(`timeout ${EDITED_TIMEOUT_S} s`);
      await expect(now()).toHaveText(lesson.time);
      await page.keyboard.press('Escape');
      await expect(timeout).toBeHidden();
    }

    // Inject a fault with its key: the first 3 invocations fail, and the log says so there (a
    // scenario that invokes nothing, a kill switch say, has nothing to show).
    const forced = firstForcedFailure(lesson.id);
    const faultButton = page.getByRole('button', { name: 'First 3 fail' });
    if (forced !== null) {
      await expect(faultButton).toHaveAttribute('aria-disabled', 'false');
      await page.keyboard.press('2');
      await expect(faultButton).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('slider', { name: 'Time' }).fill(String(forced));
      await expect(now()).toHaveText(formatTime(forced));
      await expect(
        current()
          .filter({ hasText: 'Invocation 1 of the run: the first 3 are set to fail' })
          .first(),
      ).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
}

test('payload-limits: a shared link opens at the refused request, and the log says why', async ({
  browser,
}) => {
  const other = await browser.newPage();
  await other.goto('/#p=payload-limits&t=1000');
  await expect(other.getByLabel('Current time')).toHaveText('0:01.000');
  const box = other
    .getByRole('region', { name: 'Diagram' })
    .getByRole('group', { name: /: Upload API$/ })
    .first();
  await expect(box).toContainText('Request too large');
  await expect(box).toContainText('7 MB over 6 MB');
  await expect(
    other.getByRole('region', { name: 'Event log' }).locator('li[aria-current="step"]').filter({
      hasText:
        '413 RequestTooLargeException: the request is 7 MB, over the 6 MB limit for synchronous calls; nothing runs and nothing is retried',
    }),
  ).toHaveCount(1);
  await other.close();
});
