/**
 * Which tool the page shows, kept in the URL as `?tool=quiz`, `?tool=patterns` … (no query
 * means the simulator). Pure functions over URL text, so they can be tested without a browser.
 *
 * Only the `tool` parameter is ever touched: other query parameters keep their exact spelling and
 * the fragment is left alone, because share links will live there.
 */

import { joinQuery, partKey, queryParts } from './query-text';

export type Tool = 'simulator' | 'lessons' | 'reference' | 'quiz' | 'patterns' | 'schedules';

export interface ToolInfo {
  readonly id: Tool;
  /** The tab's text. */
  readonly label: string;
  /** The tab's text on a phone, where six tabs share one row. */
  readonly short: string;
  /** For the document title and the loading message. */
  readonly title: string;
}

export const TOOLS: readonly ToolInfo[] = [
  { id: 'simulator', label: 'Simulator', short: 'Sim', title: 'Simulator' },
  { id: 'lessons', label: 'Lessons', short: 'Lessons', title: 'Lessons' },
  { id: 'reference', label: 'Event sources', short: 'Sources', title: 'Event source reference' },
  { id: 'quiz', label: 'Quiz', short: 'Quiz', title: 'Quiz' },
  { id: 'patterns', label: 'Event patterns', short: 'Patterns', title: 'Event pattern playground' },
  { id: 'schedules', label: 'Schedules', short: 'Schedules', title: 'Schedule preview' },
];

const PARAM = 'tool';

export function toolInfo(tool: Tool): ToolInfo {
  return TOOLS.find((t) => t.id === tool)!;
}

/** The tool named by a query string such as "?tool=patterns"; anything unknown is the simulator. */
export function toolFromSearch(search: string): Tool {
  const value = new URLSearchParams(search).get(PARAM);
  return TOOLS.some((t) => t.id === value && value !== 'simulator') ? (value as Tool) : 'simulator';
}

/**
 * The same location with the tool changed: "/lab/?x=1#s=abc" → "/lab/?x=1&tool=patterns#s=abc".
 * The query is edited as raw text (not through URLSearchParams) so nothing else is re-encoded.
 */
export function locationForTool(
  loc: { pathname: string; search: string; hash: string },
  tool: Tool,
): string {
  const parts = queryParts(loc.search);
  const isToolPart = (part: string) => partKey(part) === PARAM;
  const kept = parts.filter((part) => !isToolPart(part));
  if (tool !== 'simulator') {
    const at = parts.findIndex(isToolPart);
    // An existing parameter is replaced where it stands; a new one goes last.
    const index = at < 0 ? kept.length : parts.slice(0, at).filter((p) => !isToolPart(p)).length;
    kept.splice(index, 0, `${PARAM}=${tool}`);
  }
  return `${loc.pathname}${joinQuery(kept)}${loc.hash}`;
}
