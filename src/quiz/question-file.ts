import type { z } from 'zod';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { questionSchema, type Question } from './schema';

/**
 * Reads a question file: YAML with one key, `questions`, a list of questions in the format of
 * `questionSchema` (docs/questions.md). The build reads the built-in bank with it, and the quiz
 * reads a teacher's own file with it, so both get the same checks and the same messages. It pulls
 * in the YAML parser, so the app imports it only when a file is opened.
 */

export interface QuestionFileProblem {
  /** 1-based line in the file, when the problem can be placed. */
  readonly line?: number;
  /** The question's id, when it has one. */
  readonly questionId?: string;
  /** The field, as a dotted path inside the question ("options.2.why"), when there is one. */
  readonly field?: string;
  readonly message: string;
}

export type QuestionFileResult =
  | { readonly ok: true; readonly questions: Question[] }
  | { readonly ok: false; readonly problems: QuestionFileProblem[] };

/** A schema issue in words a question's author can act on. */
function describeIssue(issue: z.core.$ZodIssue, field: string | undefined, input: unknown): string {
  if (issue.code === 'invalid_type' && input === undefined) return 'is missing';
  if (issue.code === 'invalid_value') {
    return `is ${JSON.stringify(input)}; it must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && field === 'difficulty') {
    return `is ${JSON.stringify(input)}; it must be 1, 2 or 3`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `has unknown field(s): ${issue.keys.join(', ')} (docs/questions.md lists the fields)`;
  }
  return issue.message;
}

/** The value at `path` inside `value`, or undefined where the path leaves the data. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * A field path as an author reads it: options by their letter where they have one
 * ("options.d.why"), otherwise by their place counted from 1 ("options.4.why").
 */
function fieldName(raw: unknown, path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => {
      if (typeof p !== 'number' || path[i - 1] !== 'options') return String(p);
      const id = (valueAt(raw, path.slice(0, i + 1)) as { id?: unknown } | undefined)?.id;
      return typeof id === 'string' && /^[a-f]$/.test(id) ? id : String(p + 1);
    })
    .join('.');
}

/** The start line of `node`, if the parser recorded where it is. */
function lineOf(node: Node | null | undefined, lines: LineCounter): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : lines.linePos(start).line;
}

export interface QuestionFileOptions {
  /** Where an id is already used outside this file (another file, the built-in bank), if it is. */
  readonly usedElsewhere?: (id: string) => string | undefined;
}

export function parseQuestionFile(
  text: string,
  options: QuestionFileOptions = {},
): QuestionFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get('questions', true) : undefined;
  if (!isSeq(list)) {
    return {
      ok: false,
      problems: [
        {
          line: lineOf(root as Node | null, lines) ?? 1,
          message: 'the file must be a mapping with one key, "questions", holding a list',
        },
      ],
    };
  }
  const data = doc.toJS() as { questions: unknown[] };
  const extraKeys = isMap(root) ? root.items.filter((p) => String(p.key) !== 'questions') : [];
  const problems: QuestionFileProblem[] = extraKeys.map((p) => ({
    line: lineOf(p.key as Node, lines),
    message: `unknown top-level key "${String(p.key)}" (only "questions" is read)`,
  }));
  const questions: Question[] = [];
  const seen = new Map<string, number>();
  data.questions.forEach((raw, index) => {
    const node = list.items[index] as Node | undefined;
    const rawId = (raw as { id?: unknown } | null)?.id;
    const questionId = typeof rawId === 'string' ? rawId : undefined;
    const r = questionSchema.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        // The deepest node that exists on the path: a missing field is placed at its question.
        let at: Node | undefined;
        for (let depth = path.length; depth >= 0 && at === undefined; depth--) {
          const found = doc.getIn(['questions', index, ...path.slice(0, depth)], true);
          if (found && typeof found === 'object' && 'range' in found) at = found as Node;
        }
        const field = path.length > 0 ? fieldName(raw, path) : undefined;
        problems.push({
          line: lineOf(at ?? node, lines),
          questionId: questionId ?? `number ${index + 1}`,
          field,
          message: describeIssue(issue, field, valueAt(raw, path)),
        });
      }
      return;
    }
    const first = seen.get(r.data.id);
    if (first !== undefined) {
      problems.push({
        line: lineOf(node, lines),
        questionId: r.data.id,
        field: 'id',
        message: `the id is already used by question ${first + 1} of this file`,
      });
      return;
    }
    const elsewhere = options.usedElsewhere?.(r.data.id);
    if (elsewhere !== undefined) {
      problems.push({
        line: lineOf(node, lines),
        questionId: r.data.id,
        field: 'id',
        message: `the id is already used by ${elsewhere}`,
      });
      return;
    }
    seen.set(r.data.id, index);
    questions.push(r.data);
  });
  if (problems.length === 0 && questions.length === 0) {
    problems.push({ line: lineOf(list, lines), message: 'the file holds no questions' });
  }
  if (problems.length === 0) return { ok: true, questions };
  // In file order, so an author can work down the file.
  const byLine = [...problems].sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  return { ok: false, problems: byLine };
}

/** One problem as a line of text: "line 12, question sqs-x, options.1.why: Too small …". */
export function formatProblem(p: QuestionFileProblem): string {
  const where = [
    p.line === undefined ? undefined : `line ${p.line}`,
    p.questionId === undefined ? undefined : `question ${p.questionId}`,
    p.field,
  ].filter((s) => s !== undefined);
  return where.length > 0 ? `${where.join(', ')}: ${p.message}` : p.message;
}
