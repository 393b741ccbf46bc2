// The dashboard cache's bookkeeping: its key tells every part apart, and at its bound the
// entry least recently used goes first.
import { describe, expect, it } from "vitest";
import { DashboardCache, dashboardCacheKey } from "./dashboard-cache";

describe("DashboardCache", () => {
  it("keys by stamp, day and each filter, an absent filter apart from any chosen one", () => {
    const base = { stamp: "a", today: "2023-04-03" };
    const keys = [
      dashboardCacheKey(base),
      dashboardCacheKey({ ...base, stamp: "b" }),
      dashboardCacheKey({ ...base, today: "2023-04-04" }),
      dashboardCacheKey({ ...base, organisationCode: "FIN" }),
      dashboardCacheKey({ ...base, evaluationId: "FIN" }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(dashboardCacheKey({ ...base, organisationCode: undefined })).toBe(keys[0]);
  });

  it("drops the least recently used entry when full", () => {
    const cache = new DashboardCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recently used
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.get("a")).toBeUndefined();
  });
});
