import { describe, expect, it } from "vitest";
import { niceTicks, scaleLinear } from "./scale";
import { formatFixed, formatNumber } from "@/lib/i18n/format-number";

describe("niceTicks", () => {
  it("gives the new-clients series (29–45) an axis 0–50 in steps of 10", () => {
    expect(niceTicks(45)).toEqual({ max: 50, step: 10, values: [0, 10, 20, 30, 40, 50], decimals: 0 });
  });

  it("starts at zero and reaches at least the largest value", () => {
    for (const largest of [0.01, 0.3, 1, 7, 18.8, 45, 99.99, 100, 101, 12_345.67, 2e9]) {
      const ticks = niceTicks(largest);
      expect(ticks.values[0]).toBe(0);
      expect(ticks.max).toBeGreaterThanOrEqual(largest);
      expect(ticks.values.length).toBeGreaterThanOrEqual(2);
      expect(ticks.values.length).toBeLessThanOrEqual(11);
      // evenly spaced
      ticks.values.forEach((value, index) => expect(value).toBeCloseTo(index * ticks.step, 9));
    }
  });

  it("takes steps of 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceTicks(18.8).values).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(12).values).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(niceTicks(12).decimals).toBe(1);
    expect(niceTicks(8).values).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100).values).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("handles decimals without floating-point noise", () => {
    const ticks = niceTicks(0.3);
    expect(ticks).toEqual({ max: 0.3, step: 0.1, values: [0, 0.1, 0.2, 0.3], decimals: 1 });
    expect(niceTicks(1.2)).toMatchObject({ step: 0.25, decimals: 2, max: 1.25 });
    expect(niceTicks(0.04)).toMatchObject({ step: 0.01, decimals: 2, max: 0.04 });
  });

  it("keeps whole steps for counts", () => {
    expect(niceTicks(3, { integer: true })).toEqual({ max: 3, step: 1, values: [0, 1, 2, 3], decimals: 0 });
  });

  it("draws an all-zero series on an axis 0–1 rather than dividing by zero", () => {
    expect(niceTicks(0)).toEqual({ max: 1, step: 1, values: [0, 1], decimals: 0 });
  });

  it("refuses negative and non-finite values", () => {
    expect(() => niceTicks(-1)).toThrow(RangeError);
    expect(() => niceTicks(Number.NaN)).toThrow(RangeError);
    expect(() => niceTicks(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => niceTicks(10, { target: 0 })).toThrow(RangeError);
  });
});

describe("scaleLinear", () => {
  it("maps zero to zero and the top to the full length", () => {
    const scale = scaleLinear(50, 200);
    expect(scale(0)).toBe(0);
    expect(scale(50)).toBe(200);
    expect(scale(45)).toBe(180);
  });

  it("refuses an axis without height", () => {
    expect(() => scaleLinear(0, 200)).toThrow(RangeError);
  });
});

describe("Dutch number format", () => {
  it("writes a decimal comma and a thousands point, at most two decimals", () => {
    expect(formatNumber(18.8)).toBe("18,8");
    expect(formatNumber(45)).toBe("45");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(0.125)).toMatch(/^0,1[23]$/);
    expect(formatNumber(1_000_000)).toBe("1.000.000");
  });

  it("gives tick labels a fixed number of decimals", () => {
    expect(formatFixed(5, 1)).toBe("5,0");
    expect(formatFixed(2.5, 1)).toBe("2,5");
    expect(formatFixed(10, 0)).toBe("10");
  });
});
