import { useState } from 'react';

/**
 * The text of an input that edits a value: what the person typed stays as typed while it means
 * the same value ("1.50", "0."), and follows the value when it changes from elsewhere.
 */
export function useSyncedText(
  value: unknown,
  format: (value: unknown) => string,
  sameValue: (text: string, value: unknown) => boolean,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!sameValue(text, value)) setText(format(value));
  }
  return [text, setText];
}
