/**
 * The most characters an embedded diagram's caption keeps: two lines in an 800 px frame, where
 * the caption wraps rather than being cut (see ui/embed/embed.css).
 */
export const EMBED_CAPTION_CHARS = 140;

/**
 * A caption line short enough for a small frame (an embedded diagram, two lines of text): a
 * message's moment can chain many events ("… — SNS retries at once — SNS tries again — …").
 * Kept whole when it is short; otherwise the message and its first event, then as many of the
 * latest events as fit, with "…" for those left out. Clauses are dropped whole, never cut.
 */
export function shortCaption(line: string, max: number): string {
  if (line.length <= max) return line;
  const parts = line.split(' — ');
  const gap = ' — … — ';
  const head = parts[0]!;
  const tail: string[] = [];
  let room = max - head.length - gap.length;
  for (let i = parts.length - 1; i > 0; i--) {
    const cost = parts[i]!.length + (tail.length > 0 ? 3 : 0);
    if (cost > room) break;
    tail.unshift(parts[i]!);
    room -= cost;
  }
  if (tail.length > 0) return head + gap + tail.join(' — ');
  // Even the latest event does not fit beside the first: the latest alone says what is happening.
  return `… ${parts[parts.length - 1]!}`;
}
