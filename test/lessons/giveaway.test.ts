import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../src/engine';
import { lessons, resolveLesson } from '../../src/lessons';
import type { LessonStep } from '../../src/lessons/types';
import { parseScenario, type Scenario } from '../../src/scenario';
import { presetById } from '../../src/scenario/presets';
import { diagramOf, type Diagram } from '../../src/view';
import { concealOutcomes } from '../../src/view/conceal';

const loaded = new Map<string, { scenario: Scenario; run: Run }>();
function load(id: string) {
  let l = loaded.get(id);
  if (l === undefined) {
    const parsed = parseScenario(presetById(id)!.scenario);
    if (!parsed.ok) throw new Error(id);
    l = { scenario: parsed.scenario, run: simulate(parsed.scenario) };
    loaded.set(id, l);
  }
  return l;
}

function diagramFor(preset: string, orientation: 'horizontal' | 'vertical'): Diagram {
  const { scenario, run } = load(preset);
  return diagramOf(scenario, orientation, run);
}

const STOP = new Set(
  'the a an and or of to in at on by with for its it is are no not only as from this that what when where how many happens'.split(
    ' ',
  ),
);
/** The words of a text that could carry meaning, lower case. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w));
}
/** Two words alike: the same, or the same first five letters (batch, batches). */
const alike = (a: string, b: string) => a === b || (a.length >= 5 && b.startsWith(a.slice(0, 5)));

/** The words of the right option that no wrong option uses: what would give it away. */
function tells(step: LessonStep, answer: string): string[] {
  const p = step.predict!;
  const right = p.options.find((o) => o.id === answer)!;
  const wrong = p.options.filter((o) => o !== right).flatMap((o) => words(o.label));
  return words(right.label).filter((w) => !wrong.some((x) => alike(w, x)));
}

/** Every bit of text the diagram prints besides box names: arrow labels and pills. */
function printed(d: Diagram): string[] {
  return [
    ...d.edges.map((e) => e.label).filter((l) => l !== ''),
    ...d.nodes.flatMap((n) => (n.badges ?? []).map((b) => b.label)),
  ];
}

const stops = lessons.flatMap((lesson) => {
  const r = resolveLesson(lesson, (id) => load(id).run);
  if (!r.ok) throw new Error(lesson.id);
  return r.steps.flatMap((s) =>
    s.answer === null ? [] : [[`${lesson.id} step ${s.index + 1}`, s.step, s.answer] as const],
  );
});

describe('a waiting question', () => {
  it('hides the arrow labels and pills that say how a call went', () => {
    const d = concealOutcomes(diagramFor('push-vs-pull', 'horizontal'));
    expect(d.edges.map((e) => `${e.source}->${e.target}:${e.label}`)).toEqual([
      'workload:uploads->lambda:',
      'producer:sqs:photo-jobs/importer->sqs:photo-jobs:SendMessage',
      'sqs:photo-jobs->esm:sqs:photo-jobs:',
      'esm:sqs:photo-jobs->lambda:',
      'lambda->async-queue:',
      'async-queue->function:invoke',
      'lambda->function:invoke',
    ]);
    expect(d.nodes.flatMap((n) => n.badges ?? [])).toEqual([]);
  });

  it.each(stops)('%s: the diagram prints none of the right answer’s words', (_, step, answer) => {
    const p = step.predict!;
    const hidden = tells(step, answer);
    for (const o of ['horizontal', 'vertical'] as const) {
      const shown = printed(concealOutcomes(diagramFor(step.preset, o))).flatMap(words);
      expect(shown.filter((w) => hidden.some((h) => alike(h, w) || alike(w, h)))).toEqual([]);
    }
    // Nor does the question's own wording.
    expect(words(p.question).filter((w) => hidden.some((h) => alike(h, w)))).toEqual([]);
  });

  it.each(
    lessons.flatMap((l) =>
      l.steps.flatMap((s, i) =>
        s.focus === undefined ? [] : [[`${l.id} step ${i + 1}`, s] as const],
      ),
    ),
  )('%s frames boxes that its diagram has', (_, step) => {
    for (const o of ['horizontal', 'vertical'] as const) {
      const ids = new Set(diagramFor(step.preset, o).nodes.map((n) => n.id));
      expect(step.focus!.filter((id) => !ids.has(id))).toEqual([]);
    }
  });
});
