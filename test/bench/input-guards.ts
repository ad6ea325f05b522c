/**
 * Engine benchmark: the guards against costly input, timed. Tests check what these give back;
 * how fast they give it is a budget here, since a test must not depend on the machine's speed.
 * Budgets: the next 10 fire times of a schedule in < 1 ms a call; a schedule that can never fire
 * given up in < 200 ms; 20,000 events through a pattern using every operator in < 1 s; a
 * share-link zip bomb refused in < 1 s.
 */
import { deflateSync } from 'fflate';
import { compilePattern } from '../../src/engine/eventbridge/pattern';
import { nextFireTimes, parseSchedule } from '../../src/engine/eventbridge/schedule';
import { decodeShareLink } from '../../src/scenario';
import { encodeBase64url } from '../../src/scenario/base64url';

export type Row = [name: string, value: string, budget: string, ok: boolean];

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function nextTenPerCall(): number {
  const schedules = [
    'cron(0 10 * * ? *)',
    'cron(0/5 8-17 ? * MON-FRI *)',
    'cron(15 10 ? * 6L 2019-2030)',
    'cron(0 12 15W * ? *)',
    'cron(0 9 ? * 2#5 *)',
    'cron(0 0 29 FEB ? *)',
    'cron(0 0 30 2 ? *)',
    'cron(59 23 LW DEC ? 2199)',
    'rate(5 minutes)',
  ].map((e) => {
    const r = parseSchedule(e);
    if (!r.ok) throw new Error(r.error);
    return r.schedule;
  });
  const from = Date.UTC(2026, 10, 24, 3, 41);
  const rounds = 200;
  const ms = timed(() => {
    for (let i = 0; i < rounds; i++) {
      for (const s of schedules) nextFireTimes(s, from + i * 60_000, 10);
    }
  });
  return ms / (rounds * schedules.length);
}

function slowestNeverFiring(): number {
  const from = Date.UTC(2026, 10, 24);
  return Math.max(
    ...[
      'cron(0 0 30 2 ? *)',
      'cron(0 0 31 4,6,9,11 ? *)',
      'cron(* * 31 FEB ? *)',
      'cron(0 0 30W 2 ? *)',
    ].map((e) =>
      timed(() => {
        if (nextFireTimes(e, from, 10).length !== 0) throw new Error(`${e} fired`);
      }),
    ),
  );
}

function patternOverEvents(): number {
  const compiled = compilePattern({
    source: [{ prefix: 'aws.' }],
    detail: {
      state: [{ 'anything-but': ['stopped'] }],
      count: [{ numeric: ['>', 0, '<=', 1000] }],
      ip: [{ cidr: '10.0.0.0/8' }],
      $or: [{ kind: ['a'] }, { kind: ['b'] }],
    },
  });
  if (!compiled.ok) throw new Error(compiled.error);
  const events = Array.from({ length: 20_000 }, (_, i) => ({
    source: 'aws.ec2',
    detail: {
      state: i % 3 ? 'running' : 'stopped',
      count: i % 2000,
      ip: `10.0.${i % 256}.1`,
      kind: 'b',
    },
  }));
  let matched = 0;
  const ms = timed(() => {
    for (const e of events) if (compiled.match(e)) matched++;
  });
  if (matched !== 6_667) throw new Error(`the pattern matched ${matched} events, not 6,667`);
  return ms;
}

function zipBomb(): number {
  // 16 MB of spaces deflate to about 16 KB: a link within the length cap.
  const bomb = `v1.${encodeBase64url(deflateSync(new Uint8Array(16_000_000).fill(32), { level: 9 }))}`;
  return timed(() => {
    if (decodeShareLink(bomb).ok) throw new Error('the zip bomb was read');
  });
}

export function inputGuardRows(): Row[] {
  const perCall = nextTenPerCall();
  const never = slowestNeverFiring();
  const pattern = patternOverEvents();
  const bomb = zipBomb();
  return [
    [
      'next 10 fire times of a schedule (per call)',
      `${perCall.toFixed(3)} ms`,
      '< 1 ms',
      perCall < 1,
    ],
    [
      'a schedule that never fires (slowest of 4)',
      `${never.toFixed(1)} ms`,
      '< 200 ms',
      never < 200,
    ],
    [
      '20,000 events through a 5-operator pattern',
      `${pattern.toFixed(1)} ms`,
      '< 1,000 ms',
      pattern < 1000,
    ],
    ['a share-link zip bomb refused', `${bomb.toFixed(1)} ms`, '< 1,000 ms', bomb < 1000],
  ];
}
