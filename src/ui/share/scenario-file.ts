import { parseScenario, type Scenario, type ScenarioError } from '../../scenario';
import { hostileContent } from '../../scenario/share-link-guards';
import { formatCount } from '../../view/format';

/**
 * Scenario files: the document people download and open again. Opening one is checked exactly as
 * a link is (the same guards, the same parser), so a file that opens also makes a link that opens.
 */

/** Larger than any scenario within the schema's limits; refused before it is read as JSON. */
export const MAX_FILE_BYTES = 1_048_576;

export type ReadResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** "Async retries, then a DLQ" → "async-retries-then-a-dlq.json". */
export function scenarioFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'scenario'}.json`;
}

/** The whole document, defaults written out, indented: readable and editable by hand. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export const TOO_LARGE = `the file is too large (over ${formatCount(MAX_FILE_BYTES)} bytes)`;

export function readScenarioFile(text: string): ReadResult {
  if (text.length > MAX_FILE_BYTES) return fail('', TOO_LARGE);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail('', `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('', 'a scenario file holds one JSON object');
  }
  const hostile = hostileContent(json);
  if (hostile !== null) {
    // The guard speaks of links; here the same rule applies to a file.
    const [path, ...rest] = hostile.replace(/\ba link\b/g, 'a scenario').split(': ');
    return rest.length > 0 ? fail(path!, rest.join(': ')) : fail('', hostile);
  }
  return parseScenario(json);
}

function fail(path: string, message: string): ReadResult {
  return { ok: false, errors: [{ path, message }] };
}
