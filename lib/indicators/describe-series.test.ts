import { describe, expect, it } from "vitest";
import { describeSeries, formatWithUnit, sourcesByYear, yearRanges } from "./describe-series";

const clients = [2018, 2019, 2020, 2021, 2022].map((year, index) => ({
  year,
  value: [29, 39, 45, 38, 45][index]!,
  source: "Tabel 29",
}));

describe("formatWithUnit", () => {
  it("writes a euro amount with the sign in front and a decimal comma", () => {
    expect(formatWithUnit(18.8, "€ mld.")).toBe("€ 18,8 mld.");
    expect(formatWithUnit(1234.5, "€")).toBe("€ 1.234,5");
  });

  it("writes a count as the bare number, and other units after it", () => {
    expect(formatWithUnit(45, "aantal")).toBe("45");
    expect(formatWithUnit(12.25, "%")).toBe("12,25 %");
  });
});

describe("yearRanges", () => {
  it("joins consecutive years and keeps gaps", () => {
    expect(yearRanges([2018, 2019, 2020, 2021, 2022])).toBe("2018–2022");
    expect(yearRanges([2022, 2018, 2019, 2024])).toBe("2018–2019, 2022, 2024");
    expect(yearRanges([2022])).toBe("2022");
    expect(yearRanges([])).toBe("");
  });
});

describe("sourcesByYear", () => {
  it("names each source once with its years", () => {
    expect(sourcesByYear([...clients, { year: 2023, value: 50, source: "Jaarverslag 2023" }])).toEqual([
      { source: "Tabel 29", years: "2018–2022" },
      { source: "Jaarverslag 2023", years: "2023" },
    ]);
  });
});

describe("describeSeries", () => {
  it("names every value and the lowest and highest with their years", () => {
    expect(describeSeries(clients, "aantal")).toBe(
      "Staafdiagram per jaar (eenheid: aantal). 2018: 29, 2019: 39, 2020: 45, 2021: 38, 2022: 45. Laagste waarde: 29 in 2018. Hoogste waarde: 45 in 2020 en 2022.",
    );
  });

  it("says so when there is nothing to show", () => {
    expect(describeSeries([], "aantal")).toBe("Voor dit kengetal zijn nog geen waarden ingevoerd.");
  });
});
