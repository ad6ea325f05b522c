/**
 * The engine part of `npm run bench` (see scripts/bench.mjs, which also checks the first-load
 * size and fails on a missed budget with --check). Budgets: ≥ 1,500,000 trace events/s on mixed load, ≤ 5× a bare binary-heap loop
 * over the same number of events, < 25 ms to re-simulate a classroom hour, and < 1 ms
 * to work out a frame of tokens with over a thousand of them on the diagram.
 */
import { writeFileSync } from 'node:fs';
import { simulate } from '../../src/engine';
import { EventHeap } from '../../src/engine/heap';
import { Rng } from '../../src/engine/rng';
import { parseScenario, type ScenarioInput } from '../../src/scenario';
import { encodeShareLink, presets } from '../../src/scenario';
import { inputGuardRows } from './input-guards';
import { classroomHour, mixedLoad, tokenStorm } from './scenarios';
import { diagramOf } from '../../src/view';
import { journeysOf } from '../../src/view/journeys';
import { placeResolver } from '../../src/view/token-places';
import { tokenPoint, type Box, type TokenGeometry } from '../../src/view/token-geometry';
import { tokensAt } from '../../src/view/tokens';

// The absolute figures follow the machine; the ratio to a bare heap loop does not. The engine
// does more per event since Invoke's size limits, recursion tracking and Scheduler arrived (about
// 2–3 M events/s and 13–18 ms here, from 4 M and 8 ms), so the absolute floors sit below that
// until it is profiled back; a re-simulation under 25 ms still feels instant.
const BUDGET = {
  eventsPerSecond: 1_500_000,
  ratio: 5,
  resimulateMs: 25,
  frameMs: 1,
  tokens: 1_000,
};

function parse(doc: ScenarioInput) {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The floor: pop N items from a binary heap, each pop scheduling one successor. */
function bareHeapLoop(n: number, pending: number): number {
  const heap = new EventHeap<{ t: number; seq: number; kind: number }>();
  const rng = new Rng(1);
  let seq = 0;
  for (let i = 0; i < pending; i++) heap.push({ t: rng.next() * 1000, seq: seq++, kind: i & 3 });
  let sum = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const e = heap.pop()!;
    sum += e.kind;
    heap.push({ t: e.t + rng.next() * 1000, seq: seq++, kind: (e.kind + 1) & 3 });
  }
  const ms = performance.now() - start;
  if (sum < 0) console.log(sum); // keep the loop observable
  return ms;
}

const mixed = parse(mixedLoad);
const classroom = parse(classroomHour);

// Re-simulation first, on a fresh heap, as a browser tab would run it after an edit.
for (let i = 0; i < 5; i++) simulate(classroom);
const resim: number[] = [];
let classroomRun = simulate(classroom);
for (let i = 0; i < 31; i++) {
  const start = performance.now();
  classroomRun = simulate(classroom);
  resim.push(performance.now() - start);
}
const resimMs = median(resim);

// Throughput on a long mixed load, each run paired with the bare loop over the same number of
// events, so that drift in the machine's speed affects both sides of the ratio alike.
simulate(mixed, { until: 300_000 });
const engineTimes: number[] = [];
const bareTimes: number[] = [];
const ratios: number[] = [];
let events = 0;
for (let i = 0; i < 7; i++) {
  // Each run goes out of scope at the end of its iteration, so the collector can take it.
  const start = performance.now();
  const run = simulate(mixed);
  const engine = performance.now() - start;
  events = run.trace.length;
  const bare = bareHeapLoop(events, Math.max(64, run.stats.maxConcurrency * 2));
  engineTimes.push(engine);
  bareTimes.push(bare);
  ratios.push(engine / bare);
}
const engineMs = median(engineTimes);
const bareMs = median(bareTimes);
const eventsPerSecond = events / (engineMs / 1000);
const ratio = median(ratios);

// A frame of tokens: which are where at t, and their points on the arrows, as the diagram draws them.
const storm = simulate(parse(tokenStorm));
const stormDiagram = diagramOf(storm.scenario, 'horizontal', storm);
const journeys = journeysOf(storm, placeResolver(new Set(stormDiagram.nodes.map((n) => n.id))), {
  travelMs: 450,
});
const geometry: TokenGeometry = {
  orientation: 'horizontal',
  boxes: new Map<string, Box>(
    stormDiagram.nodes.map((n) => [
      n.id,
      { x: n.x, y: n.y, width: stormDiagram.node.width, height: stormDiagram.node.height },
    ]),
  ),
  edges: stormDiagram.edges,
};
const frameTimes: number[] = [];
let fewestTokens = Infinity;
let placed = 0;
for (let i = 0; i < 400; i++) {
  // Sixty frames a second through the busiest part of the storm.
  const t = 2_000 + (i * 1000) / 60;
  const start = performance.now();
  const frame = tokensAt(journeys, t);
  for (const k of frame.tokens) if (tokenPoint(geometry, k) !== null) placed++;
  frameTimes.push(performance.now() - start);
  let alive = frame.tokens.length;
  for (const n of frame.overflow.values()) alive += n;
  fewestTokens = Math.min(fewestTokens, alive);
}
const frameMs = median(frameTimes);
if (placed === 0) throw new Error('no token was placed');

const rows: Array<[string, string, string, boolean]> = [
  [
    'engine throughput (mixed sync + async)',
    `${Math.round(eventsPerSecond).toLocaleString('en-US')} events/s (${events.toLocaleString('en-US')} events in ${engineMs.toFixed(1)} ms)`,
    `≥ ${BUDGET.eventsPerSecond.toLocaleString('en-US')}`,
    eventsPerSecond >= BUDGET.eventsPerSecond,
  ],
  [
    'ratio to a bare binary-heap loop',
    `${ratio.toFixed(2)}× (bare loop ${bareMs.toFixed(1)} ms)`,
    `≤ ${BUDGET.ratio}`,
    ratio <= BUDGET.ratio,
  ],
  [
    're-simulate a classroom hour (median of 31)',
    `${resimMs.toFixed(2)} ms (${classroomRun.stats.invocations.toLocaleString('en-US')} invocations, ${classroomRun.trace.length.toLocaleString('en-US')} events)`,
    `< ${BUDGET.resimulateMs} ms`,
    resimMs < BUDGET.resimulateMs,
  ],
  [
    'a frame of tokens (median of 400 frames)',
    `${frameMs.toFixed(3)} ms (at least ${fewestTokens.toLocaleString('en-US')} tokens on the diagram)`,
    `< ${BUDGET.frameMs} ms with ≥ ${BUDGET.tokens.toLocaleString('en-US')} tokens`,
    frameMs < BUDGET.frameMs && fewestTokens >= BUDGET.tokens,
  ],
  // Share links: a preset as edited (the compressed form), the longest one; the budget is 2,000.
  ((longest) => [
    'longest preset link (compressed form)',
    `${longest.chars.toLocaleString('en-US')} characters (${longest.id})`,
    '< 2,000',
    longest.chars < 2_000,
  ])(
    presets
      .map((p) => ({
        id: p.id,
        chars: encodeShareLink({ scenario: parse(p.scenario), t: 0 }).length,
      }))
      .reduce((a, b) => (b.chars > a.chars ? b : a)),
  ),
  ...inputGuardRows(),
];

console.log('\nLambda Event Lab — engine benchmark\n');
for (const [name, value, budget, ok] of rows) {
  console.log(`${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(44)} ${value}   [budget ${budget}]`);
}
// The runner (scripts/bench.mjs) adds its own rows and prints the closing summary.
const out = process.argv[process.argv.indexOf('--results') + 1];
if (process.argv.includes('--results') && out) {
  writeFileSync(out, JSON.stringify(rows.map(([name, , , ok]) => ({ name, ok }))));
}
