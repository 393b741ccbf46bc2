import { describe, expect, it } from "vitest";
import { formatCount, formatFixed, formatNumber } from "@/lib/i18n/format-number";
import { nl } from "@/lib/i18n/nl";

describe("Dutch numbers", () => {
  it("writes a count with a thousands point", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(7)).toBe("7");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1234)).toBe("1.234");
    expect(formatCount(12_500)).toBe("12.500");
    expect(formatCount(1_000_000)).toBe("1.000.000");
  });

  it("writes a figure with a decimal comma, at most two decimals", () => {
    expect(formatNumber(18.8)).toBe("18,8");
    expect(formatNumber(1234.567)).toBe("1.234,57");
    expect(formatNumber(45)).toBe("45");
    expect(formatFixed(2.5, 1)).toBe("2,5");
  });

  it("is what the messages use for a count", () => {
    expect(nl.letterCompare.count(1234)).toBe("1.234 acties");
    expect(nl.dataImport.rows(5000)).toBe("5.000 rijen");
    expect(nl.forms.textTooLong(4000)).toBe("Gebruik hoogstens 4.000 tekens.");
  });
});
