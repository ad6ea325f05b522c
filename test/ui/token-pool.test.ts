import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagramOf } from '../../src/view';
import { journeysOf } from '../../src/view/journeys';
import { placeResolver } from '../../src/view/token-places';
import type { Box, TokenGeometry } from '../../src/view/token-geometry';
import { drawTokens, TokenPool } from '../../src/ui/diagram/token-pool';
import { presetRun } from '../view/helpers';

function setUp(id: string) {
  const run = presetRun(id);
  const d = diagramOf(run.scenario, 'horizontal', run);
  const journeys = journeysOf(run, placeResolver(new Set(d.nodes.map((n) => n.id))), {
    travelMs: 450,
  });
  const boxes = new Map<string, Box>(
    d.nodes.map((n) => [n.id, { x: n.x, y: n.y, width: d.node.width, height: d.node.height }]),
  );
  const geometry: TokenGeometry = { orientation: 'horizontal', boxes, edges: d.edges };
  return { run, journeys, geometry };
}

/** What a layer shows: one line per visible token or "+N", in no particular order. */
function picture(root: HTMLElement): string[] {
  return [...root.children]
    .filter((c) => !(c as HTMLElement).hidden)
    .map((c) => {
      const e = c as HTMLElement;
      // An emptied label is the same picture as none.
      const label = e.querySelector('.token__label');
      const text = (label ?? e).textContent ?? '';
      return [
        e.getAttribute('data-msg'),
        e.className,
        e.style.transform,
        label !== null && text !== '' ? label.className : '',
        text,
      ].join(' | ');
    })
    .sort();
}

function freshRoot(): HTMLElement {
  return document.createElement('div');
}

describe('the token layer', () => {
  it('draws the same picture at t whatever moments it showed before (any seek path)', () => {
    for (const id of ['async-retries', 'sqs-redrive', 'kinesis-bisect', 'eventbridge-fanout']) {
      const { run, journeys, geometry } = setUp(id);
      const moment = fc.integer({ min: 0, max: run.endTime });
      fc.assert(
        fc.property(fc.array(moment, { maxLength: 12 }), moment, (path, t) => {
          const root = freshRoot();
          const pool = new TokenPool(root);
          for (const before of path) drawTokens(pool, journeys, geometry, before, null);
          drawTokens(pool, journeys, geometry, t, null);
          const direct = freshRoot();
          drawTokens(new TokenPool(direct), journeys, geometry, t, null);
          expect(picture(root)).toEqual(picture(direct));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('shows a retry countdown once per waiting row, and the batch size on a batch', () => {
    const { journeys, geometry } = setUp('sqs-redrive');
    const root = freshRoot();
    drawTokens(new TokenPool(root), journeys, geometry, 20_000, null);
    const labels = [...root.querySelectorAll('.token__label')]
      .map((l) => l.textContent)
      .filter((text) => text !== '');
    expect(labels).toEqual(['10 s']);
    expect(root.querySelector('.token-overflow')?.textContent).toBe('+2');

    const atBatch = freshRoot();
    drawTokens(new TokenPool(atBatch), journeys, geometry, 100, null);
    expect(atBatch.querySelector('.token--batch .token__label')?.textContent).toBe('10');
  });

  it('marks the selected message', () => {
    const { journeys, geometry } = setUp('async-retries');
    const root = freshRoot();
    drawTokens(new TokenPool(root), journeys, geometry, 30_000, 1);
    expect(root.querySelector('[data-msg="1"]')?.getAttribute('class')).toBe(
      'token token--dot token--retry token--selected',
    );
    // A selected token keeps its own countdown even in a row that already shows one.
    expect(root.querySelector('[data-msg="1"] .token__label')?.textContent).toBe('36 s');
  });
});
