import { pathKey, type DocPath } from '../../../scenario/edit-path';

/** Element ids for a field: its input, its hint and its error message. */
export function fieldIds(path: DocPath) {
  const base = `setting-${pathKey(path).replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  return { input: base, hint: `${base}-hint`, error: `${base}-error` };
}

/** aria-describedby from the parts that are shown. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length > 0 ? list.join(' ') : undefined;
}
