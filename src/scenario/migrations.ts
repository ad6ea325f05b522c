import { SCENARIO_VERSION } from './schema';

/**
 * Numbered migrations: `MIGRATIONS[n]` turns a version-n document into a version-(n+1) one.
 * Documents are migrated one step at a time on load, so a link or file made by any earlier
 * release still opens. Version 1 is the first format, so the list starts empty; a new format
 * adds its step here and a test that an old document still loads.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  { ok: true; doc: Record<string, unknown> } | { ok: false; error: string };

export function migrate(
  input: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCENARIO_VERSION,
): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'a scenario must be a JSON object' };
  }
  let doc = input as Record<string, unknown>;
  const version = doc.version;
  if (version === undefined) return { ok: false, error: 'version: is missing' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: must be a whole number from 1 to ${target}` };
  }
  if (version > target) {
    return {
      ok: false,
      error: `version: this scenario was made by a newer release (format ${version}; this one reads up to ${target})`,
    };
  }
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, error: `version: no migration from format ${v}` };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, doc };
}
