import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BURST_MS,
  canRedo,
  canUndo,
  emptyHistory,
  MAX_STEPS,
  record,
  redo,
  redoStep,
  undo,
  undoStep,
  type History,
  type StepName,
} from '../../src/store/history';

type Named = StepName & { label: string };
const set = (key: string | null, label = `change ${key}`): Named => ({ label, key });
const undoLabel = (h: History<string, Named>) => undoStep(h)?.label ?? null;
const redoLabel = (h: History<string, Named>) => redoStep(h)?.label ?? null;

/** A document under edit: the history around it, and what is on screen. */
interface Doc {
  history: History<string, Named>;
  shown: string;
}

const start = (shown: string): Doc => ({ history: emptyHistory(), shown });

function edit(d: Doc, to: string, step: Named, now: number): Doc {
  return { history: record(d.history, d.shown, step, now), shown: to };
}

function back(d: Doc): Doc {
  const m = undo(d.history, d.shown);
  return m === null ? d : { history: m.history, shown: m.state };
}

function forward(d: Doc): Doc {
  const m = redo(d.history, d.shown);
  return m === null ? d : { history: m.history, shown: m.state };
}

describe('the undo history', () => {
  it('undoes and redoes steps in order, naming each', () => {
    let d = start('a');
    d = edit(d, 'b', set('batchSize', 'change batch size'), 0);
    d = edit(d, 'c', set(null, 'add fault “Throttle”'), 10_000);
    expect(undoLabel(d.history)).toBe('add fault “Throttle”');
    expect(redoLabel(d.history)).toBeNull();
    d = back(d);
    expect(d.shown).toBe('b');
    expect(undoLabel(d.history)).toBe('change batch size');
    expect(redoLabel(d.history)).toBe('add fault “Throttle”');
    d = back(d);
    expect(d.shown).toBe('a');
    expect(canUndo(d.history)).toBe(false);
    d = forward(forward(d));
    expect(d.shown).toBe('c');
    expect(canRedo(d.history)).toBe(false);
  });

  it('makes typing in one field one step: edits of the same field within a burst join', () => {
    let d = start('10');
    d = edit(d, '2', set('function.timeoutSeconds'), 1_000);
    d = edit(d, '25', set('function.timeoutSeconds'), 1_000 + BURST_MS);
    d = edit(d, '250', set('function.timeoutSeconds'), 1_000 + 2 * BURST_MS);
    expect(d.history.past).toHaveLength(1);
    expect(back(d).shown).toBe('10');
  });

  it('starts a new step after a pause, on another field, or for a step of no single field', () => {
    let d = start('a');
    d = edit(d, 'b', set('x'), 0);
    d = edit(d, 'c', set('x'), BURST_MS + 1); // paused too long
    d = edit(d, 'd', set('y'), BURST_MS + 2); // another field
    d = edit(d, 'e', set('y'), BURST_MS + 3);
    d = edit(d, 'f', set(null), BURST_MS + 4); // a fault, a new piece: never joined
    d = edit(d, 'g', set(null), BURST_MS + 5);
    expect(d.history.past.map((e) => e.state)).toEqual(['a', 'b', 'c', 'e', 'f']);
  });

  it('does not join an edit made after an undo to the step before it', () => {
    let d = start('a');
    d = edit(d, 'b', set('x'), 0);
    d = edit(d, 'c', set('y'), 10);
    d = back(d);
    d = edit(d, 'b2', set('x'), 20);
    expect(d.history.past.map((e) => e.state)).toEqual(['a', 'b']);
    expect(back(d).shown).toBe('b');
  });

  it(`keeps the last ${MAX_STEPS} steps: the oldest are dropped`, () => {
    let d = start('0');
    for (let i = 1; i <= MAX_STEPS + 5; i++) d = edit(d, String(i), set(null), i);
    expect(d.history.past).toHaveLength(MAX_STEPS);
    while (canUndo(d.history)) d = back(d);
    expect(d.shown).toBe('5');
    expect(d.history.future).toHaveLength(MAX_STEPS);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    expect(undo(emptyHistory<string>(), 'a')).toBeNull();
    expect(redo(emptyHistory<string>(), 'a')).toBeNull();
  });
});

type Op = { kind: 'edit'; field: 'x' | 'y' | null; gap: number } | { kind: 'undo' | 'redo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    field: fc.constantFrom('x' as const, 'y' as const, null),
    gap: fc.constantFrom(0, BURST_MS, BURST_MS + 1),
  }),
  fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
);

/** Play the operations; each edit makes a document never seen before. */
function play(ops: readonly Op[]): Doc {
  let d = start('doc-0');
  let now = 0;
  ops.forEach((o, i) => {
    if (o.kind === 'edit') {
      now += o.gap;
      d = edit(d, `doc-${i + 1}`, set(o.field), now);
    } else d = o.kind === 'undo' ? back(d) : forward(d);
  });
  return d;
}

describe('any sequence of edits, undos and redos', () => {
  it('undoing everything returns the original document', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let d = play(ops);
        while (canUndo(d.history)) d = back(d);
        expect(d.shown).toBe('doc-0');
      }),
    );
  });

  it('undo then redo returns the same document and the same history', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const d = play(ops);
        fc.pre(canUndo(d.history));
        const again = forward(back(d));
        expect(again.shown).toBe(d.shown);
        expect(again.history.past).toEqual(d.history.past);
        expect(again.history.future).toEqual(d.history.future);
      }),
    );
  });

  it('a new edit after an undo clears what could be redone', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.constantFrom('x', null), (ops, field) => {
        const d = back(play(ops));
        fc.pre(canRedo(d.history));
        const after = edit(d, 'new', set(field), Number.MAX_SAFE_INTEGER);
        expect(canRedo(after.history)).toBe(false);
        expect(back(after).shown).toBe(d.shown);
      }),
    );
  });
});
