/** The message number's size inside a token, in flow units: smaller for more digits. */
export function numberFont(shape: 'event' | 'record' | 'batch', digits: number): number {
  const base = shape === 'record' ? 13 : 15;
  return digits <= 2 ? base : digits === 3 ? base - 3 : base - 5;
}
