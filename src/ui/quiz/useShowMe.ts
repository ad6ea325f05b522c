import { useMemo } from 'react';
import { scenarioTitle } from '../../quiz/scenarios';
import { resolveShowMe, type ShowMe } from '../../quiz/showme';
import { loadScenario, openPresetAt, pause, seek, selectMessage } from '../../store';
import { describeEvent, formatTime } from '../../view';
import { offerReturn } from '../nav/return-to';
import { navigateTo } from '../nav/useTool';

export interface ShowMeView {
  /** The scenario it opens, by its title. */
  readonly scenario: string;
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
  {
    navigate,
    returnLabel,
  }: {
    navigate: boolean;
    /** "Back to question 3": offered in the simulator to come back to the question. */
    returnLabel?: string;
  },
): ShowMeView | null {
  return useMemo(() => {
    if (showMe === undefined) return null;
    const r = resolveShowMe(showMe);
    if (!r.ok) return null;
    const { presetId, scenario, event } = r.moment;
    const title = scenarioTitle(showMe.preset) ?? showMe.preset;
    return {
      scenario: title,
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
          if (navigate) {
            if (returnLabel !== undefined) {
              offerReturn({ label: returnLabel, scenario: title, tool: 'quiz' });
            }
            navigateTo('simulator');
          }
          // Beside the diagram on a phone, the diagram may be scrolled away: bring it back.
          else document.querySelector('.area-diagram')?.scrollIntoView?.({ block: 'nearest' });
        });
      },
    };
  }, [showMe, navigate, returnLabel]);
}
