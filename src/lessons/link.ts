/**
 * A lesson in the address: `?lesson=<id>&step=<n>` (n from 1) opens the simulator at that step.
 * Pure functions over URL text. Like the tool parameter (src/ui/nav/route.ts), the query is edited
 * as raw text, so other parameters keep their spelling; the fragment is never touched.
 */

const LESSON = 'lesson';
const STEP = 'step';
const TOOL = 'tool';

export interface LessonAddress {
  readonly id: string;
  /** 1-based, as people count; at least 1. */
  readonly step: number;
}

export function lessonFromSearch(search: string): LessonAddress | null {
  const params = new URLSearchParams(search);
  const id = params.get(LESSON)?.trim() ?? '';
  if (id === '') return null;
  const step = Number.parseInt(params.get(STEP) ?? '1', 10);
  return { id, step: Number.isFinite(step) && step >= 1 ? step : 1 };
}

/** The query with this lesson and step, and without a tool (lessons run in the simulator). */
export function searchWithLesson(search: string, id: string, step: number): string {
  const kept = parts(search).filter((p) => ![LESSON, STEP, TOOL].includes(keyOf(p)));
  kept.push(`${LESSON}=${encodeURIComponent(id)}`, `${STEP}=${step}`);
  return `?${kept.join('&')}`;
}

/** The query with no lesson in it ("" when nothing is left). */
export function searchWithoutLesson(search: string): string {
  const kept = parts(search).filter((p) => ![LESSON, STEP].includes(keyOf(p)));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

function parts(search: string): string[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query === '' ? [] : query.split('&');
}

function keyOf(part: string): string {
  const key = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}
