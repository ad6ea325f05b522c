import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render';

describe('keyboard shortcut help', () => {
  it('opens with "?", lists every shortcut from the registry, and closes with Escape', async () => {
    const { user } = renderApp();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('?');
    // The list's code is fetched when first needed: the first press still opens it.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(dialog)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual([
      'While the screen is blank: show it again, and nothing else moves',
      'Next lesson step',
      'Previous lesson step',
      'Play / pause',
      'Next event',
      'Previous event',
      'Restart',
      'Faster',
      'Slower',
      'Go to a time',
      'Show or hide keyboard shortcuts',
      'Fault: function errors (off, 10 %, 50 %, 100 %)',
      'Fault: the first 3 invocations of the run fail',
      'Fault: add a poison message at the playhead',
      'Fault: every invocation times out',
      'Fault: throttle (reserved concurrency 0)',
      'Fault: remove a permission a source needs',
      'Fault: DLQ and destinations unreachable for 10 minutes',
      'Clear all faults',
      'Undo the last change to the scenario',
      'Redo the change just undone',
      'Presentation mode on / off',
      'Leave presentation mode',
      'Blank the screen and back (presentation mode)',
      'Next event (presentation clicker)',
      'Previous event (presentation clicker)',
      'Show / hide the metrics charts',
      'Show / hide the event log',
      'Show / hide the scenario details and inspector',
      'Share this moment (link, QR code, file)',
      'Large QR code of this moment, for the room',
      'Build: open / close the palette',
      'Build: remove the picked box',
    ]);
    expect(
      within(dialog)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual([
      'PgDnPgUp→←.Space',
      'PgDn',
      'PgUp',
      'Space.',
      '→',
      '←',
      'Home',
      '+',
      '−',
      'g',
      '?',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '0',
      'Ctrl+Z',
      'Shift+Ctrl+ZCtrl+Y',
      'f',
      'Esc',
      'b',
      'PgDn',
      'PgUp',
      'm',
      'l',
      'i',
      's',
      'q',
      'a',
      'DeleteBackspace',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens from the help button and closes with its close button', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('keyboard shortcut help, while open', () => {
  it('keeps the other shortcuts from acting behind it', async () => {
    const { user } = renderApp();
    await user.keyboard('?');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByLabelText('Current time')).toHaveTextContent('0:00.000');
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByLabelText('Current time')).toHaveTextContent('0:00.100');
  });
});
