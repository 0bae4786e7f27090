import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delayMs` (a search waits for the typing, or the IME, to settle). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
