import { edge, type DiagramEdge, type DiagramNode, type DiagramParts } from './diagram-parts';

/**
 * Several producers of one queue, broker, stream or topic are drawn as one box. They all do the
 * same thing (put messages or records into that one place, where Lambda's poller reads them) and
 * differ only in name, payload and timing: side by side, their boxes stacked lanes that taught
 * nothing and made the diagram too tall to fit. The group box lists each member on a line of its
 * own, and counts what all of them sent. The trace, the log and the captions still name each
 * producer; the diagram's aliases map a member's id to its group's box, so a token, a lesson's
 * focus or a selection addressed to the member lands there.
 *
 * EventBridge producers are not grouped: each one's detail-type is what decides which rules
 * match, and the diagram shows that on its box. Plain callers and push services are not grouped
 * either: each has its own invocation type, qualifier or service limits to show.
 */

/** The families whose producers only feed their source: `producer:<family>:<source>/<id>`. */
const GROUPED = /^producer:(sqs|mq|stream|kafka):/;

/** The id of the box that stands for every producer of a source ("producers:sqs:orders"). */
export const producerGroupId = (sourceId: string) => `producers:${sourceId}`;

/**
 * Replace each source's two or more producer boxes by one, in place, with their arrows. Returns
 * the ids of the members, each to its group's box.
 */
export function groupProducers(parts: DiagramParts): Map<string, string> {
  const aliases = new Map<string, string>();
  const { sources } = parts.stages;
  const fed = new Map<string, DiagramNode[]>();
  for (const n of sources) {
    if (!GROUPED.test(n.id)) continue;
    const out = parts.edges.filter((e) => e.source === n.id);
    // A producer feeds exactly its source; anything else it does would be lost in a group.
    if (out.length !== 1) continue;
    const target = out[0]!.target;
    fed.set(target, [...(fed.get(target) ?? []), n]);
  }
  for (const [target, members] of fed) {
    if (members.length < 2) continue;
    const id = producerGroupId(target);
    for (const m of members) aliases.set(m.id, id);
    const first = members[0]!;
    const at = sources.indexOf(first);
    sources.splice(at, 1, groupBox(id, members));
    for (const m of members.slice(1)) sources.splice(sources.indexOf(m), 1);
  }
  if (aliases.size === 0) return aliases;
  // Each member's arrow becomes the group's one arrow (same label and model).
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const e of parts.edges) {
    const source = aliases.get(e.source) ?? e.source;
    const target = aliases.get(e.target) ?? e.target;
    const moved =
      source === e.source && target === e.target ? e : edge(source, target, e.label, e.model);
    if (seen.has(moved.id)) continue;
    seen.add(moved.id);
    edges.push(moved);
  }
  parts.edges.splice(0, parts.edges.length, ...edges);
  return aliases;
}

function groupBox(id: string, members: readonly DiagramNode[]): DiagramNode {
  const first = members[0]!;
  const live = first.live?.kind === 'sent' ? first.live : null;
  const workloads = members.flatMap((m) => (m.live?.kind === 'sent' ? [m.live.workload] : []));
  return {
    ...first,
    id,
    title: `${members.length} ${first.subtitle.toLowerCase()}s`,
    subtitle: `${first.subtitle}s`,
    // Each member in a line: its name and its traffic, as its own box said them.
    lines: members.map((m) => [m.title, m.lines[0]].filter((x) => x !== undefined).join(' · ')),
    live: live === null ? null : { ...live, workload: workloads[0]!, also: workloads.slice(1) },
  };
}
