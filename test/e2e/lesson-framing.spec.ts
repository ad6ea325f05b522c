import { expect, test, type Page } from '@playwright/test';

/** Whether a box is whole inside the diagram's area and the window. */
function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const area = document.querySelector('.diagram .react-flow')!.getBoundingClientRect();
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (el === null) return false;
    const b = el.getBoundingClientRect();
    return (
      b.left >= area.left - 1 &&
      b.right <= area.right + 1 &&
      b.top >= Math.max(area.top, 0) - 1 &&
      b.bottom <= Math.min(area.bottom, innerHeight) + 1
    );
  }, id);
}

/** Every arrow label the diagram draws. */
const edgeLabels = (page: Page) =>
  page
    .locator('.diagram .react-flow__edge-textwrapper, .diagram .react-flow__edge-text')
    .allTextContents();

// The stage as a learner first sees it: the drawers closed, as they are by default.
test.use({
  storageState: {
    cookies: [],
    origins: [
      {
        origin: `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`,
        localStorage: [{ name: 'lambda-event-lab:welcome', value: 'dismissed' }],
      },
    ],
  },
});

interface Stop {
  readonly lesson: string;
  readonly step: number;
  readonly question: string;
  /** The boxes the question is about that must be whole in view, by venue. */
  readonly desk: readonly string[];
  readonly phone: readonly string[];
}

const STOPS: readonly Stop[] = [
  {
    lesson: 'push-vs-pull',
    step: 1,
    question: 'At 1 s a message reaches the queue. Who invokes the function with it?',
    desk: ['esm:sqs:photo-jobs', 'sqs:photo-jobs', 'lambda'],
    phone: ['esm:sqs:photo-jobs'],
  },
  {
    lesson: 'push-vs-pull',
    step: 3,
    question: 'S3 now delivers the upload notification. What does Lambda answer S3?',
    desk: ['workload:uploads'],
    phone: ['workload:uploads'],
  },
  {
    lesson: 'push-vs-pull',
    step: 5,
    question: 'At 4 s both sources produce again. Which invocation starts first?',
    desk: ['workload:uploads', 'producer:sqs:photo-jobs/importer'],
    phone: ['workload:uploads', 'producer:sqs:photo-jobs/importer'],
  },
  {
    lesson: 'async-retries-dlq-destinations',
    step: 3,
    question:
      'Look at what is attached to the function. If the third attempt fails too, where does the event go?',
    desk: ['dlq:sqs:resize-dlq', 'function'],
    phone: ['dlq:sqs:resize-dlq'],
  },
];

for (const [venue, size] of [
  ['desk', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const)
  test(`${venue} ${size.width}×${size.height}: a lesson question frames its boxes and hides its answer`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    for (const stop of STOPS) {
      await page.goto(`/?lesson=${stop.lesson}&step=${stop.step}`);
      await expect(page.locator('.predict__question')).toHaveText(stop.question);
      for (const id of stop[venue])
        await expect
          .poll(() => inView(page, id), { message: `${stop.lesson} ${stop.step} ${id}` })
          .toBe(true);
      // No arrow says how the call goes while the question waits.
      const labels = await edgeLabels(page);
      for (const tell of ['202', 'sync batch', 'async', 'on failure', 'polls'])
        expect(labels).not.toContain(tell);
    }
    // Answered, the labels come back.
    await page.goto('/?lesson=push-vs-pull&step=3');
    await page.getByRole('radio', { name: /202 Accepted/ }).click();
    await expect.poll(() => edgeLabels(page)).toContain('202');
  });
