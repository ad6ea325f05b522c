import { expect, test, type Page } from '@playwright/test';
import { lessons } from '../../src/lessons';

/**
 * A guided lesson end to end with the keyboard: PageDown through the steps, each question answered
 * by clicking, Back with PageUp, and a link that opens a lesson at a step.
 */

const narration = (page: Page) => page.getByTestId('lesson-narration');
const time = (page: Page) => page.getByLabel('Current time');
const stepLabel = (page: Page) => page.locator('.lesson-panel__kicker');

test('the push vs pull lesson, from the Lessons tab to the end', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?tool=lessons');
  await page.getByRole('link', { name: 'Start: Push vs pull' }).click();
  await expect(page).toHaveURL(/\?lesson=push-vs-pull&step=1(#|$)/);
  await expect(stepLabel(page)).toHaveText('Lesson · Step 1 of 7');
  await expect(time(page)).toHaveText('0:00.000');
  await expect(narration(page)).toContainText('Two sources feed one function');

  // A question holds the lesson: PageDown does nothing until it is answered.
  await page.keyboard.press('PageDown');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 1 of 7');
  await page.getByRole('radio', { name: 'Lambda’s SQS poller, with a batch' }).click();
  await expect(page.getByText('Right.')).toBeVisible();
  // The verdict waits for the learner; Next (PageDown) plays on and stops at the step's event.
  await expect(stepLabel(page)).toHaveText('Lesson · Step 1 of 7');
  await page.keyboard.press('PageDown');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 2 of 7');
  await expect(narration(page)).toContainText('Nobody called the function', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:01.000');
  await expect(page).toHaveURL(/step=2(#|$)/);

  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('the poller deletes the message', {
    timeout: 10_000,
  });
  await expect(time(page)).toHaveText('0:01.550');
  await page.getByRole('radio', { name: /202 Accepted/ }).click();
  await page.getByRole('button', { name: 'Watch why' }).click();
  await expect(narration(page)).toContainText('S3 invokes with InvocationType Event', {
    timeout: 10_000,
  });
  await expect(time(page)).toHaveText('0:02.093');

  // Back: time travel to the previous step's exact moment.
  await page.keyboard.press('PageUp');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 3 of 7');
  await expect(time(page)).toHaveText('0:01.550');
  await expect(page.getByRole('radio', { name: /202 Accepted/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('PageDown');
  await expect(time(page)).toHaveText('0:02.093', { timeout: 10_000 });

  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('still warm', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:02.193');
  // A wrong answer: the panel names the right one, then shows why.
  await page.getByRole('radio', { name: 'The S3 event' }).click();
  await expect(page.getByText('Not this time.')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByText('The answer is: The SQS message’s batch')).toBeVisible();
  await expect(narration(page)).toContainText('The SQS message runs at once', { timeout: 10_000 });
  await expect(time(page)).toHaveText('0:04.000');

  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('For the exam', { timeout: 20_000 });
  await expect(time(page)).toHaveText('0:05.619');
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/Lesson complete/)).toBeVisible();
  // The tally: three questions, one answered wrongly, which is offered for review.
  await expect(page.getByText('You answered 2 of 3 questions right.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Step 5: / })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Next lesson: Synchronous vs asynchronous' }),
  ).toBeVisible();

  // Progress is kept: the Lessons tab says so.
  await page.getByRole('link', { name: 'Lessons' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Push vs pull' }).getByText('Completed'),
  ).toBeVisible();
});

test('a link opens a lesson at its step, on its scenario, paused at its moment', async ({
  page,
}) => {
  await page.goto('/?lesson=batch-failures&step=4');
  await expect(stepLabel(page)).toHaveText('Lesson · Step 4 of 11');
  await expect(time(page)).toHaveText('1:30.000');
  await expect(narration(page)).toContainText('SQS itself moves all ten to orders-dlq');
  await expect(page.getByRole('combobox', { name: /scenario/i })).toHaveValue('sqs-redrive');
  await page.getByRole('button', { name: 'Exit lesson' }).click();
  await expect(page).not.toHaveURL(/lesson=/);
  await expect(page.locator('.lesson-panel')).toHaveCount(0);
});

/**
 * Every lesson start to finish with a clicker alone: PageDown, in presentation mode, on a
 * 1920×1080 projector with the drawers as a room first sees them (closed). At each question the
 * room must be able to read it: the question, every option and the hint on screen, on top, in
 * large type. At the end the caption gives the tally, and PageDown goes on to the next lesson.
 */
test.describe('presenting', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      window.localStorage.setItem(
        'lambda-event-lab:drawers',
        JSON.stringify({
          desk: { metrics: true, log: true, details: true },
          present: { metrics: false, log: false, details: false },
        }),
      ),
    );
  });

  lessons.forEach((lesson, at) => {
    const questions = lesson.steps.filter((s) => s.predict !== undefined).length;
    const next = lessons[at + 1];
    test(`the ${lesson.id} lesson runs to its end with PageDown alone, presenting`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.goto(`/?lesson=${lesson.id}&step=1`);
      await expect(stepLabel(page)).toHaveText(`Lesson · Step 1 of ${lesson.steps.length}`);
      await page.keyboard.press('f');
      const caption = page.getByRole('region', { name: 'Caption' });
      const place = caption.locator('.lesson-caption__place');
      const end = caption.locator('.lesson-caption__end');
      // Presenting, the caption carries the lesson: the side panel gives the stage its width.
      await expect(place).toHaveText(`${lesson.title} · Step 1 of ${lesson.steps.length}`);
      await expect(page.locator('.lesson-panel')).toBeHidden();
      const revealedAt = new Set<string>();
      const readAt = new Set<string>();
      // A clicker press at a time: the room's question shows in the caption, PageDown reveals it,
      // PageDown again plays on (and, while playing, skips ahead to the step).
      for (let press = 0; press < 120 && !(await end.isVisible()); press++) {
        const step = (await place.textContent()) ?? '';
        const waiting = caption.locator('.room-question:not(:has(.room-question__option--right))');
        if ((await waiting.count()) > 0) {
          await expect(caption).toContainText('Answer aloud — Next reveals the answer.');
          // Nothing after now while the room thinks: the log ends at the playhead.
          await expect(page.locator('.log-row--future')).toHaveCount(0);
        }
        // A question on screen, waiting or revealed, can be read from the back of the room.
        if ((await caption.locator('.room-question').count()) > 0) {
          expect(await unreadable(page), step).toEqual([]);
          readAt.add(step);
        }
        await page.keyboard.press('PageDown');
        // Let the press land (a step's scenario may load) before looking again.
        await page.waitForTimeout(200);
        if ((await caption.locator('.room-question__option--right').count()) === 1)
          revealedAt.add(step);
      }
      await expect(end).toBeVisible();
      expect(revealedAt.size).toBe(questions);
      expect(readAt.size).toBe(questions);
      // The end, in the caption: the tally, then what PageDown does now.
      await expect(place).toHaveText(
        `${lesson.title} · Step ${lesson.steps.length} of ${lesson.steps.length}`,
      );
      await expect(end).toContainText(
        questions === 0
          ? 'Lesson complete.'
          : `Lesson complete. ${questions} question${questions === 1 ? '' : 's'}, answered by the room.`,
      );
      if (next !== undefined) {
        await expect(end).toContainText(`PgDn: next lesson — ${next.title}`);
        await page.keyboard.press('PageDown');
        await expect(place).toHaveText(`${next.title} · Step 1 of ${next.steps.length}`);
        await expect(page).toHaveURL(new RegExp(`\\?lesson=${next.id}&step=1(#|$)`));
        await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
      } else {
        await expect(end).toContainText('That was the last lesson. PgDn: back to the simulator.');
        await page.keyboard.press('PageDown');
        await expect(page).not.toHaveURL(/lesson=/);
        await expect(place).toHaveCount(0);
      }
    });
  });
});

/**
 * What of the room's question cannot be read: each of the question, its options and the hint
 * must lie inside the window and be the topmost element at its centre; the question's type is
 * at least 26 px and the rest at least 20 px (the presenting floors).
 */
function unreadable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const parts = document.querySelectorAll<HTMLElement>(
      '.present-caption .room-question__text, .present-caption .room-question__option, .present-caption .room-question__hint',
    );
    if (parts.length < 4) problems.push(`only ${parts.length} parts of the question`);
    for (const el of parts) {
      const name = `${el.className}: ${(el.textContent ?? '').slice(0, 40)}`;
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
        problems.push(`${name} is off screen (${Math.round(r.top)}–${Math.round(r.bottom)})`);
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (top === null || !(top === el || el.contains(top)))
        problems.push(`${name} is under ${top?.className ?? 'nothing'}`);
      const size = parseFloat(getComputedStyle(el).fontSize);
      const floor = el.classList.contains('room-question__text') ? 26 : 20;
      if (size < floor) problems.push(`${name} is ${size}px`);
    }
    return problems;
  });
}
