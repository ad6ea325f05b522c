import { useEffect, useState } from 'react';

/**
 * The value as it was once it stopped changing for `delayMs`. Inputs stay controlled by the fast
 * value, so typing is never held up; only the work that reads the slow value waits.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const handle = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(handle);
  }, [value, settled, delayMs]);
  return settled;
}
