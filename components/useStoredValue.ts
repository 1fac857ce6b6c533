// A stored item's value that follows every change in storage (panels update live).
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * Chromium may deliver a change event before the answer to a read asked for earlier, which then carries the
 * older value (measured: 7 of 300 times). So each change is answered by a read of its own, and only the
 * answer to the newest read counts: reads are answered in order, so the newest one holds every change.
 */
export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    let asked = 0;
    const read = () => {
      const mine = ++asked;
      item.getValue().then((v) => alive && mine === asked && setValue(v), () => {});
    };
    const unwatch = item.watch(read);
    read();
    return () => { alive = false; unwatch(); };
  }, [item]);
  return value;
}
