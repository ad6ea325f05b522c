import { PROGRESS_FORMAT } from './progress-schema';

/**
 * Numbered migrations of saved progress: `PROGRESS_MIGRATIONS[n]` turns a format-n document into
 * format n + 1, so progress saved by any earlier release still loads after an upgrade. Format 1
 * is the first, so the list starts empty; a new format adds its step here and a test that a
 * document of the old format still loads.
 */
export type ProgressMigration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const PROGRESS_MIGRATIONS: Readonly<Record<number, ProgressMigration>> = {};

export type MigrationOutcome =
  | { ok: true; doc: Record<string, unknown> }
  | { ok: false; reason: 'invalid' | 'newer'; error: string };

export function migrateProgress(
  input: unknown,
  migrations: Readonly<Record<number, ProgressMigration>> = PROGRESS_MIGRATIONS,
  target: number = PROGRESS_FORMAT,
): MigrationOutcome {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'invalid', error: 'saved progress must be a JSON object' };
  }
  let doc = input as Record<string, unknown>;
  const format = doc.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    return { ok: false, reason: 'invalid', error: 'format: must be a whole number from 1 up' };
  }
  if (format > target) {
    return {
      ok: false,
      reason: 'newer',
      error: `format ${format} was saved by a newer release (this one reads up to format ${target})`,
    };
  }
  for (let v = format; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'invalid', error: `no migration from format ${v}` };
    doc = { ...step(doc), format: v + 1 };
  }
  return { ok: true, doc };
}
