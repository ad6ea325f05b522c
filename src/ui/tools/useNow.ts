import { useEffect, useState } from 'react';

/**
 * The wall clock, refreshed every `everyMs`. Only the UI reads the clock: it hands the number to
 * pure code (the engine never calls Date.now()).
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const handle = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(handle);
  }, [everyMs]);
  return now;
}
