import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectNode, setPresenting, useScenarioStore } from '../../src/store';
import { clearHistory } from '../../src/store/undo';
import { renderApp } from './render';

const timeout = () => useScenarioStore.getState().scenario.function.timeoutSeconds;

beforeEach(() => clearHistory());

/** The app on its first preset, with the function's settings open. */
async function openFunction() {
  const view = renderApp();
  clearHistory();
  act(() => selectNode('function'));
  const field = await screen.findByRole('spinbutton', { name: 'Timeout (s)' });
  return { ...view, field };
}

describe('Undo and Redo in the app', () => {
  it('Ctrl+Z takes back an inspector edit; Shift+Ctrl+Z and Ctrl+Y do it again', async () => {
    const { user, field } = await openFunction();
    // The header's Undo arrives in its own chunk after the first paint.
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      'Nothing to undo (Ctrl+Z)',
    );
    await user.click(field);
    fireEvent.change(field, { target: { value: '25' } });
    expect(timeout()).toBe(25);

    // In the field, Ctrl+Z is the browser's undo of the typing: the scenario stays.
    await user.keyboard('{Control>}z{/Control}');
    expect(timeout()).toBe(25);

    const undo = await screen.findByRole('button', {
      name: 'Undo',
      description: 'Undo: change timeout (Ctrl+Z)',
    });
    expect(undo).toHaveAttribute('title', 'Undo: change timeout (Ctrl+Z)');
    field.blur();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(timeout()).toBe(10));
    expect(field).toHaveValue(10);
    const redo = screen.getByRole('button', {
      name: 'Redo',
      description: 'Redo: change timeout (Shift+Ctrl+Z or Ctrl+Y)',
    });
    expect(redo).toHaveAttribute('title', 'Redo: change timeout (Shift+Ctrl+Z or Ctrl+Y)');

    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await waitFor(() => expect(timeout()).toBe(25));
    expect(field).toHaveValue(25);

    await user.click(
      screen.getByRole('button', { name: 'Undo', description: 'Undo: change timeout (Ctrl+Z)' }),
    );
    await waitFor(() => expect(timeout()).toBe(10));
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(timeout()).toBe(25));
  });

  it('Ctrl+Z in the scenario picker takes back the pick it just made', async () => {
    const { user } = await openFunction();
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    await user.selectOptions(picker, 'sqs-redrive');
    await waitFor(() => expect(useScenarioStore.getState().presetId).toBe('sqs-redrive'));
    expect(picker).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(useScenarioStore.getState().presetId).toBe('async-retries'));
    expect(picker).toHaveValue('async-retries');
  });

  it('does nothing while presenting', async () => {
    const { user, field } = await openFunction();
    fireEvent.change(field, { target: { value: '25' } });
    act(() => setPresenting(true));
    field.blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(timeout()).toBe(25);
    act(() => setPresenting(false));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(timeout()).toBe(10));
  });
});
