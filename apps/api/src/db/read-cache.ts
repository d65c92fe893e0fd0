/**
 * A process-wide cache of computed reads (the dashboard's facts, the kommune list, a kommune's page),
 * valid for one data version and one Danish day.
 *
 * The data version is the `data_version` row, which goes up at the commit of every transaction that
 * changes what these reads show (triggers, see the DataVersionTriggers migration). Each request reads it
 * in its session lookup, before it computes anything; a value computed after that read is at least as new
 * as the version it is filed under. A write acknowledged by any server process on the same database has
 * committed a higher version before the next request reads it, so that request misses and recomputes.
 * The day is part of the key because traffic lights and "as of today" move with the date.
 */
export interface ReadKey {
  /** data_version as read by the request (a bigint as text). */
  version: string;
  /** Today in Denmark, "YYYY-MM-DD". */
  today: string;
}

export class ReadCache<K, V> {
  private version = -1n;
  private today = '';
  private entries = new Map<K, Promise<V>>();

  /** `maxEntries` bounds the keys kept per version (kommune codes are bounded, but cheaply so). */
  constructor(private readonly maxEntries = 1000) {}

  /**
   * The values for `keys` under `at`: cached ones as they are, the rest computed together by `compute`
   * (which must answer every key it is given). Concurrent requests for the same version share one
   * computation. Values are shared between requests: callers must not change them.
   */
  getMany(at: ReadKey, keys: readonly K[], compute: (missing: K[]) => Promise<Map<K, V>>): Promise<V[]> {
    const version = BigInt(at.version);
    if (version > this.version || (version === this.version && at.today !== this.today)) {
      this.version = version;
      this.today = at.today;
      this.entries = new Map();
    } else if (version < this.version) {
      // A request whose session lookup ran before a newer one: answer it, but keep the newer entries.
      return compute([...keys]).then((found) => keys.map((k) => found.get(k)!));
    }
    const entries = this.entries;
    const missing = keys.filter((k) => !entries.has(k));
    const fresh = new Map<K, Promise<V>>();
    if (missing.length > 0) {
      const computed = compute(missing);
      for (const k of missing) {
        const value = computed.then((found) => found.get(k)!);
        fresh.set(k, value);
        if (entries.size < this.maxEntries) entries.set(k, value);
        // A failed computation is not cached: the next request tries again.
        value.catch(() => entries.get(k) === value && entries.delete(k));
      }
    }
    return Promise.all(keys.map((k) => fresh.get(k) ?? entries.get(k)!));
  }

  /** The value for one key; see getMany. */
  async get(at: ReadKey, key: K, compute: () => Promise<V>): Promise<V> {
    const [value] = await this.getMany(at, [key], async () => new Map([[key, await compute()]]));
    return value;
  }
}
