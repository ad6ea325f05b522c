/**
 * A list of error lines with repeats left out, first occurrence kept, order kept: a problem that
 * a check finds twice (in two branches of a union, at two steps of a migration) is shown once.
 */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Field errors ({ path, message }) with repeats left out. */
export function uniqueErrors<T extends { readonly path: string; readonly message: string }>(
  errors: readonly T[],
): T[] {
  return uniqueBy(errors, (e) => `${e.path}\u0000${e.message}`);
}
