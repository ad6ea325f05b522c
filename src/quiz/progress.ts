import {
  migrateProgress,
  PROGRESS_MIGRATIONS,
  type ProgressMigration,
} from './progress-migrations';
import { emptyProgress, progressSchema, PROGRESS_FORMAT, type Progress } from './progress-schema';

/**
 * Saving and loading a learner's progress, with no account: localStorage under one key, a
 * `format` number inside, and migrations between formats. Loading never loses data: a value that
 * cannot be read, does not fit the schema, or comes from a newer release is copied to a backup
 * key before the quiz starts afresh, and the caller is told so it can say so. Backups are never
 * overwritten; when no copy can be made (storage full), the value is left where it is and the
 * caller must not save over it until the learner chooses.
 */

export const PROGRESS_KEY = 'lambda-event-lab:quiz-progress';
export const BACKUP_KEY = 'lambda-event-lab:quiz-progress:backup';
/** Marks an exported file, so importing something else is caught with a clear message. */
export const EXPORT_KIND = 'lambda-event-lab/quiz-progress';

/** The part of the Storage interface the quiz uses (window.localStorage, or a test double). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadProblem {
  readonly reason: 'unreadable' | 'invalid' | 'newer' | 'storage';
  /** What was wrong, for the details line. */
  readonly detail: string;
  /** Where the unreadable value was kept, or null if even that failed. */
  readonly backupKey: string | null;
  /**
   * The unreadable value is still the only copy, under the main key (it could not be copied
   * aside): nothing may be saved over it until the learner has exported or discarded it.
   */
  readonly guarded: boolean;
}

export interface LoadResult {
  readonly progress: Progress;
  readonly problem: LoadProblem | null;
}

export type ParseOutcome =
  | { ok: true; progress: Progress }
  | { ok: false; reason: 'unreadable' | 'invalid' | 'newer'; error: string };

/** JSON text → migrated, validated progress. */
export function parseProgress(
  text: string,
  migrations: Readonly<Record<number, ProgressMigration>> = PROGRESS_MIGRATIONS,
  target: number = PROGRESS_FORMAT,
): ParseOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'unreadable', error: `not valid JSON (${(e as Error).message})` };
  }
  const migrated = migrateProgress(json, migrations, target);
  if (!migrated.ok) return { ok: false, reason: migrated.reason, error: migrated.error };
  const checked = progressSchema.safeParse(migrated.doc);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    const more =
      checked.error.issues.length > 1 ? ` (and ${checked.error.issues.length - 1} more)` : '';
    return { ok: false, reason: 'invalid', error: `${where}${first.message}${more}` };
  }
  return { ok: true, progress: checked.data as Progress };
}

/** Load, migrate and check saved progress; anything unusable is kept aside and reported. */
export function loadProgress(storage: ProgressStorage): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(PROGRESS_KEY);
  } catch (e) {
    return {
      progress: emptyProgress(),
      problem: { reason: 'storage', detail: (e as Error).message, backupKey: null, guarded: false },
    };
  }
  if (text === null) return { progress: emptyProgress(), problem: null };
  const parsed = parseProgress(text);
  if (parsed.ok) return { progress: parsed.progress, problem: null };
  const backupKey = keepAside(storage, text);
  return {
    progress: emptyProgress(),
    problem: {
      reason: parsed.reason,
      detail: parsed.error,
      backupKey,
      guarded: backupKey === null,
    },
  };
}

/**
 * Copy an unusable value to a backup key. An existing backup with other content is never
 * overwritten: the next free numbered key is used instead.
 */
function keepAside(storage: ProgressStorage, text: string): string | null {
  try {
    for (let n = 1; n < 100; n++) {
      const key = n === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${n}`;
      const existing = storage.getItem(key);
      if (existing === text) return key;
      if (existing === null) {
        storage.setItem(key, text);
        return key;
      }
    }
  } catch {
    // Storage full or blocked: the value stays under the main key, guarded (see LoadProblem).
  }
  return null;
}

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export function saveProgress(storage: ProgressStorage, progress: Progress): SaveOutcome {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** The text of an exported progress file. */
export function exportProgress(progress: Progress, now: number): string {
  return JSON.stringify(
    { kind: EXPORT_KIND, exportedAt: new Date(now).toISOString(), ...progress },
    null,
    2,
  );
}

export type ImportOutcome = { ok: true; progress: Progress } | { ok: false; error: string };

/** Read an exported file; a bad file is refused with a message and changes nothing. */
export function importProgress(text: string): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress export: it is not JSON.' };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { kind?: unknown }).kind !== EXPORT_KIND
  ) {
    return {
      ok: false,
      error:
        'This file is not a Lambda Event Lab progress export (it has no quiz-progress marker).',
    };
  }
  const doc = { ...(json as Record<string, unknown>) };
  delete doc.kind;
  delete doc.exportedAt;
  const parsed = parseProgress(JSON.stringify(doc));
  if (!parsed.ok) {
    return {
      ok: false,
      error:
        parsed.reason === 'newer'
          ? `This file was exported by a newer version of the app: ${parsed.error}.`
          : `This progress file is damaged: ${parsed.error}.`,
    };
  }
  return { ok: true, progress: parsed.progress };
}
