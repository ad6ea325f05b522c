import { useMemo, useState } from 'react';
import {
  eventBridgeSampleById,
  eventBridgeSamples,
  type EventBridgeSample,
} from '../../../catalog/eventbridge-samples';
import { useDebouncedValue } from '../useDebouncedValue';
import { analyse } from './analyse';
import { prettyJson } from './pretty-json';

/** Validation waits this long after the last keystroke, so it never competes with typing. */
export const CHECK_DELAY_MS = 150;

/** JSON as the editors show it: short arrays and objects on one line, two-space indents. */
export const pretty = prettyJson;

const FIRST = eventBridgeSamples[0]!;

/** The playground's state: both texts as typed, the sample last loaded, and the verdict. */
export function usePlayground() {
  const [sampleId, setSampleId] = useState(FIRST.id);
  // Opens on a matching pair, so the first thing a learner sees is a working example.
  const [patternText, setPatternText] = useState(() => pretty(FIRST.patterns[0]!.pattern));
  const [eventText, setEventText] = useState(() => pretty(FIRST.event));

  const settledPattern = useDebouncedValue(patternText, CHECK_DELAY_MS);
  const settledEvent = useDebouncedValue(eventText, CHECK_DELAY_MS);
  const analysis = useMemo(
    () => analyse(settledPattern, settledEvent),
    [settledPattern, settledEvent],
  );

  const sample: EventBridgeSample = eventBridgeSampleById(sampleId) ?? FIRST;

  return {
    sample,
    patternText,
    eventText,
    analysis,
    setPatternText,
    setEventText,
    loadSample(id: string) {
      const next = eventBridgeSampleById(id);
      if (!next) return;
      setSampleId(next.id);
      setEventText(pretty(next.event));
    },
  };
}
