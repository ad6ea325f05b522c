import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { parseScenario, type Scenario } from '../../../src/scenario';
import {
  editScenario,
  loadPreset,
  presetScenario,
  useNarrationStore,
  usePlaybackStore,
  useScenarioStore,
} from '../../../src/store';
import { renderApp } from '../render';
// Loaded up front, so the app's import() of them resolves at once rather than racing timeouts.
import '../../../src/ui/share/ShareDialog';
import '../../../src/store/link-open';

const downloads = vi.hoisted(() => [] as { filename: string; text: string }[]);
vi.mock('../../../src/ui/quiz/download', () => ({
  downloadText: (filename: string, text: string) => downloads.push({ filename, text }),
}));

const SLOW = { timeout: 30_000 };

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  downloads.length = 0;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

async function openShare(at = 0) {
  const rendered = renderApp();
  act(() => usePlaybackStore.setState({ t: at }));
  await rendered.user.click(screen.getByRole('button', { name: 'Share' }));
  const dialog = await screen.findByRole('dialog', { name: 'Share this moment' }, SLOW);
  return { ...rendered, dialog };
}

function withMemory(memoryMb: number): Scenario {
  const base = presetScenario('async-retries');
  const parsed = parseScenario({
    ...base,
    name: 'Async retries at 2 GB',
    function: { ...base.function, memoryMb },
  });
  if (!parsed.ok) throw new Error('invalid test scenario');
  return parsed.scenario;
}

describe('the Share dialog', () => {
  it('shows the link to this moment, its length, and copies it', async () => {
    const { user, dialog } = await openShare(35_000);
    const field = within(dialog).getByRole('textbox', { name: 'Link to this moment' });
    const url = `${window.location.origin}/#p=async-retries&t=35000`;
    expect(field).toHaveValue(url);
    expect(dialog).toHaveTextContent(`${url.length} characters`);
    expect(dialog).toHaveTextContent('Opens Async retries, then the DLQ, paused at 0:35.000.');
    // Focus starts on the main action.
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('The link is on the clipboard.');
  });

  it('selects the link for copying by hand when the clipboard is refused', async () => {
    const { user, dialog } = await openShare();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(dialog).toHaveTextContent(
      'This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac).',
    );
    const field = within(dialog).getByRole<HTMLInputElement>('textbox');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('draws the QR code as an SVG image, and a large one that Escape closes first', async () => {
    const { user, dialog } = await openShare();
    const qr = await within(dialog).findByRole(
      'img',
      { name: 'QR code of the link to this moment' },
      SLOW,
    );
    const src = qr.getAttribute('src')!;
    expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    // Nothing of the code is put into the page as markup.
    expect(dialog.querySelector('svg path[stroke="#000000"]')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Show large' }));
    const large = await screen.findByRole('dialog', { name: 'Large QR code' });
    expect(await within(large).findByRole('img')).toHaveAttribute('src', src);
    expect(within(large).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Large QR code' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Share this moment' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  });

  it('while a lesson is open, shares the lesson step, and the large QR code says which', async () => {
    const rendered = renderApp();
    act(() =>
      useNarrationStore.setState({
        lesson: { id: 'sync-vs-async', title: 'Synchronous vs asynchronous', step: 3, steps: 8 },
      }),
    );
    await rendered.user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this lesson step' }, SLOW);
    const url = `${window.location.origin}/?lesson=sync-vs-async&step=3`;
    expect(within(dialog).getByRole('textbox', { name: 'Link to this lesson step' })).toHaveValue(
      url,
    );
    expect(dialog).toHaveTextContent(
      'Lesson: Synchronous vs asynchronous, step 3 of 8: whoever opens the link follows the lesson from this step.',
    );
    expect(dialog).toHaveTextContent('Scan to open this lesson step on a phone.');
    await waitFor(
      () => expect(within(dialog).getByRole('button', { name: 'Show large' })).toBeEnabled(),
      SLOW,
    );
    await rendered.user.click(within(dialog).getByRole('button', { name: 'Show large' }));
    const large = await screen.findByRole('dialog', { name: 'Large QR code' });
    expect(large).toHaveTextContent(
      'Lesson: Synchronous vs asynchronous, step 3scan to follow the lesson from this step · ',
    );
    act(() => useNarrationStore.setState({ lesson: null }));
  });

  it('keeps the simulator keys from acting behind it', async () => {
    const { user } = await openShare();
    await user.keyboard('{ArrowRight}');
    expect(usePlaybackStore.getState().t).toBe(0);
  });
});

describe('scenario files', () => {
  it('downloads the scenario, and opening that file again gives the same scenario', async () => {
    const { user } = renderApp();
    const edited = withMemory(2048);
    await act(() => editScenario(edited));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this moment' }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Download scenario (JSON)' }));
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file!.filename).toBe('async-retries-at-2-gb.json');
    expect(file!.text).toBe(`${JSON.stringify(edited, null, 2)}\n`);

    await act(() => loadPreset('sync-throttle'));
    await user.upload(
      within(dialog).getByLabelText('Scenario file to open'),
      new File([file!.text], file!.filename, { type: 'application/json' }),
    );
    await waitFor(() => expect(useScenarioStore.getState().scenario).toEqual(edited), SLOW);
    expect(useScenarioStore.getState()).toMatchObject({ presetId: null, edited: false });
    expect(dialog).toHaveTextContent('Opened async-retries-at-2-gb.json: Async retries at 2 GB.');
  });

  it('names each invalid field of a file and keeps the scenario', async () => {
    const { user, dialog } = await openShare();
    const bad = JSON.stringify({ version: 1, function: { memoryMb: 5 }, colour: 'red' });
    await user.upload(
      within(dialog).getByLabelText('Scenario file to open'),
      new File([bad], 'mine.json', { type: 'application/json' }),
    );
    expect(
      await within(dialog).findByText(
        'mine.json was not opened; the scenario on screen has not changed.',
      ),
    ).toBeInTheDocument();
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items).toContain(' unknown field "colour"');
    expect(items.some((i) => /^function\.memoryMb /.test(i ?? ''))).toBe(true);
    expect(useScenarioStore.getState().presetId).toBe('async-retries');
  });

  it('asks before a file replaces edited work; "Keep mine" keeps it', async () => {
    const { user } = renderApp();
    const edited = withMemory(2048);
    await act(() => editScenario(edited));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this moment' }, SLOW);
    await user.upload(
      within(dialog).getByLabelText('Scenario file to open'),
      new File([JSON.stringify(withMemory(512))], 'other.json', { type: 'application/json' }),
    );
    const ask = await screen.findByRole('alertdialog', { name: 'Open the scenario file?' });
    expect(within(ask).getByRole('button', { name: 'Keep mine' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useScenarioStore.getState()).toMatchObject({ scenario: edited, edited: true });
    // The Share dialog stays open for another try.
    expect(screen.getByRole('dialog', { name: 'Share this moment' })).toBeInTheDocument();
  });
});
