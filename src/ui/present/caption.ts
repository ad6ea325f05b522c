import type { Run } from '../../engine';
import { describeEvent, eventsUpTo } from '../../view';

/** The log's sentence for the latest event at or before t, or null before the first one. */
export function eventSentenceAt(run: Run, t: number): string | null {
  const happened = eventsUpTo(run, t);
  return happened === 0 ? null : describeEvent(run.trace[happened - 1]!, run);
}

/**
 * The same as a playback-store selector for one run. It runs every frame while playing, so it
 * words an event only when the latest one changes; equal strings then spare the re-render.
 */
export function sentenceSelector(run: Run): (s: { readonly t: number }) => string | null {
  let last = -1;
  let sentence: string | null = null;
  return ({ t }) => {
    const happened = eventsUpTo(run, t);
    if (happened !== last) {
      last = happened;
      sentence = happened === 0 ? null : describeEvent(run.trace[happened - 1]!, run);
    }
    return sentence;
  };
}
