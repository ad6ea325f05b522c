import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { parseScenario, type ScenarioInput } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';
import { loadScenario, usePlaybackStore } from '../../src/store';
import { renderApp } from './render';

afterEach(() => vi.unstubAllGlobals());

async function open(doc: ScenarioInput) {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error('invalid scenario');
  await act(() => loadScenario(parsed.scenario));
}

/** The diagram box whose title is `title`. */
async function box(title: string): Promise<HTMLElement> {
  const diagram = screen.getByRole('region', { name: 'Diagram' });
  const heading = await within(diagram).findByText(title, { selector: '.lab-node__title' });
  return heading.closest('.lab-node') as HTMLElement;
}

/** "10 in flight", "0 visible" …: each live figure of a box with its label. */
function figures(node: HTMLElement): string[] {
  return [...node.querySelectorAll('.live__cell, .live:not(.live--multi)')].map((c) =>
    (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

describe('the diagram of an SQS trigger', () => {
  it('shows the queue’s messages visible, in flight and delayed at the current time', async () => {
    renderApp();
    await open(scenarioForService('sqs')!);
    const queue = await box('orders');
    expect(within(queue).getByText('SQS standard')).toBeInTheDocument();
    expect(figures(queue)).toEqual(['0 visible', '0 in flight', '0 delayed']);

    // The batch of 10 failed at 1.2 s; its messages stay hidden for the 30 s visibility timeout.
    act(() => usePlaybackStore.setState({ t: 35_000 }));
    expect(figures(queue)).toEqual(['0 visible', '10 in flight', '0 delayed']);
    expect(figures(await box('Event source mapping'))).toEqual(['0 batches', '5 pollers']);

    // After the third receive the queue moves all ten to its dead-letter queue.
    act(() => usePlaybackStore.setState({ t: 91_000 }));
    expect(figures(queue)).toEqual(['0 visible', '0 in flight', '0 delayed']);
    expect(figures(await box('orders-dlq'))).toEqual(['10 messages moved']);
  });

  it('draws a refused mapping with AWS’s reason instead of its figures', async () => {
    renderApp();
    const doc = scenarioForService('sqs')!;
    await open({ ...doc, function: { ...doc.function, timeoutSeconds: 60 } });
    const mapping = await box('Event source mapping');
    expect(mapping).toHaveClass('lab-node--broken');
    expect(figures(mapping)).toEqual([]);
    const problem = within(mapping).getByText(/visibility 30 s < function timeout 60 s/);
    expect(problem).toHaveTextContent('Mapping refused: visibility 30 s < function timeout 60 s');
    expect(problem).toHaveAttribute(
      'title',
      'InvalidParameterValueException: Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
    );
  });
});
