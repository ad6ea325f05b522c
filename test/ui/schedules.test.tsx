import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SchedulePreview from '../../src/ui/tools/schedules/SchedulePreview';

const NOW = new Date('2026-11-24T03:41:00Z');

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(<SchedulePreview />);
  const input = () => screen.getByRole('textbox', { name: 'Schedule expression' });
  /** Types an expression and lets the check run (it waits for typing to pause). */
  const enter = async (expression: string) => {
    await user.clear(input());
    await user.type(input(), expression);
    act(() => vi.advanceTimersByTime(200));
  };
  const headline = () => screen.getByRole('status');
  const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return { user, input, enter, headline, rows };
}

describe('the schedule preview', () => {
  // Typing two expressions key by key takes a few seconds on a busy machine.
  it(
    'lists the next 10 fire times of cron(0 10 * * ? *), starting today at 10:00 UTC',
    {
      timeout: 30_000,
    },
    async () => {
      const { enter, headline, rows, input } = setup();
      await enter('rate(1 hour)');
      await enter('cron(0 10 * * ? *)');
      expect(input()).toHaveValue('cron(0 10 * * ? *)');
      expect(headline()).toHaveTextContent('Fires at 10:00 UTC every day');
      expect(rows()).toHaveLength(10);
      expect(rows()[0]).toHaveTextContent('2026-11-24 10:00');
      expect(rows()[0]).toHaveTextContent('in 6 h 19 min');
      expect(rows()[9]).toHaveTextContent('2026-12-03 10:00');
      expect(screen.getByText(/Counted from now/)).toHaveTextContent('Tue 2026-11-24 03:41 UTC');
      expect(screen.getByRole('columnheader', { name: /Your time/ })).toHaveTextContent(
        Intl.DateTimeFormat().resolvedOptions().timeZone,
      );
    },
  );

  it(
    'reads an expression in the Scheduler’s time zone, with the zone’s clock beside UTC',
    {
      timeout: 30_000,
    },
    async () => {
      const { user, enter, headline, rows } = setup();
      await user.click(screen.getByRole('radio', { name: 'EventBridge Scheduler' }));
      const zone = screen.getByRole('combobox', { name: 'Time zone' });
      await user.clear(zone);
      await user.type(zone, 'Asia/Tokyo');
      await enter('cron(0 9 * * ? *)');
      expect(headline()).toHaveTextContent('Fires at 09:00 Asia/Tokyo every day');
      // 09:00 in Tokyo is 00:00 UTC; 03:41 UTC is already past it today.
      expect(rows()[0]).toHaveTextContent('2026-11-25 00:00');
      expect(rows()[0]).toHaveTextContent('2026-11-25 09:00');
      expect(screen.getByRole('columnheader', { name: 'In Asia/Tokyo' })).toBeVisible();
    },
  );

  it('counts a rate from now, and says so', async () => {
    const { enter, headline, rows } = setup();
    await enter('rate(5 minutes)');
    expect(headline()).toHaveTextContent('Fires every 5 minutes');
    expect(rows()[0]).toHaveTextContent('2026-11-24 03:46');
    expect(rows()[9]).toHaveTextContent('2026-11-24 04:31');
    expect(
      screen.getByText(/A rate schedule counts from when the rule is created; here: from now/),
    ).toBeVisible();
  });

  it('loads an example with one click', async () => {
    const { user, input, headline, rows } = setup();
    const example = screen.getByRole('button', { name: 'cron(0 9 ? * 2#1 *)' });
    await user.click(example);
    act(() => vi.advanceTimersByTime(200));
    expect(input()).toHaveValue('cron(0 9 ? * 2#1 *)');
    expect(example).toHaveAttribute('aria-pressed', 'true');
    expect(headline()).toHaveTextContent('at 09:00 UTC on the first Monday of the month');
    expect(rows()[0]).toHaveTextContent('Mon 2026-12-07 09:00');
  });

  it('explains an invalid expression', async () => {
    const { enter, headline, input } = setup();
    await enter('cron(0 10 * * *)');
    expect(headline()).toHaveTextContent('Not a valid schedule expression');
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription(
      'Cron needs 6 fields (minutes hours day-of-month month day-of-week year), got 5',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(input()).toHaveValue('cron(0 10 * * *)');
  });

  it('points at the cron field an error names', async () => {
    const { enter, input } = setup();
    await enter('cron(0 10 ? * 8 *)');
    expect(input()).toHaveAccessibleDescription('day-of-week: "8" is out of range 1–7 (1 = SUN)');
    const fields = screen.getByRole('list', { name: 'Cron fields' });
    const flagged = within(fields).getByText('The problem is here').closest('li')!;
    expect(flagged).toHaveTextContent('Day of week');
    expect(flagged).toHaveTextContent('8');
    expect(within(fields).getAllByText('The problem is here')).toHaveLength(1);
  });

  it('says when an expression never fires again', async () => {
    const { enter, headline } = setup();
    await enter('cron(15 10 ? * 6L 2019-2022)');
    expect(headline()).toHaveTextContent('Fires at 10:15 UTC on the last Friday of the month');
    expect(screen.getByText(/never fires again/)).toBeVisible();
  });
});
