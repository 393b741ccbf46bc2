import { describe, expect, it, vi } from "vitest";
import { cachedFeed, FEED_CACHE_SECONDS } from "./feed-cache";

describe("cachedFeed", () => {
  it("builds a feed once per key within its max-age, and again after", async () => {
    const build = vi.fn(async () => "BEGIN:VCALENDAR");
    const start = 1_000_000;
    await cachedFeed("org-a", build, start);
    await cachedFeed("org-a", build, start + FEED_CACHE_SECONDS * 1000 - 1);
    expect(build).toHaveBeenCalledTimes(1);
    await cachedFeed("org-b", build, start);
    expect(build).toHaveBeenCalledTimes(2);
    await cachedFeed("org-a", build, start + FEED_CACHE_SECONDS * 1000 + 1);
    expect(build).toHaveBeenCalledTimes(3);
  });
});
