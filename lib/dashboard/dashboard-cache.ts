// The dashboard's cache (decision 051): the dashboard as computed for one database stamp, one
// day and one choice of filters. The stamp (DashboardStamp) gets a new random value at the
// commit of every transaction that changes a table the dashboard reads, so an entry is never
// served for data it was not computed from: a hit needs the stamp it was stored under to be
// the database's present one. Per server process, a bounded number of entries, least recently
// used first out. The entries are shared between requests and must not be changed.
import "server-only";

/** Filter choices × days in use at once: a handful; the bound only keeps odd URLs from growing it. */
const MAX_ENTRIES = 64;

export type DashboardCacheKey = {
  stamp: string;
  today: string;
  organisationCode?: string;
  evaluationId?: string;
};

export function dashboardCacheKey(key: DashboardCacheKey): string {
  return JSON.stringify([key.stamp, key.today, key.organisationCode ?? null, key.evaluationId ?? null]);
}

export class DashboardCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
