/**
 * Where the box's scroll position must go for a row to be seen, or null when it already is: the
 * row a third of the way down (the rows just before now stay in sight), never past either end.
 */
export function scrollTopToShow(
  row: { readonly start: number; readonly end: number },
  box: { readonly top: number; readonly height: number; readonly total: number },
): number | null {
  if (box.height <= 0) return null;
  if (row.start >= box.top && row.end <= box.top + box.height) return null;
  const bottom = Math.max(0, box.total - box.height);
  return Math.round(Math.min(bottom, Math.max(0, row.start - box.height / 3)));
}
