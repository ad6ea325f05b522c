import { decodeCompareLink, encodeCompareLink } from '../scenario/compare-link';
import { pause } from './actions';
import { resetCompare, seekBoth, sideScenario, useCompareStore } from './compare';
import { editSide, openComparison } from './compare-sides';
import { useLinkStore } from './link-state';
import { usePlaybackStore } from './playback';
import { useScenarioStore } from './scenario';

/**
 * Compare links against the stores (the format: src/scenario/compare-link.ts). Loaded with the
 * link codec, never in the first load.
 */
export { isCompareLink } from '../scenario/compare-link';

/** The link of the comparison on screen, or null when one scenario is shown. */
export function currentCompareLink(): string | null {
  const c = useCompareStore.getState();
  if (!c.open || c.other === null) return null;
  const edited = useScenarioStore.getState();
  const presetOf = (side: 'a' | 'b') =>
    (c.editing === side ? edited.presetId : c.other!.presetId) ?? undefined;
  const presetA = presetOf('a');
  const presetB = presetOf('b');
  return encodeCompareLink({
    a: sideScenario('a'),
    b: sideScenario('b'),
    ...(presetA !== undefined && { presetA }),
    ...(presetB !== undefined && { presetB }),
    ...(c.pairId !== null && { pairId: c.pairId }),
    t: usePlaybackStore.getState().t,
    edit: c.editing,
  });
}

/**
 * Open a compare link: both designs paused at its moment. One broken side leaves the other on
 * screen alone, with a note saying what was wrong; a link with nothing readable changes nothing.
 */
export async function openCompareFragment(
  fragment: string,
  openOne: (scenario: import('../scenario').Scenario, presetId?: string) => Promise<boolean>,
  /** Replace edited work without asking (the person answered "Open"). */
  replaceEdits = false,
): Promise<void> {
  const decoded = decodeCompareLink(fragment);
  if (decoded.ok === false) {
    useLinkStore.setState({ problem: decoded.error, pending: null, note: null });
    return;
  }
  // Edited work on one stage is not replaced without asking (a comparison already open is).
  if (!replaceEdits && useScenarioStore.getState().edited && !useCompareStore.getState().open) {
    useLinkStore.setState({ pendingCompare: fragment, pending: null, problem: null });
    return;
  }
  if (decoded.ok === 'partial') {
    resetCompare();
    useLinkStore.setState({
      problem: null,
      pending: null,
      note: `This compare link opens design ${decoded.side.toUpperCase()} alone: ${decoded.error}`,
    });
    await openOne(decoded.scenario, decoded.presetId);
    return;
  }
  const s = decoded.state;
  useLinkStore.setState({ problem: null, pending: null, note: null });
  const opened = await openComparison(s.a, s.b, {
    ...(s.pairId !== undefined && { pairId: s.pairId }),
    ...(s.labels !== undefined && { labels: s.labels }),
    presetIds: [s.presetA, s.presetB],
  });
  if (!opened) return;
  pause();
  editSide(s.edit);
  seekBoth(s.t);
}
