import type { Diagram } from './diagram';
import type { DiagramEdge, EdgeModel } from './diagram-parts';

/**
 * While a lesson's question waits for its answer, the diagram must not print the answer. Arrows
 * whose label says how a call is made or what came of it (sync, async, "sync batch", polls, a
 * status code such as 202, on failure, undeliverable, refused) lose their label, and boxes lose
 * their pills (push, pull, sync, async): the boxes and the arrows themselves stay, so the learner
 * reasons from the shape of the system. Labels that only name a call (invoke, SendMessage,
 * PutEvents) stay. Everything comes back once the question is answered.
 */
const TELLING: ReadonlySet<EdgeModel> = new Set<EdgeModel>([
  'sync',
  'async',
  'dryrun',
  'poll',
  'success',
  'failure',
  'broken',
  'unused',
]);

/** A label that is a status code ("202", "413"): the outcome of a call, whatever its model. */
const STATUS = /^\d{3}\b/;

export function tellsOutcome(e: DiagramEdge): boolean {
  return e.label !== '' && (TELLING.has(e.model) || STATUS.test(e.label));
}

export function concealOutcomes(diagram: Diagram): Diagram {
  return {
    ...diagram,
    nodes: diagram.nodes.map((n) =>
      n.badges === undefined || n.badges.length === 0 ? n : { ...n, badges: [] },
    ),
    edges: diagram.edges.map((e) => (tellsOutcome(e) ? { ...e, label: '' } : e)),
  };
}
