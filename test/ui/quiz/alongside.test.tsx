import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePlaybackStore, useScenarioStore } from '../../../src/store';
import { setAlongside } from '../../../src/ui/quiz/alongside-store';
import { reloadQuiz, useQuizStore } from '../../../src/ui/quiz/store';
import { questionById } from '../../../src/quiz/bank';
import { resolveShowMe } from '../../../src/quiz/showme';
import { renderApp } from '../render';
import { MemoryStorage } from './helpers';

afterEach(() => {
  setAlongside(false);
  vi.unstubAllGlobals();
});

describe('the quiz alongside the simulator', () => {
  it('swaps the side panel for the quiz, where Space ticks an option instead of playing', async () => {
    reloadQuiz(new MemoryStorage());
    const { user } = renderApp();
    expect(
      await screen.findByRole('complementary', { name: 'Scenario details' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Quiz alongside' }));
    const panel = await screen.findByRole('complementary', { name: 'Quiz alongside' });
    expect(
      screen.queryByRole('complementary', { name: 'Scenario details' }),
    ).not.toBeInTheDocument();

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Topic' }), 'provisioned');
    await user.click(within(panel).getByRole('button', { name: 'Start' }));
    // Answer whatever comes first, then look for feedback inside the panel.
    await user.click(within(panel).getAllByRole('radio')[0]!);
    await user.click(within(panel).getByRole('button', { name: 'Check answer' }));
    expect(within(panel).getByRole('region', { name: 'Feedback' })).toBeInTheDocument();

    // Space on an option belongs to the option, not to the simulator's play/pause.
    expect(usePlaybackStore.getState().playing).toBe(false);
    await user.click(within(panel).getByRole('button', { name: /Next question|See how it went/ }));
    const first = within(panel).getAllByRole('radio')[0]!;
    first.focus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    expect(usePlaybackStore.getState().playing).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByRole('complementary', { name: 'Scenario details' })).toBeInTheDocument();
  });

  it('offers the questions whose "show me" uses the scenario on screen, and shows the moment in place', async () => {
    reloadQuiz(new MemoryStorage());
    const { user } = renderApp();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'provisioned-spillover',
    );
    await user.click(await screen.findByRole('button', { name: 'Quiz alongside' }));
    const panel = await screen.findByRole('complementary', { name: 'Quiz alongside' });
    await user.click(
      within(panel).getByRole('button', { name: /questions? about this scenario$/ }),
    );
    await user.click(within(panel).getAllByRole('radio')[0]!);
    await user.click(within(panel).getByRole('button', { name: 'Check answer' }));
    const showMe = within(panel).getByRole('button', { name: 'Show me in the diagram' });
    await user.click(showMe);
    expect(window.location.search).toBe('');
    expect(useScenarioStore.getState().presetId).toBe('provisioned-spillover');
    const { session } = useQuizStore.getState();
    const shown = questionById(session!.ids[session!.index]!)!;
    const moment = resolveShowMe(shown.showMe!);
    expect(moment.ok && usePlaybackStore.getState().t).toBe(moment.ok && moment.moment.event.t);
    expect(usePlaybackStore.getState().playing).toBe(false);
  });
});
