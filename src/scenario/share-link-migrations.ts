/**
 * Numbered migrations of the link format: `LINK_MIGRATIONS[n]` turns the contents of a format-n
 * link into format n+1. A link is upgraded one step at a time when it is opened, so a link made
 * by any earlier release still opens. Format 1 is the first, so the list starts empty; a new
 * format adds its step here and a test that a link of the older format still decodes.
 *
 * This versions the link's envelope (where the scenario, `t`, the selection and the view sit).
 * The scenario inside keeps its own `version` and its own migrations (./migrations.ts).
 */
export const LINK_VERSION = 1;

export type LinkMigration = (payload: Record<string, unknown>) => Record<string, unknown>;

export const LINK_MIGRATIONS: Readonly<Record<number, LinkMigration>> = {};

export type LinkMigrationResult =
  { ok: true; payload: Record<string, unknown> } | { ok: false; error: string };

export function migrateLink(
  payload: Record<string, unknown>,
  from: number,
  migrations: Readonly<Record<number, LinkMigration>> = LINK_MIGRATIONS,
  target: number = LINK_VERSION,
): LinkMigrationResult {
  if (!Number.isInteger(from) || from < 1) {
    return { ok: false, error: `link format ${from} does not exist (formats start at 1)` };
  }
  if (from > target) {
    return {
      ok: false,
      error: `this link was made by a newer release (link format ${from}; this one reads up to ${target})`,
    };
  }
  let current = payload;
  for (let v = from; v < target; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) return { ok: false, error: `no migration from link format ${v}` };
    try {
      current = step(current);
    } catch (e) {
      return {
        ok: false,
        error: `could not upgrade the link from format ${v}: ${(e as Error).message}`,
      };
    }
  }
  return { ok: true, payload: current };
}
