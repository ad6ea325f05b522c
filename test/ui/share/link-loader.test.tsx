import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { encodeShareLink, parseScenario, type Scenario } from '../../../src/scenario';
import { packShareLink } from '../../../src/scenario/share-link';
import {
  editScenario,
  presetScenario,
  usePlaybackStore,
  useScenarioStore,
  useSelectionStore,
} from '../../../src/store';
import { useLinkStore } from '../../../src/store/link-state';
import { renderApp } from '../render';
// Loaded up front, so the app's import() of them resolves at once rather than racing timeouts.
import '../../../src/store/link-open';
import '../../../src/ui/share/LinkNotices';

/** Put a link in the address before the app starts. */
function startAt(fragment: string) {
  window.history.replaceState(null, '', `/${fragment}`);
}

/** Follow a link while the app is open, as pasting it into the address bar does. */
function followLink(fragment: string) {
  act(() => {
    window.history.pushState(null, '', `/${fragment}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** The async-retries preset with a bigger function and another name: a custom scenario. */
function customScenario(): Scenario {
  const base = presetScenario('async-retries');
  const parsed = parseScenario({
    ...base,
    name: 'Retries with 1 GB of memory',
    function: { ...base.function, memoryMb: 1024 },
  });
  if (!parsed.ok) throw new Error('invalid test scenario');
  return parsed.scenario;
}

// Role queries walk the whole app: give them time on a busy machine.
const SLOW = { timeout: 30_000 };
const findAlert = () => screen.findByRole('alert', {}, SLOW);
const timeShown = () => screen.getByLabelText('Current time');
const picker = () => screen.getByRole('combobox', { name: 'Scenario' });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useLinkStore.setState({ problem: null, pending: null });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('opening a share link from the address', () => {
  it('opens a preset link at its moment, with its selection and speed', async () => {
    startAt('#p=sync-throttle&t=1000&sel=2&speed=4');
    renderApp();
    await waitFor(() => expect(picker()).toHaveValue('sync-throttle'), SLOW);
    // The side panel's code arrives after the first paint.
    expect(
      await screen.findByRole('heading', { name: 'Reserved concurrency throttles a burst' }),
    ).toBeInTheDocument();
    expect(timeShown()).toHaveTextContent('0:01.000');
    expect(usePlaybackStore.getState()).toMatchObject({ t: 1000, speed: 4, playing: false });
    expect(useSelectionStore.getState().message).toBe(2);
    expect(screen.getByRole('heading', { name: 'Message #3' })).toBeInTheDocument();
  });

  it('opens a compressed link holding a custom scenario', async () => {
    const scenario = customScenario();
    const link = encodeShareLink({ scenario, t: 70_000, selection: 1 });
    expect(link).toMatch(/^v1\./);
    startAt(`#${link}`);
    renderApp();
    await waitFor(() => expect(timeShown()).toHaveTextContent('1:10.000'), SLOW);
    expect(useScenarioStore.getState().scenario).toEqual(scenario);
    expect(useScenarioStore.getState()).toMatchObject({ presetId: null, edited: false });
    expect(picker()).toHaveValue('');
    expect(within(picker()).getByRole('option', { name: 'Custom scenario' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Retries with 1 GB of memory' }),
    ).toBeVisible();
    expect(useSelectionStore.getState().message).toBe(1);
  });

  it('refuses a damaged link with the reason and keeps the scenario', async () => {
    startAt('#v1.AAAA');
    renderApp();
    const alert = await findAlert();
    expect(alert).toHaveTextContent(
      'This link is incomplete — it was probably cut off when it was copied. Showing “Async retries, then the DLQ” instead.',
    );
    expect(useScenarioStore.getState()).toMatchObject({
      presetId: 'async-retries',
      scenario: presetScenario('async-retries'),
    });
    expect(timeShown()).toHaveTextContent('0:00.000');
  });

  it('refuses markup in a name, shows it as text, and the dismissed banner goes', async () => {
    const { user } = renderApp();
    await user.keyboard('{ArrowRight}');
    const hostile = packShareLink(
      JSON.stringify({ scenario: { version: 1, name: '<script>alert(1)</script>' } }),
    );
    followLink(`#${hostile}`);
    const alert = await findAlert();
    expect(alert).toHaveTextContent(
      'This link could not be opened. scenario.name: contains HTML markup ("<script>aler"), which a link may not carry.',
    );
    expect(document.querySelector('script')).toBeNull();
    expect(useScenarioStore.getState().presetId).toBe('async-retries');
    expect(timeShown()).toHaveTextContent('0:00.100');

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists each invalid field of a link on its own line', async () => {
    const bad = packShareLink(
      JSON.stringify({ scenario: { version: 1, function: { memoryMb: 5, timeoutSeconds: 0 } } }),
    );
    startAt(`#${bad}`);
    renderApp();
    const alert = await findAlert();
    expect(alert).toHaveTextContent("The link's scenario is not valid:");
    const fields = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(fields).toHaveLength(2);
    expect(fields[0]).toMatch(/^function\.memoryMb: /);
    expect(fields[1]).toMatch(/^function\.timeoutSeconds: /);
  });
});

describe('a link that would replace edited work', () => {
  async function editedApp() {
    const rendered = renderApp();
    const edited = customScenario();
    await act(() => editScenario(edited));
    return { ...rendered, edited };
  }

  it('asks first, and "Keep mine" leaves the edited scenario as it was', async () => {
    const { user, edited } = await editedApp();
    followLink('#p=sync-throttle&t=1000');
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: 'Open the linked scenario?' },
      SLOW,
    );
    expect(dialog).toHaveTextContent('Your changes to the current one will be lost.');
    expect(useScenarioStore.getState().scenario).toBe(edited);

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useScenarioStore.getState()).toMatchObject({ scenario: edited, edited: true });
    expect(timeShown()).toHaveTextContent('0:00.000');
    // The address shows the scenario that stayed, not the link that was declined.
    await waitFor(() => expect(window.location.hash).toMatch(/^#v1\./), SLOW);
  });

  it('"Open" replaces it with the linked scenario', async () => {
    const { user } = await editedApp();
    followLink('#p=sync-throttle&t=1000');
    const dialog = await screen.findByRole('alertdialog', {}, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(picker()).toHaveValue('sync-throttle'), SLOW);
    expect(timeShown()).toHaveTextContent('0:01.000');
    expect(useScenarioStore.getState().edited).toBe(false);
  });

  it('does not ask for a link to the same scenario at another moment', async () => {
    const { edited } = await editedApp();
    followLink(`#${encodeShareLink({ scenario: edited, t: 5_000 })}`);
    await waitFor(() => expect(timeShown()).toHaveTextContent('0:05.000'), SLOW);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useScenarioStore.getState()).toMatchObject({ scenario: edited, edited: true });
  });
});

describe('the address keeps up', () => {
  it('writes the moment after a step, replacing the history entry', async () => {
    const { user } = renderApp();
    const entries = window.history.length;
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(window.location.hash).toBe('#p=async-retries&t=100'), SLOW);
    await user.click(screen.getAllByRole('button', { name: /Retry 1 of 2/ })[0]!);
    await waitFor(() => expect(window.location.hash).toBe('#p=async-retries&t=1150&sel=0'), SLOW);
    expect(window.history.length).toBe(entries);
  });

  it('adds a history entry for a scenario picked in the simulator, keeping the query', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const { user } = renderApp();
    const entries = window.history.length;
    await user.selectOptions(picker(), 'sync-throttle');
    await waitFor(() => expect(window.location.hash).toBe('#p=sync-throttle'), SLOW);
    expect(window.location.search).toBe('?lang=en');
    expect(window.history.length).toBe(entries + 1);
  });

  it('goes back to the previous scenario and moment with Back', async () => {
    const { user } = renderApp();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(window.location.hash).toBe('#p=async-retries&t=100'), SLOW);
    await user.selectOptions(picker(), 'sync-throttle');
    await waitFor(() => expect(window.location.hash).toBe('#p=sync-throttle'), SLOW);
    act(() => window.history.back());
    await waitFor(() => expect(picker()).toHaveValue('async-retries'), SLOW);
    expect(timeShown()).toHaveTextContent('0:00.100');
  });
});
