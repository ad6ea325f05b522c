import { withoutParams } from '../nav/query-text';
/**
 * Links to one quiz question: `?tool=quiz&q=<question id>`. Pure functions over URL text, so they
 * can be tested without a browser. Like the tool parameter (src/ui/nav/route.ts), the query is
 * edited as raw text: other parameters keep their spelling and the fragment is left alone.
 */

const TOOL = 'tool';
const PARAM = 'q';

/** The question id a quiz address asks for, or null when it names none. */
export function linkedQuestionId(search: string): string | null {
  const params = new URLSearchParams(search);
  if (params.get(TOOL) !== 'quiz') return null;
  const id = params.get(PARAM)?.trim() ?? '';
  return id === '' ? null : id;
}

/** The same query without the question parameter ("" when nothing is left). */
export function withoutLinkedQuestion(search: string): string {
  return withoutParams(search, [PARAM]);
}

/** The full address of one question: this page's origin and path, the quiz and the question. */
export function questionLink(loc: { origin: string; pathname: string }, id: string): string {
  return `${loc.origin}${loc.pathname}?${TOOL}=quiz&${PARAM}=${encodeURIComponent(id)}`;
}
