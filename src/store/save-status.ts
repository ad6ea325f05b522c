import { create } from 'zustand';

/**
 * Whether the browser is keeping what the learner does: each part of the app that saves (the
 * quiz, the lessons, the settings) reports here after every save. When one fails (storage full,
 * a private window, an unreadable record the app will not write over), a notice on every page
 * says so and offers the progress as files, so that nothing is lost without the learner knowing.
 */

export type SaveArea = 'quiz' | 'lessons' | 'settings';

export interface ProgressFile {
  readonly filename: string;
  readonly text: string;
}

export interface SaveFailure {
  /** What went wrong, in plain words, for the notice. */
  readonly message: string;
  /** The progress this part holds, as a file to download; null for settings. */
  readonly exportFile: (() => ProgressFile) | null;
}

export interface SaveStatus {
  readonly failures: Readonly<Partial<Record<SaveArea, SaveFailure>>>;
  /** Hidden by the learner until the next failure. */
  readonly dismissed: boolean;
}

export const useSaveStatus = create<SaveStatus>()(() => ({ failures: {}, dismissed: false }));

/** After a save: `failure` null when it worked. A new failure shows the notice again. */
export function reportSave(area: SaveArea, failure: SaveFailure | null): void {
  const { failures } = useSaveStatus.getState();
  const before = failures[area];
  if (failure === null) {
    if (before === undefined) return;
    const rest = { ...failures };
    delete rest[area];
    useSaveStatus.setState({ failures: rest });
    return;
  }
  if (before?.message === failure.message && before.exportFile === failure.exportFile) return;
  useSaveStatus.setState({
    failures: { ...failures, [area]: failure },
    dismissed: before?.message === failure.message && useSaveStatus.getState().dismissed,
  });
}

export function dismissSaveFailures(): void {
  useSaveStatus.setState({ dismissed: true });
}

/** Forget every report (tests). */
export function resetSaveStatus(): void {
  useSaveStatus.setState({ failures: {}, dismissed: false }, true);
}

/** Today's date for file names: lambda-event-lab-progress-2026-12-07.json */
export function datedName(stem: string, now: number): string {
  return `lambda-event-lab-${stem}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
