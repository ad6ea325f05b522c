import { describe, expect, it } from 'vitest';
import { Sim } from '../../src/engine/sim';
import { parseScenario } from '../../src/scenario';

function sim(): Sim {
  const p = parseScenario({ version: 1 });
  if (!p.ok) throw new Error('scenario');
  return new Sim(p.scenario);
}

describe('cancellable tasks', () => {
  it('a cancelled task never runs and never moves the clock', () => {
    const s = sim();
    s.schedule(10, 100, null, null, 1);
    const deadline = s.scheduleCancellable(5_000, 100, null, null, 2);
    expect(s.pending).toBe(2);
    s.cancel(deadline);
    expect(s.pending).toBe(1);
    expect(s.next(Infinity)?.n).toBe(1);
    expect(s.next(Infinity)).toBeUndefined();
    expect(s.now).toBe(10);
    expect(s.pending).toBe(0);
  });

  it('cancelling a task that already ran changes nothing', () => {
    const s = sim();
    const h = s.scheduleCancellable(10, 100, null, null, 1);
    s.schedule(20, 100, null, null, 2);
    expect(s.next(Infinity)?.n).toBe(1);
    s.cancel(h);
    expect(s.pending).toBe(1);
    expect(s.next(Infinity)?.n).toBe(2);
    expect(s.pending).toBe(0);
  });
});
