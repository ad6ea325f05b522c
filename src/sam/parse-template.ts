import { parseDocument } from 'yaml';
import type { ScenarioError } from '../scenario/parse';
import { isObject } from './intrinsics';
import { CFN_TAGS } from './yaml-tags';

export type Template = Record<string, unknown> & { Resources: Record<string, unknown> };

export type ParsedTemplate =
  | { readonly ok: true; readonly template: Template }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

/**
 * Reads a template written in YAML or JSON (JSON is YAML too), with CloudFormation's short forms.
 * A template that cannot be read says where, by line and column.
 */
export function parseTemplate(text: string): ParsedTemplate {
  if (text.trim() === '') return fail('', 'the template is empty');
  const doc = parseDocument(text, { customTags: CFN_TAGS, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 5).map((e) => {
        const at = e.linePos?.[0];
        return {
          path: at !== undefined ? `line ${at.line}, column ${at.col}` : '',
          message: firstLine(e.message),
        };
      }),
    };
  }
  // The parser's own limit on aliases (100) keeps a small file from expanding without end.
  let value: unknown;
  try {
    value = doc.toJS();
  } catch {
    return fail('', 'the template refers to its anchors (*name) too often to be read');
  }
  if (!isObject(value)) return fail('', 'a template is a mapping with a Resources section');
  if (!isObject(value.Resources))
    return fail('Resources', 'is missing: a template needs a Resources section');
  return { ok: true, template: value as Template };
}

function fail(path: string, message: string): ParsedTemplate {
  return { ok: false, errors: [{ path, message }] };
}

/** The yaml parser's message without the position it repeats and the excerpt it draws. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
