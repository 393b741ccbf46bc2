import { describe, expect, it } from "vitest";
import { percentile } from "./load.ts";

describe("percentile (nearest rank)", () => {
  const latencies = Array.from({ length: 100 }, (_, index) => index + 1); // 1..100 ms, sorted

  it("picks the nearest-rank value", () => {
    expect(percentile(latencies, 0.5)).toBe(50);
    expect(percentile(latencies, 0.95)).toBe(95);
    expect(percentile(latencies, 0.99)).toBe(99);
    expect(percentile(latencies, 1)).toBe(100);
  });

  it("handles one sample and none", () => {
    expect(percentile([42], 0.99)).toBe(42);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
