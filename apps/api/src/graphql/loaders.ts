import DataLoader from 'dataloader';

// Small builders for per-request DataLoaders: one SQL statement per relation per request,
// however long the list being resolved.

/** Loads many rows per key (a kommune's contacts, a system's last movers). */
export function groupLoader<K, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const byKey = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** Loads at most one row per key; missing keys resolve to `fallback`. */
export function oneLoader<K, V, F = null>(
  fetch: (keys: K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  fallback: F = null as F,
): DataLoader<K, V | F> {
  return new DataLoader<K, V | F>(async (keys) => {
    const rows = await fetch([...keys]);
    const byKey = new Map<K, V>(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? fallback);
  });
}
