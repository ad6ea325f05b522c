import { beforeAll, describe, expect, it } from 'vitest';
import { captionAt, type Caption, type CaptionMessage } from '../../src/view/captions';
import { registerAllDescribers } from '../../src/view/describe-all-families';
import { fitCaption, fitMessage } from '../../src/view/fit-caption';
import { presetRun } from './helpers';

beforeAll(() => registerAllDescribers());

function message(name: string, clauses: string[], ranks: number[]): CaptionMessage {
  return { name, clauses, ranks, kinds: clauses, isMessage: name !== '' };
}

function captionOf(messages: CaptionMessage[]): Caption {
  return { t: 0, lines: [], events: 0, messages };
}

describe('a message line written to fit', () => {
  const m = message(
    'Event #1: ',
    [
      'the function was sent the event',
      'failed with 500 ServiceException',
      'retry 1 scheduled at once',
      'failed with 500 ServiceException',
      'gave up after 2 retries',
    ],
    [1, 3, 2, 3, 2],
  );

  it('is whole when it fits', () => {
    expect(fitMessage(m, 165)).toBe(
      'Event #1: the function was sent the event — failed with 500 ServiceException — retry 1 scheduled at once — failed with 500 ServiceException — gave up after 2 retries',
    );
  });

  it('keeps the most notable events, says each repeat once, and counts what it leaves out', () => {
    expect(fitMessage(m, 100)).toBe(
      'Event #1: (3 more events) — failed with 500 ServiceException — gave up after 2 retries',
    );
    expect(fitMessage(m, 85)).toBe(
      'Event #1: (3 more events) — failed with 500 ServiceException — (and 1 more event)',
    );
  });

  it('is null when not even the most notable event fits', () => {
    expect(fitMessage(m, 80)).toBeNull();
  });
});

describe('a caption written to fit three rows', () => {
  const lead = message('Request #1: ', ['throttled (429)'], [3]);
  const others = [2, 3, 4, 5].map((n) =>
    message(`Request #${n}: `, [`Attempt 1 starts in environment ${n}`], [1]),
  );

  it('names as many messages as there are rows, one each', () => {
    expect(fitCaption(captionOf([lead, ...others.slice(0, 2)]), { chars: 60, rows: 3 })).toEqual([
      'Request #1: throttled (429)',
      'Request #2: Attempt 1 starts in environment 2',
      'Request #3: Attempt 1 starts in environment 3',
    ]);
  });

  it('sums up the rest in the last row, counted honestly and never ending in an ellipsis', () => {
    const lines = fitCaption(captionOf([lead, ...others]), { chars: 60, rows: 3 });
    expect(lines).toEqual([
      'Request #1: throttled (429)',
      'Request #2: Attempt 1 starts in environment 2',
      '…and 3 more messages at this moment',
    ]);
    expect(fitCaption(captionOf([lead, ...others]), { chars: 110, rows: 3 })[2]).toBe(
      '…and 3 more messages at this moment: Attempt 1 starts in environment 3; and 2 other kinds',
    );
  });

  it('lets a long lead take two rows and a lead too long for them take all three', () => {
    const long = message('Message #9: ', ['x'.repeat(70), 'y'.repeat(40)], [1, 3]);
    expect(fitCaption(captionOf([long, ...others]), { chars: 70, rows: 3 })).toEqual([
      `Message #9: ${'x'.repeat(70)} — ${'y'.repeat(40)}`,
      '…and 4 more messages at this moment',
    ]);
    const huge = message('Message #9: ', ['x'.repeat(70), 'y'.repeat(150)], [1, 3]);
    expect(fitCaption(captionOf([huge, ...others]), { chars: 70, rows: 3 })).toEqual([
      `Message #9: (1 more event) — ${'y'.repeat(150)} — and 4 more messages at this moment`,
    ]);
  });

  it('keeps every line of a 7,000-event moment within its row (sqs-provisioned-scaling at 1:10.250)', () => {
    const caption = captionAt(presetRun('sqs-provisioned-scaling'), 70_250)!;
    const lines = fitCaption(caption, { chars: 100, rows: 3 });
    expect(lines).toEqual([
      'Batch #4331: Attempt 1 succeeded after 10 s — Success: the poller deletes 1 message from queue orders-provisioned — Outcome: batch succeeded: every message deleted or acknowledged',
      '…and 4,019 more messages at this moment',
    ]);
    expect(caption.messages).toHaveLength(4_020);
  });
});
