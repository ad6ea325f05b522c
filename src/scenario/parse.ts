import type { z } from 'zod';
import { migrate, type Migration, MIGRATIONS } from './migrations';
import { scenarioSchema, type Scenario } from './schema';

export interface ScenarioError {
  /** Dotted path of the offending field, e.g. "function.timeoutSeconds" or "workloads.0.id". */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/**
 * Validate and migrate a scenario document. Never throws: every problem comes back as an error
 * that names the field and what is allowed there.
 */
export function parseScenario(
  json: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParseResult {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      return {
        ok: false,
        errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }],
      };
    }
  }
  const migrated = migrate(input, migrations);
  if (!migrated.ok) {
    const [path, ...rest] = migrated.error.split(': ');
    return rest.length
      ? { ok: false, errors: [{ path: path ?? '', message: rest.join(': ') }] }
      : { ok: false, errors: [{ path: '', message: migrated.error }] };
  }
  const result = scenarioSchema.safeParse(migrated.doc);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, errors: result.error.issues.map((i) => toError(i, migrated.doc)) };
}

function toError(issue: z.core.$ZodIssue, doc: unknown): ScenarioError {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}` };
  }
  if (issue.code === 'invalid_type' && valueAt(doc, issue.path) === undefined) {
    return { path, message: 'is required' };
  }
  return { path, message: issue.message };
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let cur = doc;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** One line per error, for messages shown to people. */
export function formatErrors(errors: readonly ScenarioError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n');
}
