/**
 * Scroll the event log so its latest row sits at the bottom of the box. Called when presentation
 * mode changes the log's size: the log itself only scrolls when the current event changes.
 */
export function revealLatestLogRow(): void {
  const box = document.querySelector<HTMLElement>('.event-log__scroll');
  const rows = box?.querySelectorAll<HTMLElement>('.log-row--current');
  const row = rows?.[rows.length - 1];
  if (box == null || row === undefined) return;
  // Rows are placed with transforms (the log is virtualised): measure them as drawn.
  const below = row.getBoundingClientRect().bottom - box.getBoundingClientRect().top;
  box.scrollTop = Math.max(0, box.scrollTop + below - box.clientHeight);
}
