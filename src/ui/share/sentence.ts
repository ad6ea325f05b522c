/**
 * "the link is damaged" → "The link is damaged." A reason that starts with a field's name
 * ("scenario.name: …", "t: …") keeps its spelling; a colon at the end stays (a list follows).
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = /^[a-z]+ /.test(trimmed) ? trimmed[0]!.toUpperCase() + trimmed.slice(1) : trimmed;
  return /[.:!?]$/.test(capital) ? capital : `${capital}.`;
}
