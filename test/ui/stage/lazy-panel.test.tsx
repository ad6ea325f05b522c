import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lazyPanel } from '../../../src/ui/stage/lazy-panel';

/** A chunk that arrives (or fails) when the test says so. */
function chunk() {
  let settle: { ok: () => void; fail: () => void } | undefined;
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<(p: { word: string }) => React.ReactNode>((resolve, reject) => {
      settle = {
        ok: () => resolve(({ word }) => <p>Panel says {word}</p>),
        fail: () => reject(new Error('offline')),
      };
    });
  };
  return { load, settle: () => settle!, calls: () => calls };
}

const placeholder = () => <div data-testid="placeholder" />;

describe('a panel loaded on demand', () => {
  it('holds its place until its chunk arrives, then shows its content', async () => {
    const c = chunk();
    const { Panel } = lazyPanel('test panel', c.load, placeholder);
    render(<Panel word="hello" />);
    expect(screen.getByTestId('placeholder')).toBeInTheDocument();
    await act(async () => c.settle().ok());
    expect(screen.getByText('Panel says hello')).toBeInTheDocument();
    expect(screen.queryByTestId('placeholder')).toBeNull();
    expect(c.calls()).toBe(1);
  });

  it('renders at once, with no placeholder, when preloaded; the chunk is fetched once', async () => {
    const c = chunk();
    const { Panel, preload } = lazyPanel('test panel', c.load, placeholder);
    const first = preload();
    void preload();
    c.settle().ok();
    await first;
    render(<Panel word="now" />);
    expect(screen.getByText('Panel says now')).toBeInTheDocument();
    expect(screen.queryByTestId('placeholder')).toBeNull();
    expect(c.calls()).toBe(1);
  });

  it('says so when its chunk cannot be fetched, and fetches again on "Try again"', async () => {
    const c = chunk();
    const { Panel } = lazyPanel('test panel', c.load, placeholder);
    const user = userEvent.setup();
    render(<Panel word="again" />);
    await act(async () => c.settle().fail());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The test panel could not be loaded. Check the connection and try again; nothing you have done is lost.',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(c.calls()).toBe(2);
    await act(async () => c.settle().ok());
    expect(screen.getByText('Panel says again')).toBeInTheDocument();
  });
});
