import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { presets } from '../../src/scenario';
import { usePlaybackStore } from '../../src/store';
import { renderApp } from './render';
import { COMPARE_PAIRS } from '../../src/ui/compare/compare-index';

afterEach(() => {
  vi.unstubAllGlobals();
});

const timeShown = () => screen.getByLabelText('Current time');
const log = () => screen.getByRole('region', { name: 'Event log' });
const findLog = () => screen.findByRole('region', { name: 'Event log' });

describe('the app shell', () => {
  it('renders the header, the preset picker and the initial async scenario, paused at 0', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Lambda Event Lab' })).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      ...presets.map((p) => p.title),
      ...COMPARE_PAIRS.map((p) => p.title),
      'Start from scratch',
      'Duplicate this preset',
    ]);
    // The comparisons come after the scenarios, in a group of their own.
    expect(within(picker).getByRole('group', { name: 'Compare two designs' })).toBeInTheDocument();
    expect(picker).toHaveValue('async-retries');
    expect(timeShown()).toHaveTextContent('0:00.000');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('lists the whole trace before playing, with only the first row current', async () => {
    renderApp();
    // The log's code arrives after the first paint (src/ui/stage/closed-panels.tsx).
    const rows = within(await findLog()).getAllByRole('listitem');
    expect(rows).toHaveLength(25);
    expect(rows[0]).toHaveAttribute('aria-current', 'step');
    expect(rows[0]).toHaveTextContent('Event accepted (202) and queued for the function');
    expect(rows[1]).not.toHaveAttribute('aria-current');
    expect(rows[1]).toHaveClass('log-row--future');
    expect(within(log()).getAllByText('Retry 1 of 2 in 60 s: the function threw')).toHaveLength(2);
    expect(within(log()).getAllByText('Sent to dead-letter queue resize-dlq (SQS)')).toHaveLength(
      2,
    );
  });

  it('draws the diagram with the function and its DLQ', async () => {
    renderApp();
    const diagram = screen.getByRole('region', { name: 'Diagram' });
    expect(await within(diagram).findByText('resize-image')).toBeInTheDocument();
    expect(within(diagram).getByText('Async queue')).toBeInTheDocument();
    expect(within(diagram).getByText('resize-dlq')).toBeInTheDocument();
  });

  it('switches scenario from the preset picker', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'sync-throttle');
    expect(
      await screen.findByRole('heading', { name: 'Reserved concurrency throttles a burst' }),
    ).toBeInTheDocument();
    expect(
      within(await findLog()).getAllByText('429 TooManyRequests: reserved concurrency reached'),
    ).toHaveLength(2);
    expect(timeShown()).toHaveTextContent('0:00.000');
  });

  it('toggles the play/pause button label', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(usePlaybackStore.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(usePlaybackStore.getState().playing).toBe(false);
  });

  it('steps to the next and previous event time with the arrow keys', async () => {
    const { user } = renderApp();
    await user.keyboard('{ArrowRight}');
    expect(timeShown()).toHaveTextContent('0:00.100');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(timeShown()).toHaveTextContent('0:05.000'); // 350 → 1150 (two events) → 5000
    await user.keyboard('{ArrowLeft}');
    expect(timeShown()).toHaveTextContent('0:01.150');
    await user.keyboard('{Home}');
    expect(timeShown()).toHaveTextContent('0:00.000');
  });

  it('toggles playback with Space and ".", but not while the picker has focus', async () => {
    const { user } = renderApp();
    await user.keyboard(' ');
    expect(usePlaybackStore.getState().playing).toBe(true);
    await user.keyboard('.');
    expect(usePlaybackStore.getState().playing).toBe(false);
    screen.getByRole('combobox', { name: 'Scenario' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(timeShown()).toHaveTextContent('0:00.000');
  });

  it('changes speed on a ×2 scale, within 0.01–100', async () => {
    const { user } = renderApp();
    const speed = screen.getByLabelText('Current speed');
    expect(speed).toHaveTextContent('1×');
    await user.keyboard('+');
    expect(speed).toHaveTextContent('2×');
    await user.click(screen.getByRole('button', { name: 'Slower' }));
    await user.click(screen.getByRole('button', { name: 'Slower' }));
    expect(speed).toHaveTextContent('0.5×');
    for (let i = 0; i < 12; i++) await user.keyboard('+');
    expect(speed).toHaveTextContent('100×');
    expect(screen.getByRole('button', { name: 'Faster' })).toBeDisabled();
  });

  it('sets the time to a log row when it is clicked, and selects its message', async () => {
    const { user } = renderApp();
    const [exhausted] = within(log()).getAllByRole('button', {
      name: /Retries exhausted after 3 attempts/,
    });
    await user.click(exhausted!);
    expect(timeShown()).toHaveTextContent('3:02.750');
    expect(exhausted!.closest('li')).toHaveAttribute('aria-current', 'step');
    const panel = screen.getByRole('complementary', { name: 'Scenario details' });
    expect(within(panel).getByRole('heading', { name: 'Message #1' })).toBeInTheDocument();
    expect(within(panel).getByText(/Outcome at 3:02\.750: in the dead-letter queue/)).toBeVisible();
  });

  it('shows counters at t and outcomes once reached', async () => {
    const { user } = renderApp();
    const panel = screen.getByRole('complementary', { name: 'Scenario details' });
    expect(within(panel).getByText('No message has reached its outcome yet.')).toBeVisible();
    act(() => usePlaybackStore.setState({ t: 187_500 }));
    expect(within(panel).getByText('in the dead-letter queue')).toBeVisible();
    const tile = (label: string) => within(panel).getByText(label).nextElementSibling;
    expect(tile('Invocations')).toHaveTextContent('6');
    expect(tile('Cold starts')).toHaveTextContent('1');
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(tile('Invocations')).toHaveTextContent('0');
  });

  it('reveals the rule behind a row, with a link to the AWS docs', async () => {
    const { user } = renderApp();
    const retryRow = within(log())
      .getAllByText(/^Retry 1 of 2/)[0]!
      .closest('li')!;
    const why = within(retryRow).getByRole('button', { name: 'why?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    const row = why.closest('li')!;
    expect(await within(row).findByText('Async retries after a function error')).toBeVisible();
    expect(row).toHaveTextContent(/Lambda retries an async event up to MaximumRetryAttempts/);
    const link = within(row).getByRole('link', { name: /AWS documentation/ });
    expect(link).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    );
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });
});
