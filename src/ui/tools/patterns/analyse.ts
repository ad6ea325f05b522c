/**
 * What the playground shows for a pattern text and an event text: whether each editor holds
 * something usable, and the verdict. Pure, so it is tested without rendering.
 */
import { compilePattern, type MatchFailure } from '../../../engine/eventbridge/pattern';
import { checkJson, type JsonProblem } from './json-check';

export type EditorStatus =
  | { kind: 'ok'; note?: string }
  /** The text is not JSON. */
  | { kind: 'json'; problem: JsonProblem }
  /** JSON, but not a usable pattern or event. */
  | { kind: 'invalid'; message: string };

export type Verdict =
  | { kind: 'match' }
  | { kind: 'no-match'; failures: readonly MatchFailure[] }
  /** One of the editors needs fixing first. */
  | { kind: 'blocked'; pattern: boolean; event: boolean };

export interface Analysis {
  pattern: EditorStatus;
  event: EditorStatus;
  verdict: Verdict;
}

export function analyse(patternText: string, eventText: string): Analysis {
  const patternJson = checkJson(patternText);
  const eventJson = checkJson(eventText);

  let pattern: EditorStatus;
  let compiled: ReturnType<typeof compilePattern> | undefined;
  if (!patternJson.ok) {
    pattern = { kind: 'json', problem: patternJson.problem };
  } else {
    compiled = compilePattern(patternJson.value);
    pattern = compiled.ok ? { kind: 'ok' } : { kind: 'invalid', message: sentence(compiled.error) };
  }

  const event = eventStatus(eventJson);

  if (compiled?.ok && event.kind === 'ok' && eventJson.ok) {
    const explained = compiled.explain(eventJson.value);
    return {
      pattern,
      event,
      verdict: explained.matched
        ? { kind: 'match' }
        : { kind: 'no-match', failures: explained.failures },
    };
  }
  return {
    pattern,
    event,
    verdict: { kind: 'blocked', pattern: pattern.kind !== 'ok', event: event.kind !== 'ok' },
  };
}

function eventStatus(json: ReturnType<typeof checkJson>): EditorStatus {
  if (!json.ok) return { kind: 'json', problem: json.problem };
  const v = json.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    const got = Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`;
    return { kind: 'invalid', message: `An event is a JSON object { … }, not ${got}` };
  }
  // A common slip is pasting only the detail: the pattern then has no envelope to match.
  if (!('source' in v) && !('detail-type' in v)) {
    return {
      kind: 'ok',
      note: 'This event has no "source" or "detail-type". Real EventBridge events always do, and patterns usually match on them.',
    };
  }
  return { kind: 'ok' };
}

/**
 * Engine messages start in lower case, to fit into sentences; shown on their own they start upper
 * case, unless they start with a key path ("detail.state: …"), whose case matters.
 */
export function sentence(text: string): string {
  const first = text.split(' ', 1)[0] ?? '';
  if (!/^[a-z]+$/.test(first)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
