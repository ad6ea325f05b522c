import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, resetAll, usePlaybackStore, useScenarioStore } from '../../../src/store';
import { useCompareStore } from '../../../src/store/compare';
import { COMPARE_PAIRS } from '../../../src/ui/compare/compare-index';
import { openPair } from '../../../src/ui/compare/open-pair';
import { comparePresets } from '../../../src/scenario/presets/compare';
import { renderApp } from '../render';

beforeEach(() => resetAll(DEFAULT_PRESET));

async function openBatchPair() {
  const rendered = renderApp();
  await act(async () => {
    expect(await openPair('compare-batch-item-failures')).toBe(true);
  });
  const table = await screen.findByRole('region', { name: 'What differs' });
  return { ...rendered, table };
}

describe('the compare view', () => {
  it('titles both stages and lists the differences first', async () => {
    const { table } = await openBatchPair();
    expect(screen.getByRole('region', { name: 'Design A' })).toHaveTextContent(
      'A: ReportBatchItemFailures off',
    );
    expect(screen.getByRole('region', { name: 'Design B' })).toHaveTextContent(
      'B: ReportBatchItemFailures on',
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Processed090:00.450',
      'Handled more than once1010:30.000',
      'In a dead-letter queue1011:30.000',
      'Lost00never',
      'At the on-failure destination00never',
      'Invocations33never',
      'Cold starts11never',
      'Throttles00never',
      'Compute (GB-seconds)0.106250.10625never',
    ]);
  });

  it('a click on a difference pauses both stages at its first moment; Enter does the same', async () => {
    const { user, table } = await openBatchPair();
    usePlaybackStore.setState({ playing: true, t: 5_000 });
    await user.click(
      within(table).getByRole('button', {
        name: 'Go to 1:30.000, where in a dead-letter queue first differs',
      }),
    );
    expect(usePlaybackStore.getState()).toMatchObject({ t: 90_000, playing: false });
    expect(screen.getByLabelText('Time in A')).toHaveTextContent('1:30.000');
    expect(screen.getByLabelText('Time in B')).toHaveTextContent('1:30.000');
    within(table)
      .getByRole('button', { name: /^Go to 0:30\.000/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(usePlaybackStore.getState().t).toBe(30_000);
    expect(screen.getByLabelText('Time in B')).toHaveTextContent('0:30.000');
  });

  it('Edit B puts B in the inspector; Exit compare keeps the side asked for', async () => {
    const { user } = await openBatchPair();
    expect(useScenarioStore.getState().scenario.name).toBe('SQS: a failing batch, then redrive');
    await user.click(screen.getByRole('button', { name: 'B' }));
    expect(useScenarioStore.getState().scenario.name).toBe('SQS: ReportBatchItemFailures');
    expect(useCompareStore.getState().other?.scenario.name).toBe(
      'SQS: a failing batch, then redrive',
    );
    await user.click(screen.getByRole('button', { name: 'Exit compare' }));
    await user.click(screen.getByRole('button', { name: 'A: ReportBatchItemFailures off' }));
    expect(useCompareStore.getState().open).toBe(false);
    expect(useScenarioStore.getState().scenario.name).toBe('SQS: a failing batch, then redrive');
    expect(screen.queryByRole('region', { name: 'Design A' })).toBeNull();
  });

  it('What if…? forks the scenario on screen: B is the copy being edited', async () => {
    const { user } = renderApp();
    const before = useScenarioStore.getState().scenario;
    await user.click(screen.getByRole('button', { name: 'What if…?' }));
    expect(await screen.findByRole('region', { name: 'Design B' })).toHaveTextContent(
      'B: the same, until you edit it',
    );
    expect(useCompareStore.getState()).toMatchObject({ open: true, editing: 'b' });
    expect(useCompareStore.getState().other?.scenario).toBe(before);
    expect(screen.getByRole('region', { name: 'What differs' })).toHaveTextContent(
      'No figure differs',
    );
  });

  it('the picker lists every built-in comparison under its own title', () => {
    expect(COMPARE_PAIRS).toEqual(comparePresets.map((p) => ({ id: p.id, title: p.title })));
  });
});

describe('leaving the compare view by picking another scenario', () => {
  it('a preset picked while comparing shows on one stage', async () => {
    const { user } = await openBatchPair();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'sync-throttle');
    expect(useCompareStore.getState().open).toBe(false);
    expect(useScenarioStore.getState().presetId).toBe('sync-throttle');
    expect(screen.queryByRole('region', { name: 'Design A' })).toBeNull();
  });
});
