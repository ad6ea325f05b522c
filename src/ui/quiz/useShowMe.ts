import { useMemo } from 'react';
import { resolveShowMe, type ShowMe } from '../../quiz/showme';
import { loadScenario, openPresetAt, pause, seek, selectMessage } from '../../store';
import { describeEvent, formatTime } from '../../view';
import { navigateTo } from '../nav/useTool';

export interface ShowMeView {
  /** "3:01.850" — where the simulator will stop. */
  readonly time: string;
  /** What happens at that moment, as the event log says it. */
  readonly what: string;
  /** Load the scenario in the simulator, paused at the moment, with the message selected. */
  readonly open: () => void;
}

/**
 * A question's "show me", resolved by running its scenario. Null when the question has none or
 * its moment cannot be found (the bank test makes sure that never ships).
 */
export function useShowMe(
  showMe: ShowMe | undefined,
  { navigate }: { navigate: boolean },
): ShowMeView | null {
  return useMemo(() => {
    if (showMe === undefined) return null;
    const r = resolveShowMe(showMe);
    if (!r.ok) return null;
    const { presetId, scenario, event } = r.moment;
    return {
      time: formatTime(event.t),
      what: describeEvent(event, r.moment.run),
      open: () => {
        const loaded =
          presetId !== null
            ? openPresetAt(presetId, event.t)
            : loadScenario(scenario).then(() => seek(event.t));
        void loaded.then(() => {
          pause();
          selectMessage(event.msg >= 0 ? event.msg : null);
          if (navigate) navigateTo('simulator');
          // Beside the diagram on a phone, the diagram may be scrolled away: bring it back.
          else document.querySelector('.area-diagram')?.scrollIntoView?.({ block: 'nearest' });
        });
      },
    };
  }, [showMe, navigate]);
}
